import { Errors } from "../graphql/errors";
import { reaches, type Role, type Viewer } from "./viewer";
import { msg } from "../lib/i18n";
import { nounText } from "../lib/nouns";
import { type MessageText } from "../lib/i18n";

/** Roles that administer a congress and everything below it. */
export const ADMIN_ROLES: readonly Role[] = ["PLATFORM_ADMIN", "CONGRESS_ADMIN"];

/** Roles that keep the deputy rolls (registration, status, groups) of a congress and those below. */
export const DEPUTY_MANAGERS: readonly Role[] = ["PLATFORM_ADMIN", "CONGRESS_ADMIN", "DEPUTY_AFFAIRS"];

export function requireSignedIn(viewer: Viewer): void {
  if (!viewer.userId) throw Errors.unauthenticated();
}

/**
 * For a record the caller named by id: outside the viewer's reach it is answered exactly as a
 * missing one (NOT_FOUND naming the same type and id), so ids reveal nothing across jurisdictions.
 */
export function requireRecordInReach(viewer: Viewer, roles: readonly Role[], congressPath: string, what: string, id: string): void {
  requireSignedIn(viewer);
  if (!reaches(viewer, roles, congressPath)) throw Errors.notFound(what, id);
}

/** Throws unless the viewer holds one of `roles` at a congress whose subtree contains `congressPath`. */
export function requireRoleOver(viewer: Viewer, roles: readonly Role[], congressPath: string, what: MessageText): void {
  requireSignedIn(viewer);
  if (!reaches(viewer, roles, congressPath)) {
    const action = nounText(what);
    throw Errors.forbidden(msg(`只有本级或上级人大的 ${roles.join(" 或 ")} 可以${action.zh}。`, `Only ${roles.join(" or ")} of this congress or one above it may ${action.en}.`));
  }
}
