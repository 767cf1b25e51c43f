import path from "node:path";
import { childrenOf, readPidFile } from "../../api/db/postmaster";
import { isDatabaseUnavailable } from "../../api/db/unavailable";
import { cleanUp, copyDataDir, get, postgresProcessesOf, prepareDataDirTemplate, sleep, spawnPlatform, type PlatformProcess } from "./support";

jest.setTimeout(90_000);

const QUERY = "{ regions(first: 1) { totalCount } }";
const TIMEOUTS = { DB_CONNECT_TIMEOUT_MS: "1000", DB_STATEMENT_TIMEOUT_MS: "1500", HEALTH_TIMEOUT_MS: "1000" };

async function graphql(url: string) {
  const started = Date.now();
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: QUERY }) });
  return { status: res.status, body: (await res.json()) as { errors?: { extensions?: { code?: string } }[] }, ms: Date.now() - started };
}

describe("which failures count as a database outage", () => {
  it.each([
    ["statement_timeout (57014)", { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", code: "57014", originalCode: "57014" } } } }],
    ["server unreachable", { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }],
    ["silent server", new Error("Query read timeout")],
    ["pool wait", new Error("timeout exceeded when trying to connect")],
  ])("%s is one", (_label, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ["a unique violation", { code: "P2002", meta: { target: ["code"] } }],
    ["a bug", new TypeError("x is undefined")],
  ])("%s is not", (_label, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});

/** The test's own embedded PostgreSQL (never the shared one of the Jest run), frozen with SIGSTOP. */
describe("a platform whose PostgreSQL hangs", () => {
  let dataDir: string;
  let platform: PlatformProcess | undefined;
  const postgresPids = () => {
    const postmaster = readPidFile(path.join(dataDir, "postgres"))!.pid;
    return [postmaster, ...childrenOf(postmaster)];
  };
  const freeze = () => postgresPids().forEach((pid) => process.kill(pid, "SIGSTOP"));
  const thaw = () => postgresPids().forEach((pid) => process.kill(pid, "SIGCONT"));

  beforeAll(async () => {
    dataDir = copyDataDir(await prepareDataDirTemplate());
    platform = await spawnPlatform(dataDir, TIMEOUTS);
  });
  afterAll(async () => {
    if (dataDir && postgresProcessesOf(dataDir).length) thaw();
    await cleanUp(platform, dataDir);
  });

  it("answers GraphQL with SERVICE_UNAVAILABLE (HTTP 503) and /healthz, /readyz with 503 within their deadlines, then recovers", async () => {
    expect((await graphql(platform!.url)).status).toBe(200);
    await sleep(1_100); // let the health cache expire
    freeze();
    try {
      const [queries, health, ready] = await Promise.all([
        Promise.all([1, 2, 3].map(() => graphql(platform!.url))),
        get(`${platform!.url}/healthz`),
        get(`${platform!.url}/readyz`),
      ]);
      console.log(`frozen database: GraphQL ${queries.map((q) => `${q.status} in ${q.ms} ms`).join(", ")}; /healthz ${health.status} in ${health.ms} ms; /readyz ${ready.status} in ${ready.ms} ms`);
      for (const q of queries) {
        expect(q.status).toBe(503);
        expect(q.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
        expect(q.ms).toBeLessThan(8_000); // statement 1.5 s + 1 s client margin, generous for a loaded machine
      }
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(4_000); // HEALTH_TIMEOUT_MS is 1 s
      expect(ready.status).toBe(503);
    } finally {
      thaw();
    }
    const thawed = Date.now();
    let healthy = false;
    while (!healthy && Date.now() - thawed < 15_000) {
      healthy = (await get(`${platform!.url}/healthz`)).status === 200;
      if (!healthy) await sleep(200);
    }
    expect(healthy).toBe(true);
    expect((await graphql(platform!.url)).status).toBe(200);
  });

  it("shuts down quickly and cleanly while the database hangs", async () => {
    freeze();
    const signalled = Date.now();
    process.kill(platform!.child.pid!, "SIGTERM");
    const exit = await platform!.exited;
    console.log(`SIGTERM with a frozen database: exit ${exit.code} after ${Date.now() - signalled} ms`);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(postgresProcessesOf(dataDir)).toEqual([]);
  });
});
