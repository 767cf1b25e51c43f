import type { Prisma } from "../../api/generated/prisma/client";
import type { Viewer } from "../../api/auth/viewer";
import { useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer } from "../helpers/fixtures";

// The read scope is public today; a narrower one stands in for a future rule, so the test shows that
// the nested list follows whatever the top-level list applies.
const narrowedScope: { current: Prisma.HandlingUnitWhereInput | null } = { current: null };
jest.mock("../../api/modules/handling-units/scope", () => {
  const actual = jest.requireActual("../../api/modules/handling-units/scope");
  return { ...actual, handlingUnitReadScope: (viewer: Viewer) => narrowedScope.current ?? actual.handlingUnitReadScope(viewer) };
});

const env = useDemoApi();

const BOTH = `query ($id: ID!, $congressId: ID!) {
  node(id: $id) { ... on Congress { handlingUnits(first: 100) { totalCount edges { node { name } } } } }
  handlingUnits(first: 100, filter: { congressId: $congressId }) { totalCount edges { node { name } } }
}`;

type Units = { totalCount: number; edges: { node: { name: string } }[] };
const names = (units: Units) => units.edges.map((e) => e.node.name);

async function bothLists(viewer?: Viewer) {
  const id = await congressIdOf(env.db.prisma, "五华区");
  const data = await env.api.data(BOTH, { id, congressId: id }, viewer);
  return { nested: data.node.handlingUnits as Units, topLevel: data.handlingUnits as Units };
}

afterEach(() => {
  narrowedScope.current = null;
});

describe("Congress.handlingUnits reads with the same scope as the top-level handlingUnits list", () => {
  it("anonymous and signed-in callers see the same units both ways", async () => {
    for (const viewer of [undefined, await demoViewer(env.db.prisma, "wh.admin"), await demoViewer(env.db.prisma, "dl.admin")]) {
      const { nested, topLevel } = await bothLists(viewer);
      expect(nested.totalCount).toBeGreaterThan(0);
      expect(names(nested)).toEqual(names(topLevel));
      expect(nested.totalCount).toBe(topLevel.totalCount);
    }
  });

  it("a narrower scope hides the same units, and their count, from the nested list", async () => {
    const hidden = await env.db.prisma.handlingUnit.findFirstOrThrow({ where: { congress: { name: "五华区人民代表大会" } }, orderBy: { name: "asc" } });
    narrowedScope.current = { id: { not: hidden.id } };
    const { nested, topLevel } = await bothLists();
    expect(names(topLevel)).not.toContain(hidden.name);
    expect(names(nested)).toEqual(names(topLevel));
    expect(nested.totalCount).toBe(topLevel.totalCount);
  });
});
