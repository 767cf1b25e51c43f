// Reading suggestions: one by id, and a filtered and sorted list.
import type { Prisma, PrismaClient, SuggestionKind, SuggestionState } from "../../generated/prisma/client";
import { builder } from "../../graphql/builder";
import { nodeConnection, resolveList, sortOn, type ListSorts } from "../../graphql/connections";
import { OFFSET_ARG_DESCRIPTION, SortDirection } from "../../graphql/pagination";
import { containsText } from "../../lib/search";
import { chinaToday } from "../../lib/time";
import { withinCongressWhere } from "../congresses/scope";
import { CongressNode } from "../congresses/types";
import { DeputyNode } from "../deputies/types";
import { HandlingUnitNode } from "../handling-units/types";
import { suggestionReadWhere } from "./scope";
import { SuggestionKindEnum, SuggestionNode, SuggestionStateEnum } from "./types";

const SuggestionFilter = builder.inputType("SuggestionFilter", {
  description: "Conditions a suggestion must meet; all given conditions apply.",
  fields: (t) => ({
    states: t.field({ type: [SuggestionStateEnum], description: "Only these states." }),
    kind: t.field({ type: SuggestionKindEnum, description: "Only suggestions or only motions." }),
    withinCongressId: t.globalID({ for: CongressNode, description: "Only those of this congress or any congress below it." }),
    unitId: t.globalID({ for: HandlingUnitNode, description: "Only those assigned now to this unit (lead or co-unit)." }),
    leadMembershipId: t.globalID({ for: DeputyNode, description: "Only those this deputy leads." }),
    overdue: t.boolean({ description: "true: only those waiting for a reply after their due date; false: only the others." }),
    search: t.string({ description: "Title contains this text." }),
  }),
});

const SuggestionOrderField = builder.enumType("SuggestionOrderField", {
  description: "Fields suggestions can be sorted by.",
  values: {
    UPDATED_AT: { value: "updatedAt", description: "Last change (default, newest first)." },
    REPLY_DUE: { value: "replyDueOn", description: "Reply due date (default soonest first; no due date last)." },
    NUMBER: { value: "number", description: "Number given at acceptance." },
  } as const,
});

const SUGGESTION_SORTS: ListSorts = {
  list: "suggestions",
  defaultSort: "updatedAt",
  columns: {
    updatedAt: sortOn.date("updatedAt"),
    replyDueOn: sortOn.date("replyDueOn", { nullable: true }),
    number: { ...sortOn.string("number"), nullable: true },
  },
};

const WAITING_FOR_REPLY: SuggestionState[] = ["ASSIGNED", "HANDLING", "REHANDLING"];

interface SuggestionFilterInput {
  states?: SuggestionState[] | null;
  kind?: SuggestionKind | null;
  withinCongressId?: { id: string } | null;
  unitId?: { id: string } | null;
  leadMembershipId?: { id: string } | null;
  overdue?: boolean | null;
  search?: string | null;
}

async function suggestionWhere(prisma: PrismaClient, filter: SuggestionFilterInput | null | undefined): Promise<Prisma.SuggestionWhereInput> {
  if (!filter) return {};
  const overdue = { state: { in: WAITING_FOR_REPLY }, replyDueOn: { lt: chinaToday() } };
  const and: Prisma.SuggestionWhereInput[] = [];
  if (filter.withinCongressId) and.push(await withinCongressWhere(prisma, filter.withinCongressId.id));
  if (filter.states) and.push({ state: { in: filter.states } });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.unitId) and.push({ units: { some: { unitId: filter.unitId.id, endedAt: null } } });
  if (filter.leadMembershipId) and.push({ leadMembershipId: filter.leadMembershipId.id });
  if (filter.overdue != null) and.push(filter.overdue ? overdue : { NOT: overdue });
  if (filter.search?.trim()) and.push({ title: containsText(filter.search.trim()) });
  return { AND: and };
}

const SuggestionConnection = nodeConnection(SuggestionNode, "Suggestion", "suggestions");

builder.queryFields((t) => ({
  suggestion: t.prismaField({
    type: "Suggestion",
    nullable: true,
    description: "One suggestion by global id; null when it does not exist or you may not read it.",
    args: { id: t.arg.globalID({ required: true, for: SuggestionNode, description: "Global id." }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.suggestion.findFirst({ ...query, where: { id: args.id.id, AND: [suggestionReadWhere(ctx.viewer)] } }),
  }),
  suggestions: t.connection(
    {
      type: SuggestionNode,
      description: "代表建议 The suggestions you may read: deputies their own, units those assigned to them, staff their subtree.",
      args: {
        filter: t.arg({ type: SuggestionFilter, description: "Conditions; omitted means every suggestion you may read." }),
        sortBy: t.arg({ type: SuggestionOrderField, description: "Sort field (default UPDATED_AT)." }),
        sortDirection: t.arg({ type: SortDirection, description: "Sort direction (default: newest first for UPDATED_AT, soonest first for REPLY_DUE, ascending for NUMBER)." }),
        offset: t.arg.int({ description: OFFSET_ARG_DESCRIPTION }),
      },
      resolve: async (_root, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.suggestion,
          typeName: "Suggestion",
          scope: suggestionReadWhere(ctx.viewer),
          filter: await suggestionWhere(ctx.prisma, args.filter),
          sorts: SUGGESTION_SORTS,
          args: { ...args, sortDirection: args.sortDirection ?? ((args.sortBy ?? "updatedAt") === "updatedAt" ? "DESC" : "ASC") },
        }),
    },
    SuggestionConnection,
  ),
}));
