import fc from "fast-check";
import { anonymousViewer } from "../../api/auth/viewer";
import { buildSchema } from "../../api/graphql/schema";
import { useDemoApi } from "../helpers/api";
import { demoViewer } from "../helpers/fixtures";
import { fuzzCases, loadFuzzPools, type FuzzViewers } from "../helpers/fuzz";

const env = useDemoApi();

// plugin-prisma's development warning ("Prisma query was unused") is noise here.
beforeAll(() => jest.spyOn(console, "warn").mockImplementation(() => undefined));
afterAll(() => jest.restoreAllMocks());
const SEED = 20_261_124;
const RUNS = 5_000;

describe("schema-driven fuzzing", () => {
  it(`${RUNS} generated calls of every query and mutation: none is an internal error`, async () => {
    const viewers: FuzzViewers = {
      anonymous: anonymousViewer,
      admin: await demoViewer(env.db.prisma, "admin"),
      "wh.admin": await demoViewer(env.db.prisma, "wh.admin"),
    };
    const pools = await loadFuzzPools(env.db.prisma);
    const fields = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fuzzCases(buildSchema(), pools, Object.keys(viewers)), async (c) => {
        fields.add(c.field);
        const result = await env.api.run(c.query, c.variables, viewers[c.viewer]);
        const internal = (result.errors ?? []).filter((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR" || !e.extensions?.code);
        expect(internal).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    const schema = buildSchema();
    const rootFields = Object.keys(schema.getQueryType()!.getFields()).length + Object.keys(schema.getMutationType()!.getFields()).length;
    expect(fields.size).toBe(rootFields);
  }, 300_000);
});
