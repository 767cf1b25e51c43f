import type { DeputyMembership, Prisma } from "../../generated/prisma/client";
import type { DeputyStatus } from "../../generated/prisma/enums";
import { DEPUTY_MANAGERS, requireRoleOver, requireSignedIn } from "../../auth/guard";
import { reaches, type Role } from "../../auth/viewer";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { newPublicCode } from "../../lib/codes";
import { chinaToday } from "../../lib/time";
import { recordAudit, type Actor } from "../audit/record";
import { ChangeDeputyStatusInput, RegisterDeputyInput, UpdateDeputyInput } from "./inputs";

type Tx = Prisma.TransactionClient;

/** The lifecycle of a membership: who may move it from one status to another. Every move is recorded. */
export const STATUS_TRANSITIONS: { from: DeputyStatus; to: DeputyStatus; roles: readonly Role[] }[] = [
  { from: "ACTIVE", to: "RESIGNED", roles: DEPUTY_MANAGERS },
  { from: "ACTIVE", to: "TERMINATED", roles: DEPUTY_MANAGERS },
  { from: "ACTIVE", to: "RECALLED", roles: DEPUTY_MANAGERS },
  { from: "ACTIVE", to: "DECEASED", roles: DEPUTY_MANAGERS },
];

async function managedMembership(tx: Tx, actor: Actor, id: string, what: string): Promise<DeputyMembership> {
  requireSignedIn(actor.viewer);
  const membership = await tx.deputyMembership.findUnique({ where: { id } });
  if (!membership) throw Errors.notFound("Deputy", id);
  requireRoleOver(actor.viewer, DEPUTY_MANAGERS, membership.congressPath, what);
  return membership;
}

export async function registerDeputy(actor: Actor, rawInput: unknown) {
  const input = parseInput(RegisterDeputyInput, rawInput);
  return inTransaction(actor.prisma, "This deputy", async (tx: Tx) => {
    const congress = await tx.congress.findUnique({ where: { id: input.congressId } });
    if (!congress) throw Errors.notFound("Congress", input.congressId);
    requireRoleOver(actor.viewer, DEPUTY_MANAGERS, congress.path, "register deputies of this congress");
    if (congress.kind !== "CONGRESS") {
      throw Errors.badInput("A street working committee has no deputies of its own; register them at the county congress.", [
        { field: "input.congressId", message: "not a congress" },
      ]);
    }
    const term = await tx.term.findUnique({ where: { id: input.termId } });
    if (!term || term.congressId !== congress.id) {
      throw Errors.badInput("Choose a term of the same congress.", [{ field: "input.termId", message: "not a term of this congress" }]);
    }
    const existing = input.person.idNumber ? await tx.person.findUnique({ where: { idNumber: input.person.idNumber } }) : null;
    const person =
      existing ??
      (await tx.person.create({
        data: { ...input.person, birthDate: input.person.birthDate ?? null, publicCode: newPublicCode(), congressPath: congress.path },
      }));
    const duplicate = await tx.deputyMembership.findFirst({ where: { personId: person.id, congressId: congress.id, termId: term.id } });
    if (duplicate) throw Errors.conflict(`${person.name} is already a deputy of ${congress.name} for term ${term.number}.`);
    const created = await tx.deputyMembership.create({
      data: {
        personId: person.id,
        congressId: congress.id,
        congressPath: congress.path,
        termId: term.id,
        constituency: input.constituency,
        delegation: input.delegation,
        occupation: input.occupation,
        grassroots: input.grassroots,
        party: input.party,
      },
    });
    await tx.deputyStatusChange.create({
      data: {
        membershipId: created.id,
        fromStatus: null,
        toStatus: "ACTIVE",
        effectiveOn: term.startDate > chinaToday() ? term.startDate : chinaToday(),
        actorName: actor.viewer.displayName ?? "system",
      },
    });
    await recordAudit(tx, actor, { action: "registerDeputy", entityType: "DeputyMembership", entityId: created.id, congressPath: congress.path, after: { ...created, person: { id: person.id, name: person.name } } });
    return created;
  });
}

export async function updateDeputy(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(UpdateDeputyInput, rawInput);
  return inTransaction(actor.prisma, "This deputy", async (tx: Tx) => {
    const membership = await managedMembership(tx, actor, id, "edit this deputy");
    const { count } = await tx.deputyMembership.updateMany({
      where: { id, version: input.version },
      data: {
        constituency: input.constituency,
        delegation: input.delegation,
        occupation: input.occupation,
        grassroots: input.grassroots,
        party: input.party,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw Errors.staleVersion("This deputy");
    const person = await tx.person.findUniqueOrThrow({ where: { id: membership.personId } });
    // Private fields are changed only by those who may see them.
    const privateAllowed = reaches(actor.viewer, DEPUTY_MANAGERS, person.congressPath);
    await tx.person.update({
      where: { id: person.id },
      data: {
        name: input.person.name,
        gender: input.person.gender,
        ethnicity: input.person.ethnicity,
        birthDate: input.person.birthDate ?? person.birthDate,
        ...(privateAllowed ? { idNumber: input.person.idNumber ?? person.idNumber, phone: input.person.phone } : {}),
        version: { increment: 1 },
      },
    });
    const after = await tx.deputyMembership.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, actor, { action: "updateDeputy", entityType: "DeputyMembership", entityId: id, congressPath: membership.congressPath, before: membership, after });
    return after;
  });
}

/** Applies a status transition from STATUS_TRANSITIONS and records it with its qualification review. */
export async function changeDeputyStatus(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(ChangeDeputyStatusInput, rawInput);
  return inTransaction(actor.prisma, "This deputy", async (tx: Tx) => {
    const membership = await managedMembership(tx, actor, id, "change this deputy's status");
    // The transition is judged on the status the caller saw; if it moved since, that is the news, not the transition.
    if (membership.version !== input.version) throw Errors.staleVersion("This deputy");
    const transition = STATUS_TRANSITIONS.find((t) => t.from === membership.status && t.to === input.status);
    if (!transition) {
      const allowed = STATUS_TRANSITIONS.filter((t) => t.from === membership.status).map((t) => t.to);
      throw Errors.invalidTransition(
        `A ${membership.status} deputy cannot become ${input.status}; ${allowed.length ? `allowed: ${allowed.join(", ")}` : "this status is final"}.`,
      );
    }
    requireRoleOver(actor.viewer, transition.roles, membership.congressPath, `make this deputy ${input.status}`);
    const { count } = await tx.deputyMembership.updateMany({
      where: { id, version: input.version, status: membership.status },
      data: { status: input.status, statusChangedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw Errors.staleVersion("This deputy");
    await tx.deputyStatusChange.create({
      data: {
        membershipId: id,
        fromStatus: membership.status,
        toStatus: input.status,
        effectiveOn: input.effectiveOn,
        review: input.review,
        reason: input.reason,
        actorName: actor.viewer.displayName ?? "system",
      },
    });
    const after = await tx.deputyMembership.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, actor, { action: "changeDeputyStatus", entityType: "DeputyMembership", entityId: id, congressPath: membership.congressPath, before: membership, after });
    return after;
  });
}

/** Issues a new deputy code; the old QR code stops working. */
export async function rotateDeputyCode(actor: Actor, id: string) {
  return inTransaction(actor.prisma, "This deputy", async (tx: Tx) => {
    const membership = await managedMembership(tx, actor, id, "rotate this deputy's code");
    const person = await tx.person.update({ where: { id: membership.personId }, data: { publicCode: newPublicCode() } });
    await recordAudit(tx, actor, { action: "rotateDeputyCode", entityType: "Person", entityId: person.id, congressPath: membership.congressPath });
    return membership;
  });
}
