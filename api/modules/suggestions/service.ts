// Suggestions and motions: creating a draft, and every later step through the transition table.
import { attachFiles } from "./attachments";
import { z } from "zod";
import type { SuggestionState } from "../../generated/prisma/client";
import { requireSignedIn } from "../../auth/guard";
import { accountId } from "../../auth/viewer";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { msg } from "../../lib/i18n";
import { VERSION } from "../../lib/patch";
import { StateMachine, type StepRecord } from "../../lib/state-machine";
import { recordAudit, type Actor } from "../audit/record";
import { notify } from "../notifications/notify";
import { checkDraft, DRAFT_FIELDS, setCoSigners } from "./drafts";
import type { SuggestionNoticeSpec, SuggestionRecord, Tx } from "./record";
import { loadLinks, relationshipsOf, TIES_RELATIONS, type Relationship } from "./relations";
import { suggestionReadWhere } from "./scope";
import { SUGGESTION_TRANSITIONS } from "./transitions";

const actorName = (actor: Actor) => actor.viewer.displayName ?? actor.viewer.userId ?? "anonymous";

async function recordStep(tx: Tx, actor: Actor, step: Omit<StepRecord<SuggestionState, { id: string }>, "from"> & { from: SuggestionState | null }) {
  await tx.suggestionEvent.create({
    data: { suggestionId: step.record.id, action: step.action, fromState: step.from, toState: step.to, actorId: accountId(actor.viewer), actorName: actorName(actor).slice(0, 100), comment: step.comment },
  });
}

export const suggestionMachine = new StateMachine<SuggestionState, SuggestionRecord, Relationship, SuggestionNoticeSpec>({
  entity: "Suggestion",
  label: { zh: "代表建议", en: "Suggestion" },
  names: {
    states: {
      DRAFT: "草稿", SUBMITTED: "已提交", RETURNED: "退回修改", ACCEPTED: "已立案", ASSIGNED: "已交办", HANDLING: "办理中", REPLIED: "已答复",
      REHANDLING: "重新办理", IMPLEMENTING: "落实中", CLOSED: "已办结", WITHDRAWN: "已撤回", HANDLED_AS_LETTER: "作为来信处理",
    },
    relations: { LEAD: "领衔代表", INVITED_CO_SIGNER: "受邀附议代表", CO_SIGNER: "附议代表", LEAD_UNIT: "主办单位", CO_UNIT: "协办单位", STAFF: "代表工作机构" },
  },
  transitions: SUGGESTION_TRANSITIONS,
  async lockAndLoad(tx, actor, id) {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Suggestion" WHERE id = ${id}::uuid FOR UPDATE`;
    if (!locked.length) return null;
    const row = await tx.suggestion.findFirst({ where: { id, AND: [suggestionReadWhere(actor.viewer)] }, include: TIES_RELATIONS });
    // The steps work with the units assigned now; ended rows are history.
    return row ? { ...row, units: row.units.filter((u) => !u.endedAt), links: await loadLinks(tx, actor.viewer) } : null;
  },
  relationsOf: (actor, record) => relationshipsOf(actor.viewer, record.links, record),
  async update(tx, id, version, data) {
    return (await tx.suggestion.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count;
  },
  recordStep,
  auditPath: (record) => record.congressPath,
  async announce(tx, step, notice) {
    await notify(tx, { kind: notice.kind, suggestionId: step.record.id, audience: notice.audience, title: notice.title(step.record) });
  },
});

/** Takes one step of the lifecycle (`action` is a transition of the table and the mutation's name). */
export function transitionSuggestion(actor: Actor, id: string, action: string, version: unknown, input: unknown) {
  requireSignedIn(actor.viewer);
  return suggestionMachine.apply(actor, id, action, input, parseInput(VERSION, version, "version"));
}

const CreateInput = z.object({ congressId: z.string().uuid(), ...DRAFT_FIELDS, coSignerIds: DRAFT_FIELDS.coSignerIds.default([]), attachmentIds: DRAFT_FIELDS.attachmentIds.default([]) }).extend({
  categoryId: DRAFT_FIELDS.categoryId.optional(),
  sessionId: DRAFT_FIELDS.sessionId.optional(),
});

/** A new draft by the deputy the account is linked to, as lead deputy of that congress; invited co-signers hear of it. */
export async function createSuggestion(actor: Actor, rawInput: unknown) {
  requireSignedIn(actor.viewer);
  const input = parseInput(CreateInput, rawInput);
  return inTransaction(actor.prisma, "Suggestion", async (tx: Tx) => {
    // Membership first: a congress the account is no deputy of answers the same whether it exists or not.
    const links = await loadLinks(tx, actor.viewer);
    const lead = links.personId
      ? await tx.deputyMembership.findFirst({
          where: { personId: links.personId, congressId: input.congressId, status: "ACTIVE" },
          orderBy: { createdAt: "desc" },
          select: { id: true, congress: { select: { id: true, path: true } } },
        })
      : null;
    if (!lead) throw Errors.forbidden(msg("只有本级人大的在任代表（账号已关联代表）可以提出建议。", "Only an active deputy of this congress (an account linked to the deputy) may write a suggestion."));
    const { congress } = lead;
    const { coSignerIds, attachmentIds, congressId, ...fields } = input;
    await checkDraft(tx, { congressId, leadMembershipId: lead.id }, input);
    const created = await tx.suggestion.create({
      data: { ...fields, congressId, congressPath: congress.path, leadMembershipId: lead.id, createdById: accountId(actor.viewer) },
    });
    await setCoSigners(tx, created.id, coSignerIds);
    if (attachmentIds.length) await attachFiles(tx, actor, created.id, attachmentIds, { replace: true });
    await recordStep(tx, actor, { record: created, action: "createSuggestion", from: null, to: "DRAFT", comment: null });
    await recordAudit(tx, actor, { action: "createSuggestion", entityType: "Suggestion", entityId: created.id, congressPath: congress.path, after: created });
    if (coSignerIds.length) {
      await notify(tx, { kind: "CO_SIGN_INVITED", suggestionId: created.id, audience: ["CO_SIGNERS"], title: msg(`邀请您附议：${created.title}`, `Invitation to co-sign: ${created.title}`) });
    }
    return created;
  });
}
