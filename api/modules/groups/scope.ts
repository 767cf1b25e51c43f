import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { WorkingGroupKind } from "../../generated/prisma/enums";
import { builder } from "../../graphql/builder";
import { sortOn } from "../../graphql/connections";
import { sortChoices } from "../../graphql/list-order";
import { containsText } from "../../lib/search";
import { withinCongressWhere } from "../congresses/scope";
import { CongressNode } from "../congresses/types";
import { StationNode } from "../stations/types";
import { describedEnum } from "../../graphql/enums";

export const WorkingGroupKindEnum = describedEnum<WorkingGroupKind>("WorkingGroupKind", "小组类别 Kinds of deputy working groups.", {
  DEPUTY_GROUP: "代表小组 Deputy group.",
  LIAISON_GROUP: "联系组 Liaison group.",
  PROFESSIONAL_GROUP: "专业组 Professional group.",
  CENTRAL_GROUP: "代表中心组 Central group.",
  DELEGATION: "代表团 Delegation at the session.",
});

export const WorkingGroupFilter = builder.inputType("WorkingGroupFilter", {
  description: "Conditions a working group must meet; all given conditions apply.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, description: "Only groups of this congress." }),
    withinCongressId: t.globalID({ for: CongressNode, description: "Only groups of this congress or any congress below it." }),
    kind: t.field({ type: WorkingGroupKindEnum, description: "Only this kind." }),
    stationId: t.globalID({ for: StationNode, description: "Only groups placed in this station." }),
    search: t.string({ description: "Name contains this text." }),
  }),
});

interface WorkingGroupFilterInput {
  congressId?: { id: string } | null;
  withinCongressId?: { id: string } | null;
  kind?: WorkingGroupKind | null;
  stationId?: { id: string } | null;
  search?: string | null;
}

export async function groupWhere(prisma: PrismaClient, filter: WorkingGroupFilterInput | null | undefined): Promise<Prisma.WorkingGroupWhereInput> {
  if (!filter) return {};
  const within = filter.withinCongressId ? await withinCongressWhere(prisma, filter.withinCongressId.id) : {};
  return {
    ...within,
    congressId: filter.congressId?.id,
    kind: filter.kind ?? undefined,
    stations: filter.stationId ? { some: { stationId: filter.stationId.id } } : undefined,
    name: filter.search?.trim() ? containsText(filter.search.trim()) : undefined,
  };
}

export const { order: WorkingGroupOrderField, sorts: WORKING_GROUP_SORTS } = sortChoices("WorkingGroupOrderField", "working groups", {
  list: "workingGroups",
  defaultSort: "name",
  choices: {
    NAME: { value: "name", column: sortOn.string("name"), description: "Name, in pinyin order." },
    UPDATED_AT: { value: "updatedAt", column: sortOn.date("updatedAt"), description: "Last change." },
    CREATED_AT: { value: "createdAt", column: sortOn.date("createdAt"), description: "When the group was set up." },
  },
});
