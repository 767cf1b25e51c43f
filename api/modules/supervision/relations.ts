// How an account is tied to a supervision topic: the relationships the transition table's `who` names.
import type { Prisma, SupervisionTopic, SupervisorRole } from "../../generated/prisma/client";
import { DEPUTY_MANAGERS } from "../../auth/guard";
import { accountId, reaches, type Viewer } from "../../auth/viewer";
import type { StepContext, Transition } from "../../lib/state-machine";
import type { AccountLinks } from "../suggestions/relations";
import { assignedToAccount } from "./scope";

export type Tx = Prisma.TransactionClient;

/** STAFF: DEPUTY_AFFAIRS or administrators of the congress or above; LEAD: the lead supervisor; SUPERVISOR: any assigned supervisor. */
export type SupervisionRelationship = "STAFF" | "LEAD" | "SUPERVISOR";

export const SUPERVISOR_TIES = {
  supervisors: { select: { role: true, userId: true, unitId: true, membership: { select: { personId: true } } } },
} satisfies Prisma.SupervisionTopicInclude;

export interface SupervisorTie {
  role: SupervisorRole;
  userId: string | null;
  unitId: string | null;
  membership: { personId: string } | null;
}

export type TopicRecord = SupervisionTopic & { supervisors: SupervisorTie[]; links: AccountLinks };

export type TopicStep<I> = StepContext<TopicRecord, I>;
export type TopicTransition<I> = Transition<SupervisionTopic["state"], TopicRecord, SupervisionRelationship, never, I>;

/** Declares one transition with its input type inferred from its zod schema. */
export function step<I>(t: TopicTransition<I>): TopicTransition<I> {
  return t;
}

/** Whether an assignment names this account (the same test as `assignedToAccount` in scope.ts, on loaded rows). */
export function namesAccount(tie: SupervisorTie, userId: string | null, links: AccountLinks): boolean {
  if (userId && tie.userId === userId) return true;
  if (links.personId && tie.membership?.personId === links.personId) return true;
  return tie.unitId !== null && links.unitIds.has(tie.unitId);
}

/** The topics the account supervises and in which role, once per request (a list's `viewerActions` would otherwise load each topic's supervisors). */
const assignmentsCache = new WeakMap<object, Promise<Map<string, Set<SupervisorRole>>>>();

export function cachedAssignments(db: Pick<Tx, "supervisionAssignment">, request: object, viewer: Viewer): Promise<Map<string, Set<SupervisorRole>>> {
  let found = assignmentsCache.get(request);
  if (!found) {
    const userId = accountId(viewer);
    found = (userId ? db.supervisionAssignment.findMany({ where: assignedToAccount(userId), select: { topicId: true, role: true } }) : Promise.resolve([])).then((rows) => {
      const byTopic = new Map<string, Set<SupervisorRole>>();
      for (const row of rows) byTopic.set(row.topicId, (byTopic.get(row.topicId) ?? new Set()).add(row.role));
      return byTopic;
    });
    assignmentsCache.set(request, found);
  }
  return found;
}

/** The relationships from the account's assignments (the same answer as `topicRelationships`, for lists). */
export function relationshipsFromAssignments(viewer: Viewer, roles: ReadonlySet<SupervisorRole> | undefined, congressPath: string): Set<SupervisionRelationship> {
  const out = new Set<SupervisionRelationship>();
  if (accountId(viewer) && reaches(viewer, DEPUTY_MANAGERS, congressPath)) out.add("STAFF");
  if (roles?.size) out.add("SUPERVISOR");
  if (roles?.has("LEAD")) out.add("LEAD");
  return out;
}

export function topicRelationships(viewer: Viewer, links: AccountLinks, topic: { congressPath: string; supervisors: SupervisorTie[] }): Set<SupervisionRelationship> {
  const out = new Set<SupervisionRelationship>();
  const userId = accountId(viewer);
  if (userId && reaches(viewer, DEPUTY_MANAGERS, topic.congressPath)) out.add("STAFF");
  for (const tie of topic.supervisors) {
    if (!namesAccount(tie, userId, links)) continue;
    out.add("SUPERVISOR");
    if (tie.role === "LEAD") out.add("LEAD");
  }
  return out;
}
