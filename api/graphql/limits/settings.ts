import type { Config } from "../../config";

export type TrustedDocumentsMode = "off" | "anonymous" | "all";

/** The GraphQL server's limits and exposure, resolved from the configuration. */
export interface ApiSettings {
  maxTokens: number;
  maxDepth: number;
  maxSelections: number;
  maxFieldPairs: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  timeoutMs: number;
  maxResponseBytes: number;
  introspection: boolean;
  trustedDocuments: TrustedDocumentsMode;
}

export function apiSettings(config: Config): ApiSettings {
  const production = config.NODE_ENV === "production";
  return {
    maxTokens: config.MAX_QUERY_TOKENS,
    maxDepth: config.MAX_QUERY_DEPTH,
    maxSelections: config.MAX_QUERY_SELECTIONS,
    maxFieldPairs: config.MAX_FIELD_PAIRS,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
    maxCost: config.MAX_QUERY_COST,
    timeoutMs: config.REQUEST_TIMEOUT_MS,
    maxResponseBytes: config.MAX_RESPONSE_BYTES,
    introspection: config.ALLOW_INTROSPECTION ?? !production,
    trustedDocuments: config.TRUSTED_DOCUMENTS ?? (production ? "anonymous" : "off"),
  };
}
