import { useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer } from "../helpers/fixtures";

const env = useDemoApi();

const GROUPS = `query ($first: Int, $after: String, $sortBy: WorkingGroupOrderField, $dir: SortDirection) {
  workingGroups(first: $first, after: $after, sortBy: $sortBy, sortDirection: $dir, filter: { search: "排序组" }) {
    edges { node { name updatedAt } } pageInfo { hasNextPage endCursor }
  }
}`;

/** In pinyin order; in code point order they would be 东, 五, 北, 周, 阿. */
const PINYIN = ["阿里排序组", "北京排序组", "东村排序组", "五华排序组", "周城排序组"];

async function walk(vars: Record<string, unknown>, between?: (seen: string[]) => Promise<void>): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 10; pages++) {
    const page: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (await env.api.data(GROUPS, { ...vars, first: 2, after })).workingGroups;
    names.push(...page.edges.map((e) => e.node.name));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
    await between?.(names);
  }
  throw new Error("the walk did not end");
}

beforeAll(async () => {
  const congress = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "五华区" } } });
  const congressId = congress.id;
  // Created in an order that is neither pinyin nor code point order; updated in yet another.
  for (const name of ["五华排序组", "阿里排序组", "周城排序组", "北京排序组", "东村排序组"]) {
    await env.db.prisma.workingGroup.create({ data: { name, kind: "DEPUTY_GROUP", congressId, congressPath: congress.path } });
  }
  for (const name of ["北京排序组", "周城排序组", "阿里排序组", "东村排序组", "五华排序组"]) {
    await env.db.prisma.workingGroup.update({ where: { congressId_name: { congressId, name } }, data: { version: { increment: 1 } } });
  }
});

describe("workingGroups sortBy", () => {
  it("NAME pages in pinyin order, both directions", async () => {
    expect(await walk({ sortBy: "NAME" })).toEqual(PINYIN);
    expect(await walk({ sortBy: "NAME", dir: "DESC" })).toEqual([...PINYIN].reverse());
  });

  it("CREATED_AT and UPDATED_AT page in the order of the rows' time stamps", async () => {
    expect(await walk({ sortBy: "CREATED_AT" })).toEqual(["五华排序组", "阿里排序组", "周城排序组", "北京排序组", "东村排序组"]);
    expect(await walk({ sortBy: "UPDATED_AT" })).toEqual(["北京排序组", "周城排序组", "阿里排序组", "东村排序组", "五华排序组"]);
  });

  it("UPDATED_AT loses no row when the row at the cursor is updated between pages (the updated row moves to the end)", async () => {
    const before = await walk({ sortBy: "UPDATED_AT" });
    const during = await walk({ sortBy: "UPDATED_AT" }, async (seen) => {
      if (seen.length === 2) await env.db.prisma.workingGroup.updateMany({ where: { name: seen[1] }, data: { version: { increment: 1 } } });
    });
    expect(during).toEqual([...before, before[1]]);
  });
});

describe("contactAssignments withinCongressId", () => {
  const CONTACTS = `query ($congressId: ID, $withinCongressId: ID) {
    contactAssignments(first: 100, congressId: $congressId, withinCongressId: $withinCongressId) { totalCount edges { node { congress { name } } } }
  }`;

  it("lists the assignments of a congress and every congress below it", async () => {
    const kmAdmin = await demoViewer(env.db.prisma, "km.admin");
    const kunming = await congressIdOf(env.db.prisma, "昆明市");
    const congress = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "昆明市" } } });
    const expected = await env.db.prisma.contactAssignment.count({ where: { congressPath: { startsWith: congress.path } } });
    const own = await env.db.prisma.contactAssignment.count({ where: { congressId: congress.id } });
    expect(expected).toBeGreaterThan(own);
    const within = (await env.api.data(CONTACTS, { withinCongressId: kunming }, kmAdmin)).contactAssignments;
    expect(within.totalCount).toBe(expected);
    const only = (await env.api.data(CONTACTS, { congressId: kunming }, kmAdmin)).contactAssignments;
    expect(only.totalCount).toBe(own);
  });

  it("still shows nothing outside the viewer's reach", async () => {
    const dlAdmin = await demoViewer(env.db.prisma, "dl.admin");
    const kunming = await congressIdOf(env.db.prisma, "昆明市");
    const within = (await env.api.data(CONTACTS, { withinCongressId: kunming }, dlAdmin)).contactAssignments;
    expect(within.totalCount).toBe(0);
  });
});
