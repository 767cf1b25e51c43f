import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { MIGRATIONS_DIR, MigrationError, migrate, readMigrations } from "../../api/db/migrate";
import { createEmptyDatabase } from "../helpers/db";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of the real migrations folder that a test may edit. */
function copyMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migration runner", () => {
  let db: { url: string; drop(): Promise<void> };
  beforeEach(async () => {
    db = await createEmptyDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it("records each migration in Prisma's table with Prisma's checksum, and a second run applies nothing", async () => {
    const all = readMigrations();
    const first = await migrate(db.url);
    expect(first.applied).toEqual(all.map((m) => m.name));
    const recorded = await query(db.url, `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(recorded.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(all.map((m) => [m.name, m.checksum, 1]));
    expect(recorded.every((r) => r.finished_at instanceof Date)).toBe(true);

    const before = await query(db.url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    const second = await migrate(db.url);
    expect(second.applied).toEqual([]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`)).toEqual(before);
  });

  it("two instances migrating at once apply each migration exactly once", async () => {
    const results = await Promise.all([migrate(db.url), migrate(db.url), migrate(db.url)]);
    const applied = results.flatMap((r) => r.applied);
    expect(applied.sort()).toEqual(readMigrations().map((m) => m.name).sort());
    const rows = await query(db.url, `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1`);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });

  it("refuses an already-applied migration that was edited, and says how to fix it", async () => {
    const dir = copyMigrations();
    try {
      await migrate(db.url, { dir });
      const first = readMigrations(dir)[0];
      fs.appendFileSync(path.join(dir, first.name, "migration.sql"), "\n-- edited\n");
      await expect(migrate(db.url, { dir })).rejects.toThrow(MigrationError);
      await expect(migrate(db.url, { dir })).rejects.toThrow(/was edited after it was applied.*new migration/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rolls back a failing migration completely and records nothing for it", async () => {
    const dir = copyMigrations();
    try {
      const broken = path.join(dir, "99991231000000_broken");
      fs.mkdirSync(broken);
      fs.writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n`);
      await expect(migrate(db.url, { dir })).rejects.toThrow(/99991231000000_broken failed and was rolled back/);
      const half = await query(db.url, `SELECT to_regclass('public."Half"') AS t`);
      expect(half[0].t).toBeNull();
      const recorded = await query(db.url, `SELECT migration_name FROM "_prisma_migrations"`);
      expect(recorded.map((r) => r.migration_name)).not.toContain("99991231000000_broken");
      expect(recorded.length).toBe(readMigrations().length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
