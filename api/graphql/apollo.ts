import { ApolloServer, type GraphQLRequestContext } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { PothosValidationError } from "@pothos/core";
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "../logger";
import type { Context } from "./context";
import { depthLimit } from "./depth-limit";
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
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export function createApolloServer(options: { log: Logger; maxDepth: number }): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: applyPermissions(buildSchema()),
    introspection: true,
    validationRules: [depthLimit(options.maxDepth)],
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      refuseUnstorableText(),
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
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const code = formatted.extensions?.code as string | undefined;
      if (code && PUBLIC_CODES.has(code)) return formatted;
      // Pothos refuses malformed cursors and global ids with a validation error: the caller's mistake.
      if (unwrapResolverError(error) instanceof PothosValidationError) {
        return {
          message: `${formatted.message}. Send a cursor or id exactly as the API returned it.`,
          path: formatted.path,
          locations: formatted.locations,
          extensions: { code: "BAD_USER_INPUT" },
        };
      }
      return {
        message: "Something went wrong on our side; it has been logged. Try again, and quote the request id if it persists.",
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      };
    },
  });
}
