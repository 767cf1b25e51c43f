import { GraphQLError, type DocumentNode } from "graphql";
import { Errors, type QueryLimitCode } from "../errors";
import { countFieldPairs } from "./overlaps";
import { measureDocument, type DocumentShape } from "./shape";
import type { ApiSettings } from "./settings";

interface ShapeLimit {
  code: QueryLimitCode;
  limit: string;
  actual: (shape: DocumentShape) => number;
  max: (settings: ApiSettings) => number;
  message: (actual: number, max: number) => string;
}

/** Checked in this order; the first one exceeded is the answer. */
const SHAPE_LIMITS: ShapeLimit[] = [
  {
    code: "QUERY_TOO_COMPLEX",
    limit: "MAX_QUERY_SELECTIONS",
    actual: (s) => s.selections,
    max: (s) => s.maxSelections,
    message: (actual, max) =>
      `This query selects ${formatCount(actual)} fields once its fragments are expanded; the limit is ${max}. Select fewer fields, or split it into several queries.`,
  },
  {
    code: "QUERY_TOO_DEEP",
    limit: "MAX_QUERY_DEPTH",
    actual: (s) => s.depth,
    max: (s) => s.maxDepth,
    message: (actual, max) => `This query nests ${formatCount(actual)} levels deep; the limit is ${max}. Split it into several queries.`,
  },
  {
    code: "TOO_MANY_ALIASES",
    limit: "MAX_QUERY_ALIASES",
    actual: (s) => s.aliases,
    max: (s) => s.maxAliases,
    message: (actual, max) => `This query uses ${formatCount(actual)} aliases; the limit is ${max}. Send several requests, or use a list field with a filter.`,
  },
  {
    code: "TOO_MANY_DIRECTIVES",
    limit: "MAX_QUERY_DIRECTIVES",
    actual: (s) => s.directives,
    max: (s) => s.maxDirectives,
    message: (actual, max) => `This query uses ${formatCount(actual)} directives; the limit is ${max}. Remove the repeated ones.`,
  },
];

/** A refusal's extensions as the caller sees them: the HTTP status travels in the response, not the body. */
export function publicExtensions(error: GraphQLError): Record<string, unknown> {
  return Object.fromEntries(Object.entries(error.extensions).filter(([key]) => key !== "http"));
}

/** Expanded counts can reach 2^1000; say "more than a billion" rather than print that. */
function formatCount(n: number): string {
  return n > 1e9 ? "more than a billion" : String(n);
}

export function shapeRefusal(shape: DocumentShape, settings: ApiSettings): GraphQLError | undefined {
  for (const check of SHAPE_LIMITS) {
    const actual = check.actual(shape);
    const max = check.max(settings);
    if (actual > max) return Errors.queryLimit(check.code, check.message(actual, max), { limit: check.limit, max, actual: Math.min(actual, Number.MAX_SAFE_INTEGER) });
  }
  return undefined;
}

/** Why a parsed document must not reach graphql-js validation, if it must not. */
export function documentRefusal(document: DocumentNode, settings: ApiSettings): GraphQLError | undefined {
  const shape = measureDocument(document);
  const refusal = shapeRefusal(shape, settings);
  if (refusal) return refusal;
  if (shape.cycle) {
    return new GraphQLError(`Cannot spread fragment "${shape.cycle}" within itself. Remove the cycle.`, {
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } },
    });
  }
  const pairs = countFieldPairs(document, settings.maxFieldPairs);
  if (pairs <= settings.maxFieldPairs) return undefined;
  return Errors.queryLimit(
    "QUERY_TOO_COMPLEX",
    `This query repeats fields under the same name so often that checking it means comparing more than ${settings.maxFieldPairs} pairs of fields. Ask for each field once per selection.`,
    { limit: "MAX_FIELD_PAIRS", max: settings.maxFieldPairs, actual: pairs },
  );
}

export function costRefusal(cost: number, settings: ApiSettings): GraphQLError | undefined {
  if (cost <= settings.maxCost) return undefined;
  return Errors.queryLimit(
    "QUERY_TOO_COMPLEX",
    `This query may touch ${formatCount(cost)} rows (each field 1, times the page size of each list); the limit is ${settings.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
    { limit: "MAX_QUERY_COST", max: settings.maxCost, actual: Math.min(cost, Number.MAX_SAFE_INTEGER) },
  );
}

export function tokenRefusal(settings: ApiSettings): GraphQLError {
  return Errors.queryLimit(
    "QUERY_TOO_LARGE",
    `This document holds more than ${settings.maxTokens} tokens. Send a shorter one (pass long values as variables).`,
    { limit: "MAX_QUERY_TOKENS", max: settings.maxTokens },
  );
}

export function responseTooLarge(bytes: number, settings: ApiSettings): GraphQLError {
  return Errors.queryLimit(
    "RESPONSE_TOO_LARGE",
    `The result would be ${bytes} bytes; the limit is ${settings.maxResponseBytes}. Ask for smaller pages or fewer fields.`,
    { limit: "MAX_RESPONSE_BYTES", max: settings.maxResponseBytes, actual: bytes },
  );
}

export function requestTimeout(settings: ApiSettings): GraphQLError {
  return Errors.queryLimit(
    "REQUEST_TIMEOUT",
    `The query ran longer than ${settings.timeoutMs} ms and was stopped. Ask for smaller pages, fewer nested lists or a narrower filter.`,
    { limit: "REQUEST_TIMEOUT_MS", max: settings.timeoutMs },
    503,
  );
}

export function trustedDocumentRequired(): GraphQLError {
  return Errors.queryLimit(
    "TRUSTED_DOCUMENT_REQUIRED",
    "This server only runs its published operations (schema/operations/*.graphql) for callers that are not signed in. Send one of those by text or by its sha256 hash (persisted query), sign in, or use an API key.",
    { limit: "TRUSTED_DOCUMENTS", max: 0 },
  );
}
