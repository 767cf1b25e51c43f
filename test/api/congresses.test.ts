import { CongressListDocument, UpdateCongressDocument } from "../../api/generated/graphql/graphql";
import { codes, platformAdmin, useDemoApi } from "../helpers/api";
import { congressIdOf, globalId, regionIdOf, viewerAt } from "../helpers/fixtures";

const env = useDemoApi();

const LIST = CongressListDocument;

describe("listing congresses", () => {
  it("lists the demo province's congresses with their levels and parents, anonymously", async () => {
    const { congresses } = await env.api.data(LIST, { first: 100 });
    expect(congresses.totalCount).toBe(await env.db.prisma.congress.count());
    const byName = new Map(congresses.edges.map((e) => [e.node.name, e.node]));
    expect(byName.get("云南省人民代表大会")).toMatchObject({ level: "PROVINCIAL", parent: null });
    expect(byName.get("昆明市人民代表大会")).toMatchObject({ level: "MUNICIPAL", parent: { name: "云南省人民代表大会" } });
    expect(byName.get("华山街道人大工作委员会")).toMatchObject({ level: "TOWNSHIP", kind: "STREET_WORKING_COMMITTEE" });
    expect(congresses.edges[0].node.level).toBe("PROVINCIAL");
  });

  it("filters by level, by parent and by subtree", async () => {
    const counties = await env.api.data(LIST, { first: 100, filter: { level: "COUNTY" } });
    expect(counties.congresses.edges.map((e) => e.node.name).sort()).toEqual(
      ["五华区人民代表大会", "盘龙区人民代表大会", "官渡区人民代表大会", "大理市人民代表大会", "宾川县人民代表大会"].sort(),
    );
    const kunming = await congressIdOf(env.db.prisma, "昆明市");
    const children = await env.api.data(LIST, { first: 100, filter: { parentId: kunming } });
    expect(children.congresses.totalCount).toBe(3);
    const subtree = await env.api.data(LIST, { first: 100, filter: { withinId: kunming } });
    // 昆明 itself, 3 districts, and 7 townships/streets below them
    expect(subtree.congresses.totalCount).toBe(11);
    expect(subtree.congresses.edges.every((e) => !e.node.name.includes("大理"))).toBe(true);
  });

  it("pages through every row once with cursors, and by page number with offset", async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const { congresses } = await env.api.data(LIST, { first: 4, after });
      total = congresses.totalCount;
      seen.push(...congresses.edges.map((e) => e.node.id));
      if (!congresses.pageInfo.hasNextPage) break;
      after = congresses.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const third = await env.api.data(LIST, { first: 4, offset: 8 });
    expect(third.congresses.edges.map((e) => e.node.id)).toEqual(seen.slice(8, 12));
  });

  it("refuses a malformed cursor as the caller's mistake", async () => {
    const result = await env.api.run(LIST, { first: 4, after: "not-a-cursor" });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].message).toMatch(/cursor/i);
  });

  it("refuses offset together with a cursor, saying what to do", async () => {
    const { congresses } = await env.api.data(LIST, { first: 4 });
    const result = await env.api.run(LIST, { first: 4, offset: 4, after: congresses.pageInfo.endCursor });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].message).toMatch(/offset.*first/);
  });

  it("issues the same number of SQL statements for 2 rows as for 20, nested relations included", async () => {
    const count = async (first: number) => {
      env.db.resetStatements();
      await env.api.data(LIST, { first });
      return env.db.statements.length;
    };
    const small = await count(2);
    const large = await count(20);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it("refuses queries nested deeper than the limit", async () => {
    const deep = `{ congresses(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }`;
    const result = await env.api.run(deep);
    expect(codes(result)).toEqual(["QUERY_TOO_DEEP"]);
    expect(result.errors![0].message).toMatch(/limit is 12/);
  });
});

const UPDATE = UpdateCongressDocument;

describe("editing congresses", () => {
  it("refuses anonymous callers with UNAUTHENTICATED and changes nothing", async () => {
    const id = await congressIdOf(env.db.prisma, "五华区");
    const result = await env.api.run(UPDATE, { id, input: { name: "x", version: 1 } });
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
    expect(await env.db.prisma.congress.count({ where: { name: "x" } })).toBe(0);
  });

  it("lets a county administrator edit its own congress and those below, never a sibling or a parent", async () => {
    const admin = await viewerAt(env.db.prisma, "CONGRESS_ADMIN", "五华区");
    const own = await congressIdOf(env.db.prisma, "五华区");
    const below = await congressIdOf(env.db.prisma, "沙朗白族乡");
    const sibling = await congressIdOf(env.db.prisma, "盘龙区");
    const parent = await congressIdOf(env.db.prisma, "昆明市");
    const edit = (id: string, name: string) => env.api.run(UPDATE, { id, input: { name, shortName: "简称", version: 1 } }, admin);

    expect((await edit(own, "五华区人民代表大会")).data?.updateCongress).toMatchObject({ shortName: "简称", version: 2 });
    expect((await edit(below, "沙朗白族乡人民代表大会")).errors).toBeUndefined();
    expect(codes(await edit(sibling, "改名"))).toEqual(["NOT_FOUND"]);
    expect(codes(await edit(parent, "改名"))).toEqual(["NOT_FOUND"]);
    expect(await env.db.prisma.congress.count({ where: { name: "改名" } })).toBe(0);
  });

  it("refuses a stale version with CONFLICT", async () => {
    const id = await congressIdOf(env.db.prisma, "宾川县");
    const first = await env.api.data(UPDATE, { id, input: { name: "宾川县人民代表大会", version: 1 } }, platformAdmin);
    expect(first.updateCongress.version).toBe(2);
    const stale = await env.api.run(UPDATE, { id, input: { name: "宾川县人大（旧）", version: 1 } }, platformAdmin);
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors![0].message).toMatch(/Reload/);
  });

  it("reports every invalid field with its path", async () => {
    const id = await congressIdOf(env.db.prisma, "宾川县");
    const result = await env.api.run(UPDATE, { id, input: { name: "  ", shortName: "长".repeat(51), version: 2 } }, platformAdmin);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    const fields = (result.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(["input.name", "input.shortName"]);
  });

  it("enforces the organs a level may have", async () => {
    const county = await congressIdOf(env.db.prisma, "五华区");
    const presidium = await env.api.run(
      `mutation ($input: CreateCongressBodyInput!) { createCongressBody(input: $input) { id } }`,
      { input: { congressId: county, kind: "PRESIDIUM", name: "主席团" } },
      platformAdmin,
    );
    expect(codes(presidium)).toEqual(["BAD_USER_INPUT"]);
    expect(presidium.errors![0].message).toMatch(/STANDING_COMMITTEE/);
  });

  it("refuses overlapping terms with CONFLICT and leaves the terms as they were", async () => {
    const id = await congressIdOf(env.db.prisma, "五华区");
    const before = await env.db.prisma.term.count();
    const result = await env.api.run(
      `mutation ($input: CreateTermInput!) { createTerm(input: $input) { id } }`,
      { input: { congressId: id, number: 19, startDate: "2026-06-01", endDate: "2031-05-31" } },
      platformAdmin,
    );
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect(result.errors![0].message).toMatch(/overlap term 18/);
    expect(await env.db.prisma.term.count()).toBe(before);
  });

  it("refuses an impossible date with BAD_USER_INPUT", async () => {
    const id = await congressIdOf(env.db.prisma, "五华区");
    const result = await env.api.run(
      `mutation ($input: CreateTermInput!) { createTerm(input: $input) { id } }`,
      { input: { congressId: id, number: 19, startDate: "2026-02-30" } },
      platformAdmin,
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("node lookups", () => {
  it("reads any object by global id, and a missing one as null", async () => {
    const id = await congressIdOf(env.db.prisma, "昆明市");
    const missing = globalId("Congress", "00000000-0000-0000-0000-000000000000");
    const { nodes } = await env.api.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Congress { name } } }`, { ids: [id, missing] });
    expect(nodes).toEqual([{ id, name: "昆明市人民代表大会" }, null]);
  });

  it("refuses more than 100 ids at once", async () => {
    const ids = Array.from({ length: 101 }, () => globalId("Congress", "00000000-0000-0000-0000-000000000000"));
    const result = await env.api.run(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("regions", () => {
  const CREATE = `mutation ($input: CreateRegionInput!) { createRegion(input: $input) { code level path parent { name } } }`;

  it("adds a village under a township, deriving its level and path", async () => {
    const parentId = await regionIdOf(env.db.prisma, "金牛镇");
    const { createRegion } = await env.api.data(CREATE, { input: { code: "532924101201", name: "金牛村", kind: "VILLAGE", parentId } }, platformAdmin);
    expect(createRegion).toMatchObject({ level: "VILLAGE", parent: { name: "金牛镇" } });
    expect(createRegion.path).toBe("530000000000/532900000000/532924000000/532924101000/532924101201/");
  });

  it("refuses a code that does not fit under its parent, and a duplicate code", async () => {
    const parentId = await regionIdOf(env.db.prisma, "金牛镇");
    const misfit = await env.api.run(CREATE, { input: { code: "530102101201", name: "错村", kind: "VILLAGE", parentId } }, platformAdmin);
    expect(codes(misfit)).toEqual(["BAD_USER_INPUT"]);
    expect(misfit.errors![0].message).toMatch(/starts with 532924101/);
    const duplicate = await env.api.run(CREATE, { input: { code: "532924101201", name: "重复村", kind: "VILLAGE", parentId } }, platformAdmin);
    expect(codes(duplicate)).toEqual(["CONFLICT"]);
    expect(await env.db.prisma.region.count({ where: { name: { in: ["错村", "重复村"] } } })).toBe(0);
  });

  it("finds a region by division code and lists a subtree", async () => {
    const one = await env.api.data(`{ region(code: "530102000000") { name level children(first: 10) { totalCount } } }`);
    expect(one.region).toEqual({ name: "五华区", level: "COUNTY", children: { totalCount: 3 } });
    const within = await regionIdOf(env.db.prisma, "大理白族自治州");
    const list = await env.api.data(`query ($f: RegionFilter) { regions(filter: $f, first: 100) { totalCount } }`, { f: { withinId: within } });
    expect(list.regions.totalCount).toBe(await env.db.prisma.region.count({ where: { code: { startsWith: "5329" } } }));
  });
});
