import path from "node:path";
import { z } from "zod";

/** Every setting of the platform, read from the environment and validated once. */
const ConfigSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Any PostgreSQL server; when unset, an embedded PostgreSQL is started. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PostgreSQL keeps its data (kept between runs). */
  DATA_DIR: z.string().default(path.resolve(__dirname, "..", ".data")),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Load the demo data set when the database has no regions yet. */
  SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** Largest page a connection returns (`first`/`last`). */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(5000).default(1000),
  /** Deepest selection a query may nest. */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** How long a request waits for a database connection (new or from the pool) before DATABASE_UNAVAILABLE. */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /** PostgreSQL cancels a statement running longer than this (statement_timeout). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  /** PostgreSQL ends a session idle inside an open transaction this long (idle_in_transaction_session_timeout). */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** /healthz and /readyz answer 503 when the database does not answer within this time. */
  HEALTH_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
  /** On SIGTERM/SIGINT, in-flight requests get this long to finish before their connections are closed. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** Signs access tokens; at least 32 characters. Unset: a random one is kept in DATA_DIR/jwt-secret. */
  JWT_SECRET: z.string().min(32, "use at least 32 characters").optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration in the environment:\n${problems}`);
  }
  return parsed.data;
}
