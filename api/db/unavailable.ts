import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { Errors, localizedMessageOf } from "../graphql/errors";
import { inCallerLanguage } from "../graphql/localize";

/** Prisma's codes for an unreachable or too slow server (not for a bad query). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "SocketTimeout", "ConnectionClosed", "TooManyConnections"]);
/** PostgreSQL: query_canceled (statement_timeout), admin/crash shutdown, cannot connect now, too many connections, connection exceptions. */
const SQLSTATE = /^(57014|57P0[1-3]|53300|08\w{3}|25P03)$/;
/** node-postgres and pg-pool raise plain errors for a silent server or a full pool. */
const DRIVER_MESSAGES = /Query read timeout|timeout exceeded when trying to connect|Connection terminated|not queryable|ECONNREFUSED|ECONNRESET/;

function* causes(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    yield record;
    const adapter = (record.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
    current = adapter ?? record.cause ?? record.originalError;
  }
}

/** Whether a failure means "the database is down or too slow right now" (retry later), as opposed to a bug or bad input. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
    if (typeof e.originalCode === "string" && SQLSTATE.test(e.originalCode)) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && DRIVER_MESSAGES.test(e.message)) return true;
  }
  return false;
}

const UNAVAILABLE = Errors.serviceUnavailable();

/** formatError's answer for a database outage: a retryable SERVICE_UNAVAILABLE instead of an internal error. */
export function formatDatabaseUnavailable(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  if (formatted.extensions?.code === UNAVAILABLE.extensions.code || isDatabaseUnavailable(unwrapResolverError(error))) {
    return { message: inCallerLanguage(localizedMessageOf(UNAVAILABLE) ?? UNAVAILABLE.message), path: formatted.path, locations: formatted.locations, extensions: { code: UNAVAILABLE.extensions.code, retryable: true } };
  }
  return undefined;
}

/** Answers HTTP 503 (not 200 or 500) when a database outage failed the request, in execution or in building its context. */
export function databaseUnavailablePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async contextCreationDidFail({ error }) {
      // Apollo turns this error into the response and takes the status from its extensions.
      if (isDatabaseUnavailable(error)) Object.assign(error, { extensions: UNAVAILABLE.extensions });
    },
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === UNAVAILABLE.extensions.code)) {
            response.http.status = 503;
            response.http.headers.set("retry-after", "5");
          }
        },
      };
    },
  };
}
