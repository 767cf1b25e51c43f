import { loadConfig } from "./config";
import { createLogger, type Logger } from "./logger";
import { startPlatform } from "./platform";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../prisma/seed/demo-data";

/** Beyond the drain's own grace: Apollo, Prisma and PostgreSQL get this long to stop. */
const STOP_MARGIN_MS = 15_000;

/**
 * The only SIGINT/SIGTERM handler, installed before start-up so that a signal during start-up also
 * ends with PostgreSQL stopped. A second signal (tsx relays the one the whole group already got)
 * changes nothing.
 */
function handleTerminationSignals(log: Logger, graceMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, graceMs }, "shutting down");
    setTimeout(() => {
      log.error("shutdown did not finish in time; exiting");
      process.exit(1);
    }, graceMs + STOP_MARGIN_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const starting = startPlatform(config, log);
  handleTerminationSignals(log, config.SHUTDOWN_GRACE_MS, () => starting.then((platform) => platform.stop()));
  const platform = await starting;
  const lines = [
    "",
    "人大代表工作平台 Deputy work platform is running",
    `  GraphQL API   ${platform.url}/graphql`,
    `  Console       ${platform.url}/admin/`,
    `  Health        ${platform.url}/healthz`,
    `  Database      ${config.DATABASE_URL ? "DATABASE_URL" : `embedded PostgreSQL on ${new URL(platform.databaseUrl).port}, data in ${config.DATA_DIR}/postgres`}`,
    platform.demoLoaded ? "  Demo data     loaded (云南省 demo province)" : "",
    ...(platform.demoLogins
      ? [`  Demo logins   password ${DEMO_PASSWORD} for every account:`, ...DEMO_LOGINS.map((l) => `                ${l.username.padEnd(14)} ${l.role.padEnd(15)} ${l.region}`)]
      : []),
    "Press Ctrl-C to stop.",
    "",
  ];
  process.stdout.write(lines.filter((l) => l !== "").join("\n") + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
