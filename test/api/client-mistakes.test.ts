import fs from "node:fs";
import type http from "node:http";
import os from "node:os";
import path from "node:path";
import { encodeBase64, encodeCursorChunk } from "@pothos/core";
import type { Viewer } from "../../api/auth/viewer";
import { AccessTokens } from "../../api/auth/tokens";
import { RateLimiter } from "../../api/auth/rate-limit";
import { getNamedType, isInputObjectType, isObjectType, type GraphQLInputType } from "graphql";
import { createApolloServer } from "../../api/graphql/apollo";
import { buildSchema } from "../../api/graphql/schema";
import { createLogger } from "../../api/logger";
import { createHttpServer } from "../../api/server";
import { useDemoApi, type GraphQLResult } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";
import { loadConfig } from "../../api/config";
import { apiSettings } from "../../api/graphql/limits/settings";
import { Health } from "../../api/lifecycle/health";

const env = useDemoApi();
const UUID = "7d1c7b4e-6a3e-4c53-9a53-2f0e2f6f1a11";
let admin: Viewer;

beforeAll(async () => {
  admin = await demoViewer(env.db.prisma, "admin");
});

/** The one error a client mistake must produce: a public code, and the field it names. */
function expectRefused(result: GraphQLResult, code: string, field?: string) {
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  if (field) expect((result.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toContain(field);
}

describe("global ids that this API never issued are the caller's mistake, naming the argument", () => {
  const NODE = `query ($id: ID!) { node(id: $id) { id } }`;
  it.each([
    ["a Congress id wrapping a non-UUID", globalId("Congress", "not-a-uuid")],
    ["an unknown type name", globalId("Nope", UUID)],
    ["base64 of garbage", Buffer.from("garbage without a colon").toString("base64")],
    ["not base64 at all", "!!!"],
    ["an id with a NUL inside", globalId("Congress", `${UUID}\u0000`)],
  ])("node(id:) with %s", async (_label, id) => {
    expectRefused(await env.api.run(NODE, { id }, admin), "BAD_USER_INPUT", "id");
  });

  it("an id of another type where a congress is expected", async () => {
    const result = await env.api.run(`query ($id: ID!) { congress(id: $id) { id } }`, { id: globalId("Region", UUID) }, admin);
    expectRefused(result, "BAD_USER_INPUT", "id");
    expect(result.errors![0].message).toMatch(/Congress/);
  });

  it("in a filter, in a list and in a mutation input", async () => {
    const deputies = await env.api.run(`query ($f: DeputyFilter) { deputies(filter: $f) { totalCount } }`, { f: { congressId: globalId("Congress", "x") } }, admin);
    expectRefused(deputies, "BAD_USER_INPUT", "filter.congressId");
    const nodes = await env.api.run(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [await congressIdOf(env.db.prisma, "五华区"), "Zm9v"] }, admin);
    expectRefused(nodes, "BAD_USER_INPUT", "ids.1");
    const station = await env.api.run(
      `mutation ($input: CreateStationInput!) { createStation(input: $input) { id } }`,
      { input: { congressId: globalId("Station", UUID), regionId: globalId("Region", "1"), kind: "WORKSTATION", name: "x", address: "y" } },
      admin,
    );
    expectRefused(station, "BAD_USER_INPUT", "input.congressId");
  });

  it.each([
    ["a cursor wrapping a non-UUID", encodeBase64(`GPC:${encodeCursorChunk("not-a-uuid")}`)],
    ["a cursor holding a number", encodeBase64(`GPC:${encodeCursorChunk(42)}`)],
    ["a cursor that is not base64", "%%%"],
  ])("%s", async (_label, cursor) => {
    expectRefused(await env.api.run(`query ($c: String) { regions(after: $c) { totalCount } }`, { c: cursor }, admin), "BAD_USER_INPUT", "after");
  });
});

describe("every id argument says what it refers to", () => {
  it("each ID argument and input field, except node and nodes, declares its type with `for:`", () => {
    const schema = buildSchema();
    const untyped: string[] = [];
    const check = (where: string, slot: { type: GraphQLInputType; extensions: Record<string, unknown> }) => {
      const forTypes = (slot.extensions as { relayGlobalIDFor?: unknown[] | null }).relayGlobalIDFor;
      if (getNamedType(slot.type).name === "ID" && !forTypes?.length) untyped.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field);
      if (isObjectType(type) && !type.name.startsWith("__")) {
        for (const field of Object.values(type.getFields())) for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg);
      }
    }
    expect(untyped).toEqual(["Query.node(id)", "Query.nodes(ids)"]);
  });

  it("a cursor the API returned still pages", async () => {
    const first = await env.api.data(`{ regions(first: 2) { pageInfo { endCursor } edges { node { id } } } }`, {}, admin);
    const next = await env.api.data(`query ($c: String) { regions(first: 2, after: $c) { edges { node { id } } } }`, { c: first.regions.pageInfo.endCursor }, admin);
    expect(next.regions.edges).toHaveLength(2);
    expect(next.regions.edges[0].node.id).not.toBe(first.regions.edges[1].node.id);
  });
});

describe("text PostgreSQL cannot store is refused at the request, naming the path", () => {
  const CREATE_REGION = `mutation ($input: CreateRegionInput!) { createRegion(input: $input) { id } }`;
  it("a NUL byte in a variable", async () => {
    const result = await env.api.run(CREATE_REGION, { input: { code: "530199000000", kind: "COUNTY", name: "a\u0000b" } }, admin);
    expectRefused(result, "BAD_USER_INPUT", "variables.input.name");
  });
  it("a NUL byte in a literal of the document", async () => {
    expectRefused(await env.api.run(`{ regions(filter: { search: "a\\u0000" }) { totalCount } }`, {}, admin), "BAD_USER_INPUT", "filter.search");
  });
  it("a lone surrogate in a variable, in a list", async () => {
    const result = await env.api.run(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ["abc", "\ud800"] }, admin);
    expectRefused(result, "BAD_USER_INPUT", "variables.ids.1");
  });
  it("a NUL in the username at login", async () => {
    expectRefused(await env.api.run(`mutation { login(username: "admin\\u0000", password: "x") { accessToken } }`), "BAD_USER_INPUT", "username");
  });
});

describe("dates and numbers outside what the database holds", () => {
  it("a DateTime outside PostgreSQL's range", async () => {
    const result = await env.api.run(`query ($f: AuditEventFilter) { auditEvents(filter: $f) { totalCount } }`, { f: { from: "-271821-04-20T00:00:00Z" } }, admin);
    expectRefused(result, "BAD_USER_INPUT");
    expect(result.errors![0].message).toMatch(/year/);
  });
  it("a Date in year 0", async () => {
    const result = await env.api.run(
      `mutation ($input: RecordContactVisitInput!) { recordContactVisit(input: $input) { id } }`,
      { input: { assignmentId: globalId("ContactAssignment", UUID), form: "visit", visitedOn: "0000-01-01" } },
      admin,
    );
    expectRefused(result, "BAD_USER_INPUT");
  });
  it.each([
    ["latitude", { latitude: 1e308, longitude: 102.7, radiusKm: 3 }],
    ["longitude", { latitude: 25, longitude: -1e308, radiusKm: 3 }],
    ["radiusKm", { latitude: 25, longitude: 102.7, radiusKm: -1 }],
  ])("a point with %s out of range", async (field, near) => {
    const result = await env.api.run(`query ($f: StationFilter) { stations(filter: $f) { totalCount } }`, { f: { near } });
    expectRefused(result, "BAD_USER_INPUT", `filter.near.${field}`);
  });
  it("a 100-character username at login", async () => {
    const result = await env.api.run(`mutation ($u: String!) { login(username: $u, password: "x") { accessToken } }`, { u: "u".repeat(100) });
    expect(result.errors?.map((e) => e.extensions?.code)).not.toContain("INTERNAL_SERVER_ERROR");
    expect(result.errors).toHaveLength(1);
  });
});

describe("search text is matched literally", () => {
  it.each([
    ["regions", "RegionFilter"],
    ["congresses", "CongressFilter"],
    ["deputies", "DeputyFilter"],
    ["stations", "StationFilter"],
    ["handlingUnits", "HandlingUnitFilter"],
    ["users", "UserFilter"],
    ["workingGroups", "WorkingGroupFilter"],
  ])("%s: '%%' and '_' match only themselves", async (field, filterType) => {
    const query = `query ($f: ${filterType}) { ${field}(filter: $f) { totalCount } }`;
    const all = (await env.api.data(query, {}, admin))[field].totalCount;
    expect(all).toBeGreaterThan(0);
    for (const search of ["%", "_", "\\"]) {
      expect((await env.api.data(query, { f: { search } }, admin))[field].totalCount).toBe(0);
    }
  });
  it("a name with a percent sign is still found by it", async () => {
    const regionId = globalId("Region", (await env.db.prisma.region.findFirstOrThrow({ where: { name: "五华区" } })).id);
    await env.api.data(`mutation ($id: ID!) { updateRegion(id: $id, input: { name: "五华区_100%", version: 1 }) { id } }`, { id: regionId }, admin);
    const found = await env.api.data(`{ regions(filter: { search: "_100%" }) { edges { node { name } } } }`, {}, admin);
    expect(found.regions.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(["五华区_100%"]);
  });
});

describe("over HTTP", () => {
  let server: http.Server;
  let base: string;
  let adminDir: string;
  const errors: unknown[] = [];

  beforeAll(async () => {
    adminDir = fs.mkdtempSync(path.join(os.tmpdir(), "admin-"));
    fs.writeFileSync(path.join(adminDir, "index.html"), "<!doctype html><title>console</title>");
    const apollo = createApolloServer({ log: createLogger("silent"), settings: apiSettings(loadConfig({})) });
    await apollo.start();
    const log = createLogger("silent");
    log.error = ((...args: unknown[]) => void errors.push(args)) as typeof log.error;
    const auth = { tokens: new AccessTokens("x".repeat(40), 900), limiter: new RateLimiter() };
    const health = new Health(env.db.prisma, { timeoutMs: 2_000, expectedMigrations: [], log });
    health.phase = "ready";
    server = createHttpServer({ apollo, prisma: env.db.prisma, log, auth, adminDir, maxPageSize: 1000, health, publicUrl: () => base });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(adminDir, { recursive: true, force: true });
  });
  afterEach(() => expect(errors.splice(0)).toEqual([]));

  const post = (body: Buffer<ArrayBuffer> | string, type = "application/json") =>
    fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": type }, body: typeof body === "string" ? body : new Uint8Array(body) });

  it("a console path that does not decode answers 400", async () => {
    const response = await fetch(`${base}/admin/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect((await fetch(`${base}/admin/some/route`)).status).toBe(200);
  });

  it("a 30 MB body answers 413 with a JSON error and closes the connection", async () => {
    const response = await post(Buffer.alloc(30_000_000, 0x20));
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("a streamed body (no length given) that grows over the limit answers 413 too", async () => {
    const chunk = new Uint8Array(1_000_000).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 30) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("a body that is not UTF-8 answers 400 BAD_REQUEST", async () => {
    const body = Buffer.concat([Buffer.from(`{"query":"{ me { id } }","variables":{"x":"`), Buffer.from([0xc3, 0x28]), Buffer.from(`"}}`)]);
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });

  it("a lone surrogate escaped in JSON answers 400 BAD_USER_INPUT naming the variable", async () => {
    const response = await post(`{"query":"query ($s: String) { regions(filter: {search: $s}) { totalCount } }","variables":{"s":"\\ud800"}}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "variables.s" }] });
  });
});
