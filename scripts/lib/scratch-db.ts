import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../api/db/embedded";

/**
 * Runs `work` with a throw-away database: a new database on the DATABASE_URL server (dropped afterwards;
 * the configured database itself is never touched), or else a temporary embedded PostgreSQL.
 */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T> | T): Promise<T> {
  if (process.env.DATABASE_URL) {
    const name = `scratch_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(process.env.DATABASE_URL);
      url.pathname = `/${name}`;
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "scratch-pg-"));
  fs.chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when we are root
  const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), database: "scratch", persistent: false });
  try {
    return await work(db.url);
  } finally {
    await db.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
