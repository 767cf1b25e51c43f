import { encodeGlobalID } from "@pothos/plugin-relay";
import { viewerForUser } from "../../auth/resolve-viewer";
import { builder } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { login, logout, refresh, type Session } from "./sessions";
import { RoleEnum, RoleGrantRef, UserNode } from "./types";
import { changeMyPassword, createUser, grantRole, resetUserPassword, revokeRole, unlockUser, updateUser } from "./users";
import { CongressNode } from "../congresses/types";

/**
 * The rest of the request resolves as the account just signed in, as its next request with the new
 * token would: otherwise the payload's `user { grants person units }` is read by an anonymous caller.
 */
async function actAsSignedIn(ctx: Context, session: Session): Promise<Session> {
  ctx.viewer = (await viewerForUser(ctx.prisma, session.user.id)) ?? ctx.viewer;
  return session;
}

const AuthPayload = builder.objectRef<Session>("AuthPayload").implement({
  description: "A signed-in session: send `accessToken` as `Authorization: Bearer …`; renew it with `refreshToken` before it expires.",
  fields: (t) => ({
    accessToken: t.exposeString("accessToken", { description: "Short-lived token for the Authorization header." }),
    accessTokenExpiresAt: t.expose("accessTokenExpiresAt", { type: "DateTime", description: "When the access token stops working." }),
    refreshToken: t.exposeString("refreshToken", { description: "Long-lived, single-use token for `refreshToken`; keep it secret." }),
    refreshTokenExpiresAt: t.expose("refreshTokenExpiresAt", { type: "DateTime", description: "When the refresh token stops working." }),
    user: t.prismaField({
      type: UserNode,
      description: "The account.",
      resolve: (query, session, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: session.user.id } }),
    }),
  }),
});

const CreateUserInput = builder.inputType("CreateUserInput", {
  description: "A new account in a congress you administer.",
  fields: (t) => ({
    username: t.string({ required: true, description: "3–64 letters, digits, '.', '_' or '-'; stored in lower case." }),
    displayName: t.string({ required: true, description: "Name shown to others." }),
    password: t.string({ required: true, description: "At least 10 characters, with letters and digits." }),
    phone: t.string({ description: "Private phone number." }),
    homeCongressId: t.globalID({ for: CongressNode, required: true, description: "The congress the account belongs to." }),
  }),
});

const UpdateUserInput = builder.inputType("UpdateUserInput", {
  description: "Changes to an account: omit a field to keep it, send null to clear it.",
  fields: (t) => ({
    displayName: t.string({ description: "Name shown to others; omit to keep, cannot be null." }),
    phone: t.string({ description: "Private phone number; omit to keep, null or empty to clear." }),
    active: t.boolean({ description: "False disables the account and signs it out everywhere; omit to keep, cannot be null." }),
    version: t.int({ required: true, description: "The `version` you loaded." }),
  }),
});

const GrantRoleInput = builder.inputType("GrantRoleInput", {
  description: "A role for an account at a congress you administer.",
  fields: (t) => ({
    userId: t.globalID({ for: UserNode, required: true, description: "The account." }),
    role: t.field({ type: RoleEnum, required: true, description: "The role." }),
    congressId: t.globalID({ for: CongressNode, description: "Where it is granted; omit only for PLATFORM_ADMIN." }),
  }),
});

const ChangePasswordInput = builder.inputType("ChangePasswordInput", {
  description: "Your current and new password.",
  fields: (t) => ({
    currentPassword: t.string({ required: true, description: "Your current password." }),
    newPassword: t.string({ required: true, description: "At least 10 characters, with letters and digits." }),
  }),
});

builder.mutationFields((t) => ({
  login: t.field({
    type: AuthPayload,
    description: "Signs in. Five wrong passwords in 15 minutes lock the account for 15 minutes (ACCOUNT_LOCKED).",
    args: {
      username: t.arg.string({ required: true, description: "Username." }),
      password: t.arg.string({ required: true, description: "Password." }),
    },
    resolve: async (_root, args, ctx) => actAsSignedIn(ctx, await login(ctx.prisma, ctx.auth.tokens, args, ctx.clientIp)),
  }),
  refreshToken: t.field({
    type: AuthPayload,
    description: "Exchanges a refresh token for a new pair. Each refresh token works once; reusing one more than 10 s after its first use signs the account out everywhere.",
    args: { refreshToken: t.arg.string({ required: true, description: "The refresh token from `login` or the last refresh." }) },
    resolve: async (_root, args, ctx) => actAsSignedIn(ctx, await refresh(ctx.prisma, ctx.auth.tokens, args.refreshToken)),
  }),
  logout: t.boolean({
    description: "Signs out the session of this refresh token: its refresh and access tokens stop working.",
    args: { refreshToken: t.arg.string({ required: true, description: "The session's refresh token." }) },
    resolve: (_root, args, ctx) => logout(ctx.prisma, args.refreshToken),
  }),
  changeMyPassword: t.boolean({
    description: "Changes your own password and signs out your other sessions; five wrong current passwords lock the account like sign-ins.",
    args: { input: t.arg({ type: ChangePasswordInput, required: true, description: "Current and new password." }) },
    resolve: (_root, args, ctx) => changeMyPassword(ctx, args.input),
  }),
  createUser: t.prismaField({
    type: "User",
    description: "Creates an account in a congress you administer.",
    args: { input: t.arg({ type: CreateUserInput, required: true, description: "The new account." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await createUser(ctx, { ...args.input, homeCongressId: args.input.homeCongressId.id });
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateUser: t.prismaField({
    type: "User",
    description: "Edits, disables or re-enables an account you administer.",
    args: {
      id: t.arg.globalID({ for: UserNode, required: true, description: "The account." }),
      input: t.arg({ type: UpdateUserInput, required: true, description: "The changes." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await updateUser(ctx, args.id.id, args.input);
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  resetUserPassword: t.prismaField({
    type: "User",
    description: "Sets a new password for an account you administer, unlocks it and signs it out everywhere.",
    args: {
      id: t.arg.globalID({ for: UserNode, required: true, description: "The account." }),
      password: t.arg.string({ required: true, description: "At least 10 characters, with letters and digits." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await resetUserPassword(ctx, args.id.id, args.password);
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  unlockUser: t.prismaField({
    type: "User",
    description: "Lifts a sign-in lock on an account you administer.",
    args: { id: t.arg.globalID({ for: UserNode, required: true, description: "The account." }) },
    resolve: async (query, _root, args, ctx) => {
      await unlockUser(ctx, args.id.id);
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  grantRole: t.prismaField({
    type: RoleGrantRef,
    description: "Grants a role at a congress you administer to an account you administer; granting one already held answers that grant.",
    args: { input: t.arg({ type: GrantRoleInput, required: true, description: "The grant." }) },
    resolve: async (query, _root, args, ctx) => {
      const grant = await grantRole(ctx, { ...args.input, userId: args.input.userId.id, congressId: args.input.congressId?.id });
      return ctx.prisma.roleGrant.findUniqueOrThrow({ ...query, where: { id: grant.id } });
    },
  }),
  revokeRole: t.field({
    type: "ID",
    description: "Withdraws a role grant; returns its id.",
    args: { id: t.arg.globalID({ for: RoleGrantRef, required: true, description: "The grant's id (from `User.grants`)." }) },
    resolve: async (_root, args, ctx) => {
      await revokeRole(ctx, args.id.id);
      return encodeGlobalID("RoleGrant", args.id.id);
    },
  }),
}));
