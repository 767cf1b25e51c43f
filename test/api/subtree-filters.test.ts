import { useDemoApi } from "../helpers/api";
import { congressIdOf } from "../helpers/fixtures";

const env = useDemoApi();

const GROUPS = `query ($filter: WorkingGroupFilter) { workingGroups(first: 500, filter: $filter) { totalCount edges { node { congress { name } } } } }`;
const UNITS = `query ($filter: HandlingUnitFilter) { handlingUnits(first: 500, filter: $filter) { totalCount edges { node { congress { name } } } } }`;

describe("groups and handling units of a congress and every congress below it", () => {
  it("withinCongressId on working groups counts exactly the groups of 昆明's branch", async () => {
    const kunming = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "昆明市" } } });
    const data = await env.api.data(GROUPS, { filter: { withinCongressId: await congressIdOf(env.db.prisma, "昆明市") } });
    const expected = await env.db.prisma.workingGroup.count({ where: { congressPath: { startsWith: kunming.path } } });
    const own = await env.db.prisma.workingGroup.count({ where: { congressId: kunming.id } });
    expect(expected).toBeGreaterThan(own);
    expect(data.workingGroups.totalCount).toBe(expected);
    expect(data.workingGroups.edges.some((e: any) => e.node.congress.name.includes("五华"))).toBe(true);
    expect(data.workingGroups.edges.every((e: any) => !e.node.congress.name.includes("大理"))).toBe(true);
  });

  it("withinCongressId on handling units counts exactly the units of 昆明's branch", async () => {
    const kunming = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "昆明市" } } });
    const data = await env.api.data(UNITS, { filter: { withinCongressId: await congressIdOf(env.db.prisma, "昆明市") } });
    const expected = await env.db.prisma.handlingUnit.count({ where: { congressPath: { startsWith: kunming.path } } });
    const own = await env.db.prisma.handlingUnit.count({ where: { congressId: kunming.id } });
    expect(expected).toBeGreaterThan(own);
    expect(data.handlingUnits.totalCount).toBe(expected);
    expect(data.handlingUnits.edges.every((e: any) => !e.node.congress.name.includes("大理"))).toBe(true);
  });
});
