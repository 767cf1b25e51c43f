import { ApolloServer, type GraphQLRequestContext } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "../logger";
import type { Context } from "./context";
import { depthLimit } from "./depth-limit";
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
  "QUERY_TOO_DEEP",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export function createApolloServer(options: { log: Logger; maxDepth: number }): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: true,
    validationRules: [depthLimit(options.maxDepth)],
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors(ctx: GraphQLRequestContext<Context>) {
              for (const error of ctx.errors ?? []) {
                const code = error.extensions?.code as string | undefined;
                if (!code || !PUBLIC_CODES.has(code)) {
                  ctx.contextValue.log.error({ err: unwrapResolverError(error), path: error.path }, "unexpected error");
                }
              }
            },
          };
        },
      },
    ],
    formatError: (formatted: GraphQLFormattedError) => {
      const code = formatted.extensions?.code as string | undefined;
      if (code && PUBLIC_CODES.has(code)) return formatted;
      return {
        message: "Something went wrong on our side; it has been logged. Try again, and quote the request id if it persists.",
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      };
    },
  });
}
