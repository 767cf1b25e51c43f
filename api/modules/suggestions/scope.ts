import type { Prisma } from "../../generated/prisma/client";
import type { Role } from "../../generated/prisma/enums";
import { DEPUTY_MANAGERS } from "../../auth/guard";
import { accountId, reachFor, type Viewer } from "../../auth/viewer";
import { supervisedSuggestionWhere } from "../supervision/scope";

const NOTHING = { id: { in: [] } };
const current = (userId: string) => ({ endedAt: null, unit: { staff: { some: { userId } } } });

/**
 * The suggestions a viewer reads in full: staff and administrators their subtree; a deputy those they
 * lead or co-sign (an invitation included); the staff of their current lead unit. Drafts only their
 * lead deputy and invited co-signers.
 */
function fullReadWhere(viewer: Viewer): Prisma.SuggestionWhereInput {
  const reach = reachFor(viewer, DEPUTY_MANAGERS);
  const userId = accountId(viewer);
  // A draft is the lead deputy's own until submitted: not even staff read it.
  const submitted = { state: { not: "DRAFT" as const } };
  const mine: Prisma.SuggestionWhereInput[] =
    reach === null ? [submitted] : reach.map((path) => ({ ...submitted, congressPath: { startsWith: path } }));
  if (userId) {
    // An account is linked to a deputy only while it holds DEPUTY, and to units only while it holds
    // UNIT_STAFF (accounts/links.ts): leaving out the other branches spares every unit queue a join
    // through all deputy memberships.
    if (holds(viewer, "DEPUTY")) {
      mine.push(
        // Invited co-signers read the draft: a motion needs their confirmation before it is submitted.
        { coSigners: { some: { membership: { person: { account: { id: userId } } } } } },
        { lead: { person: { account: { id: userId } } } },
      );
    }
    if (holds(viewer, "UNIT_STAFF")) mine.push({ units: { some: { role: "LEAD", ...current(userId) } } });
    // Supervisors of a key suggestion read it whole: timeline, replies, commitments (issue 13).
    mine.push(supervisedSuggestionWhere(userId));
  }
  return mine.length ? { OR: mine } : NOTHING;
}

const holds = (viewer: Viewer, role: Role) => viewer.grants.some((grant) => grant.role === role);

/**
 * The suggestions a viewer may read (issue 12, "Who sees what"): those read in full, and those a unit
 * of theirs is a co-unit (协办) of now, of which they see the suggestion and their own part only.
 * Anonymous callers and API keys see none until disclosure exists.
 */
export function suggestionReadWhere(viewer: Viewer): Prisma.SuggestionWhereInput {
  const userId = accountId(viewer);
  if (!userId || !holds(viewer, "UNIT_STAFF")) return fullReadWhere(viewer);
  return { OR: [fullReadWhere(viewer), { units: { some: { role: "CO", ...current(userId) } } }] };
}

/**
 * A unit's own part of a suggestion (its assignment and opinion, its consultations, its reassignment
 * requests): a co-unit's staff read only their own unit's, never another co-unit's opinion or the lead
 * unit's consultations; full readers read every unit's. `mine` is the condition for the viewer's own rows.
 */
function unitPartWhere<W>(viewer: Viewer, mine: (userId: string) => W[]): { suggestion: Prisma.SuggestionWhereInput; OR?: (W | { suggestion: Prisma.SuggestionWhereInput })[] } {
  const userId = accountId(viewer);
  const readable = { suggestion: suggestionReadWhere(viewer) };
  if (!userId) return readable;
  return { ...readable, OR: [{ suggestion: fullReadWhere(viewer) }, ...mine(userId)] };
}

const ownUnit = (userId: string) => ({ unit: { staff: { some: { userId } } } });

/** Assignment rows: a co-unit sees the lead unit's (whom to send its opinion to) and its own. */
export const suggestionUnitReadWhere = (viewer: Viewer): Prisma.SuggestionUnitWhereInput =>
  unitPartWhere<Prisma.SuggestionUnitWhereInput>(viewer, (userId) => [{ role: "LEAD" }, ownUnit(userId)]);

export const consultationReadWhere = (viewer: Viewer): Prisma.ConsultationWhereInput => unitPartWhere<Prisma.ConsultationWhereInput>(viewer, (userId) => [ownUnit(userId)]);

export const reassignmentReadWhere = (viewer: Viewer): Prisma.ReassignmentRequestWhereInput =>
  unitPartWhere<Prisma.ReassignmentRequestWhereInput>(viewer, (userId) => [ownUnit(userId)]);

/** Reassignment steps carry a unit's reason (or staff's note on it): in the timeline only for full readers and their own unit. */
const REASSIGNMENT_ACTIONS = ["requestReassignment", "decideReassignment"];

export const suggestionEventReadWhere = (viewer: Viewer): Prisma.SuggestionEventWhereInput =>
  unitPartWhere<Prisma.SuggestionEventWhereInput>(viewer, (userId) => [
    { action: { notIn: REASSIGNMENT_ACTIONS } },
    { actorId: userId },
  ]);
