// npm run fuzz -- --runs 50000 --seed 7 — the schema-driven fuzzer of test/api/fuzz.test.ts at scale,
// on a scratch database with the demo data. Prints cases, answers per error code, time, and every
// internal error with the underlying exception and one case that reproduces it. Exits 1 if any.
import { performance } from "node:perf_hooks";
import fc from "fast-check";
import pino from "pino";
import { RateLimiter } from "../api/auth/rate-limit";
import { AccessTokens } from "../api/auth/tokens";
import { anonymousViewer } from "../api/auth/viewer";
import { migrate } from "../api/db/migrate";
import { createPrisma } from "../api/db/prisma";
import { createApolloServer } from "../api/graphql/apollo";
import { buildSchema } from "../api/graphql/schema";
import { createLogger } from "../api/logger";
import { loadDemo } from "../prisma/seed/demo";
import { demoViewer } from "../test/helpers/fixtures";
import { fuzzCases, loadFuzzPools, type FuzzCase, type FuzzViewers } from "../test/helpers/fuzz";
import { withScratchDatabase } from "./lib/scratch-db";
import { loadConfig } from "../api/config";
import { apiSettings } from "../api/graphql/limits/settings";

const BATCH = 1000;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number; got ${process.argv[index + 1]}.`);
  return value;
}

async function main(): Promise<void> {
  const runs = option("runs", 10_000);
  const seed = option("seed", 20_261_124);
  await withScratchDatabase(async (url) => {
    await migrate(url);
    const prisma = createPrisma(url, { poolSize: 4 });
    await loadDemo(prisma);
    const apollo = createApolloServer({ log: createLogger("silent"), settings: apiSettings(loadConfig({})) });
    await apollo.start();
    const logged: { err?: { type?: string; message?: string }; path?: unknown }[] = [];
    const log = pino({ level: "error" }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    const auth = { tokens: new AccessTokens("fuzz-secret-of-at-least-thirty-two-characters", 900), limiter: new RateLimiter() };
    const viewers: FuzzViewers = { anonymous: anonymousViewer, admin: await demoViewer(prisma, "admin"), "wh.admin": await demoViewer(prisma, "wh.admin") };
    const pools = await loadFuzzPools(prisma);
    const arbitrary = fuzzCases(buildSchema(), pools, Object.keys(viewers));

    const counts = new Map<string, number>();
    const internal = new Map<string, { count: number; example: FuzzCase }>();
    const started = performance.now();
    for (let done = 0, batch = 0; done < runs; done += BATCH, batch += 1) {
      for (const c of fc.sample(arbitrary, { seed: seed + batch, numRuns: Math.min(BATCH, runs - done) })) {
        logged.length = 0;
        const response = await apollo.executeOperation(
          { query: c.query, variables: c.variables },
          { contextValue: { prisma, viewer: viewers[c.viewer], requestId: "fuzz", log, maxPageSize: 1000, auth, clientIp: "127.0.0.1" } },
        );
        const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
        const codes = new Set(errors.map((e) => String(e.extensions?.code ?? "NO_CODE")));
        if (!codes.size) codes.add("OK");
        for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
        if (codes.has("INTERNAL_SERVER_ERROR") || codes.has("NO_CODE")) {
          const cause = logged.map((l) => `${l.err?.type}: ${l.err?.message?.trim().split("\n").at(-1)?.slice(0, 160)}`).join(" | ") || "not logged";
          const key = `${c.field} — ${cause}`;
          const entry = internal.get(key) ?? { count: 0, example: c };
          entry.count += 1;
          internal.set(key, entry);
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`fuzz: ${runs} cases, seed ${seed}, ${seconds.toFixed(1)} s (${(runs / seconds).toFixed(0)} cases/s)`);
    console.log("cases per answer code (a case with several codes counts under each):");
    for (const [code, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${code.padEnd(28)} ${n}`);
    console.log(`internal errors: ${[...internal.values()].reduce((n, e) => n + e.count, 0)} cases, ${internal.size} distinct`);
    for (const [key, { count, example }] of internal) {
      console.log(`  ${count} × ${key}\n    e.g. ${JSON.stringify({ query: example.query, variables: example.variables, viewer: example.viewer }).slice(0, 600)}`);
    }
    await apollo.stop();
    await prisma.$disconnect();
    if (internal.size) process.exitCode = 1;
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
