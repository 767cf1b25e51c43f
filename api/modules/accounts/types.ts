import { queryFromInfo } from "@pothos/plugin-prisma";
import { Role } from "../../generated/prisma/enums";
import { accountId } from "../../auth/viewer";
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import type { Context } from "../../graphql/context";
import { nodeConnection, resolveList, sortOn } from "../../graphql/connections";
import { listArgs, sortChoices } from "../../graphql/list-order";
import { withinCongressWhere } from "../congresses/scope";
import { MANAGED_ACCOUNT_SELECT, canManageAccount, roleGrantReadScope, userReadScope } from "./policy";
import { userFilterWhere } from "./scope";
import { CongressNode } from "../congresses/types";

const ROLE_LABELS: Record<Role, string> = {
  PLATFORM_ADMIN: "平台管理员 Platform administrator: everything, everywhere.",
  CONGRESS_ADMIN: "人大管理员 Congress administrator: configures its congress and every congress below.",
  DEPUTY_AFFAIRS: "代表工作人员 Deputy affairs staff: suggestions, activities and evaluations in its subtree.",
  SUPERVISOR: "督办人 Supervisor of the key suggestions assigned to them.",
  DEPUTY: "代表 Deputy: own profile, activities and suggestions.",
  UNIT_STAFF: "承办单位人员 Handling-unit staff: suggestions and opinions assigned to their unit.",
  STATION_KEEPER: "联络站管理员 Station keeper: the station's receptions and opinions.",
};

export const RoleEnum = describedEnum<Role>("Role", "角色 A role granted at a congress; it reaches that congress and every congress below it.", ROLE_LABELS);

export const RoleGrantRef = builder.prismaNode("RoleGrant", {
  description: "角色授予 A role held by an account at a congress.",
  id: { field: "id", description: "Global id (for `revokeRole`)." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [roleGrantReadScope(ctx.viewer)] }),
  fields: (t) => ({
    role: t.expose("role", { type: RoleEnum, description: "The role." }),
    congress: t.relation("congress", { nullable: true, description: "Where it is granted; null for PLATFORM_ADMIN (everywhere)." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was granted." }),
  }),
});

export const UserNode = builder.prismaNode("User", {
  description: "用户 An account. Administrators see the accounts they may manage (every role the account holds lies in their reach); everyone sees their own.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [userReadScope(ctx.viewer)] }),
  fields: (t) => ({
    username: t.exposeString("username", { description: "Sign-in name (lower case)." }),
    displayName: t.exposeString("displayName", { description: "Name shown to others." }),
    phone: t.string({
      nullable: true,
      description: "Private: shown only to the account itself and administrators who may manage it; null for anyone else.",
      select: { phone: true, ...MANAGED_ACCOUNT_SELECT },
      resolve: (user, _args, ctx) => (user.id === accountId(ctx.viewer) || canManageAccount(ctx.viewer, user) ? user.phone : null),
    }),
    viewerCanManage: t.boolean({
      description: "Whether you may edit this account, reset its password, unlock it and change its roles: every role it holds lies in your reach.",
      select: MANAGED_ACCOUNT_SELECT,
      resolve: (user, _args, ctx) => canManageAccount(ctx.viewer, user),
    }),
    homeCongress: t.relation("homeCongress", { description: "The congress the account belongs to." }),
    active: t.exposeBoolean("active", { description: "False when disabled: it cannot sign in." }),
    lockedUntil: t.expose("lockedUntil", { type: "DateTime", nullable: true, description: "Locked after failed sign-ins until then." }),
    lastLoginAt: t.expose("lastLoginAt", { type: "DateTime", nullable: true, description: "Last successful sign-in." }),
    grants: t.relation("grants", {
      description: "Roles it holds that you may see (the grants at congresses you administer, or all of your own).",
      query: (_args, ctx) => ({ where: roleGrantReadScope(ctx.viewer), orderBy: [{ role: "asc" }, { createdAt: "asc" }] }),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the account was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version; send it back on update to detect concurrent edits." }),
  }),
});

export const UserFilter = builder.inputType("UserFilter", {
  description: "Conditions an account must meet; all given conditions apply.",
  fields: (t) => ({
    homeCongressId: t.globalID({ for: CongressNode, description: "Only accounts of this congress." }),
    withinCongressId: t.globalID({ for: CongressNode, description: "Only accounts of this congress and the congresses below it." }),
    role: t.field({ type: RoleEnum, description: "Only accounts holding this role somewhere." }),
    active: t.boolean({ description: "Only active (true) or disabled (false) accounts." }),
    search: t.string({ description: "Username or display name contains this text." }),
  }),
});

const { order: UserOrderField, sorts: USER_SORTS } = sortChoices("UserOrderField", "accounts", {
  list: "users",
  defaultSort: "username",
  choices: {
    USERNAME: { value: "username", column: sortOn.string("username"), description: "Username." },
    DISPLAY_NAME: { value: "displayName", column: sortOn.string("displayName"), description: "Display name." },
    LAST_LOGIN: { value: "lastLoginAt", column: sortOn.date("lastLoginAt", { nullable: true }), description: "Last sign-in." },
    CREATED_AT: { value: "createdAt", column: sortOn.date("createdAt"), description: "Creation." },
  },
});

const UserConnection = nodeConnection(UserNode, "User", "accounts");

builder.queryFields((t) => ({
  me: t.field({
    type: UserNode,
    nullable: true,
    description: "The signed-in account, with its roles; null when anonymous.",
    resolve: (_root, _args, ctx, info) => {
      const id = accountId(ctx.viewer);
      return id ? ctx.prisma.user.findUnique({ ...queryFromInfo({ context: ctx, info }), where: { id } }) : null;
    },
  }),
  users: t.connection(
    {
      type: UserNode,
      description: "用户 Accounts you may manage (administrators): at home in your reach and holding no role outside it.",
      args: {
        ...listArgs(t.arg, {
          filter: UserFilter,
          filterDescription: "Conditions; omitted means every account you may see.",
          order: UserOrderField,
          sortDescription: "Sort field (default USERNAME).",
        }),
      },
      resolve: async (_root, args, ctx, info) =>
        resolveList(ctx, info, { model: ctx.prisma.user, typeName: "User", scope: {}, filter: await usersWhere(ctx, args.filter), sorts: USER_SORTS, args }),
    },
    UserConnection,
  ),
}));

async function usersWhere(ctx: Context, filter: Parameters<typeof userFilterWhere>[0]) {
  const within = filter?.withinCongressId ? await withinCongressWhere(ctx.prisma, filter.withinCongressId.id) : {};
  return { AND: [userReadScope(ctx.viewer), userFilterWhere(filter), within] };
}
