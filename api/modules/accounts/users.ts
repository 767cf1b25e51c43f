// Accounts and role grants, managed by administrators within their jurisdiction.
import { z } from "zod";
import type { Prisma, User } from "../../generated/prisma/client";
import { ADMIN_ROLES, requireRecordInReach, requireSignedIn } from "../../auth/guard";
import { assertPasswordCheckAllowed, clearedFailures, recordPasswordFailure } from "../../auth/password-throttle";
import { hashPassword, verifyPassword } from "../../auth/passwords";
import { sessionCache } from "../../auth/session-cache";
import { accountId, isPlatformAdmin, reaches, type Viewer } from "../../auth/viewer";
import { endLinksOfRevokedRole } from "./link-sets";
import { canManageAccount } from "./policy";
import { endAllSessions } from "./sessions";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { updateVersioned } from "../../lib/patch";
import { recordAudit, type Actor } from "../audit/record";
import { ChangePasswordInput, CreateUserInput, GrantRoleInput, PASSWORD, UpdateUserInput } from "./inputs";
import { msg } from "../../lib/i18n";

type Tx = Prisma.TransactionClient;
const UUID = z.string().uuid();

/**
 * The user, its row locked until the transaction ends, when the viewer may manage it (policy.ts);
 * else null. A grant committed meanwhile by another administrator (grantRole takes the same lock) is
 * seen before the check, so no higher role can slip in between the check and the write.
 */
async function lockManageable(tx: Tx, viewer: Viewer, id: string): Promise<User | null> {
  requireSignedIn(viewer);
  if (!UUID.safeParse(id).success) return null;
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${id}::uuid FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id }, include: { grants: { select: { role: true, congressPath: true } } } });
  if (!user || !canManageAccount(viewer, user)) return null;
  const { grants: _grants, ...row } = user;
  return row;
}

/** A user the viewer may manage, locked; anyone else reads as missing. */
export async function managedUser(tx: Tx, viewer: Viewer, id: string): Promise<User> {
  const user = await lockManageable(tx, viewer, id);
  if (!user) throw Errors.notFound("User", id);
  return user;
}

export async function createUser(actor: Actor, rawInput: unknown) {
  const { prisma, viewer } = actor;
  const input = parseInput(CreateUserInput, rawInput);
  return inTransaction(prisma, `User ${input.username}`, async (tx: Tx) => {
    const congress = await tx.congress.findUnique({ where: { id: input.homeCongressId } });
    if (!congress) throw Errors.notFound("Congress", input.homeCongressId);
    requireRecordInReach(viewer, ADMIN_ROLES, congress.path, "Congress", input.homeCongressId);
    const created = await tx.user.create({
      data: {
        username: input.username,
        displayName: input.displayName,
        phone: input.phone ?? null,
        passwordHash: await hashPassword(input.password),
        homeCongressId: congress.id,
        congressPath: congress.path,
      },
    });
    await recordAudit(tx, actor, { action: "createUser", entityType: "User", entityId: created.id, congressPath: congress.path, after: created });
    return created;
  });
}

export async function updateUser(actor: Actor, id: string, rawInput: unknown) {
  const { viewer } = actor;
  const input = parseInput(UpdateUserInput, rawInput);
  return updateVersioned(actor, id, input, {
    entity: "User",
    action: "updateUser",
    label: "Account",
    table: (tx) => tx.user,
    load: (tx) => managedUser(tx, viewer, id),
    check: (_tx, merged) => {
      if (merged.id === viewer.userId && !merged.active) throw Errors.badInput(msg("不能停用自己的账号。", "You cannot disable your own account."), [{ field: "input.active", message: msg("不能停用自己", "must stay true for yourself") }]);
    },
    also: async (tx, _before, merged) => {
      if (!merged.active) await endAllSessions(tx, id);
    },
    auditPath: (_tx, user) => user.congressPath,
  });
}

/** Sets a new password for someone else and signs them out everywhere. */
export async function resetUserPassword(actor: Actor, id: string, password: unknown) {
  const { prisma, viewer } = actor;
  const newPassword = parseInput(PASSWORD, password, "password");
  return inTransaction(prisma, "User", async (tx: Tx) => {
    const user = await managedUser(tx, viewer, id);
    const after = await tx.user.update({
      where: { id },
      data: { passwordHash: await hashPassword(newPassword), ...clearedFailures(), version: { increment: 1 } },
    });
    await endAllSessions(tx, id);
    await recordAudit(tx, actor, { action: "resetUserPassword", entityType: "User", entityId: id, congressPath: user.congressPath });
    return after;
  });
}

export async function unlockUser(actor: Actor, id: string) {
  const { prisma, viewer } = actor;
  return inTransaction(prisma, "User", async (tx: Tx) => {
    const user = await managedUser(tx, viewer, id);
    const after = await tx.user.update({ where: { id }, data: { ...clearedFailures(), version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "unlockUser", entityType: "User", entityId: id, congressPath: user.congressPath, before: { lockedUntil: user.lockedUntil } });
    return after;
  });
}

/**
 * Changes the caller's own password after checking the current one (throttled like a sign-in), and
 * signs out every other session; the session making the change keeps working.
 */
export async function changeMyPassword(actor: Actor & { clientIp?: string }, rawInput: unknown) {
  const { prisma, viewer } = actor;
  requireSignedIn(viewer);
  const input = parseInput(ChangePasswordInput, rawInput);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: viewer.userId! } });
  const key = { username: user.username, ip: actor.clientIp ?? "unknown", clearedAt: user.failuresClearedAt, userId: user.id };
  await assertPasswordCheckAllowed(prisma, key);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordPasswordFailure(prisma, key);
    throw Errors.badInput(msg("当前密码不正确。", "Your current password is not right."), [{ field: "input.currentPassword", message: msg("不一致", "does not match") }]);
  }
  return inTransaction(prisma, "User", async (tx: Tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword), ...clearedFailures(), version: { increment: 1 } } });
    await endAllSessions(tx, user.id, viewer.sessionId ? { familyId: viewer.sessionId } : undefined);
    await recordAudit(tx, actor, { action: "changeMyPassword", entityType: "User", entityId: user.id, congressPath: user.congressPath });
    return true;
  });
}

/**
 * Grants a role at a congress. The granter must administer that congress and the account; only a
 * platform administrator grants PLATFORM_ADMIN (which has no congress).
 */
export async function grantRole(actor: Actor, rawInput: unknown) {
  const { prisma, viewer } = actor;
  const input = parseInput(GrantRoleInput, rawInput);
  return inTransaction(prisma, "This role grant", async (tx: Tx) => {
    const user = await managedUser(tx, viewer, input.userId);
    let congress: { id: string; path: string } | null = null;
    if (input.role === "PLATFORM_ADMIN") {
      if (!isPlatformAdmin(viewer)) throw Errors.forbidden(msg("只有平台管理员可以授予平台管理员角色。", "Only a platform administrator may make another platform administrator."));
      if (input.congressId) throw Errors.badInput(msg("授予 PLATFORM_ADMIN 时不指定人大。", "PLATFORM_ADMIN is granted without a congress."), [{ field: "input.congressId", message: msg("PLATFORM_ADMIN 不指定人大", "must be empty for PLATFORM_ADMIN") }]);
    } else {
      if (!input.congressId) throw Errors.badInput(`Choose the congress at which ${input.role} is granted.`, [{ field: "input.congressId", message: msg("必填", "required") }]);
      congress = await tx.congress.findUnique({ where: { id: input.congressId }, select: { id: true, path: true } });
      if (!congress) throw Errors.notFound("Congress", input.congressId);
      requireRecordInReach(viewer, ADMIN_ROLES, congress.path, "Congress", input.congressId);
    }
    // Granting what is already held is a no-op; managedUser's row lock makes two grants at once see each other
    // (a NULL congress escapes the unique index).
    const existing = await tx.roleGrant.findFirst({ where: { userId: user.id, role: input.role, congressId: congress?.id ?? null } });
    if (existing) return existing;
    const created = await tx.roleGrant.create({
      data: { userId: user.id, role: input.role, congressId: congress?.id ?? null, congressPath: congress?.path ?? null, grantedById: accountId(viewer) },
    });
    sessionCache.forget(user.id);
    await recordAudit(tx, actor, { action: "grantRole", entityType: "RoleGrant", entityId: created.id, congressPath: congress?.path ?? null, after: created });
    return created;
  });
}

export async function revokeRole(actor: Actor, grantId: string) {
  const { prisma, viewer } = actor;
  return inTransaction(prisma, "Role grant", async (tx: Tx) => {
    requireSignedIn(viewer);
    const grant = await tx.roleGrant.findUnique({ where: { id: grantId } });
    const visible = grant && (grant.congressPath ? reaches(viewer, ADMIN_ROLES, grant.congressPath) : isPlatformAdmin(viewer));
    if (!grant || !visible) throw Errors.notFound("Role grant", grantId);
    // Revoking changes what the holder can do: it needs reach over the whole account too.
    if (!(await lockManageable(tx, viewer, grant.userId))) throw Errors.notFound("Role grant", grantId);
    if (grant.role === "PLATFORM_ADMIN" && (await tx.roleGrant.count({ where: { role: "PLATFORM_ADMIN" } })) <= 1) {
      throw Errors.conflict(msg("这是最后一位平台管理员，请先将此角色授予他人。", "This is the last platform administrator; grant the role to someone else first."));
    }
    await tx.roleGrant.delete({ where: { id: grantId } });
    const endedLinks = await endLinksOfRevokedRole(tx, grant.userId, grant.role);
    sessionCache.forget(grant.userId);
    await recordAudit(tx, actor, { action: "revokeRole", entityType: "RoleGrant", entityId: grantId, congressPath: grant.congressPath, before: { ...grant, endedLinks } });
    return grant;
  });
}

