import type http from "node:http";
import path from "node:path";
import { parseTrustedProxies } from "./auth/client-address";
import { RateLimiter } from "./auth/rate-limit";
import { loadJwtSecret } from "./auth/secret";
import { AccessTokens } from "./auth/tokens";
import type { Config } from "./config";
import { readMigrations } from "./db/migrate";
import { openDatabase } from "./db/open";
import { createPrisma, timeoutsFromConfig } from "./db/prisma";
import { createApolloServer } from "./graphql/apollo";
import { apiSettings } from "./graphql/limits/settings";
import { HttpDrain } from "./lifecycle/drain";
import { Health } from "./lifecycle/health";
import type { Logger } from "./logger";
import { hasDemoLogins, loadDemoIfEmpty } from "../prisma/seed/demo";
import { createHttpServer } from "./server";
import { startJobRunner, type JobRunner } from "./jobs/runner";

const jobsWanted = (config: Config) => config.JOBS === "on" || (config.JOBS === undefined && !process.env.JEST_WORKER_ID);

export interface Platform {
  url: string;
  databaseUrl: string;
  demoLoaded: boolean;
  /** The demo accounts exist: start-up lists them. */
  demoLogins: boolean;
  /** Drains HTTP, then releases the database; PostgreSQL (when embedded) stops last. */
  stop(): Promise<void>;
}

const DISCONNECT_WAIT_MS = 2_000;

export const ADMIN_DIST = path.resolve(__dirname, "..", "admin", "dist");

function listen(server: http.Server, config: Config): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`Port ${config.PORT} is in use: stop the other program or set PORT.`) : error),
    );
    server.listen(config.PORT, config.HOST, resolve);
  });
}

/** Database → migrations → demo data if empty → GraphQL and console on one HTTP server. */
export async function startPlatform(config: Config, log: Logger): Promise<Platform> {
  const database = await openDatabase(config, log);
  const prisma = createPrisma(database.url, { poolSize: config.DB_POOL_SIZE, timeouts: timeoutsFromConfig(config) });
  const apollo = createApolloServer({ log, settings: apiSettings(config) });
  const health = new Health(prisma, {
    timeoutMs: config.HEALTH_TIMEOUT_MS,
    expectedMigrations: readMigrations().map((m) => m.name),
    log,
  });
  let server: http.Server | undefined;
  let jobs: JobRunner | undefined;
  try {
    const demoLoaded = config.SEED_DEMO ? await loadDemoIfEmpty(prisma, log, database.url) : false;
    const demoLogins = await hasDemoLogins(prisma);
    await apollo.start();
    const auth = { tokens: new AccessTokens(loadJwtSecret(config), config.ACCESS_TOKEN_TTL_SECONDS), limiter: new RateLimiter() };
    let publicUrl = config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
    server = createHttpServer({
      apollo, prisma, log, auth, adminDir: ADMIN_DIST, maxPageSize: config.MAX_PAGE_SIZE, health, trustedProxies: parseTrustedProxies(config.TRUSTED_PROXIES),
      cors: { origins: config.CORS_ORIGINS, allowCredentials: config.CORS_ALLOW_CREDENTIALS },
      publicUrl: () => publicUrl,
      files: { dir: path.join(config.DATA_DIR, "files"), maxBytes: config.FILE_MAX_BYTES },
    });
    const drain = new HttpDrain(server);
    await listen(server, config);
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    // PORT=0 picks a free port: the default public address is only known now.
    publicUrl = config.PUBLIC_URL ?? `http://${config.HOST}:${port}`;
    if (jobsWanted(config)) jobs = await startJobRunner({ databaseUrl: database.url, prisma, log, escalateAfterDays: config.ESCALATE_AFTER_DAYS });
    health.phase = "ready";
    let stopping: Promise<void> | undefined;
    const stop = async () => {
      const started = Date.now();
      health.phase = "draining";
      const drained = await drain.drain(config.SHUTDOWN_GRACE_MS);
      log.info({ ...drained, ms: Date.now() - started }, "HTTP server drained");
      await apollo.stop();
      await jobs?.stop();
      // A hung server never acknowledges the pool's goodbye: do not wait for it.
      await Promise.race([prisma.$disconnect(), new Promise((resolve) => setTimeout(resolve, DISCONNECT_WAIT_MS).unref())]);
      await database.stop();
      log.info({ ms: Date.now() - started }, "stopped");
    };
    return {
      url: `http://${config.HOST}:${port}`,
      databaseUrl: database.url,
      demoLoaded,
      demoLogins,
      stop: () => (stopping ??= stop()),
    };
  } catch (error) {
    server?.close();
    await jobs?.stop();
    await prisma.$disconnect();
    await database.stop();
    throw error;
  }
}
