import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import { nounText } from "../lib/nouns";
import { inLanguage, isLocalized, msg, type Localized, type MessageText } from "../lib/i18n";

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
  unauthenticated: (message: MessageText = msg("请先登录。", "Sign in first: this operation needs an account.")) =>
    error("UNAUTHENTICATED", message, { http: { status: 401 } }),
  forbidden: (message: MessageText = msg("无权在此操作。", "Your roles do not allow this operation here.")) => error("FORBIDDEN", message),
  notFound: (what: MessageText, id?: string) => {
    const thing = nounText(what);
    return error(
      "NOT_FOUND",
      id
        ? msg(`${thing.zh} ${id} 不存在或不在您的管辖范围内。`, `${thing.en} ${id} does not exist or is outside your jurisdiction.`)
        : msg(`未找到${thing.zh}。`, `${thing.en} not found.`),
    );
  },
  badInput: (message: MessageText, fields: FieldProblem[] = []) => error("BAD_USER_INPUT", message, { fields }),
  conflict: (message: MessageText, fields: FieldProblem[] = []) => error("CONFLICT", message, fields.length ? { fields } : {}),
  staleVersion: (what: MessageText) => {
    const thing = nounText(what);
    return error(
      "CONFLICT",
      msg(`${thing.zh}已被他人修改，请刷新后重试。`, `${thing.en} was changed by someone else since you loaded it. Reload it and apply your change again.`),
    );
  },
  invalidTransition: (message: MessageText) => error("INVALID_TRANSITION", message),
  rateLimited: (retryAfterSeconds: number, what: MessageText = msg("请求过于频繁。", "Too many requests.")) => {
    const reason = isLocalized(what) ? what : msg(what, what);
    return error("RATE_LIMITED", msg(`${reason.zh}请 ${retryAfterSeconds} 秒后再试。`, `${reason.en} Try again in ${retryAfterSeconds} s.`), {
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) },
    });
  },
  accountLocked: (until: Date) =>
    error(
      "ACCOUNT_LOCKED",
      msg(
        `登录失败次数过多，此账号已锁定至 ${until.toISOString()}。请稍候，或请管理员解锁。`,
        `This account is locked after repeated failed sign-ins until ${until.toISOString()}. Wait, or ask an administrator to unlock it.`,
      ),
      { lockedUntil: until.toISOString() },
    ),
  /** `limit` names the setting, `max` its value and `actual` what the query asked for. */
  queryLimit: (code: QueryLimitCode, message: MessageText, details: { limit: string; max: number; actual?: number }, status = 400) =>
    error(code, message, { ...details, http: { status } }),
  serviceUnavailable: () =>
    error("SERVICE_UNAVAILABLE", msg("数据库暂时不可用或响应过慢，请几秒后再试。", "The database is unavailable or too slow right now. Try again in a few seconds."), {
      retryable: true,
      http: { status: 503 },
    }),
};

/** Both texts of an error's message, if it was written with `msg()` (on the error or the one it wraps). */
export function localizedMessageOf(e: unknown): Localized | undefined {
  for (let current = e; current instanceof Error; current = (current as GraphQLError).originalError ?? undefined) {
    const text = (current as unknown as Record<symbol, unknown>)[LOCALIZED_MESSAGE];
    if (isLocalized(text)) return text;
    if (!(current instanceof GraphQLError)) break;
  }
  return undefined;
}

export function errorCode(e: unknown): ErrorCode | undefined {
  return e instanceof GraphQLError ? (e.extensions?.code as ErrorCode | undefined) : undefined;
}
