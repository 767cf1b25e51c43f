// Sign-in, token refresh and sign-out.
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient, User } from "../../generated/prisma/client";
import { assertPasswordCheckAllowed, recordPasswordFailure, recordPasswordSuccess } from "../../auth/password-throttle";
import { verifyPassword } from "../../auth/passwords";
import { sessionCache } from "../../auth/session-cache";
import { AccessTokens, randomSecret, sha256 } from "../../auth/tokens";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { LoginInput } from "./inputs";
import { msg } from "../../lib/i18n";

export const REFRESH_TOKEN_DAYS = 30;
/**
 * A refresh token used again this soon after its rotation is taken for a second tab or a retried
 * request of the same client, not a thief: see `refresh`.
 */
export const REFRESH_REUSE_GRACE_MS = 10_000;

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  /** Row id of the refresh token (not exposed). */
  refreshTokenId: string;
  user: User;
}

type Db = PrismaClient | Prisma.TransactionClient;

async function issueSession(db: Db, tokens: AccessTokens, user: User, familyId: string = randomUUID()): Promise<Session> {
  const access = await tokens.sign(user.id, familyId);
  const refreshToken = randomSecret("rt");
  const refreshTokenExpiresAt = new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000);
  const row = await db.refreshToken.create({ data: { userId: user.id, familyId, tokenHash: sha256(refreshToken), expiresAt: refreshTokenExpiresAt } });
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, refreshTokenExpiresAt, refreshTokenId: row.id, user };
}

/** The one answer to every refused sign-in, whatever the account's state, so none is revealed. */
const signInRefused = () => Errors.unauthenticated(msg("用户名或密码错误，或账号已停用。请核对后重试，或联系本级人大管理员。", "Wrong username or password, or the account is disabled. Check both, or ask an administrator of your congress."));

/**
 * Checks the password and issues tokens. Unknown names, disabled accounts and wrong passwords get the
 * same answer after the same work (a password hash is verified in every case), and all count towards
 * the same lock (see password-throttle.ts).
 */
export async function login(prisma: PrismaClient, tokens: AccessTokens, rawInput: unknown, ip: string): Promise<Session> {
  const input = parseInput(LoginInput, rawInput);
  const user = await prisma.user.findUnique({ where: { username: input.username } });
  const key = { username: input.username, ip, clearedAt: user?.failuresClearedAt, userId: user?.id };
  await assertPasswordCheckAllowed(prisma, key);
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid || !user.active) {
    await recordPasswordFailure(prisma, key);
    throw signInRefused();
  }
  await recordPasswordSuccess(prisma, key);
  const signedIn = await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return issueSession(prisma, tokens, signedIn);
}

const refreshRefused = {
  unknown: () => Errors.unauthenticated(msg("登录凭证无效，请重新登录。", "This refresh token is not valid. Sign in again.")),
  signedOut: () => Errors.unauthenticated(msg("此会话已退出，请重新登录。", "This session was signed out. Sign in again.")),
  reused: () =>
    Errors.unauthenticated(msg("登录凭证已被使用过，为安全起见，此账号的所有会话均已退出。请重新登录。", "This refresh token was already used, so every session of this account was signed out for safety. Sign in again.")),
  expired: () => Errors.unauthenticated(msg("登录已过期，请重新登录。", "Your session expired. Sign in again.")),
  disabled: () => Errors.unauthenticated(msg("此账号已停用，请联系本级人大的管理员。", "This account is disabled. Ask an administrator of your congress.")),
};

/**
 * Exchanges a refresh token for a new pair. A token revoked by a sign-out (logout, reset, disable)
 * just answers "signed out". A token already rotated is normally a stolen copy, and signs the account
 * out everywhere, except within REFRESH_REUSE_GRACE_MS of its rotation while its session is still
 * live: then two tabs raced with one token, and the late one gets a new token of the same session.
 * (Handing back the successor already issued would need its secret, which is stored only hashed;
 * a sibling token is as good, and signing out the session still ends both.)
 */
export async function refresh(prisma: PrismaClient, tokens: AccessTokens, refreshToken: string): Promise<Session> {
  const outcome = await inTransaction(prisma, "Session", async (tx: Prisma.TransactionClient) => {
    const stored = await tx.refreshToken.findUnique({ where: { tokenHash: sha256(refreshToken) }, include: { user: true } });
    if (!stored) throw refreshRefused.unknown();
    if (stored.expiresAt <= new Date()) throw refreshRefused.expired();
    if (!stored.user.active) throw refreshRefused.disabled();
    // Row lock: of two concurrent uses, the second waits here and then sees the first's rotation.
    const { count } = await tx.refreshToken.updateMany({ where: { id: stored.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 1) {
      const session = await issueSession(tx, tokens, stored.user, stored.familyId);
      await tx.refreshToken.update({ where: { id: stored.id }, data: { replacedBy: session.refreshTokenId } });
      return session;
    }
    const current = await tx.refreshToken.findUniqueOrThrow({ where: { id: stored.id } });
    if (!current.replacedBy) throw refreshRefused.signedOut();
    const live = await tx.refreshToken.count({ where: { familyId: stored.familyId, revokedAt: null } });
    if (live > 0 && Date.now() - current.revokedAt!.getTime() <= REFRESH_REUSE_GRACE_MS) return issueSession(tx, tokens, stored.user, stored.familyId);
    return "reused" as const;
  });
  if (outcome !== "reused") return outcome;
  const stored = await prisma.refreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(refreshToken) }, select: { userId: true } });
  await endAllSessions(prisma, stored.userId);
  throw refreshRefused.reused();
}

/** Revokes every refresh token of an account and forgets its cached sessions: its access tokens stop working too. */
export async function endAllSessions(db: Db, userId: string, except?: { familyId: string }): Promise<void> {
  await db.refreshToken.updateMany({
    where: { userId, revokedAt: null, ...(except && { NOT: { familyId: except.familyId } }) },
    data: { revokedAt: new Date() },
  });
  sessionCache.forget(userId);
}

/** Signs out the session of this refresh token (every token of its family); signing out twice is fine. */
export async function logout(prisma: PrismaClient, refreshToken: string): Promise<boolean> {
  const stored = await prisma.refreshToken.findUnique({ where: { tokenHash: sha256(refreshToken) }, select: { userId: true, familyId: true } });
  if (!stored) return true;
  await prisma.refreshToken.updateMany({ where: { familyId: stored.familyId, revokedAt: null }, data: { revokedAt: new Date() } });
  sessionCache.forget(stored.userId);
  return true;
}
