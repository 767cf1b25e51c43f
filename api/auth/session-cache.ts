import type { Viewer } from "./viewer";

/**
 * How long a checked session (account active, session not signed out, its grants) is trusted without
 * asking the database again. Events in this process (logout, reset, disable, password change, reuse
 * detection, grant changes) forget the account at once; other instances behind a load balancer keep
 * their copy for at most this long, which bounds how long a revoked access token works there.
 */
export const SESSION_CACHE_MS = 5_000;
const MAX_ACCOUNTS = 10_000;

/** Viewers of checked sessions, per account and session, kept for `SESSION_CACHE_MS`. */
class SessionCache {
  private readonly byUser = new Map<string, Map<string, { viewer: Viewer; until: number }>>();

  get(userId: string, sessionId: string, now = Date.now()): Viewer | undefined {
    const entry = this.byUser.get(userId)?.get(sessionId);
    return entry && entry.until > now ? entry.viewer : undefined;
  }

  set(userId: string, sessionId: string, viewer: Viewer, now = Date.now()): void {
    if (this.byUser.size >= MAX_ACCOUNTS) this.byUser.clear();
    let sessions = this.byUser.get(userId);
    if (!sessions) this.byUser.set(userId, (sessions = new Map()));
    sessions.set(sessionId, { viewer, until: now + SESSION_CACHE_MS });
  }

  /** Forgets every session of an account: call after anything that ends sessions or changes grants. */
  forget(userId: string): void {
    this.byUser.delete(userId);
  }
}

export const sessionCache = new SessionCache();
