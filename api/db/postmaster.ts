import fs from "node:fs";
import path from "node:path";

/** What postmaster.pid says: line 1 the pid, line 4 the port. */
export interface PidFile {
  pid: number;
  port: number | undefined;
}

export function readPidFile(dataDir: string): PidFile | undefined {
  const file = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(file)) return undefined;
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return { pid: Number.isInteger(pid) ? pid : 0, port: Number.isInteger(port) && port > 0 ? port : undefined };
}

export function isRunning(pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    // A zombie still answers kill(0) but is gone for our purpose.
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** Whether `pid` is a postgres server started with `-D dataDir`: judged by its command line, never by the pid alone. */
export function isPostmasterOf(pid: number, dataDir: string): boolean {
  let argv: string[];
  try {
    argv = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return false;
  }
  const dash = argv.indexOf("-D");
  return path.basename(argv[0] ?? "") === "postgres" && dash > 0 && path.resolve(argv[dash + 1] ?? "") === path.resolve(dataDir);
}

/** The postmaster's children (backends, checkpointer…), from /proc. */
export function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await sleep(50);
  }
  return !isRunning(pid);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Fast shutdown (SIGINT: open transactions roll back, data is safe); immediate, then kill, if it does not comply. */
export async function stopPostmaster(pid: number, graceMs = 10_000): Promise<void> {
  signal(pid, "SIGINT");
  // A frozen (SIGSTOPped) server, or frozen backends the postmaster waits for, would run out the clock.
  for (const target of [pid, ...childrenOf(pid)]) signal(target, "SIGCONT");
  if (await waitForExit(pid, graceMs)) return;
  signal(pid, "SIGQUIT");
  if (await waitForExit(pid, 2_000)) return;
  signal(pid, "SIGKILL");
  await waitForExit(pid, 2_000);
}

export type PreviousPostmaster =
  | { kind: "none" }
  | { kind: "stale-pid-file"; pid: number }
  | { kind: "orphan-stopped"; pid: number; port: number | undefined };

/**
 * Makes the data directory startable after a crash. A postmaster of this data directory left
 * running (Node was killed and the server re-parented) is stopped; a pid file naming a dead or an
 * unrelated process (pids are reused after a container restart) is removed.
 */
export async function clearPreviousPostmaster(dataDir: string): Promise<PreviousPostmaster> {
  const pidFile = readPidFile(dataDir);
  if (!pidFile) return { kind: "none" };
  if (isRunning(pidFile.pid) && isPostmasterOf(pidFile.pid, dataDir)) {
    await stopPostmaster(pidFile.pid);
    return { kind: "orphan-stopped", pid: pidFile.pid, port: pidFile.port };
  }
  fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
  return { kind: "stale-pid-file", pid: pidFile.pid };
}
