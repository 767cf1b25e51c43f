import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { isPostmasterOf, isRunning, readPidFile } from "../../api/db/postmaster";
import { cleanUp, copyDataDir, get, postgresProcessesOf, prepareDataDirTemplate, sleep, spawnPlatform, type PlatformProcess } from "./support";

jest.setTimeout(90_000);

const QUERY = "{ regions(first: 1) { totalCount } }";

async function graphql(url: string): Promise<number> {
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: QUERY }) });
  return res.status;
}

async function withDatabase<T>(port: number, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/deputy` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One data directory through a crash of PostgreSQL, a crash of Node, and a stale pid file, in that order. */
describe("the embedded PostgreSQL after crashes", () => {
  let dataDir: string;
  let pgData: string;
  let platform: PlatformProcess | undefined;

  beforeAll(async () => {
    dataDir = copyDataDir(await prepareDataDirTemplate());
    pgData = path.join(dataDir, "postgres");
    platform = await spawnPlatform(dataDir);
    await withDatabase(platform.databasePort, (db) => db.query("CREATE TABLE reliability_marker AS SELECT 'written before the crashes'::text AS note"));
  });
  afterAll(async () => {
    await cleanUp(platform, dataDir);
  });

  it("restarts a postmaster that dies while the API runs, and requests work again", async () => {
    const before = readPidFile(pgData)!.pid;
    process.kill(before, "SIGKILL");
    const killed = Date.now();
    const seen = new Set<number>();
    let back = false;
    while (!back && Date.now() - killed < 30_000) {
      const ready = await get(`${platform!.url}/readyz`);
      seen.add(ready.status ?? 0);
      back = ready.status === 200 && seen.has(503);
      if (!back) await sleep(100);
    }
    console.log(`postmaster SIGKILLed: /readyz answered ${[...seen].join(", ")}; back after ${Date.now() - killed} ms`);
    expect(seen.has(503)).toBe(true);
    expect(back).toBe(true);
    expect(await graphql(platform!.url)).toBe(200);
    expect(readPidFile(pgData)!.pid).not.toBe(before);
    expect(platform!.output()).toContain("embedded PostgreSQL exited unexpectedly; restarting it");
  });

  it("starts again after Node alone was SIGKILLed (the postmaster left running is stopped, data intact)", async () => {
    const orphan = readPidFile(pgData)!.pid;
    process.kill(platform!.child.pid!, "SIGKILL");
    await platform!.exited;
    expect(isPostmasterOf(orphan, pgData)).toBe(true);

    const started = Date.now();
    platform = await spawnPlatform(dataDir);
    console.log(`start after a SIGKILL of Node: ${Date.now() - started} ms`);
    expect(isRunning(orphan)).toBe(false);
    expect(platform.output()).toContain("stopped a PostgreSQL left running on this data directory");
    const rows = await withDatabase(platform.databasePort, (db) => db.query("SELECT note FROM reliability_marker"));
    expect(rows.rows).toEqual([{ note: "written before the crashes" }]);
    expect(await graphql(platform.url)).toBe(200);
  });

  it("starts when postmaster.pid names a live process that is not our PostgreSQL", async () => {
    process.kill(platform!.child.pid!, "SIGTERM");
    expect(await platform!.exited).toEqual({ code: 0, signal: null });
    expect(postgresProcessesOf(dataDir)).toEqual([]);

    const unrelated = spawn("sleep", ["60"], { stdio: "ignore" });
    try {
      fs.writeFileSync(path.join(pgData, "postmaster.pid"), `${unrelated.pid}\n${pgData}\n1700000000\n5432\n\n127.0.0.1\n0 0\nready\n`);
      platform = await spawnPlatform(dataDir);
      expect(await graphql(platform.url)).toBe(200);
      expect(platform.output()).toContain("removed a stale postmaster.pid");
      expect(isRunning(unrelated.pid!)).toBe(true);
    } finally {
      unrelated.kill("SIGKILL");
    }
  });
});
