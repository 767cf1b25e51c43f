import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type Prisma = PrismaClient;

export interface DatabaseTimeouts {
  /** Wait for a connection, new or from the pool. */
  connectMs: number;
  /** Server-side statement_timeout. */
  statementMs: number;
  /** Server-side idle_in_transaction_session_timeout. */
  idleInTransactionMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 15_000, idleInTransactionMs: 30_000 };

/**
 * The server cancels slow statements itself (a clean 57014, the connection stays usable); the
 * client-side read timeout only fires when the server does not answer at all (frozen or
 * unreachable), so it trails the statement timeout.
 */
const CLIENT_READ_MARGIN_MS = 1_000;

/** A Prisma client on the `pg` driver adapter (no Rust engine), with every wait bounded. */
export function createPrisma(
  url: string,
  options: { poolSize?: number; logQueries?: boolean; timeouts?: Partial<DatabaseTimeouts> } = {},
): PrismaClient {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: timeouts.connectMs,
    query_timeout: timeouts.statementMs + CLIENT_READ_MARGIN_MS,
    options: `-c statement_timeout=${timeouts.statementMs} -c idle_in_transaction_session_timeout=${timeouts.idleInTransactionMs}`,
  });
  return new PrismaClient({
    adapter,
    log: options.logQueries ? [{ emit: "event", level: "query" }] : [],
  });
}

/** The timeouts from the platform's configuration. */
export function timeoutsFromConfig(config: {
  DB_CONNECT_TIMEOUT_MS: number;
  DB_STATEMENT_TIMEOUT_MS: number;
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
}): DatabaseTimeouts {
  return {
    connectMs: config.DB_CONNECT_TIMEOUT_MS,
    statementMs: config.DB_STATEMENT_TIMEOUT_MS,
    idleInTransactionMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}
