import type { Prisma } from "../../api/db/prisma";
import type { Viewer } from "../../api/auth/viewer";
import type { ApiSettings } from "../../api/graphql/limits/settings";
import { useDemoApi } from "../helpers/api";
import { demoViewer } from "../helpers/fixtures";
import { LimitedApi, codeOf, fragmentBomb, type Answer } from "../helpers/limits";

const env = useDemoApi();
const servers: LimitedApi[] = [];
let admin: Viewer;

beforeAll(async () => {
  admin = await demoViewer(env.db.prisma, "wh.admin");
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

async function withLimits(overrides: Partial<ApiSettings>, prisma: Prisma = env.db.prisma): Promise<LimitedApi> {
  const api = await LimitedApi.start(prisma, overrides);
  servers.push(api);
  return api;
}

const aliased = (n: number, field = "__typename") => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
const nestedParents = (n: number) => `{ me { grants { congress { ${"parent { ".repeat(n)}id${" }".repeat(n)} } } } }`;

function expectRefused(answer: Answer, code: string, limit: string) {
  expect(answer.status).toBe(400);
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors![0].extensions).toMatchObject({ code, limit });
  expect(answer.data).toBeUndefined();
}

function expectServed(answer: Answer) {
  expect(answer.errors ?? []).toEqual([]);
  expect(answer.status).toBe(200);
}

describe("each limit lets a query at the limit through and refuses one just over it", () => {
  const cases: { name: string; limits: Partial<ApiSettings>; at: string; over: string; code: string; limit: string }[] = [
    { name: "expanded selections", limits: { maxSelections: 10 }, at: aliased(10), over: aliased(11), code: "QUERY_TOO_COMPLEX", limit: "MAX_QUERY_SELECTIONS" },
    {
      // Nested copies multiply: two `me { id grants { role } }` make 4 pairs (me, id, grants, role).
      name: "pairs of same-named fields",
      limits: { maxFieldPairs: 3 },
      at: `{ me { grants { role } } me { grants { role } } }`,
      over: `{ me { id grants { role } } me { id grants { role } } }`,
      code: "QUERY_TOO_COMPLEX",
      limit: "MAX_FIELD_PAIRS",
    },
    { name: "depth", limits: { maxDepth: 5 }, at: nestedParents(1), over: nestedParents(2), code: "QUERY_TOO_DEEP", limit: "MAX_QUERY_DEPTH" },
    { name: "aliases", limits: { maxAliases: 3 }, at: aliased(3), over: aliased(4), code: "TOO_MANY_ALIASES", limit: "MAX_QUERY_ALIASES" },
    {
      name: "directives",
      limits: { maxDirectives: 2 },
      at: `{ __typename @include(if: true) me @skip(if: true) { id } }`,
      over: `{ __typename @include(if: true) me @skip(if: true) { id @include(if: true) } }`,
      code: "TOO_MANY_DIRECTIVES",
      limit: "MAX_QUERY_DIRECTIVES",
    },
    // `{ a0: __typename … }` is 2 + 3n tokens.
    { name: "tokens", limits: { maxTokens: 32 }, at: aliased(10), over: aliased(11), code: "QUERY_TOO_LARGE", limit: "MAX_QUERY_TOKENS" },
  ];
  it.each(cases)("$name", async ({ limits, at, over, code, limit }) => {
    const api = await withLimits(limits);
    expectServed(await api.send({ query: at, viewer: admin }));
    expectRefused(await api.send({ query: over, viewer: admin }), code, limit);
  });

  it("fragments count once per spread: a fragment spread twice at every level is measured, not expanded", async () => {
    const api = await withLimits({});
    expectServed(await api.send({ query: fragmentBomb(3) }));
    for (const name of ["Q", "Renamed", "AgainRenamed"]) {
      const answer = await api.send({ query: fragmentBomb(22, name) });
      expectRefused(answer, "QUERY_TOO_COMPLEX", "MAX_QUERY_SELECTIONS");
      expect(answer.errors![0].extensions!.actual).toBe(2 ** 21);
    }
  });

  it("a fragment no operation uses is measured too (graphql-js validates it all the same)", async () => {
    const api = await withLimits({});
    const answer = await api.send({ query: `{ __typename }\n${fragmentBomb(22).split("\n").slice(1).join("\n")}` });
    expectRefused(answer, "QUERY_TOO_COMPLEX", "MAX_QUERY_SELECTIONS");
  });

  it("ten copies of a field each holding ten copies of another (210 fields) are refused before validation compares them", async () => {
    const api = await withLimits({});
    const ten = (s: string) => Array.from({ length: 10 }, () => s).join(" ");
    const answer = await api.send({ query: `{ ${ten(`me { ${ten("grants { role }")} }`)} }` });
    expectRefused(answer, "QUERY_TOO_COMPLEX", "MAX_FIELD_PAIRS");
    expect(answer.errors![0].extensions!.actual).toBeGreaterThan(500);
  });

  it("a fragment cycle is refused with the message graphql-js would give, in the reader's language", async () => {
    const api = await withLimits({});
    const query = `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`;
    const answer = await api.send({ query, language: "en" });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.errors![0].message).toMatch(/Cannot spread fragment "A" within itself/);
    expect((await api.send({ query })).errors![0].message).toBe('片段 "A" 展开了它自己，请去掉这个循环。');
  });

  it.each([
    ["MAX_QUERY_DEPTH", { maxDepth: 2 }, `{ deputies { edges { node { id } } } }`, /^这个查询嵌套了 \d+ 层，上限为 2/],
    ["MAX_QUERY_ALIASES", { maxAliases: 1 }, `{ a: __typename b: __typename }`, /^这个查询使用了 2 个别名，上限为 1/],
    ["MAX_QUERY_COST", { maxCost: 10 }, `{ deputies(first: 100) { edges { node { id } } } }`, /^这个查询可能涉及 \d+ 行/],
  ] as const)("a refusal over %s reads in Chinese by default and in English on request, with the same code", async (_limit, settings, query, chinese) => {
    const api = await withLimits(settings);
    const zh = await api.send({ query });
    const en = await api.send({ query, language: "en" });
    expect(zh.errors![0].message).toMatch(chinese);
    expect(zh.errors![0].message.replace("first/last", "")).not.toMatch(/[a-z]{4,}/i); // argument names stay as they are
    expect(en.errors![0].message).toMatch(/^This query /);
    expect(en.errors![0].message).not.toMatch(/[\u4e00-\u9fff]/);
    expect(codeOf(en)).toBe(codeOf(zh));
  });
});

describe("cost: lists multiply what they select", () => {
  // deputies(first: n) { edges { node { id } } } costs 1 + n × 3.
  const page = (n: number | null) => `{ deputies${n === null ? "" : `(first: ${n})`} { edges { node { id } } } }`;

  it("a page size at the limit passes, one row more is refused, also through a variable", async () => {
    const api = await withLimits({ maxCost: 1 + 500 * 3 });
    expectServed(await api.send({ query: page(500), viewer: admin }));
    expectRefused(await api.send({ query: page(501), viewer: admin }), "QUERY_TOO_COMPLEX", "MAX_QUERY_COST");
    const byVariable = `query ($n: Int) { deputies(first: $n) { edges { node { id } } } }`;
    expectServed(await api.send({ query: byVariable, variables: { n: 500 }, viewer: admin }));
    const refused = await api.send({ query: byVariable, variables: { n: 501 }, viewer: admin });
    expectRefused(refused, "QUERY_TOO_COMPLEX", "MAX_QUERY_COST");
    expect(refused.errors![0].extensions!.actual).toBe(1 + 501 * 3);
  });

  it("a connection without first/last counts as the default page of 20", async () => {
    const api = await withLimits({ maxCost: 1 + 20 * 3 });
    expectServed(await api.send({ query: page(null), viewer: admin }));
    expectRefused(await api.send({ query: page(21), viewer: admin }), "QUERY_TOO_COMPLEX", "MAX_QUERY_COST");
  });

  it("1,000 aliases of a 1,000-row page are refused before any row is read", async () => {
    const api = await withLimits({ maxTokens: 100_000, maxAliases: 10_000, maxSelections: 10_000 });
    const answer = await api.send({ query: aliased(1000, "deputies(first: 1000) { edges { node { id } } }"), viewer: admin });
    expectRefused(answer, "QUERY_TOO_COMPLEX", "MAX_QUERY_COST");
    expect(answer.errors![0].extensions!.actual).toBe(1000 * (1 + 1000 * 3));
  });
});

describe("response size", () => {
  it("a result over the cap is replaced by RESPONSE_TOO_LARGE; one at the cap is served", async () => {
    const query = `{ deputies(first: 30) { edges { node { id constituency } } } }`;
    const reference = await (await withLimits({})).send({ query, viewer: admin });
    expectServed(reference);
    const bytes = Buffer.byteLength(JSON.stringify({ data: reference.data }));
    expectServed(await (await withLimits({ maxResponseBytes: bytes })).send({ query, viewer: admin }));
    const refused = await (await withLimits({ maxResponseBytes: bytes - 1 })).send({ query, viewer: admin });
    expectRefused(refused, "RESPONSE_TOO_LARGE", "MAX_RESPONSE_BYTES");
    expect(refused.errors![0].extensions!.actual).toBe(bytes);
  });
});

describe("request deadline", () => {
  it("a query still running at its deadline stops at its next field and answers REQUEST_TIMEOUT", async () => {
    const slow = env.db.prisma.$extends({
      query: {
        async $allOperations({ args, query }) {
          await new Promise((resolve) => setTimeout(resolve, 600));
          return query(args);
        },
      },
    }) as unknown as Prisma;
    const query = `{ deputies(first: 2) { edges { node { id person { name } congress { name } } } } }`;
    const patient = await withLimits({ timeoutMs: 60_000 }, slow);
    const served = await patient.send({ query, viewer: admin });
    expectServed(served);
    expect(served.data!.deputies.edges[0].node.person.name).toEqual(expect.any(String));

    const hurried = await withLimits({ timeoutMs: 200 }, slow);
    const answer = await hurried.send({ query, viewer: admin });
    expect(answer.status).toBe(503);
    expect(answer.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "REQUEST_TIMEOUT", max: 200 }) })]);
  });

  it("mutations are not cut short: their transaction decides", async () => {
    const api = await withLimits({ timeoutMs: 1 });
    const answer = await api.send({ query: `mutation { logout(refreshToken: "not-a-token") }` });
    expect(codeOf(answer)).not.toBe("REQUEST_TIMEOUT");
  });
});
