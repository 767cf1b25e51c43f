import path from "node:path";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { startEmbeddedPostgres } from "./embedded";
import { warnUnlessChineseTextSearch } from "./chinese-text";
import { migrate } from "./migrate";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The configured database (DATABASE_URL) or the embedded one, migrated to the latest schema. */
export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  let database: OpenDatabase;
  if (config.DATABASE_URL) {
    database = { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  } else {
    const dataDir = path.join(config.DATA_DIR, "postgres");
    log.info({ dataDir }, "starting embedded PostgreSQL");
    const pg = await startEmbeddedPostgres({ dataDir, database: "deputy", log, onLog: (line) => log.debug({ postgres: line.trim() }) });
    database = { url: pg.url, embedded: true, stop: () => pg.stop() };
  }
  try {
    const { applied } = await migrate(database.url, { log: (message) => log.info(message) });
    log.info({ applied: applied.length }, applied.length ? "database migrated" : "database schema up to date");
    await warnUnlessChineseTextSearch(database.url, log);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}
