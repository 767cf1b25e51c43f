import { useDemoApi } from "../helpers/api";

const env = useDemoApi();

// Far from the demo stations (昆明, 大理): only the stations placed here are near this point.
const origin = { latitude: 23.0, longitude: 100.0 };
const R = 6371.0088;
const north = (km: number) => ({ latitude: origin.latitude + (km / R) * (180 / Math.PI), longitude: origin.longitude });
const near = { ...origin, radiusKm: 20 };

const PAGE = `query ($f: StationFilter, $first: Int, $after: String, $last: Int, $before: String, $sortBy: StationOrderField, $dir: SortDirection) {
  stations(filter: $f, first: $first, after: $after, last: $last, before: $before, sortBy: $sortBy, sortDirection: $dir) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    edges { cursor node { name distanceKm } }
  }
}`;

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null }; edges: { node: { name: string; distanceKm: number } }[] };

let code = 0;
async function place(name: string, km: number) {
  const template = await env.db.prisma.station.findFirstOrThrow({ where: { name: "五华区人大代表之家" } });
  code += 1;
  return env.db.prisma.station.create({
    data: {
      name,
      kind: "PROFESSIONAL_STATION",
      congressId: template.congressId,
      regionId: template.regionId,
      congressPath: template.congressPath,
      address: "测试地址",
      publicCode: `NEARPAGE${String(code).padStart(8, "0")}`,
      ...north(km),
    },
  });
}

async function page(vars: Record<string, unknown>): Promise<Page> {
  return (await env.api.data(PAGE, { f: { near }, ...vars })).stations as Page;
}

/** Walks the whole list forwards in pages of two, following `endCursor`. */
async function walk(vars: Record<string, unknown> = {}, between?: (seen: number) => Promise<void>): Promise<Page["edges"][number]["node"][]> {
  const seen: Page["edges"][number]["node"][] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const current = await page({ ...vars, first: 2, after });
    seen.push(...current.edges.map((e) => e.node));
    if (!current.pageInfo.hasNextPage) return seen;
    after = current.pageInfo.endCursor;
    await between?.(seen.length);
  }
  throw new Error("the walk did not end");
}

beforeAll(async () => {
  // Names in the reverse order of distance, so that a name order and a distance order disagree on every page.
  const kms = [9, 1, 7, 3, 5, 2, 8, 4];
  for (const km of kms) await place(`测距站${String.fromCharCode(0x5a - km)}`, km);
  // Two stations at the very same point: the id breaks the tie.
  await place("测距站同点甲", 6);
  await place("测距站同点乙", 6);
});

describe("stations near a point, paged", () => {
  it("come in non-decreasing distance across pages, each once, with no gaps", async () => {
    const all = await walk();
    const distances = all.map((s) => s.distanceKm);
    expect(all).toHaveLength(10);
    expect(new Set(all.map((s) => s.name)).size).toBe(10);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.abs(distances[0] - 1)).toBeLessThan(0.01);
    expect(Math.abs(distances.at(-1)! - 9)).toBeLessThan(0.01);
  });

  it("stay in order and complete when a station is opened nearer than the cursor between pages", async () => {
    const before = (await walk()).map((s) => s.name);
    let opened = false;
    const during = await walk({}, async (seen) => {
      if (seen === 4 && !opened) {
        opened = true;
        await place("测距站新开", 0.5);
      }
    });
    // The new station lies before the cursor: the walk neither repeats nor skips a station it had not reached.
    expect(during.map((s) => s.name)).toEqual(before);
    const after = await walk();
    expect(after[0].name).toBe("测距站新开");
    await env.db.prisma.station.deleteMany({ where: { name: "测距站新开" } });
  });

  it("walk backwards with last/before and farthest first with DESC", async () => {
    const forwards = (await walk()).map((s) => s.name);
    const lastTwo = await page({ last: 2 });
    expect(lastTwo.edges.map((e) => e.node.name)).toEqual(forwards.slice(-2));
    expect(lastTwo.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const previous = await page({ last: 3, before: lastTwo.pageInfo.startCursor });
    expect(previous.edges.map((e) => e.node.name)).toEqual(forwards.slice(-5, -2));
    expect(previous.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const farthestFirst = (await walk({ dir: "DESC" })).map((s) => s.name);
    expect(farthestFirst).toEqual([...forwards].reverse());
    expect((await page({ first: 2 })).totalCount).toBe(10);
  });

  it("follow NAME when asked, across pages, and refuse DISTANCE without a point", async () => {
    const byName = await walk({ sortBy: "NAME" });
    const names = byName.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-Hans-CN-u-co-pinyin")));
    const refused = await env.api.run(PAGE, { f: { search: "测距站" }, sortBy: "DISTANCE", first: 2 });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((refused.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(["sortBy"]);
  });

  it("refuse a cursor made around another point", async () => {
    const first = await page({ first: 2 });
    const elsewhere = await env.api.run(PAGE, { f: { near: { ...near, latitude: 23.01 } }, first: 2, after: first.pageInfo.endCursor });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((elsewhere.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(["after"]);
  });
});
