import { HandlingUnitKind } from "../../generated/prisma/enums";
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import { nodeConnection, resolveList, sortOn } from "../../graphql/connections";
import { listArgs, sortChoices } from "../../graphql/list-order";
import { handlingUnitFilterWhere, handlingUnitReadScope } from "./scope";
import { createHandlingUnit, updateHandlingUnit } from "./service";
import { CongressNode } from "../congresses/types";

export const HandlingUnitKindEnum = describedEnum<HandlingUnitKind>("HandlingUnitKind", "承办单位类别 Kinds of handling units (一府一委两院 and departments).", {
  GOVERNMENT: "人民政府 The people's government.",
  DEPARTMENT: "政府部门 A government department.",
  SUPERVISORY_COMMISSION: "监察委员会 Supervisory commission.",
  COURT: "人民法院 People's court.",
  PROCURATORATE: "人民检察院 People's procuratorate.",
  OTHER: "其他 Other unit.",
});

export const HandlingUnitNode = builder.prismaNode("HandlingUnit", {
  description: "承办单位 A unit that answers deputies' suggestions, attached to the congress of its level.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name", { description: "Name, e.g. 昆明市教育体育局." }),
    kind: t.expose("kind", { type: HandlingUnitKindEnum, description: "Kind of unit." }),
    active: t.exposeBoolean("active", { description: "False once the unit no longer takes assignments." }),
    congress: t.relation("congress", { description: "The congress whose level it answers to." }),
    parent: t.relation("parent", { nullable: true, description: "The unit it belongs to (e.g. the government of a department)." }),
    children: t.relation("children", { description: "Units below it.", query: () => ({ orderBy: { name: "asc" } }) }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version; send it back on update to detect concurrent edits." }),
  }),
});

const HandlingUnitFilter = builder.inputType("HandlingUnitFilter", {
  description: "Conditions a handling unit must meet; all given conditions apply.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, description: "Only units of this congress." }),
    withinCongressId: t.globalID({ for: CongressNode, description: "Only units of this congress or any congress below it." }),
    kind: t.field({ type: HandlingUnitKindEnum, description: "Only this kind." }),
    active: t.boolean({ description: "Only active (true) or inactive (false) units." }),
    search: t.string({ description: "Name contains this text." }),
  }),
});

const { order: HandlingUnitOrderField, sorts: HANDLING_UNIT_SORTS } = sortChoices("HandlingUnitOrderField", "handling units", {
  list: "handlingUnits",
  defaultSort: "name",
  choices: {
    NAME: { value: "name", column: sortOn.string("name"), description: "Name, in pinyin order." },
    UPDATED_AT: { value: "updatedAt", column: sortOn.date("updatedAt"), description: "Last change." },
  },
});

export const HandlingUnitConnection = nodeConnection(HandlingUnitNode, "HandlingUnit", "handling units");

const CreateHandlingUnitInput = builder.inputType("CreateHandlingUnitInput", {
  description: "A new handling unit.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress of its level." }),
    name: t.string({ required: true, description: "Name, 1–100 characters, unique within the congress." }),
    kind: t.field({ type: HandlingUnitKindEnum, required: true, description: "Kind of unit." }),
    parentId: t.globalID({ for: HandlingUnitNode, description: "The unit it belongs to, of the same congress." }),
  }),
});

const UpdateHandlingUnitInput = builder.inputType("UpdateHandlingUnitInput", {
  description: "Changes to a handling unit: omit a field to keep it.",
  fields: (t) => ({
    name: t.string({ description: "Name; omit to keep, cannot be null." }),
    kind: t.field({ type: HandlingUnitKindEnum, description: "Kind of unit; omit to keep, cannot be null." }),
    active: t.boolean({ description: "Whether it takes assignments; omit to keep, cannot be null." }),
    version: t.int({ required: true, description: "The `version` you loaded." }),
  }),
});

builder.queryFields((t) => ({
  handlingUnits: t.connection(
    {
      type: HandlingUnitNode,
      description: "承办单位 Handling units, public. Default order: name.",
      args: {
        ...listArgs(t.arg, {
          filter: HandlingUnitFilter,
          filterDescription: "Conditions; omitted means all units.",
          order: HandlingUnitOrderField,
          sortDescription: "Sort field (default NAME).",
        }),
      },
      resolve: async (_parent, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.handlingUnit,
          typeName: "HandlingUnit",
          scope: handlingUnitReadScope(ctx.viewer),
          filter: await handlingUnitFilterWhere(ctx.prisma, args.filter),
          sorts: HANDLING_UNIT_SORTS,
          args,
        }),
    },
    HandlingUnitConnection,
  ),
}));

builder.mutationFields((t) => ({
  createHandlingUnit: t.prismaField({
    type: "HandlingUnit",
    description: "Adds a handling unit. Administrators of the congress or above.",
    args: { input: t.arg({ type: CreateHandlingUnitInput, required: true, description: "The new unit." }) },
    resolve: async (query, _root, args, ctx) => {
      const input = { ...args.input, congressId: args.input.congressId.id, parentId: args.input.parentId?.id };
      const created = await createHandlingUnit(ctx, input);
      return ctx.prisma.handlingUnit.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateHandlingUnit: t.prismaField({
    type: "HandlingUnit",
    description: "Edits a handling unit, or deactivates it (`active: false`).",
    args: {
      id: t.arg.globalID({ for: HandlingUnitNode, required: true, description: "The unit." }),
      input: t.arg({ type: UpdateHandlingUnitInput, required: true, description: "The changes." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await updateHandlingUnit(ctx, args.id.id, args.input);
      return ctx.prisma.handlingUnit.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));
