import type { ApolloServerPlugin } from "@apollo/server";
import type { ErrorCode } from "../graphql/errors";

/**
 * The HTTP status that goes with each error code (docs/API.md, "Errors"). Codes not listed (FORBIDDEN,
 * NOT_FOUND, BAD_USER_INPUT, CONFLICT, …) answer 200: they concern one field of a response that may
 * still carry data for the others.
 */
export const HTTP_STATUS_BY_CODE: Partial<Record<ErrorCode | "BAD_REQUEST", number>> = {
  BAD_REQUEST: 400,
  QUERY_TOO_LARGE: 400,
  QUERY_TOO_COMPLEX: 400,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
  RESPONSE_TOO_LARGE: 400,
  TRUSTED_DOCUMENT_REQUIRED: 400,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  REQUEST_TIMEOUT: 503,
};

/**
 * With errors from several fields, the highest status wins (503 > 429 > 401 > 400): a client that must
 * wait, or sign in, learns it from the status even when other fields answered. Apollo on its own lets
 * whichever error it formats last win, which depends on field order.
 */
export function statusForCodes(codes: readonly unknown[]): number | undefined {
  let status: number | undefined;
  for (const code of codes) {
    const candidate = HTTP_STATUS_BY_CODE[code as ErrorCode];
    if (candidate && (!status || candidate > status)) status = candidate;
  }
  return status;
}

export function httpStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const status = statusForCodes((response.body.singleResult.errors ?? []).map((e) => e.extensions?.code));
          if (status) response.http.status = status;
        },
      };
    },
  };
}
