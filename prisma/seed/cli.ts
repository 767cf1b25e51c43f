// npm run seed: empties the database and loads the demo province again.
import { loadConfig } from "../../api/config";
import { openDatabase } from "../../api/db/open";
import { createPrisma } from "../../api/db/prisma";
import { createLogger } from "../../api/logger";
import { loadDemo, wipe } from "./demo";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  const database = await openDatabase(config, log);
  const prisma = createPrisma(database.url);
  try {
    const started = Date.now();
    await wipe(prisma);
    const regions = await loadDemo(prisma);
    console.log(`Demo data reloaded: ${regions} regions with their congresses, terms and handling units (${Date.now() - started} ms).`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
