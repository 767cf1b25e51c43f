import type http from "node:http";
import type { RateLimitState } from "../auth/rate-limit";

/** RateLimit-* headers (IETF draft "RateLimit header fields for HTTP") for an API-key client. */
export function setRateLimitHeaders(res: http.ServerResponse, state: RateLimitState): void {
  res.setHeader("ratelimit-limit", String(state.limit));
  res.setHeader("ratelimit-remaining", String(state.remaining));
  res.setHeader("ratelimit-reset", String(state.resetSeconds));
}
