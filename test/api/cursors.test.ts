import { codes, platformAdmin, useDemoApi } from "../helpers/api";
import { congressIdOf, globalId } from "../helpers/fixtures";

const env = useDemoApi();

interface Edge {
  cursor: string;
  node: { id: string };
}
interface Connection {
  totalCount: number;
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A list, its sort keys, and the Prisma model whose rows it pages (for changes between pages). */
interface ListCase {
  field: string;
  sorts: (string | null)[];
  model: "station" | "region" | "congress" | "handlingUnit" | "user" | "deputyMembership" | "workingGroup" | "apiKey" | "auditEvent" | "contactAssignment";
  /** Whether rows carry a version (an update then also moves `updatedAt`). */
  versioned: boolean;
}

const LISTS: ListCase[] = [
  { field: "stations", sorts: ["NAME", "KIND", "UPDATED_AT"], model: "station", versioned: true },
  { field: "regions", sorts: ["CODE", "NAME", "LEVEL", "UPDATED_AT"], model: "region", versioned: true },
  { field: "congresses", sorts: ["NAME", "LEVEL", "UPDATED_AT"], model: "congress", versioned: true },
  { field: "handlingUnits", sorts: ["NAME", "UPDATED_AT"], model: "handlingUnit", versioned: true },
  { field: "users", sorts: ["USERNAME", "DISPLAY_NAME", "LAST_LOGIN", "CREATED_AT"], model: "user", versioned: true },
  { field: "deputies", sorts: ["NAME", "STATUS_CHANGED", "CREATED_AT"], model: "deputyMembership", versioned: true },
  { field: "workingGroups", sorts: ["NAME", "UPDATED_AT", "CREATED_AT"], model: "workingGroup", versioned: true },
  { field: "apiKeys", sorts: [null], model: "apiKey", versioned: false },
  { field: "auditEvents", sorts: [null], model: "auditEvent", versioned: false },
  { field: "contactAssignments", sorts: [null], model: "contactAssignment", versioned: false },
];

const SORTABLE = new Set(["stations", "regions", "congresses", "handlingUnits", "users", "deputies", "workingGroups"]);
const ORDER_ENUMS: Record<string, string> = {
  stations: "StationOrderField",
  regions: "RegionOrderField",
  congresses: "CongressOrderField",
  handlingUnits: "HandlingUnitOrderField",
  users: "UserOrderField",
  deputies: "DeputyOrderField",
  workingGroups: "WorkingGroupOrderField",
};
const DIRECTED = SORTABLE;

function listQuery(field: string, extraArgs = "") {
  const sortArgs = SORTABLE.has(field) ? `, $sortBy: ${ORDER_ENUMS[field]}` : "";
  const dirArg = DIRECTED.has(field) ? ", $dir: SortDirection" : "";
  return `query ($first: Int, $last: Int, $after: String, $before: String, $offset: Int${sortArgs}${dirArg}${extraArgs ? ", " + extraArgs : ""}) {
    list: ${field}(first: $first, last: $last, after: $after, before: $before, offset: $offset${sortArgs ? ", sortBy: $sortBy" : ""}${dirArg ? ", sortDirection: $dir" : ""}${extraArgs.includes("$filter") ? ", filter: $filter" : ""}) {
      totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
}

async function page(field: string, vars: Record<string, unknown>, extraArgs = ""): Promise<Connection> {
  const result = await env.api.data<{ list: Connection }>(listQuery(field, extraArgs), vars, platformAdmin);
  return result.list;
}

function rowId(globalIdValue: string): string {
  return Buffer.from(globalIdValue, "base64").toString("utf8").split(":").pop()!;
}

/** Pages forward with `size`, calling `between` after the first page; returns the ids seen in order. */
async function walk(field: string, vars: Record<string, unknown>, size: number, between?: (cursorRowId: string) => Promise<void>, extraArgs = "") {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 200; i++) {
    const p = await page(field, { ...vars, first: size, after }, extraArgs);
    seen.push(...p.edges.map((e) => e.node.id));
    if (i > 0 || after) expect(p.pageInfo.hasPreviousPage).toBe(true);
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
    if (i === 0 && between) await between(rowId(p.edges.at(-1)!.node.id));
  }
  return seen;
}

describe("keyset cursors: every list × sort key × direction", () => {
  for (const list of LISTS) {
    for (const sortBy of list.sorts) {
      for (const dir of DIRECTED.has(list.field) ? ["ASC", "DESC"] : [null]) {
        it(`${list.field} ${sortBy ?? "default"} ${dir ?? ""}: no row lost or repeated when the row at the cursor changes`, async () => {
          const vars = { sortBy, dir };
          const before = await page(list.field, { ...vars, first: 1000 });
          const size = Math.max(1, Math.ceil(before.edges.length / 4));
          let changed: string | null = null;
          const seen = await walk(list.field, vars, size, async (id) => {
            changed = id;
            const model = env.db.prisma[list.model] as unknown as { update(args: object): Promise<unknown> };
            if (list.versioned) await model.update({ where: { id }, data: { version: { increment: 1 } } });
          });
          const after = await page(list.field, { ...vars, first: 1000 });
          // Paging without changes sees exactly the full list in its order; a changed row may be seen again at its new place.
          const stable = after.edges.map((e) => e.node.id).filter((id) => rowId(id) !== changed);
          expect(seen.filter((id) => rowId(id) !== changed)).toEqual(stable);
          if (changed) expect(seen.filter((id) => rowId(id) === changed).length).toBeGreaterThanOrEqual(1);
          // Walking back from the end with `last`/`before` yields the same order.
          const backward: string[] = [];
          let cursor: string | null = null;
          for (let i = 0; i < 200; i++) {
            const p = await page(list.field, { ...vars, last: size, before: cursor });
            backward.unshift(...p.edges.map((e) => e.node.id));
            if (!p.pageInfo.hasPreviousPage) break;
            if (cursor) expect(p.pageInfo.hasNextPage).toBe(true);
            cursor = p.pageInfo.startCursor;
          }
          expect(backward).toEqual(after.edges.map((e) => e.node.id));
        });
      }
    }
  }
});

describe("keyset cursors: changes around the cursor", () => {
  it("stations by UPDATED_AT: updating the row at the cursor keeps the rest of the list (was an empty page)", async () => {
    const seen = await walk("stations", { sortBy: "UPDATED_AT", dir: "ASC" }, 4, async (id) => {
      await env.db.prisma.station.update({ where: { id }, data: { version: { increment: 1 } } });
    });
    const all = await page("stations", { sortBy: "UPDATED_AT", dir: "ASC", first: 1000 });
    expect(new Set(seen)).toEqual(new Set(all.edges.map((e) => e.node.id)));
    expect(seen.length).toBe(all.edges.length + 1); // the updated row, once before the cursor and once at its new place
  });

  it("stations filtered active: closing the row at the cursor skips nothing", async () => {
    const extra = "$filter: StationFilter";
    const filter = { active: true };
    const full = await page("stations", { filter, first: 1000 }, extra);
    let closed = "";
    const seen = await walk("stations", { filter }, 3, async (id) => {
      closed = id;
      await env.db.prisma.station.update({ where: { id }, data: { active: false } });
    }, extra);
    expect(seen).toEqual(full.edges.map((e) => e.node.id));
    await env.db.prisma.station.update({ where: { id: closed }, data: { active: true } });
  });

  it("handling units: deleting the row at the cursor and inserting rows on both sides loses and repeats nothing", async () => {
    const congress = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "昆明市" } } });
    const make = (name: string) =>
      env.db.prisma.handlingUnit.create({ data: { name, kind: "DEPARTMENT", congressId: congress.id, congressPath: congress.path } });
    for (const n of ["甲", "乙", "丙", "丁", "戊", "己"]) await make(`游标测试${n}`);
    const filter = { congressId: globalId("Congress", congress.id), search: "游标测试" };
    const extra = "$filter: HandlingUnitFilter";
    const full = (await page("handlingUnits", { filter, first: 1000 }, extra)).edges.map((e) => e.node.id);
    let deleted = "";
    const inserted: string[] = [];
    const seen = await walk("handlingUnits", { filter, sortBy: "NAME", dir: "ASC" }, 2, async (id) => {
      deleted = id;
      await env.db.prisma.handlingUnit.delete({ where: { id } });
      inserted.push((await make("游标测试阿")).id, (await make("游标测试座")).id); // in pinyin 阿 (a) sorts before 甲…, 座 (zuo) after
    }, extra);
    const early = globalId("HandlingUnit", inserted[0]);
    const late = globalId("HandlingUnit", inserted[1]);
    expect(seen.filter((id) => id !== late)).toEqual(full.filter((id) => id !== early));
    expect(seen).toContain(globalId("HandlingUnit", deleted));
    expect(seen).toContain(late);
    expect(seen).not.toContain(early);
  });
});

describe("keyset cursors: refusals and page info", () => {
  it("refuses a cursor from another sort, another list or garbage as BAD_USER_INPUT naming the argument", async () => {
    const byName = await page("stations", { sortBy: "NAME", first: 2 });
    const other = await env.api.run(listQuery("stations"), { sortBy: "UPDATED_AT", first: 2, after: byName.pageInfo.endCursor });
    expect(codes(other)).toEqual(["BAD_USER_INPUT"]);
    expect(other.errors![0].extensions!.fields).toEqual([{ field: "after", message: "made for another list or sort order" }]);
    const reversed = await env.api.run(listQuery("stations"), { sortBy: "NAME", dir: "DESC", first: 2, before: byName.pageInfo.endCursor });
    expect(codes(reversed)).toEqual(["BAD_USER_INPUT"]);
    expect(reversed.errors![0].message).toMatch(/`before`/);
    const otherList = await env.api.run(listQuery("regions"), { first: 2, after: byName.pageInfo.endCursor });
    expect(codes(otherList)).toEqual(["BAD_USER_INPUT"]);
    for (const garbage of ["garbage", "", Buffer.from('{"v":1,"l":"stations:name:asc","k":[1,"x"]}').toString("base64url"), Buffer.from("[]").toString("base64url")]) {
      const bad = await env.api.run(listQuery("stations"), { first: 2, after: garbage || "=" });
      expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    }
    const oldVersion = Buffer.from('{"v":0,"l":"stations:name:asc","k":["a","00000000-0000-0000-0000-000000000000"]}').toString("base64url");
    expect((await env.api.run(listQuery("stations"), { first: 2, after: oldVersion })).errors![0].extensions!.fields).toEqual([
      { field: "after", message: "unknown cursor version" },
    ]);
  });

  it("refuses first/last over the maximum page size, naming it", async () => {
    for (const arg of ["first", "last"]) {
      const result = await env.api.run(listQuery("stations"), { [arg]: 5000 });
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors![0].message).toMatch(/at most 1000/);
    }
    const nested = await env.api.run(`{ congresses(first: 1) { edges { node { children(first: 5000) { totalCount } } } } }`);
    expect(codes(nested)).toContain("BAD_USER_INPUT");
  });

  it("answers hasPreviousPage true after an offset or a cursor, false on the first page", async () => {
    expect((await page("stations", { first: 2 })).pageInfo.hasPreviousPage).toBe(false);
    expect((await page("stations", { first: 2, offset: 4 })).pageInfo.hasPreviousPage).toBe(true);
    const first = await page("stations", { first: 2 });
    expect((await page("stations", { first: 2, after: first.pageInfo.endCursor })).pageInfo.hasPreviousPage).toBe(true);
  });

  it("pages a nested list with its own cursors, and refuses the cursor of the top-level list", async () => {
    const kunming = await congressIdOf(env.db.prisma, "昆明市");
    const NESTED = `query ($id: ID!, $after: String) { node(id: $id) { ... on Congress { children(first: 1, after: $after) {
      totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const result: { node: { children: Connection } } = await env.api.data(NESTED, { id: kunming, after });
      const node = result.node;
      seen.push(...node.children.edges.map((e) => e.node.id));
      expect(node.children.pageInfo.hasPreviousPage).toBe(i > 0);
      if (!node.children.pageInfo.hasNextPage) break;
      after = node.children.pageInfo.endCursor;
    }
    expect(seen.length).toBe(3);
    expect(new Set(seen).size).toBe(3);
    const topLevel = await page("congresses", { sortBy: "NAME", first: 1 });
    const refused = await env.api.run(NESTED, { id: kunming, after: topLevel.pageInfo.endCursor });
    expect(codes(refused)).toContain("BAD_USER_INPUT");
  });
});

describe("keyset cursors: statements per page", () => {
  const NESTED_LIST = `query ($first: Int, $after: String) { congresses(first: $first, after: $after, sortBy: NAME) {
    totalCount edges { node { id children(first: 2) { totalCount edges { node { id name } } }
      handlingUnits(first: 2) { totalCount edges { node { id } } } } } pageInfo { endCursor } } }`;
  const statementsFor = async (vars: Record<string, unknown>) => {
    env.db.resetStatements();
    const { congresses } = await env.api.data<{ congresses: Connection }>(NESTED_LIST, vars);
    return { count: env.db.statements.length, rows: congresses.edges.length, endCursor: congresses.pageInfo.endCursor };
  };

  it("loads nested lists with their parents: as many statements for 2 congresses as for all, and one more after a cursor", async () => {
    const small = await statementsFor({ first: 2 });
    const all = await statementsFor({ first: 1000 });
    expect(small.rows).toBe(2);
    expect(all.rows).toBeGreaterThan(10);
    expect(all.count).toBe(small.count);
    const next = await statementsFor({ first: 2, after: small.endCursor });
    expect(next.count).toBe(small.count + 1); // whether rows precede the cursor
  });
});
