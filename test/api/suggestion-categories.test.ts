// A congress's category catalogue: given at creation (and by a migration to older congresses), read
// without writing, kept by administrators with versioned patches.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CATEGORIES } from "../../api/modules/suggestions/categories";
import { codes, platformAdmin, useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId, regionIdOf } from "../helpers/fixtures";

const env = useDemoApi();
const viewer = (username: string) => demoViewer(env.db.prisma, username);

const LIST = `query ($c: ID!, $all: Boolean) { suggestionCategories(congressId: $c, includeInactive: $all) { id name sortOrder active version } }`;
const CREATE = `mutation ($input: CreateSuggestionCategoryInput!) { createSuggestionCategory(input: $input) { id name sortOrder active version } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateSuggestionCategoryInput!) { updateSuggestionCategory(id: $id, input: $input) { id name sortOrder active version } }`;
const MIGRATION = path.join(__dirname, "../../prisma/migrations/20261123230000_default_suggestion_categories/migration.sql");

describe("the default catalogue", () => {
  it("is written when a congress is created", async () => {
    const parentId = await regionIdOf(env.db.prisma, "五华区");
    const region = await env.api.data(`mutation ($input: CreateRegionInput!) { createRegion(input: $input) { id } }`, { input: { code: "530102777000", kind: "STREET", name: "测试街道", parentId } }, platformAdmin);
    const created = await env.api.data(`mutation ($input: CreateCongressInput!) { createCongress(input: $input) { id } }`, { input: { regionId: region.createRegion.id, name: "测试街道人大工委" } }, await viewer("wh.admin"));
    const listed = await env.api.data(LIST, { c: created.createCongress.id }, await viewer("wh.deputy"));
    expect(listed.suggestionCategories.map((c: { name: string }) => c.name)).toEqual(DEFAULT_CATEGORIES);
  });

  it("is only read by the query: a congress without categories lists none and stays without", async () => {
    const congress = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "盘龙区" } } });
    await env.db.prisma.suggestionCategory.deleteMany({ where: { congressId: congress.id } });
    const listed = await env.api.data(LIST, { c: globalId("Congress", congress.id) }, await viewer("km.admin"));
    expect(listed.suggestionCategories).toEqual([]);
    expect(await env.db.prisma.suggestionCategory.count({ where: { congressId: congress.id } })).toBe(0);
  });

  it("is given by the migration to congresses that have none, leaving kept catalogues alone", async () => {
    const prisma = env.db.prisma;
    const [bare, kept] = await Promise.all(["官渡区", "宾川县"].map((name) => prisma.congress.findFirstOrThrow({ where: { region: { name } } })));
    await prisma.suggestionCategory.deleteMany({ where: { congressId: { in: [bare.id, kept.id] } } });
    await prisma.suggestionCategory.create({ data: { congressId: kept.id, congressPath: kept.path, name: "自定分类" } });
    const others = await prisma.suggestionCategory.count({ where: { congressId: { notIn: [bare.id, kept.id] } } });
    const otherBare = await prisma.congress.count({ where: { id: { notIn: [bare.id, kept.id] }, suggestionCategories: { none: {} } } });
    await prisma.$executeRawUnsafe(readFileSync(MIGRATION, "utf8"));
    const names = async (congressId: string) => (await prisma.suggestionCategory.findMany({ where: { congressId }, orderBy: { sortOrder: "asc" } })).map((c) => c.name);
    expect(await names(bare.id)).toEqual(DEFAULT_CATEGORIES);
    expect(await names(kept.id)).toEqual(["自定分类"]);
    expect(await prisma.suggestionCategory.count({ where: { congressId: { notIn: [bare.id, kept.id] } } })).toBe(others + otherBare * DEFAULT_CATEGORIES.length);
  });
});

describe("administrators keep the catalogue", () => {
  it("adds a category last, refuses a taken name, renames, moves and deactivates with a version check", async () => {
    const admin = await viewer("wh.admin");
    const wuhua = await congressIdOf(env.db.prisma, "五华区");
    const added = (await env.api.data(CREATE, { input: { congressId: wuhua, name: "民族宗教" } }, admin)).createSuggestionCategory;
    expect(added).toMatchObject({ name: "民族宗教", sortOrder: DEFAULT_CATEGORIES.length, active: true, version: 1 });

    const taken = await env.api.run(CREATE, { input: { congressId: wuhua, name: "其他" } }, admin, "127.0.0.1", "zh-CN");
    expect(codes(taken)).toEqual(["CONFLICT"]);
    expect(taken.errors![0].message).toContain("建议分类已存在");
    expect(taken.errors![0].extensions!.fields).toEqual([{ field: "input.name", message: "已被占用，请换一个" }]);

    const renamed = (await env.api.data(UPDATE, { id: added.id, input: { name: "民族宗教事务", sortOrder: 0, version: 1 } }, admin)).updateSuggestionCategory;
    expect(renamed).toMatchObject({ name: "民族宗教事务", sortOrder: 0, active: true, version: 2 });
    expect(codes(await env.api.run(UPDATE, { id: added.id, input: { active: false, version: 1 } }, admin))).toEqual(["CONFLICT"]);
    expect(codes(await env.api.run(UPDATE, { id: added.id, input: { name: " ", version: 2 } }, admin))).toEqual(["BAD_USER_INPUT"]);

    await env.api.data(UPDATE, { id: added.id, input: { active: false, version: 2 } }, admin);
    const offered = (await env.api.data(LIST, { c: wuhua }, await viewer("wh.deputy"))).suggestionCategories as { id: string }[];
    expect(offered.map((c) => c.id)).not.toContain(added.id);
    const all = (await env.api.data(LIST, { c: wuhua, all: true }, admin)).suggestionCategories as { id: string; active: boolean }[];
    expect(all.find((c) => c.id === added.id)).toMatchObject({ active: false });
  });

  it("refuses other roles, and answers a sibling county's administrator as for a missing category", async () => {
    const wuhua = await congressIdOf(env.db.prisma, "五华区");
    const [category] = (await env.api.data(LIST, { c: wuhua }, await viewer("wh.admin"))).suggestionCategories;
    expect(codes(await env.api.run(CREATE, { input: { congressId: wuhua, name: "工作人员加的" } }, await viewer("wh.staff")))).toEqual(["FORBIDDEN"]);
    expect(codes(await env.api.run(UPDATE, { id: category.id, input: { name: "改名", version: category.version } }, await viewer("dl.admin")))).toEqual(["NOT_FOUND"]);
    expect(codes(await env.api.run(UPDATE, { id: category.id, input: { name: "上级改名", version: category.version } }, await viewer("km.admin")))).toEqual([]);
  });
});
