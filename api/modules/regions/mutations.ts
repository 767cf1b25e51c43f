import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../graphql/builder";
import { RegionKindEnum, RegionNode } from "./types";
import { createRegion, deleteRegion, updateRegion } from "./service";

const CreateRegionInput = builder.inputType("CreateRegionInput", {
  description: "A new region. Its level follows from its kind; its code must fit under its parent's code.",
  fields: (t) => ({
    code: t.string({ required: true, description: "12-digit division code." }),
    name: t.string({ required: true, description: "Name, 1–100 characters." }),
    kind: t.field({ type: RegionKindEnum, required: true, description: "Kind of division." }),
    parentId: t.globalID({ for: RegionNode, description: "The region one level up; omit only for a province." }),
  }),
});

const UpdateRegionInput = builder.inputType("UpdateRegionInput", {
  description: "Changes to a region: omit a field to keep it. Codes and parents are fixed once created.",
  fields: (t) => ({
    name: t.string({ description: "New name; omit to keep, cannot be null." }),
    version: t.int({ required: true, description: "The `version` you loaded; a stale one is refused with CONFLICT." }),
  }),
});

builder.mutationFields((t) => ({
  createRegion: t.prismaField({
    type: "Region",
    description: "Adds a region under a parent. Platform administrators, or congress administrators over the parent.",
    args: { input: t.arg({ type: CreateRegionInput, required: true, description: "The new region." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await createRegion(ctx, { ...args.input, parentId: args.input.parentId?.id });
      return ctx.prisma.region.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateRegion: t.prismaField({
    type: "Region",
    description: "Renames a region.",
    args: {
      id: t.arg.globalID({ for: RegionNode, required: true, description: "The region." }),
      input: t.arg({ type: UpdateRegionInput, required: true, description: "The changes." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await updateRegion(ctx, args.id.id, args.input);
      return ctx.prisma.region.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  deleteRegion: t.field({
    type: "ID",
    description: "Deletes a region that has no sub-regions and no congress; returns its global id.",
    args: { id: t.arg.globalID({ for: RegionNode, required: true, description: "The region." }) },
    resolve: async (_root, args, ctx) => {
      await deleteRegion(ctx, args.id.id);
      return encodeGlobalID(args.id.typename, args.id.id);
    },
  }),
}));
