import { GraphQLError } from "graphql";
import type { PrismaClient } from "../generated/prisma/client";
import { Errors } from "../graphql/errors";
import type { RateLimiter } from "./rate-limit";
import { sha256, type AccessTokens } from "./tokens";
import { anonymousViewer, type Role, type Viewer } from "./viewer";

export interface AuthRuntime {
  tokens: AccessTokens;
  limiter: RateLimiter;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** Loads an account's grants: the viewer of a request signed with its access token. */
export async function viewerForUser(prisma: PrismaClient, userId: string): Promise<Viewer | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, displayName: true, active: true, grants: { select: { role: true, congressId: true, congressPath: true } } },
  });
  if (!user || !user.active) return null;
  return {
    userId: user.id,
    displayName: user.displayName,
    grants: user.grants.map((g) => ({ role: g.role as Role, congressId: g.congressId, congressPath: g.congressPath })),
  };
}

/**
 * Who is calling: `Authorization: Bearer <access token>` for accounts, `X-Api-Key: <key>` for
 * third-party frontends, neither for the anonymous public. A bad credential is refused outright
 * (401) rather than silently downgraded to anonymous.
 */
export async function resolveViewer(
  prisma: PrismaClient,
  auth: AuthRuntime,
  headers: { authorization?: string; apiKey?: string },
): Promise<Viewer> {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const userId = await auth.tokens.verify(bearer);
    if (!userId) throw unauthenticated("Your access token is invalid or expired. Get a new one with `refreshToken`, or sign in again.");
    const viewer = await viewerForUser(prisma, userId);
    if (!viewer) throw unauthenticated("This account is disabled or no longer exists.");
    return viewer;
  }
  if (headers.apiKey) {
    const key = await prisma.apiKey.findUnique({
      where: { keyHash: sha256(headers.apiKey) },
      select: { id: true, scopes: true, revokedAt: true, rateLimitPerMinute: true, lastUsedAt: true },
    });
    if (!key || key.revokedAt) throw unauthenticated("This API key is unknown or revoked. Ask the administrator who issued it for a new one.");
    const wait = auth.limiter.hit(key.id, key.rateLimitPerMinute);
    if (wait > 0) throw Errors.rateLimited(wait, `This API key is limited to ${key.rateLimitPerMinute} requests a minute.`);
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
      void prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
    }
    return { userId: null, grants: [], apiKey: { id: key.id, scopes: key.scopes } };
  }
  return anonymousViewer;
}
