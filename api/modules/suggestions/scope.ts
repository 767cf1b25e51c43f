import type { Prisma } from "../../generated/prisma/client";
import { DEPUTY_MANAGERS } from "../../auth/guard";
import { accountId, reachFor, type Viewer } from "../../auth/viewer";

/**
 * The suggestions a viewer may read (issue 12, "Who sees what"): staff and administrators their
 * subtree; a deputy those they lead or co-sign (an invitation included); unit staff those assigned to
 * their units now. Anonymous callers and API keys see none until disclosure exists.
 */
export function suggestionReadWhere(viewer: Viewer): Prisma.SuggestionWhereInput {
  const reach = reachFor(viewer, DEPUTY_MANAGERS);
  if (reach === null) return {};
  const userId = accountId(viewer);
  const mine: Prisma.SuggestionWhereInput[] = reach.map((path) => ({ congressPath: { startsWith: path } }));
  if (userId) {
    mine.push(
      { state: { not: "DRAFT" }, coSigners: { some: { membership: { person: { account: { id: userId } } } } } },
      { lead: { person: { account: { id: userId } } } },
      { units: { some: { endedAt: null, unit: { staff: { some: { userId } } } } } },
    );
  }
  return mine.length ? { OR: mine } : { id: { in: [] } };
}
