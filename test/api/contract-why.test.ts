// The remaining bullets of issue 10's "Why": the guide, the SDL and the behaviour agree.
import fs from "node:fs";
import path from "node:path";
import { getNamedType, isObjectType } from "graphql";
import { QUERY_LIMIT_CODES } from "../../api/graphql/errors";
import { buildSchema } from "../../api/graphql/schema";
import { useDemoApi } from "../helpers/api";
import { demoViewer } from "../helpers/fixtures";

const env = useDemoApi();
const ROOT = path.resolve(__dirname, "..", "..");
const guide = fs.readFileSync(path.join(ROOT, "docs", "API.md"), "utf8");

describe("Station.keeperPhone: guide, SDL and behaviour agree", () => {
  it("administrators and station keepers of the station's congress (or above) read it; deputy affairs staff and the public do not", async () => {
    const keeper = await demoViewer(env.db.prisma, "hs.keeper");
    const congress = await env.db.prisma.congress.findUniqueOrThrow({ where: { id: keeper.grants[0].congressId! } });
    const station = await env.db.prisma.station.create({
      data: { name: "电话可见性测试站", kind: "WORKSTATION", congressId: congress.id, congressPath: congress.path, regionId: congress.regionId, address: "华山西路", publicCode: "KEEPERPHONE00001", keeperPhone: "0871-60000001" },
    });
    const read = async (username?: string) =>
      (await env.api.data(`query ($code: String) { station(code: $code) { keeperPhone } }`, { code: station.publicCode }, username ? await demoViewer(env.db.prisma, username) : undefined))
        .station.keeperPhone;
    expect(await read("wh.admin")).toBe("0871-60000001");
    expect(await read("hs.keeper")).toBe("0871-60000001");
    expect(await read("wh.staff")).toBeNull();
    expect(await read("dl.admin")).toBeNull();
    expect(await read()).toBeNull();

    const sdl = (buildSchema().getType("Station") as import("graphql").GraphQLObjectType).getFields().keeperPhone.description!;
    expect(sdl).toMatch(/administrators and keepers/);
    const sentence = guide.split(/\.\s/).find((text) => text.includes("`Station.keeperPhone`"))!;
    expect(sentence).toMatch(/station keepers/);
    expect(sentence).toMatch(/deputy affairs staff do not/);
  });
});

describe("the guide's error table", () => {
  it("lists every code the API answers with", () => {
    const source = fs.readFileSync(path.join(ROOT, "api", "graphql", "errors.ts"), "utf8");
    const union = source.slice(source.indexOf("export type ErrorCode"), source.indexOf("export type QueryLimitCode"));
    const codes = [...union.matchAll(/"([A-Z_]+)"/g)].map((m) => m[1]);
    expect(codes).toEqual(expect.arrayContaining(["INVALID_TRANSITION", "UNAUTHENTICATED"]));
    const all = [...codes, ...QUERY_LIMIT_CODES, "BAD_REQUEST", "GRAPHQL_VALIDATION_FAILED"];
    const firstCells = guide.split("\n").filter((line) => line.startsWith("| `")).map((line) => line.split("|")[1]);
    expect(all.filter((code) => !firstCells.some((cell) => cell.includes(`\`${code}\``)))).toEqual([]);
  });
});

describe("one connection type per node type", () => {
  it("every connection and edge type is named after its node, so one fragment serves every list of it", () => {
    const wrong: string[] = [];
    for (const type of Object.values(buildSchema().getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      const fields = type.getFields();
      if (fields.edges && fields.pageInfo) {
        const edge = getNamedType(fields.edges.type);
        const node = isObjectType(edge) ? getNamedType(edge.getFields().node.type).name : "?";
        if (type.name !== `${node}Connection` || edge.name !== `${node}Edge`) wrong.push(`${type.name}/${edge.name} of ${node}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("README", () => {
  it("links only to files inside the repository, and the domain guide is one of them", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const targets = [...readme.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)].map((m) => m[1]).filter((target) => !/^[a-z]+:/i.test(target));
    expect(targets).toContain("docs/DOMAIN.md");
    const outside = targets.filter((target) => {
      const resolved = path.resolve(ROOT, target);
      return !resolved.startsWith(ROOT + path.sep) || !fs.existsSync(resolved);
    });
    expect(outside).toEqual([]);
  });
});
