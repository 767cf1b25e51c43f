// npm run bench:permissions — what the permission layer (shield rules + per-row privacy) costs on a
// 1,000-row response. Same process, same database, same query; only the schema differs.
import { ApolloServer } from "@apollo/server";
import { performance } from "node:perf_hooks";
import { RateLimiter } from "../api/auth/rate-limit";
import { AccessTokens } from "../api/auth/tokens";
import type { Viewer } from "../api/auth/viewer";
import { migrate } from "../api/db/migrate";
import { createPrisma } from "../api/db/prisma";
import type { Context } from "../api/graphql/context";
import { applyPermissions } from "../api/graphql/permissions";
import { buildSchema } from "../api/graphql/schema";
import { createLogger } from "../api/logger";
import { loadDemo, wipe } from "../prisma/seed/demo";
import { withScratchDatabase } from "./lib/scratch-db";

const ROWS = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 150);
const QUERY = `{ users(first: ${ROWS}) { totalCount edges { node { id username displayName phone active homeCongress { id name level } } } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  await withScratchDatabase(async (url) => {
    await migrate(url);
    const prisma = createPrisma(url, { poolSize: 4 });
    await wipe(prisma);
    await loadDemo(prisma);
    const congresses = await prisma.congress.findMany({ select: { id: true, path: true } });
    await prisma.user.createMany({
      data: Array.from({ length: ROWS }, (_, i) => {
        const home = congresses[i % congresses.length];
        return { username: `bench${i}`, displayName: `测试用户${i}`, passwordHash: "x", phone: `139${String(i).padStart(8, "0")}`, homeCongressId: home.id, congressPath: home.path };
      }),
    });
    const viewer: Viewer = { userId: "bench", grants: [{ role: "PLATFORM_ADMIN", congressId: null, congressPath: null }] };
    const context = (): Context => ({
      prisma,
      viewer,
      requestId: "bench",
      log: createLogger("silent"),
      maxPageSize: 1000,
      auth: { tokens: new AccessTokens("bench-secret-of-at-least-thirty-two-chars", 900), limiter: new RateLimiter() },
      clientIp: "127.0.0.1",
    });
    const variants = {
      "without permission layer": buildSchema(),
      "with permission layer": applyPermissions(buildSchema()),
    };
    // Both variants run interleaved, run by run, so that heap growth and GC fall on both alike.
    const servers = await Promise.all(
      Object.entries(variants).map(async ([name, schema]) => {
        const server = new ApolloServer<Context>({ schema });
        await server.start();
        return { name, server, times: [] as number[] };
      }),
    );
    const run = async (server: ApolloServer<Context>) => {
      const response = await server.executeOperation({ query: QUERY }, { contextValue: context() });
      if (response.body.kind !== "single" || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
      const edges = (response.body.singleResult.data as { users: { edges: unknown[] } }).users.edges;
      if (edges.length !== ROWS) throw new Error(`expected ${ROWS} rows, got ${edges.length}`);
    };
    for (let i = 0; i < 20; i++) for (const s of servers) await run(s.server);
    for (let i = 0; i < RUNS; i++) {
      for (const s of i % 2 ? [...servers].reverse() : servers) {
        const start = performance.now();
        await run(s.server);
        s.times.push(performance.now() - start);
      }
      if (i % 25 === 0) process.stdout.write(`\r${i}/${RUNS}`);
    }
    process.stdout.write("\r" + " ".repeat(20) + "\r");
    const results: Record<string, { p50: number; p95: number }> = {};
    for (const s of servers) {
      s.times.sort((a, b) => a - b);
      results[s.name] = { p50: percentile(s.times, 50), p95: percentile(s.times, 95) };
      await s.server.stop();
    }
    await prisma.$disconnect();
    const base = results["without permission layer"];
    const gated = results["with permission layer"];
    console.log(`Permission layer on a ${ROWS}-row users page (${RUNS} runs each, interleaved, after 20 warm-up runs):`);
    for (const [name, r] of Object.entries(results)) console.log(`  ${name.padEnd(26)} p50 ${r.p50.toFixed(1)} ms   p95 ${r.p95.toFixed(1)} ms`);
    console.log(`  added: p50 ${(((gated.p50 - base.p50) / base.p50) * 100).toFixed(1)} %, p95 ${(((gated.p95 - base.p95) / base.p95) * 100).toFixed(1)} %`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
