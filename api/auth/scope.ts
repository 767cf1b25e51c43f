import { ADMIN_ROLES } from "./guard";
import { reachFor, type Role, type Viewer } from "./viewer";

/**
 * The `where` that keeps rows whose `column` (a congress path) lies in the viewer's reach for the
 * administrator roles: everything for a platform administrator, nothing for a caller with no such role.
 */
export function adminPathWhere<K extends string>(viewer: Viewer, column: K): Record<string, unknown> {
  return pathInReachWhere(viewer, ADMIN_ROLES, column);
}

/** The same for any roles: rows whose `column` lies where the viewer holds one of `roles`. */
export function pathInReachWhere<K extends string>(viewer: Viewer, roles: readonly Role[], column: K): Record<string, unknown> {
  const reach = reachFor(viewer, roles);
  if (reach === null) return {};
  if (reach.length === 0) return { [column]: { in: [] } };
  return { OR: reach.map((path) => ({ [column]: { startsWith: path } })) };
}
