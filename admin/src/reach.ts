// What the signed-in account may change, computed the way the API decides it (api/auth/viewer.ts `reaches`):
// a role granted at a congress covers that congress and every congress below it. The console compares
// region paths (division codes, province first), which nest exactly as the congresses do.
import type { Grant, Permissions } from "./authProvider";

export type Role = "PLATFORM_ADMIN" | "CONGRESS_ADMIN" | "DEPUTY_AFFAIRS" | "SUPERVISOR" | "DEPUTY" | "UNIT_STAFF" | "STATION_KEEPER";

/** Roles that administer a congress and everything below it. */
export const ADMINS: readonly Role[] = ["PLATFORM_ADMIN", "CONGRESS_ADMIN"];
/** Roles that keep the deputy rolls (registration, groups) of a congress and those below. */
export const ROLL_KEEPERS: readonly Role[] = ["PLATFORM_ADMIN", "CONGRESS_ADMIN", "DEPUTY_AFFAIRS"];

/** A record's congress as the console reads it: `congress { region { path } }`, or a congress itself. */
export interface CongressRef {
  region?: { path?: string | null } | null;
}

const isPlatformAdmin = (permissions: Permissions | undefined) => Boolean(permissions?.roles.includes("PLATFORM_ADMIN"));

const grantsWith = (permissions: Permissions | undefined, roles: readonly Role[]): Grant[] =>
  (permissions?.grants ?? []).filter((g) => roles.includes(g.role as Role) && g.congress);

/** Whether the account holds one of `roles` anywhere (it may then create records inside its reach). */
export function holdsAny(permissions: Permissions | undefined, roles: readonly Role[]): boolean {
  return isPlatformAdmin(permissions) || grantsWith(permissions, roles).length > 0;
}

/** Whether one of the account's `roles` reaches the congress `congress` (the API would accept a change there). */
export function reachesCongress(permissions: Permissions | undefined, roles: readonly Role[], congress: CongressRef | null | undefined): boolean {
  if (isPlatformAdmin(permissions)) return true;
  const path = congress?.region?.path;
  if (!path) return false;
  return grantsWith(permissions, roles).some((g) => g.congress?.region?.path && path.startsWith(g.congress.region.path));
}

/**
 * The congress a list opens on: the account's own (the highest one it holds a role at), or none for a
 * platform administrator, whose jurisdiction is everything.
 */
export function homeCongressId(permissions: Permissions | undefined): string | undefined {
  if (!permissions || isPlatformAdmin(permissions)) return undefined;
  const byDepth = permissions.grants
    .filter((g) => g.congress)
    .sort((a, b) => (a.congress?.region?.path?.length ?? 0) - (b.congress?.region?.path?.length ?? 0));
  return byDepth[0]?.congress?.id;
}

/** The roles the API asks of whoever changes a record of each resource. */
const CHANGERS: Record<string, readonly Role[]> = {
  Deputy: ROLL_KEEPERS,
  WorkingGroup: ROLL_KEEPERS,
  Station: ADMINS,
  Congress: ADMINS,
  Region: ADMINS,
  HandlingUnit: ADMINS,
};

type AnyRecord = Record<string, any>;

/**
 * Whether the API would accept an edit (or delete) of `record` from this account: the one place the
 * console decides where edit buttons and editable rows appear. Accounts answer it themselves
 * (`viewerCanManage`); other records by the account's reach over the record's congress.
 */
export function canChange(permissions: Permissions | undefined, resource: string, record: AnyRecord | undefined): boolean {
  if (!record) return false;
  if (resource === "User") return Boolean(record.viewerCanManage);
  const roles = CHANGERS[resource];
  if (!roles) return false;
  const congress: CongressRef | undefined = resource === "Congress" ? record : resource === "Region" ? { region: record } : record.congress;
  return reachesCongress(permissions, roles, congress);
}

/** The region of the account's home congress, for lists of regions. */
export function homeRegionId(permissions: Permissions | undefined): string | undefined {
  const home = homeCongressId(permissions);
  return permissions?.grants.find((g) => g.congress?.id === home)?.congress?.region?.id;
}
