import { RegionKind, RegionLevel } from "../../generated/prisma/enums";
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import { nodeConnection, relatedPage, relatedPageQuery, resolveList, sortOn, type ListSorts } from "../../graphql/connections";
import { listArgs, sortChoices } from "../../graphql/list-order";
import { regionFilterWhere, regionReadScope } from "./scope";

const LEVEL_LABELS: Record<RegionLevel, string> = {
  PROVINCE: "省级 Province level (省、自治区、直辖市).",
  CITY: "地级 Prefecture level (地级市、州).",
  COUNTY: "县级 County level (县、区、县级市).",
  TOWNSHIP: "乡级 Township level (乡、镇、街道).",
  VILLAGE: "村级 Village level (村、社区).",
};
export const RegionLevelEnum = describedEnum<RegionLevel>("RegionLevel", "行政区划层级 Level of an administrative division.", LEVEL_LABELS);
export const RegionKindEnum = describedEnum<RegionKind>("RegionKind", "行政区划类别 What kind of division a region is.", {
  PROVINCE: "省 Province.",
  AUTONOMOUS_REGION: "自治区 Autonomous region.",
  MUNICIPALITY: "直辖市 Municipality directly under the central government.",
  CITY: "地级市 Prefecture-level city.",
  PREFECTURE: "自治州、地区 Autonomous prefecture or prefecture.",
  COUNTY: "县 County.",
  DISTRICT: "市辖区 City district.",
  COUNTY_LEVEL_CITY: "县级市 County-level city.",
  TOWNSHIP: "乡 Township.",
  TOWN: "镇 Town.",
  STREET: "街道 Street (sub-district); has no congress of its own.",
  VILLAGE: "村 Village.",
  COMMUNITY: "社区 Urban community.",
});

export const RegionNode = builder.prismaNode("Region", {
  description: "行政区划 A node of the administrative division tree (province → city → county → township → village).",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    code: t.exposeString("code", { description: "12-digit division code (统计用区划代码), e.g. 530102001000." }),
    name: t.exposeString("name", { description: "Name, e.g. 五华区." }),
    level: t.expose("level", { type: RegionLevelEnum, description: "Level in the tree." }),
    levelLabel: t.string({ description: "The level in words (Chinese, then English).", resolve: (r) => LEVEL_LABELS[r.level] }),
    kind: t.expose("kind", { type: RegionKindEnum, description: "Kind of division." }),
    path: t.exposeString("path", { description: "Division codes from the province down to this region, each followed by `/`." }),
    depth: t.exposeInt("depth", { description: "0 for a province, 1 for a city, and so on." }),
    parent: t.relation("parent", { nullable: true, description: "The region one level up; null for a province." }),
    congress: t.relation("congress", {
      nullable: true,
      description: "The congress (or street working committee) of this region; null for villages.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the row was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version; send it back on update to detect concurrent edits." }),
  }),
});

const REGION_CHILD_SORTS: ListSorts = { list: "Region.children", defaultSort: "code", columns: { code: sortOn.string("code") } };

export const RegionConnection = nodeConnection(RegionNode, "Region", "regions");

builder.prismaObjectField("Region", "children", (t) =>
  t.connection(
    {
      type: RegionNode,
      description: "Regions one level down, by division code.",
      select: (args, ctx, nestedSelection) => ({
        children: relatedPageQuery(REGION_CHILD_SORTS, args, ctx, nestedSelection(true, ["edges", "node"])),
        _count: { select: { children: true } },
      }),
      resolve: (region, args, ctx) =>
        relatedPage(ctx, { rows: region.children, totalCount: region._count.children }, REGION_CHILD_SORTS, args, {
          model: ctx.prisma.region,
          where: { parentId: region.id },
        }),
    },
    RegionConnection,
  ),
);

export const RegionFilter = builder.inputType("RegionFilter", {
  description: "Conditions a region must meet; all given conditions apply.",
  fields: (t) => ({
    level: t.field({ type: RegionLevelEnum, description: "Only this level." }),
    kind: t.field({ type: RegionKindEnum, description: "Only this kind." }),
    parentId: t.globalID({ for: RegionNode, description: "Only the direct children of this region." }),
    withinId: t.globalID({ for: RegionNode, description: "Only this region and its whole subtree." }),
    search: t.string({ description: "Name contains this text, or the code starts with it." }),
  }),
});

const { order: RegionOrderField, sorts: REGION_SORTS } = sortChoices("RegionOrderField", "regions", {
  list: "regions",
  defaultSort: "code",
  choices: {
    CODE: { value: "code", column: sortOn.string("code"), description: "Division code." },
    NAME: { value: "name", column: sortOn.string("name"), description: "Name, in pinyin order." },
    LEVEL: { value: "depth", column: sortOn.int("depth"), description: "Level, province first." },
    UPDATED_AT: { value: "updatedAt", column: sortOn.date("updatedAt"), description: "Last change." },
  },
});

builder.queryFields((t) => ({
  regions: t.connection(
    {
      type: RegionNode,
      description: "行政区划 Regions, public. Default order: division code.",
      args: {
        ...listArgs(t.arg, {
          filter: RegionFilter,
          filterDescription: "Conditions; omitted means all regions.",
          order: RegionOrderField,
          sortDescription: "Sort field (default CODE).",
        }),
      },
      resolve: (_parent, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.region,
          typeName: "Region",
          scope: regionReadScope(ctx.viewer),
          filter: regionFilterWhere(args.filter),
          sorts: REGION_SORTS,
          args,
        }),
    },
    RegionConnection,
  ),
  region: t.prismaField({
    type: "Region",
    nullable: true,
    description: "One region by global id or by division code; null when it does not exist.",
    args: {
      id: t.arg.globalID({ for: RegionNode, description: "Global id." }),
      code: t.arg.string({ description: "12-digit division code." }),
    },
    resolve: (query, _parent, args, ctx) => {
      const where = args.id ? { id: args.id.id } : args.code ? { code: args.code } : null;
      if (!where) return null;
      return ctx.prisma.region.findFirst({ ...query, where: { AND: [where, regionReadScope(ctx.viewer)] } });
    },
  }),
}));
