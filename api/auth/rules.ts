// The shield rules every module builds its rule tree from. Rules answer "may this caller use this
// operation at all"; which rows it sees is the scope functions' job (SQL).
import { allow, rule } from "graphql-shield";
import type { Context } from "../graphql/context";
import { Errors } from "../graphql/errors";
import { ADMIN_ROLES, DEPUTY_MANAGERS } from "./guard";
import type { Role } from "./viewer";
import { msg, type Localized } from "../lib/i18n";

export { allow };

/** Any caller; with an API key, one that carries the PUBLIC_READ scope. */
export const publicRead = rule({ cache: "contextual" })((_parent, _args, ctx: Context) => {
  const key = ctx.viewer.apiKey;
  return !key || key.scopes.includes("PUBLIC_READ") || Errors.forbidden(msg("此 API 密钥没有 PUBLIC_READ 权限。", "This API key lacks the PUBLIC_READ scope."));
});

export const isSignedIn = rule({ cache: "contextual" })((_parent, _args, ctx: Context) =>
  ctx.viewer.userId ? true : Errors.unauthenticated(),
);

/** Signed in and holding one of `roles` somewhere; the service then checks where. */
export function hasRole(roles: readonly Role[], what: Localized) {
  return rule(`hasRole:${roles.join(",")}`, { cache: "contextual" })((_parent, _args, ctx: Context) => {
    if (!ctx.viewer.userId) return Errors.unauthenticated();
    return ctx.viewer.grants.some((g) => roles.includes(g.role)) || Errors.forbidden(msg(`无权操作：仅限${what.zh}。`, `Only ${what.en} may do this.`));
  });
}

export const isAdministrator = hasRole(ADMIN_ROLES, msg("管理员（PLATFORM_ADMIN 或 CONGRESS_ADMIN）", "administrators (PLATFORM_ADMIN or CONGRESS_ADMIN)"));

export const isDeputyManager = hasRole(DEPUTY_MANAGERS, msg("管理员和代表工作人员", "administrators and deputy affairs staff"));

/** Explicitly readable fields of a type: every field is declared, so a new field without a rule fails the coverage test. */
export function fields(...names: string[]) {
  return Object.fromEntries(names.map((name) => [name, allow]));
}

/** The shared connection and edge types of a node (`nodeConnection` in api/graphql/connections.ts). */
export function connectionTypes(node: string) {
  return {
    [`${node}Connection`]: fields("edges", "pageInfo", "totalCount"),
    [`${node}Edge`]: fields("cursor", "node"),
  };
}
