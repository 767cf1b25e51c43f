// The public reads published snapshots; staff preview what a publication would show.
import type { Prisma, PrismaClient, ReplyClass } from "../../generated/prisma/client";
import { builder } from "../../graphql/builder";
import { nodeConnection, resolveList, sortOn } from "../../graphql/connections";
import { Errors } from "../../graphql/errors";
import { listArgs, sortChoices } from "../../graphql/list-order";
import { msg } from "../../lib/i18n";
import { withinCongressWhere } from "../congresses/scope";
import { CongressNode } from "../congresses/types";
import { HandlingUnitNode } from "../handling-units/types";
import { ReplyClassEnum } from "../suggestions/enums";
import { SuggestionCategoryNode, SuggestionNode } from "../suggestions/types";
import { disclosedSearchWhere } from "./search";
import { previewDisclosure } from "./service";
import { DisclosedSuggestionNode, DisclosurePreviewType } from "./types";

const PUBLISHED = { withdrawnAt: null } satisfies Prisma.DisclosedSuggestionWhereInput;

const DisclosedSuggestionFilter = builder.inputType("DisclosedSuggestionFilter", {
  description: "Conditions a published suggestion must meet; all given conditions apply.",
  fields: (t) => ({
    search: t.string({ description: "Chinese text: the title, text or reply contains it, or (three characters or more) holds a phrase close to it." }),
    withinCongressId: t.globalID({ for: CongressNode, description: "Only those of this congress or any congress below it." }),
    year: t.int({ description: "Only those numbered in this year." }),
    categoryId: t.globalID({ for: SuggestionCategoryNode, description: "Only this category." }),
    unitId: t.globalID({ for: HandlingUnitNode, description: "Only those this unit handled (lead or co-unit)." }),
    replyClass: t.field({ type: ReplyClassEnum, description: "Only replies of this class." }),
  }),
});

interface DisclosedFilterInput {
  search?: string | null;
  withinCongressId?: { id: string } | null;
  year?: number | null;
  categoryId?: { id: string } | null;
  unitId?: { id: string } | null;
  replyClass?: ReplyClass | null;
}

async function disclosedWhere(prisma: PrismaClient, filter: DisclosedFilterInput | null | undefined): Promise<Prisma.DisclosedSuggestionWhereInput> {
  if (!filter) return {};
  const and: Prisma.DisclosedSuggestionWhereInput[] = [];
  if (filter.withinCongressId) and.push(await withinCongressWhere(prisma, filter.withinCongressId.id));
  if (filter.year != null) and.push({ year: filter.year });
  if (filter.categoryId) and.push({ categoryId: filter.categoryId.id });
  if (filter.unitId) and.push({ unitIds: { has: filter.unitId.id } });
  if (filter.replyClass) and.push({ replyClass: filter.replyClass });
  if (filter.search?.trim()) and.push(await disclosedSearchWhere(prisma, filter.search));
  return { AND: and };
}

const { order: DisclosedSuggestionOrderField, sorts: DISCLOSED_SORTS } = sortChoices("DisclosedSuggestionOrderField", "published suggestions", {
  list: "disclosedSuggestions",
  defaultSort: "publishedAt",
  defaultDirection: "desc",
  choices: {
    PUBLISHED_AT: { value: "publishedAt", column: sortOn.date("publishedAt"), description: "Publication (default, newest first)." },
    REPLIED_ON: { value: "repliedOn", column: sortOn.date("repliedOn", { nullable: true }), description: "Date of the reply." },
  },
});

const DisclosedSuggestionConnection = nodeConnection(DisclosedSuggestionNode, "DisclosedSuggestion", "published suggestions");

builder.queryFields((t) => ({
  disclosedSuggestions: t.connection(
    {
      type: DisclosedSuggestionNode,
      description: "公开建议 Suggestions and replies staff published, personal data removed; anyone may read them. Chinese search and filters.",
      args: listArgs(t.arg, {
        filter: DisclosedSuggestionFilter,
        filterDescription: "Conditions; omitted means every published suggestion.",
        order: DisclosedSuggestionOrderField,
        sortDescription: "Sort field (default PUBLISHED_AT).",
        directionDescription: "Sort direction (default DESC, newest first).",
      }),
      resolve: async (_root, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.disclosedSuggestion,
          typeName: "DisclosedSuggestion",
          scope: PUBLISHED,
          filter: await disclosedWhere(ctx.prisma, args.filter),
          sorts: DISCLOSED_SORTS,
          args,
        }),
    },
    DisclosedSuggestionConnection,
  ),
  disclosedSuggestion: t.prismaField({
    type: "DisclosedSuggestion",
    description: "One published suggestion; NOT_FOUND when it does not exist or is not published now.",
    args: { id: t.arg.globalID({ required: true, for: DisclosedSuggestionNode, description: "Global id." }) },
    resolve: async (query, _root, args, ctx) => {
      const row = await ctx.prisma.disclosedSuggestion.findFirst({ ...query, where: { id: args.id.id, ...PUBLISHED } });
      if (!row) throw Errors.notFound(msg("公开建议", "Published suggestion"), args.id.id);
      return row;
    },
  }),
  disclosurePreview: t.field({
    type: DisclosurePreviewType,
    description: "What publishing a suggestion now would show, each redaction marked (staff of its congress or above).",
    args: {
      id: t.arg.globalID({ required: true, for: SuggestionNode, description: "The suggestion." }),
      markedNames: t.arg.stringList({ description: "Names and phrases to replace with 某某, besides the numbers found automatically." }),
    },
    resolve: (_root, args, ctx) => previewDisclosure(ctx, args.id.id, args.markedNames ?? []),
  }),
}));
