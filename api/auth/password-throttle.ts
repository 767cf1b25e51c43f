// One throttle for every password check (sign-in, changing one's own password), counted in
// login_attempt by the lower-cased account name, so an unknown name locks exactly like a real one
// and a lock never tells which accounts exist.
import type { PrismaClient } from "../generated/prisma/client";
import { Errors } from "../graphql/errors";
import { msg } from "../lib/i18n";

export const PASSWORD_THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 };
const WINDOW_MS = PASSWORD_THROTTLE.windowMinutes * 60_000;

export interface ThrottleKey {
  /** The account name as typed, lower-cased (known or not). */
  username: string;
  ip: string;
  /** The account's `failuresClearedAt`: failures before it (a sign-in, an unlock, a reset) do not count. */
  clearedAt?: Date | null;
  /** The account's id when it exists, to show the lock on the account (`User.lockedUntil`). */
  userId?: string;
}

/** Until when the name is locked: 5 failures within the window lock it for the window after the first of them. */
async function lockedUntil(prisma: PrismaClient, key: ThrottleKey, now: number): Promise<Date | null> {
  const since = new Date(Math.max(now - WINDOW_MS, key.clearedAt?.getTime() ?? 0));
  const recent = await prisma.loginAttempt.findMany({
    where: { username: key.username, success: false, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    take: PASSWORD_THROTTLE.perAccount,
    select: { createdAt: true },
  });
  if (recent.length < PASSWORD_THROTTLE.perAccount) return null;
  return new Date(recent[recent.length - 1].createdAt.getTime() + WINDOW_MS);
}

/**
 * Throws RATE_LIMITED when the address has failed too often, ACCOUNT_LOCKED when the name has.
 * Refusals here check no password, so they are not recorded and do not extend the lock.
 */
export async function assertPasswordCheckAllowed(prisma: PrismaClient, key: ThrottleKey, now = Date.now()): Promise<void> {
  const fromAddress = await prisma.loginAttempt.count({ where: { ip: key.ip, success: false, createdAt: { gte: new Date(now - WINDOW_MS) } } });
  if (fromAddress >= PASSWORD_THROTTLE.perAddress) {
    throw Errors.rateLimited(PASSWORD_THROTTLE.windowMinutes * 60, msg("您所在网络地址登录失败次数过多。", "Too many failed sign-ins from your network address."));
  }
  const until = await lockedUntil(prisma, key, now);
  if (until && until.getTime() > now) throw Errors.accountLocked(until);
}

/**
 * Records a wrong password (outside any transaction, so it counts although the call fails); throws
 * ACCOUNT_LOCKED when this failure locks the name, else returns.
 */
export async function recordPasswordFailure(prisma: PrismaClient, key: ThrottleKey, now = Date.now()): Promise<void> {
  await prisma.loginAttempt.create({ data: { username: key.username, ip: key.ip, success: false } });
  const until = await lockedUntil(prisma, key, now);
  if (key.userId) {
    await prisma.user.update({ where: { id: key.userId }, data: { failedLogins: { increment: 1 }, ...(until && { lockedUntil: until }) } });
  }
  if (until) throw Errors.accountLocked(until);
}

/** Records a right password and clears the name's failures. */
export async function recordPasswordSuccess(prisma: PrismaClient, key: ThrottleKey): Promise<void> {
  await prisma.loginAttempt.create({ data: { username: key.username, ip: key.ip, success: true } });
  if (key.userId) await prisma.user.update({ where: { id: key.userId }, data: clearedFailures() });
}

/** The account columns that end a failure streak (sign-in, unlock, password reset). */
export function clearedFailures(now = new Date()) {
  return { failedLogins: 0, lockedUntil: null, failuresClearedAt: now };
}
