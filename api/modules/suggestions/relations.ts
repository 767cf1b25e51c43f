// How an account is tied to a suggestion: the relationships the transition table's `who` names.
import type { Prisma } from "../../generated/prisma/client";
import { DEPUTY_MANAGERS } from "../../auth/guard";
import { accountId, reaches, type Viewer } from "../../auth/viewer";

type Db = Pick<Prisma.TransactionClient, "user">;

export type Relationship = "LEAD" | "INVITED_CO_SIGNER" | "CO_SIGNER" | "LEAD_UNIT" | "CO_UNIT" | "STAFF";

/** The columns of a suggestion that relationships are judged on (loaded with the row or with a list's nodes). */
/** The orders of the co-signer and unit lists, shared with the GraphQL fields so that one query loads both. */
export const CO_SIGNER_ORDER = { createdAt: "asc" } as const;
export const UNIT_ORDER = [{ role: "asc" }, { assignedAt: "asc" }] as const satisfies Prisma.SuggestionUnitOrderByWithRelationInput[];

export const TIES_RELATIONS = {
  lead: { select: { personId: true } },
  coSigners: { orderBy: CO_SIGNER_ORDER, select: { membershipId: true, status: true, membership: { select: { personId: true } } } },
  // Ended rows too (a reassignment keeps them): relationships count the current ones only.
  units: { orderBy: [...UNIT_ORDER], select: { id: true, unitId: true, role: true, opinionAt: true, endedAt: true } },
} satisfies Prisma.SuggestionInclude;

export const TIES_SELECT = { congressPath: true, ...TIES_RELATIONS } satisfies Prisma.SuggestionSelect;

export interface SuggestionTies {
  congressPath: string;
  lead: { personId: string };
  coSigners: { membershipId: string; status: "INVITED" | "CONFIRMED" | "DECLINED"; membership: { personId: string } }[];
  units: { id: string; unitId: string; role: "LEAD" | "CO"; opinionAt: Date | null; endedAt: Date | null }[];
}

/** Who the account is: the person it is linked to and the handling units it works for. */
export interface AccountLinks {
  personId: string | null;
  unitIds: ReadonlySet<string>;
}

const NO_LINKS: AccountLinks = { personId: null, unitIds: new Set() };
const linksCache = new WeakMap<Viewer, Promise<AccountLinks>>();

export async function loadLinks(db: Db, viewer: Viewer): Promise<AccountLinks> {
  const userId = accountId(viewer);
  if (!userId) return NO_LINKS;
  const user = await db.user.findUnique({ where: { id: userId }, select: { personId: true, units: { select: { unitId: true } } } });
  return user ? { personId: user.personId, unitIds: new Set(user.units.map((u) => u.unitId)) } : NO_LINKS;
}

/** The links once per request (a list's `viewerActions` would otherwise ask for every row). */
export function cachedLinks(db: Db, viewer: Viewer): Promise<AccountLinks> {
  let links = linksCache.get(viewer);
  if (!links) {
    links = loadLinks(db, viewer);
    linksCache.set(viewer, links);
  }
  return links;
}

export function relationshipsOf(viewer: Viewer, links: AccountLinks, s: SuggestionTies): Set<Relationship> {
  const out = new Set<Relationship>();
  if (reaches(viewer, DEPUTY_MANAGERS, s.congressPath) && viewer.userId) out.add("STAFF");
  if (links.personId) {
    if (s.lead.personId === links.personId) out.add("LEAD");
    const mine = s.coSigners.find((c) => c.membership.personId === links.personId);
    if (mine?.status === "INVITED") out.add("INVITED_CO_SIGNER");
    if (mine?.status === "CONFIRMED") out.add("CO_SIGNER");
  }
  for (const unit of s.units) {
    if (unit.endedAt) continue;
    if (links.unitIds.has(unit.unitId)) out.add(unit.role === "LEAD" ? "LEAD_UNIT" : "CO_UNIT");
  }
  return out;
}
