// Every class of database refusal the API can meet, obtained from the real database and passed through
// the same mapping the services use (`inTransaction`), and through GraphQL where a caller can provoke it.
import { GraphQLError } from "graphql";
import { inTransaction } from "../../api/db/prisma-errors";
import { formatDatabaseUnavailable, isDatabaseUnavailable } from "../../api/db/unavailable";
import type { Prisma } from "../../api/db/prisma";
import { useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();
const NO_ID = "00000000-0000-4000-8000-000000000000";
/** Driver, SQL or stack text that must never reach a caller. */
const INTERNALS = /Prisma|DriverAdapter|invocation|\b(23505|23503|22001|22P02|40001|40P01|57014)\b|\bSELECT\b|\bINSERT\b|\bUPDATE\b|constraint|character varying|uuid|\n\s+at /i;

type Tx = Parameters<Parameters<Prisma["$transaction"]>[0]>[0];

/** The error `work` ends with, as the services' transaction wrapper answers it. */
async function refusal(work: (tx: Tx) => Promise<unknown>, what = "Station"): Promise<GraphQLError> {
  const error = await inTransaction(env.db.prisma, what, work).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  const refused = error as GraphQLError;
  expect(refused.message).not.toMatch(INTERNALS);
  expect(JSON.stringify(refused.extensions)).not.toMatch(INTERNALS);
  return refused;
}

const station = () => env.db.prisma.station.findFirstOrThrow({ where: { name: "五华区人大代表之家" } });

describe("database refusals, mapped", () => {
  it("a unique violation is CONFLICT naming the field", async () => {
    const s = await station();
    const error = await refusal((tx) =>
      tx.station.create({ data: { name: s.name, kind: s.kind, congressId: s.congressId, regionId: s.regionId, congressPath: s.congressPath, publicCode: "DBERRORS00000001" } }),
    );
    expect(error.extensions).toMatchObject({ code: "CONFLICT", fields: [{ field: "input.name" }] });
  });

  it("a foreign-key violation is CONFLICT", async () => {
    const error = await refusal((tx) => tx.contactVisit.create({ data: { assignmentId: NO_ID, visitedOn: new Date("2026-11-20"), form: "走访" } }), "Visit");
    expect(error.extensions?.code).toBe("CONFLICT");
  });

  it("a record missing on update is NOT_FOUND", async () => {
    const error = await refusal((tx) => tx.station.update({ where: { id: NO_ID }, data: { name: "不存在" } }));
    expect(error.extensions?.code).toBe("NOT_FOUND");
  });

  it("a value longer than its column is BAD_USER_INPUT naming the field and the limit", async () => {
    const s = await station();
    const error = await refusal((tx) => tx.station.update({ where: { id: s.id }, data: { keeperName: "长".repeat(51) } }));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "input.keeperName" }] });
    expect(JSON.stringify(error.extensions?.fields)).toMatch(/50/);
  });

  it("an id that is not a uuid is BAD_USER_INPUT", async () => {
    const error = await refusal((tx) => tx.station.update({ where: { id: "not-a-uuid" }, data: { name: "x" } }));
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("a statement cancelled by statement_timeout is SERVICE_UNAVAILABLE, retryable, without driver text", async () => {
    const error = await inTransaction(env.db.prisma, "Station", async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 50");
      await tx.$queryRawUnsafe("SELECT pg_sleep(2)");
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    const formatted = formatDatabaseUnavailable({ message: String((error as Error).message) }, error);
    expect(formatted?.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", retryable: true });
    expect(formatted?.message).not.toMatch(INTERNALS);
  });
});

describe("write conflicts between transactions", () => {
  /** Two transactions that lock the same two rows in opposite orders: PostgreSQL aborts one as a deadlock. */
  async function lockInOrder(first: string, second: string, attempts: { count: number }) {
    return inTransaction(env.db.prisma, "Station", async (tx) => {
      attempts.count += 1;
      await tx.station.update({ where: { id: first }, data: { openingHours: "死锁测试" } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.station.update({ where: { id: second }, data: { openingHours: "死锁测试" } });
      return attempts.count;
    });
  }

  it("a deadlock victim is retried, so both writers succeed", async () => {
    const [a, b] = await env.db.prisma.station.findMany({ take: 2, orderBy: { id: "asc" }, select: { id: true } });
    const attemptsA = { count: 0 };
    const attemptsB = { count: 0 };
    const results = await Promise.allSettled([lockInOrder(a.id, b.id, attemptsA), lockInOrder(b.id, a.id, attemptsB)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(attemptsA.count + attemptsB.count).toBe(3);
  });

  it("a conflict that persists is CONFLICT asking to try again, never an internal error", async () => {
    const a = await station();
    // A real write-conflict error from the database (two serializable writers of one row), then raised again on every retry.
    const writer = (name: string) =>
      env.db.prisma.$transaction(
        async (tx) => {
          await tx.station.findMany({ select: { id: true } });
          await new Promise((resolve) => setTimeout(resolve, 200));
          await tx.station.update({ where: { id: a.id }, data: { openingHours: name } });
        },
        { isolationLevel: "Serializable" },
      );
    const settled = await Promise.allSettled([writer("甲"), writer("乙")]);
    const deadlock = settled.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []))[0];
    expect((deadlock as { code?: string } | undefined)?.code).toBe("P2034");
    let attempts = 0;
    const error = await refusal(async () => {
      attempts += 1;
      throw deadlock;
    });
    expect(error.extensions?.code).toBe("CONFLICT");
    expect(attempts).toBeGreaterThan(1);
  });
});

describe("through GraphQL", () => {
  it("a duplicate working group name is CONFLICT naming input.name, with no driver text", async () => {
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    const group = await env.db.prisma.workingGroup.findFirstOrThrow({ where: { congress: { region: { name: "五华区" } } } });
    const result = await env.api.run(
      `mutation ($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id } }`,
      { input: { congressId: globalId("Congress", group.congressId), kind: group.kind, name: group.name } },
      admin,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", fields: [{ field: "input.name" }] });
    expect(JSON.stringify(result.errors)).not.toMatch(INTERNALS);
  });
});
