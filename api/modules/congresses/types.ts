import { CongressBodyKind, CongressKind, CongressLevel } from "../../generated/prisma/enums";
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import { nodeConnection, relatedPage, relatedPageQuery, resolveList, sortOn, type ListSorts } from "../../graphql/connections";
import { listArgs, sortChoices } from "../../graphql/list-order";
import { handlingUnitReadScope } from "../handling-units/scope";
import { HandlingUnitConnection, HandlingUnitNode } from "../handling-units/types";
import { chinaToday } from "../../lib/time";
import { TermNode } from "../terms/types";
import { congressFilterWhere, congressReadScope } from "./scope";

export const CongressLevelEnum = describedEnum<CongressLevel>("CongressLevel", "人大层级 Level of a people's congress.", {
  PROVINCIAL: "省级人大 Provincial congress.",
  MUNICIPAL: "市级人大 Municipal (prefecture) congress.",
  COUNTY: "县级人大 County or district congress.",
  TOWNSHIP: "乡级人大 Township or town congress (or a street working committee).",
});

export const CongressKindEnum = describedEnum<CongressKind>("CongressKind", "Whether the body is a congress or a street working committee.", {
  CONGRESS: "人民代表大会 A people's congress.",
  STREET_WORKING_COMMITTEE: "人大街道工作委员会 A street working committee of the county standing committee (a street has no congress).",
});

export const CongressBodyKindEnum = describedEnum<CongressBodyKind>("CongressBodyKind", "人大机构类别 Kinds of organs of a congress.", {
  STANDING_COMMITTEE: "常务委员会 Standing committee (county level and up).",
  DIRECTORS_MEETING: "主任会议 Director's meeting.",
  SPECIAL_COMMITTEE: "专门委员会 Special committee.",
  WORKING_COMMITTEE: "工作委员会 Working committee.",
  DEPUTY_WORK_AGENCY: "代表工作机构 Deputy work agency.",
  PRESIDIUM: "主席团 Presidium (township congress).",
});

export const CongressBodyNode = builder.prismaNode("CongressBody", {
  description: "人大机构 An organ of a congress.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    kind: t.expose("kind", { type: CongressBodyKindEnum, description: "Kind of organ." }),
    name: t.exposeString("name", { description: "Name, e.g. 财政经济委员会." }),
    congress: t.relation("congress", { description: "The congress it belongs to." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version." }),
  }),
});

export const CongressNode = builder.prismaNode("Congress", {
  description: "人民代表大会 A people's congress at one of four levels, or a street working committee.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name", { description: "Full name, e.g. 云南省人民代表大会." }),
    shortName: t.exposeString("shortName", { nullable: true, description: "Short name, e.g. 省人大." }),
    level: t.expose("level", { type: CongressLevelEnum, description: "Level." }),
    kind: t.expose("kind", { type: CongressKindEnum, description: "Congress or street working committee." }),
    address: t.exposeString("address", { nullable: true, description: "Office address." }),
    region: t.relation("region", { description: "The region it serves." }),
    parent: t.relation("parent", { nullable: true, description: "The congress one level up; null for a provincial congress." }),
    bodies: t.relation("bodies", {
      description: "Its organs (standing committee, special committees, presidium…).",
      query: () => ({ orderBy: [{ kind: "asc" }, { name: "asc" }] }),
    }),
    terms: t.relation("terms", { description: "Its terms (届), newest first.", query: () => ({ orderBy: { number: "desc" } }) }),
    currentTerm: t.field({
      type: TermNode,
      nullable: true,
      description: "The term in force today (China Standard Time), if any.",
      select: (_args, _ctx, nestedSelection) => ({
        terms: nestedSelection({
          where: { startDate: { lte: chinaToday() }, OR: [{ endDate: null }, { endDate: { gte: chinaToday() } }] },
          orderBy: { number: "desc" as const },
          take: 1,
        }),
      }),
      resolve: (congress) => congress.terms[0] ?? null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the row was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version; send it back on update to detect concurrent edits." }),
  }),
});

const CONGRESS_CHILD_SORTS: ListSorts = { list: "Congress.children", defaultSort: "name", columns: { name: sortOn.string("name") } };
const CONGRESS_HANDLING_UNIT_SORTS: ListSorts = { list: "Congress.handlingUnits", defaultSort: "name", columns: { name: sortOn.string("name") } };

export const CongressConnection = nodeConnection(CongressNode, "Congress", "congresses");

builder.prismaObjectFields("Congress", (t) => ({
  children: t.connection(
    {
      type: CongressNode,
      description: "Congresses one level down, by name.",
      select: (args, ctx, nestedSelection) => ({
        children: relatedPageQuery(CONGRESS_CHILD_SORTS, args, ctx, nestedSelection(true, ["edges", "node"])),
        _count: { select: { children: true } },
      }),
      resolve: (congress, args, ctx) =>
        relatedPage(ctx, { rows: congress.children, totalCount: congress._count.children }, CONGRESS_CHILD_SORTS, args, {
          model: ctx.prisma.congress,
          where: { parentId: congress.id },
        }),
    },
    CongressConnection,
  ),
  handlingUnits: t.connection(
    {
      type: HandlingUnitNode,
      description: "Handling units (承办单位) attached to this congress, by name.",
      select: (args, ctx, nestedSelection) => ({
        handlingUnits: relatedPageQuery(CONGRESS_HANDLING_UNIT_SORTS, args, ctx, nestedSelection(true, ["edges", "node"]), handlingUnitReadScope(ctx.viewer)),
        _count: { select: { handlingUnits: { where: handlingUnitReadScope(ctx.viewer) } } },
      }),
      resolve: (congress, args, ctx) =>
        relatedPage(ctx, { rows: congress.handlingUnits, totalCount: congress._count.handlingUnits }, CONGRESS_HANDLING_UNIT_SORTS, args, {
          model: ctx.prisma.handlingUnit,
          where: { AND: [{ congressId: congress.id }, handlingUnitReadScope(ctx.viewer)] },
        }),
    },
    HandlingUnitConnection,
  ),
}));

export const CongressFilter = builder.inputType("CongressFilter", {
  description: "Conditions a congress must meet; all given conditions apply.",
  fields: (t) => ({
    level: t.field({ type: CongressLevelEnum, description: "Only this level." }),
    kind: t.field({ type: CongressKindEnum, description: "Only this kind." }),
    parentId: t.globalID({ for: CongressNode, description: "Only congresses directly below this one." }),
    withinId: t.globalID({ for: CongressNode, description: "Only this congress and every congress below it." }),
    search: t.string({ description: "Name or short name contains this text." }),
  }),
});

const { order: CongressOrderField, sorts: CONGRESS_SORTS } = sortChoices("CongressOrderField", "congresses", {
  list: "congresses",
  defaultSort: "level",
  choices: {
    NAME: { value: "name", column: sortOn.string("name"), description: "Name, in pinyin order." },
    LEVEL: { value: "level", column: [sortOn.enum("level", CongressLevel), sortOn.fixed(sortOn.string("name"), "asc")], description: "Level, provincial first." },
    UPDATED_AT: { value: "updatedAt", column: sortOn.date("updatedAt"), description: "Last change." },
  },
});

builder.queryFields((t) => ({
  congresses: t.connection(
    {
      type: CongressNode,
      description: "人大 Congresses, public. Default order: level, then name.",
      args: {
        ...listArgs(t.arg, {
          filter: CongressFilter,
          filterDescription: "Conditions; omitted means all congresses.",
          order: CongressOrderField,
          sortDescription: "Sort field (default LEVEL).",
        }),
      },
      resolve: (_parent, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.congress,
          typeName: "Congress",
          scope: congressReadScope(ctx.viewer),
          filter: congressFilterWhere(args.filter),
          sorts: CONGRESS_SORTS,
          args,
        }),
    },
    CongressConnection,
  ),
  congress: t.prismaField({
    type: "Congress",
    nullable: true,
    description: "One congress by global id; null when it does not exist.",
    args: { id: t.arg.globalID({ for: CongressNode, required: true, description: "Global id." }) },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.congress.findFirst({ ...query, where: { AND: [{ id: args.id.id }, congressReadScope(ctx.viewer)] } }),
  }),
}));
