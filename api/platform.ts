import type http from "node:http";
import path from "node:path";
import { parseTrustedProxies } from "./auth/client-address";
import { RateLimiter } from "./auth/rate-limit";
import { loadJwtSecret } from "./auth/secret";
import { AccessTokens } from "./auth/tokens";
import type { Config } from "./config";
import { openDatabase } from "./db/open";
import { createPrisma } from "./db/prisma";
import { createApolloServer } from "./graphql/apollo";
import { apiSettings } from "./graphql/limits/settings";
import type { Logger } from "./logger";
import { hasDemoLogins, loadDemoIfEmpty } from "../prisma/seed/demo";
import { createHttpServer } from "./server";

export interface Platform {
  url: string;
  databaseUrl: string;
  demoLoaded: boolean;
  /** The demo accounts exist: start-up lists them. */
  demoLogins: boolean;
  stop(): Promise<void>;
}

export const ADMIN_DIST = path.resolve(__dirname, "..", "admin", "dist");

/** Database → migrations → demo data if empty → GraphQL and console on one HTTP server. */
export async function startPlatform(config: Config, log: Logger): Promise<Platform> {
  const database = await openDatabase(config, log);
  const prisma = createPrisma(database.url, { poolSize: config.DB_POOL_SIZE });
  let ready = false;
  const apollo = createApolloServer({ log, settings: apiSettings(config) });
  let server: http.Server | undefined;
  try {
    const demoLoaded = config.SEED_DEMO ? await loadDemoIfEmpty(prisma, log) : false;
    const demoLogins = await hasDemoLogins(prisma);
    await apollo.start();
    const auth = { tokens: new AccessTokens(loadJwtSecret(config), config.ACCESS_TOKEN_TTL_SECONDS), limiter: new RateLimiter() };
    server = createHttpServer({ apollo, prisma, log, auth, adminDir: ADMIN_DIST, maxPageSize: config.MAX_PAGE_SIZE, isReady: () => ready, trustedProxies: parseTrustedProxies(config.TRUSTED_PROXIES) });
    await new Promise<void>((resolve, reject) => {
      server!.once("error", (error: NodeJS.ErrnoException) =>
        reject(error.code === "EADDRINUSE" ? new Error(`Port ${config.PORT} is in use: stop the other program or set PORT.`) : error),
      );
      server!.listen(config.PORT, config.HOST, resolve);
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    ready = true;
    let stopping: Promise<void> | undefined;
    return {
      url: `http://${config.HOST}:${port}`,
      databaseUrl: database.url,
      demoLoaded,
      demoLogins,
      stop: () =>
        (stopping ??= (async () => {
          ready = false;
          await new Promise<void>((resolve) => {
            server!.close(() => resolve());
            server!.closeAllConnections();
          });
          await apollo.stop();
          await prisma.$disconnect();
          await database.stop();
        })()),
    };
  } catch (error) {
    server?.close();
    await prisma.$disconnect();
    await database.stop();
    throw error;
  }
}
