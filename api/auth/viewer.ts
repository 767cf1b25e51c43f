/** Roles a user can be granted at a congress (DOMAIN.md §10). */
export const ROLES = [
  "PLATFORM_ADMIN",
  "CONGRESS_ADMIN",
  "DEPUTY_AFFAIRS",
  "SUPERVISOR",
  "DEPUTY",
  "UNIT_STAFF",
  "STATION_KEEPER",
] as const;
export type Role = (typeof ROLES)[number];

export interface Grant {
  role: Role;
  /** The congress the role is granted at; null only for PLATFORM_ADMIN. */
  congressId: string | null;
  /** That congress's materialized path: the grant reaches every path that starts with it. */
  congressPath: string | null;
}

/** Who is calling, resolved once per request. */
export interface Viewer {
  userId: string | null;
  /** Shown in audit events. */
  displayName?: string;
  grants: Grant[];
  /** The session (refresh token family) of the access token the caller sent. */
  sessionId?: string;
  /** Set when the caller authenticated with an API key instead of an account. */
  apiKey?: { id: string; scopes: string[] };
}

export const anonymousViewer: Viewer = { userId: null, grants: [] };

export function isPlatformAdmin(viewer: Viewer): boolean {
  return viewer.grants.some((g) => g.role === "PLATFORM_ADMIN");
}

/** Congress paths the viewer reaches with any of `roles`; `null` means everywhere. */
export function reachFor(viewer: Viewer, roles: readonly Role[]): string[] | null {
  if (isPlatformAdmin(viewer)) return null;
  const paths = viewer.grants.filter((g) => roles.includes(g.role) && g.congressPath).map((g) => g.congressPath!);
  return [...new Set(paths)];
}

/** Whether `congressPath` lies inside the viewer's reach for `roles`. */
export function reaches(viewer: Viewer, roles: readonly Role[], congressPath: string): boolean {
  const reach = reachFor(viewer, roles);
  return reach === null || reach.some((p) => congressPath.startsWith(p));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The viewer's account id when it is a real account (not the system loader or an API key). */
export function accountId(viewer: Viewer): string | null {
  return viewer.userId && UUID.test(viewer.userId) ? viewer.userId : null;
}
