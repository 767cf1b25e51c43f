import type { Prisma } from "../../generated/prisma/client";
import { ADMIN_ROLES, requireRecordInReach } from "../../auth/guard";
import type { Viewer } from "../../auth/viewer";
import { recordAudit, type Actor } from "../audit/record";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { updateVersioned } from "../../lib/patch";
import { CreateCongressSessionInput, CreateTermInput, END_AFTER_START, endsAfterStart, UpdateTermInput } from "./inputs";
import { msg } from "../../lib/i18n";

type Tx = Prisma.TransactionClient;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The congress of a term or session; outside the viewer's reach, the record named by id (`target`) is reported missing. */
async function congressForAdmin(tx: Tx, viewer: Viewer, congressId: string, target = { what: "Congress", id: congressId }) {
  const congress = await tx.congress.findUnique({ where: { id: congressId } });
  if (!congress) throw Errors.notFound(target.what, target.id);
  requireRecordInReach(viewer, ADMIN_ROLES, congress.path, target.what, target.id);
  return congress;
}

/** Terms of one congress may not overlap in time. */
async function assertNoOverlap(tx: Tx, congressId: string, start: Date, end: Date | null, exceptId?: string) {
  const overlapping = await tx.term.findFirst({
    where: {
      congressId,
      id: exceptId ? { not: exceptId } : undefined,
      startDate: end ? { lte: end } : undefined,
      OR: [{ endDate: null }, { endDate: { gte: start } }],
    },
  });
  if (overlapping) {
    throw Errors.conflict(
      msg(
        `日期与第 ${overlapping.number} 届（${day(overlapping.startDate)} – ${overlapping.endDate ? day(overlapping.endDate) : "未结束"}）重叠，请调整其中一届。`,
        `The dates overlap term ${overlapping.number} (${day(overlapping.startDate)} – ${overlapping.endDate ? day(overlapping.endDate) : "open"}); adjust one of them.`,
      ),
    );
  }
}

export async function createTerm(actor: Actor, rawInput: unknown) {
  const { prisma, viewer } = actor;
  const input = parseInput(CreateTermInput, rawInput);
  return inTransaction(prisma, `Term ${input.number}`, async (tx: Tx) => {
    const congress = await congressForAdmin(tx, viewer, input.congressId);
    await assertNoOverlap(tx, input.congressId, input.startDate, input.endDate ?? null);
    const created = await tx.term.create({
      data: { congressId: input.congressId, number: input.number, startDate: input.startDate, endDate: input.endDate ?? null },
    });
    await recordAudit(tx, actor, { action: "createTerm", entityType: "Term", entityId: created.id, congressPath: congress.path, after: created });
    return created;
  });
}

export async function updateTerm(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(UpdateTermInput, rawInput);
  let congressPath = "";
  return updateVersioned(actor, id, input, {
    entity: "Term",
    action: "updateTerm",
    label: "Term",
    table: (tx) => tx.term,
    load: async (tx) => {
      const term = await tx.term.findUnique({ where: { id } });
      if (!term) throw Errors.notFound("Term", id);
      congressPath = (await congressForAdmin(tx, actor.viewer, term.congressId, { what: "Term", id })).path;
      return term;
    },
    check: async (tx, merged) => {
      if (!endsAfterStart(merged)) throw Errors.badInput(msg("结束日期须晚于开始日期。", `Check the input: input.endDate: ${END_AFTER_START}`), [{ field: "input.endDate", message: END_AFTER_START }]);
      await assertNoOverlap(tx, merged.congressId, merged.startDate, merged.endDate, id);
    },
    auditPath: () => congressPath,
  });
}

export async function createCongressSession(actor: Actor, rawInput: unknown) {
  const { prisma, viewer } = actor;
  const input = parseInput(CreateCongressSessionInput, rawInput);
  return inTransaction(prisma, `Session ${input.number}`, async (tx: Tx) => {
    const term = await tx.term.findUnique({ where: { id: input.termId } });
    if (!term) throw Errors.notFound("Term", input.termId);
    const congress = await congressForAdmin(tx, viewer, term.congressId, { what: "Term", id: input.termId });
    if (input.startDate < term.startDate || (term.endDate && input.endDate > term.endDate)) {
      throw Errors.badInput(msg(`第 ${term.number} 届的会次须在 ${day(term.startDate)} – ${term.endDate ? day(term.endDate) : "未结束"} 之内。`, `A session of term ${term.number} falls within ${day(term.startDate)} – ${term.endDate ? day(term.endDate) : "open"}.`), [
        { field: "input.startDate", message: msg("不在届期内", "outside the term") },
      ]);
    }
    const created = await tx.congressSession.create({
      data: { termId: term.id, number: input.number, startDate: input.startDate, endDate: input.endDate },
    });
    await recordAudit(tx, actor, { action: "createCongressSession", entityType: "CongressSession", entityId: created.id, congressPath: congress.path, after: created });
    return created;
  });
}
