import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { isPostmasterOf, readPidFile } from "../../api/db/postmaster";

const ROOT = path.resolve(__dirname, "..", "..");

/** A temporary folder PostgreSQL (running as `postgres` when we are root) can enter. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** Where the shared template lives; its name changes with the migrations, so a new migration makes a new one. */
function templateDir(): string {
  const migrations = fs.readdirSync(path.join(ROOT, "prisma", "migrations")).sort().join(",");
  const key = createHash("sha256").update(migrations).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `deputy-reliability-template-${key}`);
}

/**
 * An initialised, migrated DATA_DIR, made once (initdb is the slow part) and kept in the temp folder
 * for later runs; test files running in parallel take turns on a lock folder. Cases copy it.
 */
export async function prepareDataDirTemplate(): Promise<string> {
  const dir = templateDir();
  const ready = path.join(dir, "ready");
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 120_000;
  while (!fs.existsSync(ready)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock} to go away`);
    try {
      fs.mkdirSync(lock);
    } catch {
      await sleep(200);
      continue;
    }
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { mode: 0o755 });
      fs.chmodSync(dir, 0o755);
      execFileSync(process.execPath, ["--import", "tsx", "test/reliability/make-template.ts", dir], { cwd: ROOT, stdio: "pipe", timeout: 90_000 });
      fs.writeFileSync(ready, new Date().toISOString());
    } finally {
      fs.rmdirSync(lock);
    }
  }
  return dir;
}

export function copyDataDir(template: string): string {
  const dir = tempDir("rel-case-");
  fs.cpSync(path.join(template, "postgres"), path.join(dir, "postgres"), { recursive: true, preserveTimestamps: true });
  // cpSync does not keep owners: PostgreSQL wants its data owned by the user it runs as, mode 0700.
  const owner = fs.statSync(path.join(template, "postgres"));
  chownTree(path.join(dir, "postgres"), owner.uid, owner.gid);
  fs.chmodSync(path.join(dir, "postgres"), 0o700);
  return dir;
}

function chownTree(target: string, uid: number, gid: number): void {
  fs.chownSync(target, uid, gid);
  if (fs.statSync(target).isDirectory()) for (const entry of fs.readdirSync(target)) chownTree(path.join(target, entry), uid, gid);
}

/** Every postgres process (postmaster or child) whose postmaster serves `dataDir`. */
export function postgresProcessesOf(dataDir: string): number[] {
  const target = path.join(dataDir, "postgres");
  return fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e)).map(Number).filter((pid) => isPostmasterOf(pid, target));
}

export interface PlatformProcess {
  url: string;
  databasePort: number;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `node --import tsx api/main.ts` in its own process group, as `npm start` runs it; resolves once it
 * prints its URL. (Not the `tsx` CLI: it relays signals to a second Node process and, when that
 * process's acknowledgement misses its 30 ms window, kills it or exits 143.)
 */
export async function spawnPlatform(dataDir: string, env: Record<string, string> = {}): Promise<PlatformProcess> {
  // Production mode as deployed, except that the probes here are ad-hoc documents (trusted documents: limits-production.test.ts).
  const child = spawn(process.execPath, ["--import", "tsx", "api/main.ts"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATA_DIR: dataDir, PORT: "0", SEED_DEMO: "false", LOG_LEVEL: "info", JWT_SECRET: "r".repeat(40), NODE_ENV: "production", TRUSTED_DOCUMENTS: "off", ...env },
  });
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const started = new Promise<{ url: string; databasePort: number }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const url = /GraphQL API\s+(http:\/\/[^\s]+)\/graphql/.exec(output)?.[1];
      const port = readPidFile(path.join(dataDir, "postgres"))?.port;
      if (url && port) resolve({ url, databasePort: port });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then(({ code }) => reject(new Error(`platform exited (${code}) before it started:\n${output}`)));
  });
  const { url, databasePort } = await started;
  return { url, databasePort, child, output: () => output, exited };
}

/** Kills what a case started, even when it failed half-way: the platform's group, then any postgres left on its data. */
export async function cleanUp(platform: PlatformProcess | undefined, dataDir: string | undefined): Promise<void> {
  if (platform?.child.pid && platform.child.exitCode === null && platform.child.signalCode === null) {
    try {
      process.kill(-platform.child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
    await platform.exited;
  }
  if (!dataDir) return;
  for (const pid of postgresProcessesOf(dataDir)) process.kill(pid, "SIGKILL");
  const deadline = Date.now() + 5_000;
  while (postgresProcessesOf(dataDir).length > 0 && Date.now() < deadline) await sleep(50);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Answer {
  status?: number;
  body?: string;
  error?: string;
}

/**
 * A GraphQL POST whose body arrives in two parts `gapMs` apart, so the request is in flight (its
 * handler waiting for the body) when the test acts. Never rejects: a reset becomes `error`.
 */
export function slowGraphQL(url: string, query: string, gapMs: number, agent?: http.Agent): Promise<Answer> {
  const body = JSON.stringify({ query });
  const half = Math.floor(body.length / 2);
  return new Promise((resolve) => {
    const req = http.request(`${url}/graphql`, {
      method: "POST",
      agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    req.on("response", (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode, body: text }));
      res.on("error", (error) => resolve({ status: res.statusCode, error: error.message }));
    });
    req.on("error", (error) => resolve({ error: error.message }));
    req.write(body.slice(0, half));
    setTimeout(() => req.end(body.slice(half)), gapMs);
  });
}

export async function get(url: string): Promise<Answer & { ms: number }> {
  const started = Date.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    return { status: res.status, body: await res.text(), ms: Date.now() - started };
  } catch (error) {
    return { error: (error as Error).message, ms: Date.now() - started };
  }
}
