// Sign-in, token refresh and sign-out.
import type { PrismaClient, User } from "../../generated/prisma/client";
import { verifyPassword } from "../../auth/passwords";
import { AccessTokens, randomSecret, sha256 } from "../../auth/tokens";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { LoginInput } from "./inputs";

export const LOCKOUT = { windowMinutes: 15, perAccount: 5, perAddress: 20 };
export const REFRESH_TOKEN_DAYS = 30;

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  /** Row id of the refresh token (not exposed). */
  refreshTokenId: string;
  user: User;
}

async function issueSession(prisma: PrismaClient, tokens: AccessTokens, user: User): Promise<Session> {
  const access = await tokens.sign(user.id);
  const refreshToken = randomSecret("rt");
  const refreshTokenExpiresAt = new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000);
  const row = await prisma.refreshToken.create({ data: { userId: user.id, tokenHash: sha256(refreshToken), expiresAt: refreshTokenExpiresAt } });
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, refreshTokenExpiresAt, refreshTokenId: row.id, user };
}

/**
 * Checks the password and issues tokens. Failed attempts are recorded outside any transaction so
 * they count even though the call fails; an account locks after 5 failures in 15 minutes, an
 * address is refused after 20.
 */
export async function login(prisma: PrismaClient, tokens: AccessTokens, rawInput: unknown, ip: string): Promise<Session> {
  const input = parseInput(LoginInput, rawInput);
  const since = new Date(Date.now() - LOCKOUT.windowMinutes * 60_000);
  const fromAddress = await prisma.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } });
  if (fromAddress >= LOCKOUT.perAddress) {
    throw Errors.rateLimited(LOCKOUT.windowMinutes * 60, "Too many failed sign-ins from your network address.");
  }
  const user = await prisma.user.findUnique({ where: { username: input.username } });
  if (user?.lockedUntil && user.lockedUntil > new Date()) {
    await prisma.loginAttempt.create({ data: { username: input.username, ip, success: false } });
    throw Errors.accountLocked(user.lockedUntil);
  }
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) {
    await prisma.loginAttempt.create({ data: { username: input.username, ip, success: false } });
    if (user) {
      const failed = user.failedLogins + 1;
      const lockedUntil = failed >= LOCKOUT.perAccount ? new Date(Date.now() + LOCKOUT.windowMinutes * 60_000) : null;
      await prisma.user.update({ where: { id: user.id }, data: { failedLogins: lockedUntil ? 0 : failed, lockedUntil } });
      if (lockedUntil) throw Errors.accountLocked(lockedUntil);
    }
    throw Errors.unauthenticated("Wrong username or password.");
  }
  if (!user.active) throw Errors.unauthenticated("This account is disabled. Ask an administrator of your congress.");
  await prisma.loginAttempt.create({ data: { username: input.username, ip, success: true } });
  const signedIn = await prisma.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() } });
  return issueSession(prisma, tokens, signedIn);
}

/** Exchanges a refresh token for a new pair; a token used twice signs the account out everywhere. */
export async function refresh(prisma: PrismaClient, tokens: AccessTokens, refreshToken: string): Promise<Session> {
  const stored = await prisma.refreshToken.findUnique({ where: { tokenHash: sha256(refreshToken) }, include: { user: true } });
  if (!stored) throw Errors.unauthenticated("This refresh token is not valid. Sign in again.");
  if (stored.revokedAt) {
    await prisma.refreshToken.updateMany({ where: { userId: stored.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    throw Errors.unauthenticated("This refresh token was already used, so every session of this account was signed out for safety. Sign in again.");
  }
  if (stored.expiresAt <= new Date()) throw Errors.unauthenticated("Your session expired. Sign in again.");
  if (!stored.user.active) throw Errors.unauthenticated("This account is disabled. Ask an administrator of your congress.");
  const { count } = await prisma.refreshToken.updateMany({ where: { id: stored.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw Errors.unauthenticated("This refresh token was just used by another request. Sign in again.");
  const session = await issueSession(prisma, tokens, stored.user);
  await prisma.refreshToken.update({ where: { id: stored.id }, data: { replacedBy: session.refreshTokenId } });
  return session;
}

/** Revokes one refresh token; signing out twice is fine. */
export async function logout(prisma: PrismaClient, refreshToken: string): Promise<boolean> {
  await prisma.refreshToken.updateMany({ where: { tokenHash: sha256(refreshToken), revokedAt: null }, data: { revokedAt: new Date() } });
  return true;
}

