import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../api/db/embedded";

/** Runs `work` with a reachable database: DATABASE_URL when set, else a throw-away embedded one. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T> | T): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
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
