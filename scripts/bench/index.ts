// npm run bench [-- --quick]: realistic operations as each role against the generated data set
// (npm run datagen first), under fixed concurrency, beside the same answer from hand-written SQL
// (the floor) and a hello-world Apollo server (the ceiling).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { viewerForUser } from "../../api/auth/resolve-viewer";
import { RateLimiter } from "../../api/auth/rate-limit";
import { AccessTokens } from "../../api/auth/tokens";
import { loadConfig } from "../../api/config";
import { findFreePort } from "../../api/db/embedded";
import { openDatabase } from "../../api/db/open";
import { createPrisma } from "../../api/db/prisma";
import { createApolloServer } from "../../api/graphql/apollo";
import { apiSettings } from "../../api/graphql/limits/settings";
import { createLogger } from "../../api/logger";
import { BENCH_PASSWORD } from "../datagen/model";
import { httpLoad, sqlLoad, type LoadResult } from "./load";
import { suggestionOps, type BenchOp } from "./suggestion-ops";

const root = path.resolve(__dirname, "..", "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const quick = process.argv.includes("--quick");
const LOAD = { connections: quick ? 2 : 10, seconds: quick ? 1 : 5 };

function startChild(script: string, env: Record<string, string>, ready: (line: string) => boolean): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, script], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    child.stdout!.on("data", (chunk: Buffer) => {
      if (ready(chunk.toString())) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

async function main(): Promise<void> {
  const env = { ...process.env, DATA_DIR: process.env.DATA_DIR ?? path.join(root, ".data", "bench") };
  const config = loadConfig(env);
  const database = await openDatabase(config, createLogger("warn"));
  const pool = new pg.Pool({ connectionString: database.url, max: LOAD.connections });
  // Idle connections are cut when the embedded server stops at the end; that is expected.
  pool.on("error", () => undefined);
  const children: ChildProcess[] = [];
  try {
    const { rows: [{ n }] } = await pool.query(`SELECT count(*)::int AS n FROM "DeputyMembership"`);
    if (!n) throw new Error("No generated data: run `npm run datagen -- --scale county` (or city, province) first.");
    const port = await findFreePort();
    const apiUrl = `http://127.0.0.1:${port}/graphql`;
    const secret = randomBytes(32).toString("hex");
    children.push(await startChild("api/main.ts", { DATABASE_URL: database.url, PORT: String(port), SEED_DEMO: "false", LOG_LEVEL: "warn", JWT_SECRET: secret }, (l) => l.includes("Press Ctrl-C")));
    const helloPort = await findFreePort();
    children.push(await startChild("scripts/bench/hello-server.ts", { PORT: String(helloPort) }, (l) => l.includes("ready")));

    const login = async (username: string) => (await graphql(apiUrl, `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`, { u: username, p: BENCH_PASSWORD })).login.accessToken as string;
    const countyAdmin = await login("county1.admin");
    const platformAdmin = await login("admin");
    const { rows: [county] } = await pool.query(`SELECT c.id, c.path FROM "User" u JOIN "Congress" c ON c.id = u."homeCongressId" WHERE u.username = 'county1.admin'`);
    const deputyIds = (await pool.query(`SELECT id FROM "DeputyMembership" ORDER BY id LIMIT 500`)).rows.map((r) => r.id as string);
    const { rows: [station] } = await pool.query(`SELECT latitude::float AS lat, longitude::float AS lng FROM "Station" WHERE kind = 'WORKSTATION' ORDER BY id LIMIT 1`);
    let next = 0;
    const someDeputy = () => deputyIds[next++ % deputyIds.length];

    const ops: BenchOp[] = [
      {
        name: "me (county admin)",
        token: countyAdmin,
        query: `{ me { id username displayName grants { role congress { name } } } }`,
        variables: () => ({}),
        sql: `SELECT u.id, u.username, u."displayName", g.role, c.name FROM "User" u LEFT JOIN "RoleGrant" g ON g."userId" = u.id LEFT JOIN "Congress" c ON c.id = g."congressId" WHERE u.username = $1`,
        params: () => ["county1.admin"],
      },
      {
        name: "deputy(id) public profile",
        token: undefined,
        query: `query ($id: ID!) { node(id: $id) { ... on Deputy { id status person { name gender ethnicity } congress { name level } term { number } } } }`,
        variables: () => ({ id: gid("Deputy", someDeputy()) }),
        sql: `SELECT m.id, m.status, p.name, p.gender, p.ethnicity, c.name, c.level, t.number FROM "DeputyMembership" m JOIN "Person" p ON p.id = m."personId" JOIN "Congress" c ON c.id = m."congressId" JOIN "Term" t ON t.id = m."termId" WHERE m.id = $1`,
        params: () => [someDeputy()],
      },
      {
        name: "county deputies page (50) + groups → stations",
        token: countyAdmin,
        query: `query ($c: ID!) { deputies(first: 50, filter: { withinCongressId: $c, status: ACTIVE }) { totalCount edges { node { id person { name idNumber } congress { name } groups { name stations { name } } } } } }`,
        variables: () => ({ c: gid("Congress", county.id) }),
        sql: `WITH page AS (SELECT m.id, m."personId", m."congressId" FROM "DeputyMembership" m JOIN "Person" p ON p.id = m."personId" WHERE m."congressPath" LIKE $1 AND m.status = 'ACTIVE' ORDER BY p.name, m.id LIMIT 50)
              SELECT page.id, p.name, p."idNumber", c.name, (SELECT count(*) FROM "DeputyMembership" WHERE "congressPath" LIKE $1 AND status = 'ACTIVE') AS total,
                (SELECT json_agg(json_build_object('group', g.name, 'stations', (SELECT json_agg(s.name) FROM "WorkingGroupStation" gs JOIN "Station" s ON s.id = gs."stationId" WHERE gs."groupId" = g.id)))
                   FROM "WorkingGroupMember" gm JOIN "WorkingGroup" g ON g.id = gm."groupId" WHERE gm."membershipId" = page.id) AS groups
              FROM page JOIN "Person" p ON p.id = page."personId" JOIN "Congress" c ON c.id = page."congressId"`,
        params: () => [`${county.path}%`],
      },
      {
        name: "public: stations near a point",
        token: undefined,
        query: `query ($lat: Float!, $lng: Float!) { stations(first: 20, filter: { near: { latitude: $lat, longitude: $lng, radiusKm: 5 } }) { totalCount edges { node { name kind address openingHours publicCode } } } }`,
        variables: () => ({ lat: station.lat, lng: station.lng }),
        sql: `SELECT name, kind, address, "openingHours", "publicCode" FROM "Station" WHERE latitude BETWEEN $1 - 0.045 AND $1 + 0.045 AND longitude BETWEEN $2 - 0.05 AND $2 + 0.05 ORDER BY name, id LIMIT 20`,
        params: () => [station.lat, station.lng],
      },
      {
        name: "coverage of a county (staff view)",
        token: countyAdmin,
        query: `query ($c: ID!) { stationCoverage(congressId: $c) { activeDeputies deputiesWithoutStation stations stationsWithoutDeputies } }`,
        variables: () => ({ c: gid("Congress", county.id) }),
        sql: `SELECT (SELECT count(*) FROM "DeputyMembership" WHERE "congressPath" LIKE $1 AND status = 'ACTIVE'),
                (SELECT count(*) FROM "DeputyMembership" m WHERE m."congressPath" LIKE $1 AND m.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM "WorkingGroupMember" gm JOIN "WorkingGroupStation" gs ON gs."groupId" = gm."groupId" WHERE gm."membershipId" = m.id)),
                (SELECT count(*) FROM "Station" WHERE "congressPath" LIKE $1 AND active)`,
        params: () => [`${county.path}%`],
      },
      {
        name: "province-wide deputies count (platform admin)",
        token: platformAdmin,
        query: `{ deputies(first: 1, filter: { status: ACTIVE }) { totalCount } }`,
        variables: () => ({}),
        sql: `SELECT count(*) FROM "DeputyMembership" WHERE status = 'ACTIVE'`,
        params: () => [],
      },
    ];
    const suggestions = await suggestionOps(pool, login);
    ops.push(...suggestions.ops);
    process.stderr.write(`  suggestions: ${suggestions.subjects}\n`);

    // SQL statements per request, counted in-process on the same database.
    const counting = createPrisma(database.url, { logQueries: true, poolSize: 2 });
    let statements = 0;
    (counting as unknown as { $on(e: "query", cb: () => void): void }).$on("query", () => statements++);
    const apollo = createApolloServer({ log: createLogger("silent"), settings: apiSettings(config) });
    await apollo.start();
    const auth = { tokens: new AccessTokens(secret, 900), limiter: new RateLimiter() };
    const results: { name: string; api: LoadResult; floor: LoadResult; sqlPerRequest: number }[] = [];
    for (const op of ops) {
      const verified = op.token ? await auth.tokens.verify(op.token) : null;
      const viewer = verified ? (await viewerForUser(counting, verified.userId, verified.sessionId))! : { userId: null, grants: [] };
      statements = 0;
      const check = await apollo.executeOperation({ query: op.query, variables: op.variables() }, { contextValue: { prisma: counting, viewer, requestId: "bench", log: createLogger("silent"), maxPageSize: 1000, auth, clientIp: "127.0.0.1" } });
      if (check.body.kind === "single" && check.body.singleResult.errors) throw new Error(`${op.name}: ${JSON.stringify(check.body.singleResult.errors)}`);
      const sqlPerRequest = statements;
      process.stderr.write(`  ${op.name}…\n`);
      const api = await httpLoad(apiUrl, { query: op.query, variables: op.variables() }, op.token ? { authorization: `Bearer ${op.token}` } : {}, LOAD);
      const floor = await sqlLoad(pool, op.sql, op.params, LOAD);
      results.push({ name: op.name, api, floor, sqlPerRequest });
    }
    await apollo.stop();
    await counting.$disconnect();
    const hello = await httpLoad(`http://127.0.0.1:${helloPort}/`, { query: "{ hello }" }, {}, LOAD);

    const ms = (v: number) => `${v.toFixed(1)}`.padStart(7);
    console.log(`\nBenchmark: ${n.toLocaleString("en")} deputy memberships; ${LOAD.connections} connections × ${LOAD.seconds} s per run; latencies in ms (autocannon reports p97.5, not p95).`);
    console.log(`${"operation".padEnd(46)} ${"req/s".padStart(8)} ${"p50".padStart(7)} ${"p97.5".padStart(7)} ${"p99".padStart(7)} ${"SQL/req".padStart(7)} | ${"SQL req/s".padStart(9)} ${"SQL p97.5".padStart(9)} | ${"rps×".padStart(6)} ${"p97.5×".padStart(7)}`);
    for (const r of results) {
      console.log(
        `${r.name.padEnd(46)} ${r.api.rps.toFixed(0).padStart(8)} ${ms(r.api.p50)} ${ms(r.api.p975)} ${ms(r.api.p99)} ${String(r.sqlPerRequest).padStart(7)} | ${r.floor.rps.toFixed(0).padStart(9)} ${r.floor.p975.toFixed(1).padStart(9)} | ${(r.api.rps / r.floor.rps).toFixed(2).padStart(6)} ${(r.api.p975 / Math.max(r.floor.p975, 0.01)).toFixed(1).padStart(7)}`,
      );
    }
    console.log(`${"hello world (Apollo, no database)".padEnd(46)} ${hello.rps.toFixed(0).padStart(8)} ${ms(hello.p50)} ${ms(hello.p975)} ${ms(hello.p99)}`);
    const me = results[0];
    console.log(`\nme vs hello world: ${(me.api.rps / hello.rps).toFixed(2)}× the requests/s (target ≥ 0.7).`);
    console.log(`deputy(id) vs raw pg: ${(results[1].api.rps / results[1].floor.rps).toFixed(2)}× the requests/s (target ≥ 0.25).`);
    const errors = results.reduce((sum, r) => sum + r.api.errors, 0) + hello.errors;
    if (errors) console.log(`Errors or non-2xx answers during the runs: ${errors}`);

    // The permission layer's cost on a 1,000-row response (its own throw-away database).
    const permissions = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [tsx, "scripts/bench-permissions.ts"], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: database.url, BENCH_RUNS: quick ? "10" : "150" },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`bench-permissions exited with ${code}`))));
    });
    console.log("\n" + permissions.replace(/\r[^\n]*\r/g, "").trim());
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await pool.end();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
