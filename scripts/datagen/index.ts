// npm run datagen -- --scale county|city|province
// Fills a database with a realistic, deterministic province: regions, congresses, terms, handling units,
// deputies (with status history), stations of every kind, working groups placed in stations, contact
// assignments and accounts. Bulk-loaded with COPY. It replaces everything in the target database, which
// is DATABASE_URL, or else an embedded PostgreSQL in .data/bench (not the demo's .data/postgres).
import path from "node:path";
import { performance } from "node:perf_hooks";
import { hashPassword } from "../../api/auth/passwords";
import { loadConfig } from "../../api/config";
import { openDatabase } from "../../api/db/open";
import { createLogger } from "../../api/logger";
import pg from "pg";
import { wipe } from "../../prisma/seed/demo";
import { createPrisma } from "../../api/db/prisma";
import { copyRows } from "./copy";
import { BENCH_PASSWORD, SCALES, type Scale } from "./model";
import { seededRandom } from "./random";
import { buildProvince } from "./province";
import { buildSuggestions, suggestionTables } from "./suggestions";


function progress(label: string, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\r  [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.round((done / Math.max(total, 1)) * 100)).padStart(3)}% ${label.padEnd(24)}`);
}

async function main(): Promise<void> {
  const scaleArg = process.argv.indexOf("--scale");
  const scale = (scaleArg > 0 ? process.argv[scaleArg + 1] : "county") as Scale;
  if (!(scale in SCALES)) {
    console.error(`Usage: npm run datagen -- --scale ${Object.keys(SCALES).join("|")}`);
    process.exit(2);
  }
  const env = { ...process.env, DATA_DIR: process.env.DATA_DIR ?? path.resolve(__dirname, "..", "..", ".data", "bench") };
  const config = loadConfig(env);
  const log = createLogger("warn");
  const started = performance.now();
  const database = await openDatabase(config, log);
  const prisma = createPrisma(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    process.stderr.write(`Generating a ${scale}-scale data set…\n`);
    await wipe(prisma);
    const random = seededRandom(20_261_122);
    const province = buildProvince(SCALES[scale], random);
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const suggestions = buildSuggestions(province.congresses, SCALES[scale].suggestionsPerYear, random);
    const tables = [...province.tables(passwordHash), ...suggestionTables(suggestions, passwordHash)];
    const total = tables.reduce((sum, t) => sum + t.rows.length, 0);
    let done = 0;
    await client.query("BEGIN");
    for (const table of tables) {
      const t0 = performance.now();
      await copyRows(client, table.name, table.columns, table.rows);
      done += table.rows.length;
      progress(`${table.name} ${table.rows.length.toLocaleString("en")}`, done, total);
      table.ms = performance.now() - t0;
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
    process.stderr.write("\n");
    const seconds = (performance.now() - started) / 1000;
    console.log(`Loaded ${total.toLocaleString("en")} rows in ${seconds.toFixed(1)} s (${scale} scale) into ${config.DATABASE_URL ? "DATABASE_URL" : config.DATA_DIR}:`);
    for (const table of tables) console.log(`  ${table.name.padEnd(22)} ${table.rows.length.toLocaleString("en").padStart(9)} rows  ${(table.ms ?? 0).toFixed(0).padStart(6)} ms`);
    console.log(`Accounts (password ${BENCH_PASSWORD}): ${province.logins.join(", ")}`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`\ndatagen failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
