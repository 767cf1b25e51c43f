import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import { inLanguage, isLocalized, type MessageText } from "../lib/i18n";

/** Stable codes a client can switch on (`extensions.code`). */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "INVALID_TRANSITION"
  | "RATE_LIMITED"
  | "ACCOUNT_LOCKED"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR"
  | QueryLimitCode;

/** Refusals of a query that is too big or slow to serve (see docs/API.md, "Limits"). */
export type QueryLimitCode =
  | "QUERY_TOO_LARGE"
  | "QUERY_TOO_COMPLEX"
  | "QUERY_TOO_DEEP"
  | "TOO_MANY_ALIASES"
  | "TOO_MANY_DIRECTIVES"
  | "RESPONSE_TOO_LARGE"
  | "REQUEST_TIMEOUT"
  | "TRUSTED_DOCUMENT_REQUIRED";

export const QUERY_LIMIT_CODES: readonly QueryLimitCode[] = [
  "QUERY_TOO_LARGE",
  "QUERY_TOO_COMPLEX",
  "QUERY_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "TOO_MANY_DIRECTIVES",
  "RESPONSE_TOO_LARGE",
  "REQUEST_TIMEOUT",
  "TRUSTED_DOCUMENT_REQUIRED",
];

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.code`. */
  field: string;
  message: MessageText;
}

/** Both texts of a localized error, read when the response is written in the caller's language. */
export const LOCALIZED_MESSAGE = Symbol("localizedMessage");

function error(code: ErrorCode, message: MessageText, extra: Record<string, unknown> = {}): GraphQLError {
  const e = new GraphQLError(inLanguage(message, "zh-CN"), { extensions: { code, ...extra } });
  if (isLocalized(message)) Object.defineProperty(e, LOCALIZED_MESSAGE, { value: message });
  return e;
}

export const Errors = {
  unauthenticated: (message: MessageText = "Sign in first: this operation needs an account.") => error("UNAUTHENTICATED", message, { http: { status: 401 } }),
  forbidden: (message: MessageText = "Your roles do not allow this operation here.") => error("FORBIDDEN", message),
  notFound: (what: string, id?: string) =>
    error("NOT_FOUND", id ? `${what} ${id} does not exist or is outside your jurisdiction.` : `${what} not found.`),
  badInput: (message: MessageText, fields: FieldProblem[] = []) => error("BAD_USER_INPUT", message, { fields }),
  conflict: (message: MessageText, fields: FieldProblem[] = []) => error("CONFLICT", message, fields.length ? { fields } : {}),
  staleVersion: (what: string) =>
    error("CONFLICT", `${what} was changed by someone else since you loaded it. Reload it and apply your change again.`),
  invalidTransition: (message: MessageText) => error("INVALID_TRANSITION", message),
  rateLimited: (retryAfterSeconds: number, what = "Too many requests.") =>
    error("RATE_LIMITED", `${what} Try again in ${retryAfterSeconds} s.`, {
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) },
    }),
  accountLocked: (until: Date) =>
    error(
      "ACCOUNT_LOCKED",
      `This account is locked after repeated failed sign-ins until ${until.toISOString()}. Wait, or ask an administrator to unlock it.`,
      { lockedUntil: until.toISOString() },
    ),
  /** `limit` names the setting, `max` its value and `actual` what the query asked for. */
  queryLimit: (code: QueryLimitCode, message: string, details: { limit: string; max: number; actual?: number }, status = 400) =>
    error(code, message, { ...details, http: { status } }),
  serviceUnavailable: () =>
    error("SERVICE_UNAVAILABLE", "The database is unavailable or too slow right now. Try again in a few seconds.", {
      retryable: true,
      http: { status: 503 },
    }),
};

export function errorCode(e: unknown): ErrorCode | undefined {
  return e instanceof GraphQLError ? (e.extensions?.code as ErrorCode | undefined) : undefined;
}
