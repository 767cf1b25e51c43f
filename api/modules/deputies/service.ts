import type { DeputyMembership, Prisma } from "../../generated/prisma/client";
import type { DeputyStatus } from "../../generated/prisma/enums";
import { DEPUTY_MANAGERS, requireRecordInReach, requireRoleOver, requireSignedIn } from "../../auth/guard";
import type { Role } from "../../auth/viewer";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { updateVersioned } from "../../lib/patch";
import { newPublicCode } from "../../lib/codes";
import { chinaToday } from "../../lib/time";
import { recordAudit, type Actor } from "../audit/record";
import { ChangeDeputyStatusInput, RegisterDeputyInput, UpdateDeputyInput } from "./inputs";
import { DUPLICATE_MEMBERSHIP, personForRegistration, updatePerson } from "./persons";
import { msg } from "../../lib/i18n";

type Tx = Prisma.TransactionClient;

/** The lifecycle of a membership: who may move it from one status to another. Every move is recorded. */
export const STATUS_TRANSITIONS: { from: DeputyStatus; to: DeputyStatus; roles: readonly Role[] }[] = [
  { from: "ACTIVE", to: "RESIGNED", roles: DEPUTY_MANAGERS },
  { from: "ACTIVE", to: "TERMINATED", roles: DEPUTY_MANAGERS },
  { from: "ACTIVE", to: "RECALLED", roles: DEPUTY_MANAGERS },
  { from: "ACTIVE", to: "DECEASED", roles: DEPUTY_MANAGERS },
];

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Two registrations of one new ID number race to create its person; the loser's transaction fails on
 * the unique index and, run again, finds the person (or the duplicate membership) like any later call.
 */
function retryingUniqueRaces(prisma: Actor["prisma"]) {
  return {
    $transaction: async <R>(work: (tx: Tx) => Promise<R>, options?: { timeout?: number }): Promise<R> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await prisma.$transaction(work, options);
        } catch (error) {
          if (attempt >= 3 || !isUniqueViolation(error)) throw error;
        }
      }
    },
  };
}

async function managedMembership(tx: Tx, actor: Actor, id: string): Promise<DeputyMembership> {
  requireSignedIn(actor.viewer);
  const membership = await tx.deputyMembership.findUnique({ where: { id } });
  if (!membership) throw Errors.notFound("Deputy", id);
  requireRecordInReach(actor.viewer, DEPUTY_MANAGERS, membership.congressPath, "Deputy", id);
  return membership;
}

export async function registerDeputy(actor: Actor, rawInput: unknown) {
  const input = parseInput(RegisterDeputyInput, rawInput);
  return inTransaction(retryingUniqueRaces(actor.prisma), "This deputy", async (tx: Tx) => {
    const congress = await tx.congress.findUnique({ where: { id: input.congressId } });
    if (!congress) throw Errors.notFound("Congress", input.congressId);
    requireRecordInReach(actor.viewer, DEPUTY_MANAGERS, congress.path, "Congress", input.congressId);
    if (congress.kind !== "CONGRESS") {
      throw Errors.badInput(msg("街道人大工委没有本级代表，请在县级人大登记。", "A street working committee has no deputies of its own; register them at the county congress."), [
        { field: "input.congressId", message: msg("不是人大", "not a congress") },
      ]);
    }
    const term = await tx.term.findUnique({ where: { id: input.termId } });
    if (!term || term.congressId !== congress.id) {
      throw Errors.badInput(msg("请选择同一人大的届次。", "Choose a term of the same congress."), [{ field: "input.termId", message: msg("不是本人大的届次", "not a term of this congress") }]);
    }
    const person = await personForRegistration(tx, input.person, congress.path);
    const duplicate = person.reused && (await tx.deputyMembership.findFirst({ where: { personId: person.id, congressId: congress.id, termId: term.id }, select: { id: true } }));
    if (duplicate) throw Errors.conflict(DUPLICATE_MEMBERSHIP);
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
    await recordAudit(tx, actor, { action: "registerDeputy", entityType: "DeputyMembership", entityId: created.id, congressPath: congress.path, after: { ...created, reusedPerson: person.reused } });
    return created;
  });
}

export async function updateDeputy(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(UpdateDeputyInput, rawInput);
  return updateVersioned(actor, id, input, {
    entity: "DeputyMembership",
    action: "updateDeputy",
    label: "This deputy",
    table: (tx) => tx.deputyMembership,
    load: (tx) => managedMembership(tx, actor, id),
    columns: ({ person: _person, ...membership }) => membership,
    also: (tx, membership) => updatePerson(tx, actor, membership.personId, input.person),
    auditPath: (_tx, membership) => membership.congressPath,
  });
}

/** Applies a status transition from STATUS_TRANSITIONS and records it with its qualification review. */
export async function changeDeputyStatus(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(ChangeDeputyStatusInput, rawInput);
  return inTransaction(actor.prisma, "This deputy", async (tx: Tx) => {
    const membership = await managedMembership(tx, actor, id);
    // The transition is judged on the status the caller saw; if it moved since, that is the news, not the transition.
    if (membership.version !== input.version) throw Errors.staleVersion("This deputy");
    const transition = STATUS_TRANSITIONS.find((t) => t.from === membership.status && t.to === input.status);
    if (!transition) {
      const allowed = STATUS_TRANSITIONS.filter((t) => t.from === membership.status).map((t) => t.to);
      throw Errors.invalidTransition(
        msg(
          `状态为 ${membership.status} 的代表不能变为 ${input.status}；${allowed.length ? `可变为：${allowed.join("、")}` : "此状态不能再变更"}。`,
          `A ${membership.status} deputy cannot become ${input.status}; ${allowed.length ? `allowed: ${allowed.join(", ")}` : "this status is final"}.`,
        ),
      );
    }
    requireRoleOver(actor.viewer, transition.roles, membership.congressPath, msg(`将此代表状态改为 ${input.status}`, `make this deputy ${input.status}`));
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
    const membership = await managedMembership(tx, actor, id);
    const person = await tx.person.update({ where: { id: membership.personId }, data: { publicCode: newPublicCode() } });
    await recordAudit(tx, actor, { action: "rotateDeputyCode", entityType: "Person", entityId: person.id, congressPath: membership.congressPath });
    return membership;
  });
}
