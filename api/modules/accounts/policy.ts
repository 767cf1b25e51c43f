// Who may manage an account: the one policy behind the account list, node(id), the private fields and
// every account mutation. Managing an account (reading its private fields, editing it, resetting its
// password, locking, disabling, granting or revoking its roles) hands over everything the account
// can do, so an administrator manages an account only when every role the account holds lies inside
// the administrator's own reach; PLATFORM_ADMIN holders only by a platform administrator.
import type { Prisma } from "../../generated/prisma/client";
import { ADMIN_ROLES } from "../../auth/guard";
import { accountId, reachFor, type Role, type Viewer } from "../../auth/viewer";

export interface ManagedAccount {
  id: string;
  /** The home congress's path. */
  congressPath: string;
  grants: { role: Role | string; congressPath: string | null }[];
}

/** The select that loads what `canManageAccount` needs. */
export const MANAGED_ACCOUNT_SELECT = {
  id: true,
  congressPath: true,
  grants: { select: { role: true, congressPath: true } },
} as const satisfies Prisma.UserSelect;

const within = (reach: string[], path: string | null) => path !== null && reach.some((p) => path.startsWith(p));

export function canManageAccount(viewer: Viewer, account: ManagedAccount): boolean {
  if (!viewer.userId) return false;
  const reach = reachFor(viewer, ADMIN_ROLES);
  if (reach === null) return true;
  return within(reach, account.congressPath) && account.grants.every((g) => g.role !== "PLATFORM_ADMIN" && within(reach, g.congressPath));
}

/** Grants that lie outside `reach`: PLATFORM_ADMIN (no congress), or a congress under none of the reach paths. */
function grantsOutside(reach: string[]): Prisma.RoleGrantWhereInput {
  return { OR: [{ role: "PLATFORM_ADMIN" }, { congressPath: null }, { AND: reach.map((p) => ({ NOT: { congressPath: { startsWith: p } } })) }] };
}

/** `canManageAccount` as a `where` on accounts, for lists. */
export function manageableAccountsWhere(viewer: Viewer): Prisma.UserWhereInput {
  if (!viewer.userId) return { id: { in: [] } };
  const reach = reachFor(viewer, ADMIN_ROLES);
  if (reach === null) return {};
  if (reach.length === 0) return { id: { in: [] } };
  return { AND: [{ OR: reach.map((p) => ({ congressPath: { startsWith: p } })) }, { grants: { none: grantsOutside(reach) } }] };
}

/** Accounts a viewer may read: those it manages, and its own. */
export function userReadScope(viewer: Viewer): Prisma.UserWhereInput {
  const manageable = manageableAccountsWhere(viewer);
  const self = accountId(viewer);
  // An empty `where` in an OR list matches nothing in Prisma, so "everything" must stay `{}`.
  if (Object.keys(manageable).length === 0 || !self) return manageable;
  return { OR: [manageable, { id: self }] };
}

/** Grants a viewer may read: those at congresses it administers, and its own. */
export function roleGrantReadScope(viewer: Viewer): Prisma.RoleGrantWhereInput {
  const reach = reachFor(viewer, ADMIN_ROLES);
  if (reach === null) return {};
  const administered: Prisma.RoleGrantWhereInput[] = (reach ?? []).map((p) => ({ congressPath: { startsWith: p } }));
  const self = accountId(viewer);
  if (self) administered.push({ userId: self });
  return administered.length > 0 ? { OR: administered } : { id: { in: [] } };
}
