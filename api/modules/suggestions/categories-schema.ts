// GraphQL of a congress's category catalogue: read by anyone signed in, kept by its administrators.
import { requireSignedIn } from "../../auth/guard";
import { builder } from "../../graphql/builder";
import { Errors } from "../../graphql/errors";
import { CongressNode } from "../congresses/types";
import { createSuggestionCategory, updateSuggestionCategory } from "./categories";
import { SuggestionCategoryNode } from "./types";

const CreateSuggestionCategoryInput = builder.inputType("CreateSuggestionCategoryInput", {
  description: "A new category of a congress's catalogue.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress." }),
    name: t.string({ required: true, description: "Name, 1–50 characters, unique within the congress." }),
    sortOrder: t.int({ description: "Position (0–10000, smaller first); omit to put it last." }),
  }),
});

const UpdateSuggestionCategoryInput = builder.inputType("UpdateSuggestionCategoryInput", {
  description: "Changes to a category: omit a field to keep it.",
  fields: (t) => ({
    name: t.string({ description: "Name; omit to keep, cannot be null." }),
    sortOrder: t.int({ description: "Position (0–10000, smaller first); omit to keep, cannot be null." }),
    active: t.boolean({ description: "false: no longer offered to new drafts (suggestions keep it); omit to keep, cannot be null." }),
    version: t.int({ required: true, description: "The `version` you loaded." }),
  }),
});

builder.queryFields((t) => ({
  suggestionCategories: t.prismaField({
    type: ["SuggestionCategory"],
    description: "建议分类 A congress's category catalogue in order (every congress gets the default one when it is created). Anyone signed in.",
    args: {
      congressId: t.arg.globalID({ required: true, for: CongressNode, description: "The congress." }),
      includeInactive: t.arg.boolean({ description: "Also the deactivated ones (for administrators keeping the catalogue); default false." }),
    },
    resolve: async (query, _root, args, ctx) => {
      requireSignedIn(ctx.viewer);
      const congress = await ctx.prisma.congress.findUnique({ where: { id: args.congressId.id }, select: { id: true } });
      if (!congress) throw Errors.notFound("Congress", args.congressId.id);
      return ctx.prisma.suggestionCategory.findMany({
        ...query,
        where: { congressId: congress.id, ...(args.includeInactive ? {} : { active: true }) },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  createSuggestionCategory: t.prismaField({
    type: "SuggestionCategory",
    description: "Adds a category to a congress's catalogue (administrators of the congress or above); a name already there is CONFLICT.",
    args: { input: t.arg({ type: CreateSuggestionCategoryInput, required: true, description: "The category." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await createSuggestionCategory(ctx, { ...args.input, congressId: args.input.congressId.id });
      return ctx.prisma.suggestionCategory.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateSuggestionCategory: t.prismaField({
    type: "SuggestionCategory",
    description: "Renames, moves or deactivates (`active: false`) a category (administrators of its congress or above).",
    args: {
      id: t.arg.globalID({ for: SuggestionCategoryNode, required: true, description: "The category." }),
      input: t.arg({ type: UpdateSuggestionCategoryInput, required: true, description: "The changes." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await updateSuggestionCategory(ctx, args.id.id, args.input);
      return ctx.prisma.suggestionCategory.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));
