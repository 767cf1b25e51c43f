// Reading supervision topics: one by id, a filtered list (overdue first by default), and the topic a
// suggestion is under.
import type { Prisma, PrismaClient, SupervisionState } from "../../generated/prisma/client";
import { accountId } from "../../auth/viewer";
import { builder } from "../../graphql/builder";
import { nodeConnection, resolveList, sortOn, type ListSorts } from "../../graphql/connections";
import { OFFSET_ARG_DESCRIPTION, SortDirection } from "../../graphql/pagination";
import { containsText } from "../../lib/search";
import { chinaToday } from "../../lib/time";
import { withinCongressWhere } from "../congresses/scope";
import { CongressNode } from "../congresses/types";
import { assignedToAccount, supervisionTopicReadWhere } from "./scope";
import { SupervisionStateEnum, SupervisionTopicNode } from "./types";

const SupervisionTopicFilter = builder.inputType("SupervisionTopicFilter", {
  description: "Conditions a supervision topic must meet; all given conditions apply.",
  fields: (t) => ({
    states: t.field({ type: [SupervisionStateEnum], description: "Only these states." }),
    year: t.int({ description: "Only topics of this year." }),
    withinCongressId: t.globalID({ for: CongressNode, description: "Only those of this congress or any congress below it." }),
    assignedToMe: t.boolean({ description: "true: only the topics your account supervises (directly, as a deputy, or for a unit you work for)." }),
    overdue: t.boolean({ description: "true: only those with a milestone past due; false: only the others." }),
    search: t.string({ description: "Title contains this text." }),
  }),
});

const SupervisionTopicOrderField = builder.enumType("SupervisionTopicOrderField", {
  description: "Fields supervision topics can be sorted by.",
  values: {
    NEXT_DUE: { value: "nextMilestoneDueOn", description: "Next milestone due (default: overdue first, then due soon; none last)." },
    UPDATED_AT: { value: "updatedAt", description: "Last change." },
    YEAR: { value: "year", description: "Year." },
  } as const,
});

const TOPIC_SORTS: ListSorts = {
  list: "supervisionTopics",
  defaultSort: "nextMilestoneDueOn",
  columns: { nextMilestoneDueOn: sortOn.date("nextMilestoneDueOn", { nullable: true }), updatedAt: sortOn.date("updatedAt"), year: sortOn.int("year") },
};

interface TopicFilterInput {
  states?: SupervisionState[] | null;
  year?: number | null;
  withinCongressId?: { id: string } | null;
  assignedToMe?: boolean | null;
  overdue?: boolean | null;
  search?: string | null;
}

async function topicWhere(prisma: PrismaClient, userId: string | null, filter: TopicFilterInput | null | undefined): Promise<Prisma.SupervisionTopicWhereInput> {
  if (!filter) return {};
  const and: Prisma.SupervisionTopicWhereInput[] = [];
  const overdue = { nextMilestoneDueOn: { lt: chinaToday() } };
  if (filter.withinCongressId) and.push(await withinCongressWhere(prisma, filter.withinCongressId.id));
  if (filter.states) and.push({ state: { in: filter.states } });
  if (filter.year != null) and.push({ year: filter.year });
  if (filter.assignedToMe != null) {
    const mine = userId ? { supervisors: { some: assignedToAccount(userId) } } : { id: { in: [] } };
    and.push(filter.assignedToMe ? mine : { NOT: mine });
  }
  if (filter.overdue != null) and.push(filter.overdue ? overdue : { NOT: overdue });
  if (filter.search?.trim()) and.push({ title: containsText(filter.search.trim()) });
  return { AND: and };
}

const SupervisionTopicConnection = nodeConnection(SupervisionTopicNode, "SupervisionTopic", "supervisionTopics");

builder.queryFields((t) => ({
  supervisionTopic: t.prismaField({
    type: "SupervisionTopic",
    nullable: true,
    description: "One supervision topic by global id; null when it does not exist or you may not read it.",
    args: { id: t.arg.globalID({ required: true, for: SupervisionTopicNode, description: "Global id." }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.supervisionTopic.findFirst({ ...query, where: { id: args.id.id, AND: [supervisionTopicReadWhere(ctx.viewer)] } }),
  }),
  supervisionTopics: t.connection(
    {
      type: SupervisionTopicNode,
      description: "重点督办 The supervision topics you may read: staff their subtree, supervisors those assigned to them. Default order: overdue first, then due soon.",
      args: {
        filter: t.arg({ type: SupervisionTopicFilter, description: "Conditions; omitted means every topic you may read." }),
        sortBy: t.arg({ type: SupervisionTopicOrderField, description: "Sort field (default NEXT_DUE)." }),
        sortDirection: t.arg({ type: SortDirection, description: "Sort direction (default: soonest first for NEXT_DUE, newest first otherwise)." }),
        offset: t.arg.int({ description: OFFSET_ARG_DESCRIPTION }),
      },
      resolve: async (_root, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.supervisionTopic,
          typeName: "SupervisionTopic",
          scope: supervisionTopicReadWhere(ctx.viewer),
          filter: await topicWhere(ctx.prisma, accountId(ctx.viewer), args.filter),
          sorts: TOPIC_SORTS,
          args: { ...args, sortDirection: args.sortDirection ?? ((args.sortBy ?? "nextMilestoneDueOn") === "nextMilestoneDueOn" ? "ASC" : "DESC") },
        }),
    },
    SupervisionTopicConnection,
  ),
}));

builder.prismaObjectField("Suggestion", "supervision", (t) =>
  t.field({
    type: SupervisionTopicNode,
    nullable: true,
    description: "重点督办 The latest supervision topic it is under that you may read; null when none.",
    select: (_args, ctx, nested) => ({
      supervisionTopics: { where: { topic: supervisionTopicReadWhere(ctx.viewer) }, orderBy: { year: "desc" }, take: 1, select: { topic: nested(true) } },
    }),
    resolve: (s) => s.supervisionTopics[0]?.topic ?? null,
  }),
);
