import { ApolloServer, type GraphQLRequestContext } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { PothosValidationError } from "@pothos/core";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { databaseUnavailablePlugin, formatDatabaseUnavailable } from "../db/unavailable";
import type { Logger } from "../logger";
import type { Context } from "./context";
import { localizedMessageOf, QUERY_LIMIT_CODES } from "./errors";
import { inCallerLanguage, localizeFormatted } from "./localize";
import { msg } from "../lib/i18n";
import { enforceDeadlines } from "./limits/deadline";
import { queryLimitsPlugin, reportRefusal } from "./limits/plugin";
import { publicExtensions, tokenRefusal } from "./limits/refusals";
import type { ApiSettings } from "./limits/settings";
import { TrustedDocuments } from "./limits/trusted-documents";
import { httpStatusPlugin } from "../http/status";
import { applyPermissions } from "./permissions";
import { refuseUnstorableText } from "./request-text";
import { buildSchema } from "./schema";

/** Codes whose messages are meant for the caller; anything else is masked. */
const PUBLIC_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "INVALID_TRANSITION",
  "RATE_LIMITED",
  "ACCOUNT_LOCKED",
  "SERVICE_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  ...QUERY_LIMIT_CODES,
]);
const LIMIT_CODES = new Set<string>(QUERY_LIMIT_CODES);

/** Apollo files a limit refused during validation under GRAPHQL_VALIDATION_FAILED; the caller gets the limit's own code. */
function limitRefusalOf(error: unknown): GraphQLError | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  return original instanceof GraphQLError && LIMIT_CODES.has(original.extensions?.code as string) ? original : undefined;
}

export function createApolloServer(options: { log: Logger; settings: ApiSettings }): ApolloServer<Context> {
  const { settings } = options;
  const trusted = TrustedDocuments.fromDirectory();
  return new ApolloServer<Context>({
    schema: enforceDeadlines(applyPermissions(buildSchema())),
    introspection: settings.introspection,
    // "Did you mean …?" hints spell out the schema: off wherever introspection is.
    hideSchemaDetailsFromClientErrors: !settings.introspection,
    parseOptions: { maxTokens: settings.maxTokens },
    validationRules: [reportRefusal],
    persistedQueries: { cache: trusted.asPersistedQueryCache() },
    includeStacktraceInErrorResponses: false,
    // The platform's own shutdown drains HTTP first and stops Apollo after; Apollo's handler would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      queryLimitsPlugin(settings, trusted),
      refuseUnstorableText(),
      databaseUnavailablePlugin<Context>(),
      httpStatusPlugin<Context>(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors(ctx: GraphQLRequestContext<Context>) {
              for (const error of ctx.errors ?? []) {
                const code = error.extensions?.code as string | undefined;
                if ((!code || !PUBLIC_CODES.has(code)) && !(unwrapResolverError(error) instanceof PothosValidationError)) {
                  ctx.contextValue.log.error({ err: unwrapResolverError(error), path: error.path }, "unexpected error");
                }
              }
            },
          };
        },
      },
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => localizeFormatted(maskError(formatted, error), error),
  });

  function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const unavailable = formatDatabaseUnavailable(formatted, error);
    if (unavailable) return unavailable;
    const refusal = limitRefusalOf(error);
    if (refusal) return { ...formatted, message: inCallerLanguage(localizedMessageOf(refusal) ?? refusal.message), extensions: { ...formatted.extensions, code: refusal.extensions.code } };
    const code = formatted.extensions?.code as string | undefined;
    // graphql-js stops parsing at the token limit with a syntax error; it is a size refusal.
    if (code === "GRAPHQL_PARSE_FAILED" && /more tha[nt] \d+ tokens/.test(formatted.message)) {
      const tooLarge = tokenRefusal(settings);
      return { message: inCallerLanguage(localizedMessageOf(tooLarge) ?? tooLarge.message), extensions: publicExtensions(tooLarge) };
    }
    if (code && PUBLIC_CODES.has(code)) return formatted;
    // Pothos refuses malformed cursors and global ids with a validation error: the caller's mistake.
    if (unwrapResolverError(error) instanceof PothosValidationError) {
      return {
        message: inCallerLanguage(
          msg("游标或编号无效：请原样发送 API 返回的值。", `${formatted.message}. Send a cursor or id exactly as the API returned it.`),
        ),
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: "BAD_USER_INPUT" },
      };
    }
    return {
      message: inCallerLanguage(
        msg(
          "服务器内部出错，已记录。请重试；如仍出错，请提供请求编号。",
          "Something went wrong on our side; it has been logged. Try again, and quote the request id if it persists.",
        ),
      ),
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  }
}
