// npm run migration:create -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema of the
// latest migration (its schema.prisma snapshot) to the current prisma/schema.prisma.
import fs from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR, readMigrations } from "../api/db/migrate";
import { diffSql, type DiffSource } from "./lib/schema-sql";
import { withScratchDatabase } from "./lib/scratch-db";

const SCHEMA = path.resolve(__dirname, "..", "prisma", "schema.prisma");

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
    console.error("Usage: npm run migration:create -- <name>   (lower case letters, digits and _)");
    process.exit(2);
  }
  // Hand-written migrations (data, CHECKs) carry no snapshot: diff from the newest one that does.
  const snapshot = readMigrations()
    .map((migration) => path.join(MIGRATIONS_DIR, migration.name, "schema.prisma"))
    .filter((file) => fs.existsSync(file))
    .at(-1);
  const from: DiffSource = snapshot ? { kind: "schema", file: snapshot } : { kind: "empty" };
  const sql = await withScratchDatabase((url) => diffSql({ from, toFile: SCHEMA, databaseUrl: url }));
  if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
    console.log("prisma/schema.prisma has no changes since the latest migration: nothing written.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  fs.copyFileSync(SCHEMA, path.join(dir, "schema.prisma"));
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql; review it, then commit it with schema.prisma.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
