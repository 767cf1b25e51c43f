import type { Prisma } from "../../generated/prisma/client";
import { ADMIN_ROLES, requireRecordInReach } from "../../auth/guard";
import { updateVersioned } from "../../lib/patch";
import { recordAudit, type Actor } from "../audit/record";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { CreateHandlingUnitInput, UpdateHandlingUnitInput } from "./inputs";
import { msg } from "../../lib/i18n";

type Tx = Prisma.TransactionClient;

export async function createHandlingUnit(actor: Actor, rawInput: unknown) {
  const { prisma, viewer } = actor;
  const input = parseInput(CreateHandlingUnitInput, rawInput);
  return inTransaction(prisma, `Handling unit ${input.name}`, async (tx: Tx) => {
    const congress = await tx.congress.findUnique({ where: { id: input.congressId } });
    if (!congress) throw Errors.notFound("Congress", input.congressId);
    requireRecordInReach(viewer, ADMIN_ROLES, congress.path, "Congress", input.congressId);
    if (input.parentId) {
      const parent = await tx.handlingUnit.findUnique({ where: { id: input.parentId } });
      if (!parent || parent.congressId !== congress.id) {
        throw Errors.badInput(msg("上级单位须属于同一人大。", "The parent unit must belong to the same congress."), [
          { field: "input.parentId", message: msg("不是本人大的单位", "not a unit of this congress") },
        ]);
      }
    }
    const created = await tx.handlingUnit.create({
      data: { congressId: congress.id, congressPath: congress.path, name: input.name, kind: input.kind, parentId: input.parentId ?? null },
    });
    await recordAudit(tx, actor, { action: "createHandlingUnit", entityType: "HandlingUnit", entityId: created.id, congressPath: congress.path, after: created });
    return created;
  });
}

export async function updateHandlingUnit(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(UpdateHandlingUnitInput, rawInput);
  return updateVersioned(actor, id, input, {
    entity: "HandlingUnit",
    action: "updateHandlingUnit",
    label: `Handling unit ${input.name ?? ""}`.trim(),
    table: (tx) => tx.handlingUnit,
    load: async (tx) => {
      const unit = await tx.handlingUnit.findUnique({ where: { id } });
      if (!unit) throw Errors.notFound("Handling unit", id);
      requireRecordInReach(actor.viewer, ADMIN_ROLES, unit.congressPath, "Handling unit", id);
      return unit;
    },
    auditPath: (_tx, unit) => unit.congressPath,
  });
}
