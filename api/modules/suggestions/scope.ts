import type { Prisma } from "../../generated/prisma/client";
import { DEPUTY_MANAGERS } from "../../auth/guard";
import { accountId, reachFor, type Viewer } from "../../auth/viewer";
import { supervisedSuggestionWhere } from "../supervision/scope";

/**
 * The suggestions a viewer may read (issue 12, "Who sees what"): staff and administrators their
 * subtree; a deputy those they lead or co-sign (an invitation included); unit staff those assigned to
 * their units now. Drafts only their lead deputy and invited co-signers. Anonymous callers and API keys see none until disclosure exists.
 */
export function suggestionReadWhere(viewer: Viewer): Prisma.SuggestionWhereInput {
  const reach = reachFor(viewer, DEPUTY_MANAGERS);
  const userId = accountId(viewer);
  // A draft is the lead deputy's own until submitted: not even staff read it.
  const submitted = { state: { not: "DRAFT" as const } };
  const mine: Prisma.SuggestionWhereInput[] =
    reach === null ? [submitted] : reach.map((path) => ({ ...submitted, congressPath: { startsWith: path } }));
  if (userId) {
    mine.push(
      // Invited co-signers read the draft: a motion needs their confirmation before it is submitted.
      { coSigners: { some: { membership: { person: { account: { id: userId } } } } } },
      { lead: { person: { account: { id: userId } } } },
      { units: { some: { endedAt: null, unit: { staff: { some: { userId } } } } } },
      // Supervisors of a key suggestion read it whole: timeline, replies, commitments (issue 13).
      supervisedSuggestionWhere(userId),
    );
  }
  return mine.length ? { OR: mine } : { id: { in: [] } };
}
