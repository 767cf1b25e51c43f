export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window starts afresh. */
  resetSeconds: number;
  /** Seconds to wait when this request was over the limit, else 0. */
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in memory, per key (an API key id). One process holds them: behind several
 * instances each enforces its own share, which bounds the total at instances × limit.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly windowMs = 60_000) {}

  /** Counts one request; returns the seconds to wait when over `limit`, else 0. */
  hit(key: string, limit: number, now = Date.now()): number {
    return this.take(key, limit, now).retryAfterSeconds;
  }

  /** Counts one request and tells where the window stands (for the RateLimit-* response headers). */
  take(key: string, limit: number, now = Date.now()): RateLimitState {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 10_000) this.sweep(now);
    }
    window.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    return { limit, remaining: Math.max(0, limit - window.count), resetSeconds, retryAfterSeconds: window.count > limit ? resetSeconds : 0 };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
