import { loadConfig } from "./config";
import { createLogger } from "./logger";
import { startPlatform } from "./platform";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../prisma/seed/demo-data";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const platform = await startPlatform(config, log);
  const lines = [
    "",
    "人大代表工作平台 Deputy work platform is running",
    `  GraphQL API   ${platform.url}/graphql`,
    `  Console       ${platform.url}/admin/`,
    `  Health        ${platform.url}/healthz`,
    `  Database      ${config.DATABASE_URL ? "DATABASE_URL" : `embedded PostgreSQL, data in ${config.DATA_DIR}/postgres`}`,
    platform.demoLoaded ? "  Demo data     loaded (云南省 demo province)" : "",
    ...(platform.demoLogins
      ? [`  Demo logins   password ${DEMO_PASSWORD} for every account:`, ...DEMO_LOGINS.map((l) => `                ${l.username.padEnd(14)} ${l.role.padEnd(15)} ${l.region}`)]
      : []),
    "Press Ctrl-C to stop.",
    "",
  ];
  process.stdout.write(lines.filter((l) => l !== "").join("\n") + "\n");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      log.error("shutdown took over 15 s; exiting");
      process.exit(1);
    }, 15_000);
    try {
      await platform.stop();
    } finally {
      clearTimeout(timer);
    }
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
