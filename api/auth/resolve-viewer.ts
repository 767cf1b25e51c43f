import { GraphQLError } from "graphql";
import type { PrismaClient } from "../generated/prisma/client";
import { Errors } from "../graphql/errors";
import type { RateLimiter, RateLimitState } from "./rate-limit";
import { sessionCache } from "./session-cache";
import { sha256, type AccessTokens } from "./tokens";
import { anonymousViewer, type Grant, type Viewer } from "./viewer";
import { msg, type Localized } from "../lib/i18n";

export interface AuthRuntime {
  tokens: AccessTokens;
  limiter: RateLimiter;
}

function unauthenticated(message: Localized): GraphQLError {
  return Errors.unauthenticated(message);
}

interface ViewerRow {
  id: string;
  displayName: string;
  active: boolean;
  live: boolean;
  grants: Grant[];
}

/**
 * Loads an account's grants: the viewer of a request signed with its access token. With a session id,
 * also checks that the session is still live (one of its refresh tokens is not revoked): null when it
 * was signed out, reset, disabled or ended by reuse detection. One statement, run on most requests.
 */
export async function viewerForUser(prisma: PrismaClient, userId: string, sessionId?: string): Promise<Viewer | null> {
  const [user] = await prisma.$queryRaw<ViewerRow[]>`
    SELECT u.id, u."displayName", u.active,
      (${sessionId ?? null}::uuid IS NULL OR EXISTS (
        SELECT 1 FROM "RefreshToken" r WHERE r."userId" = u.id AND r."familyId" = ${sessionId ?? null}::uuid AND r."revokedAt" IS NULL)) AS live,
      COALESCE((SELECT json_agg(json_build_object('role', g.role, 'congressId', g."congressId", 'congressPath', g."congressPath") ORDER BY g."createdAt")
        FROM "RoleGrant" g WHERE g."userId" = u.id), '[]'::json) AS grants
    FROM "User" u WHERE u.id = ${userId}::uuid`;
  if (!user || !user.active || !user.live) return null;
  return { userId: user.id, displayName: user.displayName, grants: user.grants, ...(sessionId && { sessionId }) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function sessionViewer(prisma: PrismaClient, userId: string, sessionId: string): Promise<Viewer | null> {
  if (!UUID.test(userId) || !UUID.test(sessionId)) return null;
  const cached = sessionCache.get(userId, sessionId);
  if (cached) return cached;
  const viewer = await viewerForUser(prisma, userId, sessionId);
  if (viewer) sessionCache.set(userId, sessionId, viewer);
  return viewer;
}

/** `Bearer <token>`: the only Authorization scheme; a JWT is three base64url parts. */
const BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i;

/**
 * Who is calling: `Authorization: Bearer <access token>` for accounts, `X-Api-Key: <key>` for
 * third-party frontends, neither for the anonymous public. A bad credential is refused outright
 * (401) rather than silently downgraded to anonymous.
 */
export async function resolveViewer(
  prisma: PrismaClient,
  auth: AuthRuntime,
  headers: { authorization?: string; apiKey?: string },
  /** Told where an API key's rate-limit window stands, so the response can carry RateLimit-* headers. */
  onRateLimit?: (state: RateLimitState) => void,
): Promise<Viewer> {
  const authorization = headers.authorization?.trim();
  if (authorization) {
    const bearer = authorization.match(BEARER)?.[1];
    if (!bearer) throw unauthenticated(msg("Authorization 请求头格式应为 Bearer 加访问令牌；匿名访问时请不要发送此请求头。", "The Authorization header must be `Bearer <access token>`; send no Authorization header to call anonymously."));
    const verified = await auth.tokens.verify(bearer);
    if (!verified) throw unauthenticated(msg("访问令牌无效或已过期，请刷新令牌或重新登录。", "Your access token is invalid or expired. Get a new one with `refreshToken`, or sign in again."));
    const viewer = await sessionViewer(prisma, verified.userId, verified.sessionId);
    if (!viewer) throw unauthenticated(msg("会话已结束（已退出、密码已重置或账号已停用），请重新登录。", "This session has ended (signed out, password reset, or account disabled). Sign in again."));
    return viewer;
  }
  if (headers.apiKey) {
    const key = await prisma.apiKey.findUnique({
      where: { keyHash: sha256(headers.apiKey) },
      select: { id: true, scopes: true, revokedAt: true, rateLimitPerMinute: true, lastUsedAt: true },
    });
    if (!key || key.revokedAt) throw unauthenticated(msg("API 密钥不存在或已吊销，请向发放密钥的管理员申请新密钥。", "This API key is unknown or revoked. Ask the administrator who issued it for a new one."));
    const window = auth.limiter.take(key.id, key.rateLimitPerMinute);
    onRateLimit?.(window);
    if (window.retryAfterSeconds > 0) throw Errors.rateLimited(window.retryAfterSeconds, msg(`此 API 密钥每分钟最多请求 ${key.rateLimitPerMinute} 次。`, `This API key is limited to ${key.rateLimitPerMinute} requests a minute.`));
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
      void prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
    }
    return { userId: null, grants: [], apiKey: { id: key.id, scopes: key.scopes } };
  }
  return anonymousViewer;
}
