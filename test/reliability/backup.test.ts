import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { loadDemo } from "../../prisma/seed/demo";
import { dumpDatabase } from "../../scripts/backup/dump";
import { quoteIdent } from "../../scripts/backup/format";
import { restoreDatabase } from "../../scripts/backup/restore";
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from "../helpers/db";

const AWKWARD = ["五华区\t人大 \"代表\" 'quoted'", "line one\nline two\r\nthree", "back\\slash \\N \\. end", "\\.", "emoji 🏛️ and NUL-free ✓"];

let source: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
const file = path.join(dir, "demo.backup.gz");

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every table of the database with its row count and the md5 of its rows in a fixed order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = await query<{ table: string }>(
    url,
    `SELECT tablename AS table FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`,
  );
  const result: Record<string, string> = {};
  for (const { table } of tables) {
    const [row] = await query<{ n: string; md5: string | null }>(url, `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM ${quoteIdent(table)} t`);
    result[table] = `${row.n} rows, md5 ${row.md5}`;
  }
  return result;
}

beforeAll(async () => {
  source = await createTestDatabase();
  await loadDemo(source.prisma);
  for (const [i, text] of AWKWARD.entries()) {
    await source.prisma.auditEvent.create({
      data: {
        actorName: text,
        action: i === 3 ? "\\." : `awkward-${i}`,
        entityType: "Test",
        entityId: null,
        congressPath: null,
        before: { text, nested: { list: [text, null, 1.5, true], 中文: "键" } },
      },
    });
  }
});

afterAll(async () => {
  await source?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("round-trips the demo database, awkward text included, table by table identical", async () => {
    const dumped = await dumpDatabase(source.url, file, { progress: false });
    expect(dumped.tables[0].table).toBe("_prisma_migrations");
    const target = await createEmptyDatabase();
    try {
      const restored = await restoreDatabase(target.url, file, { progress: false });
      expect(restored.rows).toBe(dumped.rows);
      const [before, after] = [await fingerprint(source.url), await fingerprint(target.url)];
      expect(Object.keys(before).length).toBeGreaterThan(20);
      expect(after).toEqual(before);
      const names = await query<{ actorName: string }>(target.url, `SELECT "actorName" FROM "AuditEvent" WHERE "entityType" = 'Test' ORDER BY action`);
      expect(names.map((n) => n.actorName).sort()).toEqual([...AWKWARD].sort());
    } finally {
      await target.drop();
    }
  });

  it("refuses a database that is not empty, and changes nothing in it", async () => {
    const before = await fingerprint(source.url);
    await expect(restoreDatabase(source.url, file, { progress: false })).rejects.toThrow(/not empty \(table \w+ has rows\)/);
    expect(await fingerprint(source.url)).toEqual(before);
  });

  it("refuses a truncated file and leaves the target empty, so a good file can then be restored", async () => {
    const lines = gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n");
    const truncated = path.join(dir, "truncated.backup.gz");
    fs.writeFileSync(truncated, gzipSync(lines.slice(0, Math.floor(lines.length * 0.8)).join("\n") + "\n"));
    const target = await createEmptyDatabase();
    try {
      await expect(restoreDatabase(target.url, truncated, { progress: false })).rejects.toThrow(/truncated/);
      const [{ n }] = await query<{ n: string }>(target.url, `SELECT count(*) AS n FROM "Region"`);
      expect(Number(n)).toBe(0);
      await restoreDatabase(target.url, file, { progress: false });
      expect(await fingerprint(target.url)).toEqual(await fingerprint(source.url));
    } finally {
      await target.drop();
    }
  });

  it("refuses a backup taken with other migrations, naming them", async () => {
    const [header, ...rest] = gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n");
    const other = JSON.parse(header);
    other.migrations.push({ name: "29990101000000_from_the_future", checksum: "0".repeat(64) });
    const future = path.join(dir, "future.backup.gz");
    fs.writeFileSync(future, gzipSync([JSON.stringify(other), ...rest].join("\n")));
    const target = await createEmptyDatabase();
    try {
      await expect(restoreDatabase(target.url, future, { progress: false })).rejects.toThrow(/another schema.*29990101000000_from_the_future/);
    } finally {
      await target.drop();
    }
  });

  it("works as `npm run backup` and `npm run restore` against DATABASE_URL", async () => {
    const run = (script: string, args: string[], url: string) =>
      promisify(execFile)(process.execPath, [require.resolve("tsx/cli"), script, ...args], { env: { ...process.env, DATABASE_URL: url }, cwd: path.resolve(__dirname, "../..") });
    const cliFile = path.join(dir, "cli.backup.gz");
    await run("scripts/backup.ts", [cliFile], source.url);
    const target = await createEmptyDatabase();
    try {
      await run("scripts/restore.ts", [cliFile], target.url);
      expect(await fingerprint(target.url)).toEqual(await fingerprint(source.url));
      const again = await run("scripts/restore.ts", [cliFile], target.url).catch((error) => error);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/restore failed: The target database is not empty/);
    } finally {
      await target.drop();
    }
  });
});
