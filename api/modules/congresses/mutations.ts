import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../graphql/builder";
import { CongressBodyKindEnum, CongressBodyNode, CongressNode } from "./types";
import { createCongress, createCongressBody, deleteCongress, deleteCongressBody, updateCongress } from "./service";
import { RegionNode } from "../regions/types";

const CreateCongressInput = builder.inputType("CreateCongressInput", {
  description: "A congress for a region. Level, kind and parent follow from the region.",
  fields: (t) => ({
    regionId: t.globalID({ for: RegionNode, required: true, description: "The region (township level or higher) it serves." }),
    name: t.string({ required: true, description: "Full name, 1–100 characters." }),
    shortName: t.string({ description: "Short name, up to 50 characters." }),
    address: t.string({ description: "Office address, up to 200 characters." }),
  }),
});

const UpdateCongressInput = builder.inputType("UpdateCongressInput", {
  description: "Changes to a congress: omit a field to keep it, send null to clear it.",
  fields: (t) => ({
    name: t.string({ description: "Full name; omit to keep, cannot be null." }),
    shortName: t.string({ description: "Short name; omit to keep, null or empty to clear." }),
    address: t.string({ description: "Office address; omit to keep, null or empty to clear." }),
    version: t.int({ required: true, description: "The `version` you loaded; a stale one is refused with CONFLICT." }),
  }),
});

const CreateCongressBodyInput = builder.inputType("CreateCongressBodyInput", {
  description: "A new organ of a congress. A township congress has a presidium; higher levels have a standing committee and committees.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress." }),
    kind: t.field({ type: CongressBodyKindEnum, required: true, description: "Kind of organ." }),
    name: t.string({ required: true, description: "Name, 1–100 characters." }),
  }),
});

builder.mutationFields((t) => ({
  createCongress: t.prismaField({
    type: "Congress",
    description: "Sets up the congress of a region. Administrators of the congress above (platform administrators for a province).",
    args: { input: t.arg({ type: CreateCongressInput, required: true, description: "The new congress." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await createCongress(ctx, { ...args.input, regionId: args.input.regionId.id });
      return ctx.prisma.congress.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateCongress: t.prismaField({
    type: "Congress",
    description: "Edits a congress. Its administrators, or those of a congress above.",
    args: {
      id: t.arg.globalID({ for: CongressNode, required: true, description: "The congress." }),
      input: t.arg({ type: UpdateCongressInput, required: true, description: "The changes." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await updateCongress(ctx, args.id.id, args.input);
      return ctx.prisma.congress.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  deleteCongress: t.field({
    type: "ID",
    description: "Deletes a congress that has no congresses, terms or handling units below it; returns its global id.",
    args: { id: t.arg.globalID({ for: CongressNode, required: true, description: "The congress." }) },
    resolve: async (_root, args, ctx) => {
      await deleteCongress(ctx, args.id.id);
      return encodeGlobalID("Congress", args.id.id);
    },
  }),
  createCongressBody: t.prismaField({
    type: "CongressBody",
    description: "Adds an organ to a congress.",
    args: { input: t.arg({ type: CreateCongressBodyInput, required: true, description: "The new organ." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await createCongressBody(ctx, { ...args.input, congressId: args.input.congressId.id });
      return ctx.prisma.congressBody.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  deleteCongressBody: t.field({
    type: "ID",
    description: "Removes an organ from a congress; returns its global id.",
    args: { id: t.arg.globalID({ for: CongressBodyNode, required: true, description: "The organ." }) },
    resolve: async (_root, args, ctx) => {
      await deleteCongressBody(ctx, args.id.id);
      return encodeGlobalID("CongressBody", args.id.id);
    },
  }),
}));
