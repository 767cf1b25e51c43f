import type http from "node:http";

/** Which other sites' pages may call the API from a browser (CORS_ORIGINS, CORS_ALLOW_CREDENTIALS). */
export interface CorsPolicy {
  /** Exact origins (`https://app.example:8443`), or `*` for any. */
  origins: readonly string[];
  allowCredentials: boolean;
}

const ALLOWED_METHODS = "GET, POST, OPTIONS";
const ALLOWED_HEADERS = "content-type, authorization, x-api-key, x-request-id, apollo-require-preflight";
/** Response headers a cross-origin script may read. */
const EXPOSED_HEADERS = "x-request-id, retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset";
const PREFLIGHT_MAX_AGE_SECONDS = "600";

export const NO_CROSS_ORIGIN: CorsPolicy = { origins: [], allowCredentials: false };

function allowedOrigin(origin: string | undefined, policy: CorsPolicy): string | undefined {
  if (!origin) return undefined;
  if (policy.origins.includes(origin)) return origin;
  return policy.origins.includes("*") ? "*" : undefined;
}

/**
 * Adds the CORS headers for the request's Origin, and answers a preflight (OPTIONS with
 * Access-Control-Request-Method) with 204: returns true when the response is complete. A refused
 * origin gets no Access-Control-Allow-Origin, so the browser withholds the response from its script.
 */
export function applyCors(req: http.IncomingMessage, res: http.ServerResponse, policy: CorsPolicy): boolean {
  // Caches must key on Origin: the same URL answers differently per origin.
  res.setHeader("vary", "Origin");
  const origin = allowedOrigin(req.headers.origin, policy);
  if (origin) {
    res.setHeader("access-control-allow-origin", origin);
    if (policy.allowCredentials) res.setHeader("access-control-allow-credentials", "true");
    res.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
  }
  const preflight = req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined;
  if (!preflight) return false;
  if (origin) {
    res.setHeader("access-control-allow-methods", ALLOWED_METHODS);
    res.setHeader("access-control-allow-headers", ALLOWED_HEADERS);
    res.setHeader("access-control-max-age", PREFLIGHT_MAX_AGE_SECONDS);
  }
  res.writeHead(204);
  res.end();
  return true;
}
