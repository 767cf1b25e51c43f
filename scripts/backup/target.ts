import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../api/config";
import { embeddedUrl, startEmbeddedPostgres } from "../../api/db/embedded";

/** The platform's database name on the embedded server (as api/db/open.ts creates it). */
const EMBEDDED_DATABASE = "deputy";

export interface Target {
  url: string;
  /** Where it is, for messages (no password). */
  description: string;
  close(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The port of an embedded server already running on this data directory (postmaster.pid: pid on line 1, port on line 4). */
function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && Number.isInteger(port) && port > 0 ? port : null;
}

/**
 * The database the platform uses: DATABASE_URL, or the embedded one under DATA_DIR — reached on its own
 * port while the platform runs (a backup reads one snapshot, so a running platform is fine), otherwise
 * started for the command and stopped after it.
 */
export async function openTarget(purpose: "backup" | "restore"): Promise<Target> {
  const config = loadConfig();
  if (config.DATABASE_URL) {
    const url = new URL(config.DATABASE_URL);
    return { url: config.DATABASE_URL, description: `${url.host}${url.pathname}`, close: async () => undefined };
  }
  const dataDir = path.join(config.DATA_DIR, "postgres");
  if (purpose === "backup" && !fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new Error(`No database under ${dataDir} to back up. Set DATA_DIR to the platform's data directory, or DATABASE_URL.`);
  }
  const port = runningPort(dataDir);
  if (port) return { url: embeddedUrl(port, EMBEDDED_DATABASE), description: `the running embedded PostgreSQL in ${dataDir}`, close: async () => undefined };
  const server = await startEmbeddedPostgres({ dataDir, database: EMBEDDED_DATABASE });
  return { url: server.url, description: `the embedded PostgreSQL in ${dataDir}`, close: () => server.stop() };
}
