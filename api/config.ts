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
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Signs access tokens; at least 32 characters. Unset: a random one is kept in DATA_DIR/jwt-secret. */
  JWT_SECRET: z.string().min(32, "use at least 32 characters").optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  /** Reverse proxies whose X-Forwarded-For is believed (comma-separated IPs or CIDRs); default none. */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine((v) => validTrustedProxies(v), "use comma-separated IP addresses or CIDR ranges, e.g. 10.0.0.0/8,::1"),
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
