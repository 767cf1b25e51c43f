import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "./auth/client-address";

function validTrustedProxies(setting: string): boolean {
  try {
    parseTrustedProxies(setting);
    return true;
  } catch {
    return false;
  }
}

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
  /** Lexical tokens a document may hold; the parser stops at the next one. */
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5000),
  /** Fields a document selects with every fragment spread expanded. */
  MAX_QUERY_SELECTIONS: z.coerce.number().int().min(10).max(100_000).default(1000),
  /** Pairs of same-named fields validation must compare (repeated fields, nested, multiply). */
  MAX_FIELD_PAIRS: z.coerce.number().int().min(0).max(1_000_000).default(500),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(10_000).default(30),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(50),
  /** Rows a query may touch: 1 per field, times the page size of each list (docs/API.md, "Limits"). */
  MAX_QUERY_COST: z.coerce.number().int().min(100).max(100_000_000).default(250_000),
  /** A query still running after this stops at its next field and answers REQUEST_TIMEOUT. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Largest query result; a larger one answers RESPONSE_TOO_LARGE instead. */
  MAX_RESPONSE_BYTES: z.coerce.number().int().min(10_000).max(1_000_000_000).default(16_000_000),
  /** Schema introspection and "Did you mean" hints; unset: on except in production. */
  ALLOW_INTROSPECTION: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
  /**
   * Who may send documents outside the manifest (schema/operations/*.graphql): `off` everyone,
   * `anonymous` signed-in users and API keys only, `all` API keys only. Unset: `anonymous` in production, else `off`.
   */
  TRUSTED_DOCUMENTS: z.enum(["off", "anonymous", "all"]).optional(),
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
  /** Reverse proxies whose X-Forwarded-For is believed (comma-separated IPs or CIDRs); default none. */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine((v) => validTrustedProxies(v), "use comma-separated IP addresses or CIDR ranges, e.g. 10.0.0.0/8,::1"),
  /** Browser origins allowed to call the API from other sites (comma-separated, e.g. https://a.example); `*` any; default none. */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((o) => o.trim().replace(/\/+$/, "")).filter(Boolean))
    .refine((list) => list.every((o) => o === "*" || /^https?:\/\/[^/\s]+$/.test(o)), "use comma-separated origins such as https://app.example:8443, or *"),
  /** Let those origins send cookies and HTTP authentication (Access-Control-Allow-Credentials); never with `*`. */
  CORS_ALLOW_CREDENTIALS: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** The address people reach the platform at: every link and QR code uses it. Default http://HOST:PORT. */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), "use an http:// or https:// address")
    .transform((v) => v.replace(/\/+$/, ""))
    .optional(),
  /** Largest file `POST /files` accepts, in bytes (default 20 MB). */
  FILE_MAX_BYTES: z.coerce.number().int().min(1).max(2_000_000_000).default(20 * 1024 * 1024),
  /** Background jobs (deadline reminders, pg-boss). Unset: on, except inside Jest, where a test starts them itself. */
  JOBS: z.enum(["on", "off"]).optional(),
  /** Days past a reply's due date after which staff of its congress and of the congress above are told. */
  ESCALATE_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(7),
}).refine((c) => !(c.CORS_ALLOW_CREDENTIALS && c.CORS_ORIGINS.includes("*")), {
  message: "CORS_ORIGINS=* cannot be combined with CORS_ALLOW_CREDENTIALS=true: list the origins instead",
  path: ["CORS_ORIGINS"],
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
