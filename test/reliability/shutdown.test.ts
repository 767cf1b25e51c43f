import { cleanUp, copyDataDir, get, postgresProcessesOf, prepareDataDirTemplate, sleep, slowGraphQL, spawnPlatform, type PlatformProcess } from "./support";

// A real platform per case, as `npm start` runs it: start-up alone takes a few seconds here.
jest.setTimeout(90_000);

let template: string;
beforeAll(async () => {
  template = await prepareDataDirTemplate();
});

const IN_FLIGHT = 30;
/** Each request's body arrives this long after its headers: in flight when the signal comes. */
const BODY_GAP_MS = 1_500;
const QUERY = "{ regions(first: 1) { totalCount } }";

async function shutdownUnderLoad(target: "process" | "group") {
  const dataDir = copyDataDir(template);
  let platform: PlatformProcess | undefined;
  try {
    platform = await spawnPlatform(dataDir);
    expect((await get(`${platform.url}/readyz`)).status).toBe(200);
    const answers = Array.from({ length: IN_FLIGHT }, () => slowGraphQL(platform!.url, QUERY, BODY_GAP_MS));
    await sleep(500);
    const signalled = Date.now();
    process.kill(target === "group" ? -platform.child.pid! : platform.child.pid!, "SIGTERM");
    const results = await Promise.all(answers);
    const exit = await platform.exited;
    const stopMs = Date.now() - signalled;
    const statuses = results.map((r) => r.status ?? r.error);
    console.log(`SIGTERM to the ${target}: ${statuses.filter((s) => s === 200).length}/${IN_FLIGHT} answered 200, exit ${exit.code} after ${stopMs} ms`);
    expect(statuses).toEqual(Array(IN_FLIGHT).fill(200));
    for (const r of results) expect(JSON.parse(r.body!)).toEqual({ data: { regions: { totalCount: 0 } } });
    expect(exit).toEqual({ code: 0, signal: null });
    expect(postgresProcessesOf(dataDir)).toEqual([]);
    expect(platform.output()).toMatch(/"inFlight":30,"cut":0.*HTTP server drained/);
  } finally {
    await cleanUp(platform, dataDir);
  }
}

describe("a platform stopped by SIGTERM under load", () => {
  it("lets every in-flight request finish, then stops PostgreSQL and exits 0 (signal to the process)", async () => {
    await shutdownUnderLoad("process");
  });

  it("does the same when the whole process group gets the signal", async () => {
    await shutdownUnderLoad("group");
  });
});
