import { platformAdmin, useDemoApi } from "../helpers/api";

const env = useDemoApi();

/** In pinyin order; in code point order they would be 东村, 五华区, 北京, 周城村, 阿里. */
const PINYIN_ORDER = ["阿里", "北京", "东村", "五华区", "周城村"];
const MARKER = "拼音排序测试地址";

const STATIONS = `query ($first: Int, $after: String, $dir: SortDirection) {
  stations(first: $first, after: $after, sortBy: NAME, sortDirection: $dir, filter: { search: "${MARKER}" }) {
    edges { node { name } } pageInfo { hasNextPage endCursor }
  }
}`;

interface StationPage {
  stations: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

async function allNames(pageSize: number, dir: "ASC" | "DESC" = "ASC"): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 10; pages++) {
    const data: StationPage = await env.api.data<StationPage>(STATIONS, { first: pageSize, after, dir }, platformAdmin);
    names.push(...data.stations.edges.map((edge) => edge.node.name));
    if (!data.stations.pageInfo.hasNextPage) break;
    after = data.stations.pageInfo.endCursor;
  }
  return names;
}

beforeAll(async () => {
  const congress = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "昆明市" } } });
  // Created out of order, so neither insertion order nor code point order passes the test.
  for (const [i, name] of ["周城村", "东村", "阿里", "五华区", "北京"].entries()) {
    await env.db.prisma.station.create({
      data: { congressId: congress.id, congressPath: congress.path, regionId: congress.regionId, kind: "WORKSTATION", name, address: MARKER, publicCode: `PINYIN${i}` },
    });
  }
});

describe("Chinese names sort in pinyin order", () => {
  it("the stations list sorted by name answers 阿里, 北京, 东村, 五华区, 周城村", async () => {
    expect(await allNames(20)).toEqual(PINYIN_ORDER);
    expect(await allNames(20, "DESC")).toEqual([...PINYIN_ORDER].reverse());
  });

  it("keyset cursors page through the same order, one and two rows at a time", async () => {
    expect(await allNames(1)).toEqual(PINYIN_ORDER);
    expect(await allNames(2)).toEqual(PINYIN_ORDER);
    expect(await allNames(2, "DESC")).toEqual([...PINYIN_ORDER].reverse());
  });

  it("every listed name column carries the pinyin collation", async () => {
    const rows = await env.db.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'name' AND collation_name = 'zh-x-icu' ORDER BY table_name`;
    expect(rows.map((row) => row.table_name)).toEqual(["Congress", "HandlingUnit", "Person", "Region", "Station", "WorkingGroup"]);
  });
});
