import { createLogger } from "../../api/logger";
import { createPrisma, type Prisma } from "../../api/db/prisma";
import { loadDemoIfEmpty } from "../../prisma/seed/demo";
import { DEMO_PROVINCE, type DemoRegion } from "../../prisma/seed/demo-data";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

jest.setTimeout(240_000);

/** Each round loads the demo data once (~13 s here, argon2 hashes included); RELIABILITY_ROUNDS=10 for the full check. */
const ROUNDS = Number(process.env.RELIABILITY_ROUNDS ?? 4);
const log = createLogger("silent");

function regionsIn(region: DemoRegion): number {
  return 1 + (region.children ?? []).reduce((sum, child) => sum + regionsIn(child), 0);
}

async function counts(prisma: Prisma) {
  const [regions, congresses, users, memberships] = await Promise.all([
    prisma.region.count(),
    prisma.congress.count(),
    prisma.user.count(),
    prisma.deputyMembership.count(),
  ]);
  return { regions, congresses, users, memberships };
}

/** Two instances starting together on one empty database, as two Prisma clients with their own pools. */
async function twoLoaders(db: TestDatabase) {
  const second = createPrisma(db.url, { poolSize: 4 });
  try {
    return await Promise.allSettled([loadDemoIfEmpty(db.prisma, log, db.url), loadDemoIfEmpty(second, log, db.url)]);
  } finally {
    await second.$disconnect();
  }
}

describe("demo data loaded by two instances at once", () => {
  it(`is loaded exactly once, without a crash, ${ROUNDS} times out of ${ROUNDS}`, async () => {
    const expectedRegions = regionsIn(DEMO_PROVINCE);
    const seen: Awaited<ReturnType<typeof counts>>[] = [];
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const db = await createTestDatabase();
      try {
        const [a, b] = await twoLoaders(db);
        const loaded = [a, b].map((r) => (r.status === "fulfilled" ? String(r.value) : `crash: ${String(r.reason).slice(0, 80)}`));
        outcomes.push(loaded.sort().join(" / "));
        seen.push(await counts(db.prisma));
      } finally {
        await db.drop();
      }
    }
    console.log(`demo data counts ${JSON.stringify(seen[0])}; loader outcomes per round: ${outcomes.join("; ")}`);
    expect(outcomes).toEqual(Array(ROUNDS).fill("false / true"));
    expect(seen[0]!.regions).toBe(expectedRegions);
    expect(seen).toEqual(Array(ROUNDS).fill(seen[0]));
  });
});
