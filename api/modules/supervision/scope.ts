// Who reads a supervision topic (issue 13): staff of its congress or above, and the accounts assigned
// to supervise it. A SUPERVISOR grant alone reaches nothing: supervisors see what they are assigned.
import type { Prisma } from "../../generated/prisma/client";
import { DEPUTY_MANAGERS } from "../../auth/guard";
import { accountId, reachFor, type Viewer } from "../../auth/viewer";

/** The assignments that name this account: itself, the deputy it is linked to, or a handling unit it works for. */
export function assignedToAccount(userId: string): Prisma.SupervisionAssignmentWhereInput {
  return { OR: [{ userId }, { membership: { person: { account: { id: userId } } } }, { unit: { staff: { some: { userId } } } }] };
}

export function supervisionTopicReadWhere(viewer: Viewer): Prisma.SupervisionTopicWhereInput {
  const reach = reachFor(viewer, DEPUTY_MANAGERS);
  if (reach === null) return {};
  const userId = accountId(viewer);
  const visible: Prisma.SupervisionTopicWhereInput[] = reach.map((path) => ({ congressPath: { startsWith: path } }));
  if (userId) visible.push({ supervisors: { some: assignedToAccount(userId) } });
  return visible.length ? { OR: visible } : { id: { in: [] } };
}

/** The suggestions of the topics the account supervises (the suggestion read scope adds these). */
export function supervisedSuggestionWhere(userId: string): Prisma.SuggestionWhereInput {
  return { supervisionTopics: { some: { topic: { supervisors: { some: assignedToAccount(userId) } } } } };
}
