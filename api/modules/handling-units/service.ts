import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { ADMIN_ROLES, requireRoleOver } from "../../auth/guard";
import type { Viewer } from "../../auth/viewer";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { CreateHandlingUnitInput, UpdateHandlingUnitInput } from "./inputs";

type Tx = Prisma.TransactionClient;

export async function createHandlingUnit(prisma: PrismaClient, viewer: Viewer, rawInput: unknown) {
  const input = parseInput(CreateHandlingUnitInput, rawInput);
  return inTransaction(prisma, `Handling unit ${input.name}`, async (tx: Tx) => {
    const congress = await tx.congress.findUnique({ where: { id: input.congressId } });
    if (!congress) throw Errors.notFound("Congress", input.congressId);
    requireRoleOver(viewer, ADMIN_ROLES, congress.path, "manage handling units of this congress");
    if (input.parentId) {
      const parent = await tx.handlingUnit.findUnique({ where: { id: input.parentId } });
      if (!parent || parent.congressId !== congress.id) {
        throw Errors.badInput("The parent unit must belong to the same congress.", [
          { field: "input.parentId", message: "not a unit of this congress" },
        ]);
      }
    }
    return tx.handlingUnit.create({
      data: { congressId: congress.id, congressPath: congress.path, name: input.name, kind: input.kind, parentId: input.parentId ?? null },
    });
  });
}

export async function updateHandlingUnit(prisma: PrismaClient, viewer: Viewer, id: string, rawInput: unknown) {
  const input = parseInput(UpdateHandlingUnitInput, rawInput);
  return inTransaction(prisma, `Handling unit ${input.name}`, async (tx: Tx) => {
    const unit = await tx.handlingUnit.findUnique({ where: { id } });
    if (!unit) throw Errors.notFound("Handling unit", id);
    requireRoleOver(viewer, ADMIN_ROLES, unit.congressPath, "manage handling units of this congress");
    const { count } = await tx.handlingUnit.updateMany({
      where: { id, version: input.version },
      data: { name: input.name, kind: input.kind, active: input.active, version: { increment: 1 } },
    });
    if (count === 0) throw Errors.staleVersion(unit.name);
    return tx.handlingUnit.findUniqueOrThrow({ where: { id } });
  });
}
