import type { Prisma } from "../../generated/prisma/client";
import { CongressLevel } from "../../generated/prisma/enums";
import { DEPUTY_MANAGERS, requireRecordInReach } from "../../auth/guard";
import { idOrNull } from "../../lib/patch";
import { builder } from "../../graphql/builder";
import { Errors } from "../../graphql/errors";
import { nodeConnection, resolveList } from "../../graphql/connections";
import { listArgs } from "../../graphql/list-order";
import { CongressLevelEnum, CongressNode } from "../congresses/types";
import { DeputyNode } from "../deputies/types";
import { StationNode } from "../stations/types";
import { createWorkingGroup, setWorkingGroupMembers, setWorkingGroupStation, updateWorkingGroup } from "./service";
import { groupWhere, WORKING_GROUP_SORTS, WorkingGroupFilter, WorkingGroupKindEnum, WorkingGroupOrderField } from "./scope";

export const WorkingGroupNode = builder.prismaNode("WorkingGroup", {
  description: "代表小组 A group of deputies with a leader, placed in one or more stations (编组进站). Public.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    kind: t.expose("kind", { type: WorkingGroupKindEnum, description: "Kind of group." }),
    name: t.exposeString("name", { description: "Name." }),
    congress: t.relation("congress", { description: "The congress it belongs to." }),
    leader: t.relation("leader", { nullable: true, description: "Its leader (组长 or 召集人)." }),
    memberCount: t.relationCount("members", { description: "How many deputies it has." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version; send it back on update to detect concurrent edits." }),
  }),
});

// Indirect relations through the join tables, each loaded with its parent's query (no query per row).
builder.prismaObjectFields("WorkingGroup", (t) => ({
  members: t.field({
    type: [DeputyNode],
    description: "Its deputies, by name.",
    select: (_args, _ctx, nested) => ({ members: { select: { membership: nested() }, orderBy: { membership: { person: { name: "asc" } } } } }),
    resolve: (group) => group.members.map((m) => m.membership),
  }),
  stations: t.field({
    type: [StationNode],
    description: "Stations it is placed in.",
    select: (_args, _ctx, nested) => ({ stations: { select: { station: nested() } } }),
    resolve: (group) => group.stations.map((s) => s.station),
  }),
}));

builder.prismaObjectFields("DeputyMembership", (t) => ({
  groups: t.field({
    type: [WorkingGroupNode],
    description: "Working groups the deputy belongs to.",
    select: (_args, _ctx, nested) => ({ groups: { select: { group: nested() } } }),
    resolve: (deputy) => deputy.groups.map((g) => g.group),
  }),
}));

builder.prismaObjectFields("Station", (t) => ({
  groups: t.field({
    type: [WorkingGroupNode],
    description: "Working groups placed in the station; their deputies meet constituents here.",
    select: (_args, _ctx, nested) => ({ groups: { select: { group: nested() } } }),
    resolve: (station) => station.groups.map((g) => g.group),
  }),
  deputies: t.field({
    type: [DeputyNode],
    description: "Active deputies placed here through their groups, each once.",
    select: (_args, _ctx, nested) => ({
      groups: { select: { group: { select: { members: { where: { membership: { status: "ACTIVE" } }, select: { membership: nested() } } } } } },
    }),
    resolve: (station) => {
      const seen = new Map<string, (typeof station.groups)[number]["group"]["members"][number]["membership"]>();
      for (const { group } of station.groups) for (const { membership } of group.members) seen.set(membership.id, membership);
      return [...seen.values()];
    },
  }),
}));

interface Coverage {
  activeDeputies: number;
  deputiesWithoutStation: number;
  stations: number;
  stationsWithoutDeputies: number;
  byLevel: { level: CongressLevel; activeDeputies: number; deputiesWithoutStation: number }[];
  path: string;
}

const LevelCoverage = builder.objectRef<Coverage["byLevel"][number]>("LevelCoverage").implement({
  description: "Coverage of one congress level.",
  fields: (t) => ({
    level: t.field({ type: CongressLevelEnum, description: "The level.", resolve: (r) => r.level }),
    activeDeputies: t.exposeInt("activeDeputies", { description: "Active deputies of this level." }),
    deputiesWithoutStation: t.exposeInt("deputiesWithoutStation", { description: "Of them, in no station." }),
  }),
});

const withoutStation: Prisma.DeputyMembershipWhereInput = { status: "ACTIVE", groups: { none: { group: { stations: { some: {} } } } } };
const withoutDeputies: Prisma.StationWhereInput = { active: true, groups: { none: { group: { members: { some: { membership: { status: "ACTIVE" } } } } } } };

const StationCoverage = builder.objectRef<Coverage>("StationCoverage").implement({
  description: "编组进站 Every active deputy must be in some station: who is not, and which stations have nobody.",
  fields: (t) => ({
    activeDeputies: t.exposeInt("activeDeputies", { description: "Active deputies of the congress and those below it." }),
    deputiesWithoutStation: t.exposeInt("deputiesWithoutStation", { description: "Of them, in no station through any group." }),
    stations: t.exposeInt("stations", { description: "Open stations." }),
    stationsWithoutDeputies: t.exposeInt("stationsWithoutDeputies", { description: "Open stations with no active deputy placed." }),
    byLevel: t.field({ type: [LevelCoverage], description: "The same, per congress level.", resolve: (c) => c.byLevel }),
    unplacedDeputies: t.prismaField({
      type: ["DeputyMembership"],
      description: "Up to 50 active deputies in no station, by name.",
      resolve: (query, c, _args, ctx) =>
        ctx.prisma.deputyMembership.findMany({ ...query, where: { congressPath: { startsWith: c.path }, ...withoutStation }, orderBy: { person: { name: "asc" } }, take: 50 }),
    }),
    emptyStations: t.prismaField({
      type: ["Station"],
      description: "Up to 50 open stations with no deputy, by name.",
      resolve: (query, c, _args, ctx) =>
        ctx.prisma.station.findMany({ ...query, where: { congressPath: { startsWith: c.path }, ...withoutDeputies }, orderBy: { name: "asc" }, take: 50 }),
    }),
  }),
});

const WorkingGroupConnection = nodeConnection(WorkingGroupNode, "WorkingGroup", "working groups");

builder.queryFields((t) => ({
  workingGroups: t.connection(
    {
      type: WorkingGroupNode,
      description: "代表小组 Working groups, public.",
      args: {
        ...listArgs(t.arg, {
          filter: WorkingGroupFilter,
          filterDescription: "Conditions; omitted means every group.",
          order: WorkingGroupOrderField,
          sortDescription: "Sort field (default NAME).",
        }),
      },
      resolve: async (_root, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.workingGroup,
          typeName: "WorkingGroup",
          scope: {},
          filter: await groupWhere(ctx.prisma, args.filter),
          sorts: WORKING_GROUP_SORTS,
          args,
        }),
    },
    WorkingGroupConnection,
  ),
  stationCoverage: t.field({
    type: StationCoverage,
    description: "编组进站 coverage of a congress and everything below it (administrators and deputy affairs staff there).",
    args: { congressId: t.arg.globalID({ for: CongressNode, required: true, description: "The congress." }) },
    resolve: async (_root, args, ctx) => {
      const congress = await ctx.prisma.congress.findUnique({ where: { id: args.congressId.id }, select: { path: true } });
      if (!congress) throw Errors.notFound("Congress", args.congressId.id);
      requireRecordInReach(ctx.viewer, DEPUTY_MANAGERS, congress.path, "Congress", args.congressId.id);
      const within = { congressPath: { startsWith: congress.path } };
      const counts = await Promise.all([
        ctx.prisma.deputyMembership.count({ where: { ...within, status: "ACTIVE" } }),
        ctx.prisma.deputyMembership.count({ where: { ...within, ...withoutStation } }),
        ctx.prisma.station.count({ where: { ...within, active: true } }),
        ctx.prisma.station.count({ where: { ...within, ...withoutDeputies } }),
        ...Object.values(CongressLevel).flatMap((level) => [
          ctx.prisma.deputyMembership.count({ where: { ...within, status: "ACTIVE", congress: { level } } }),
          ctx.prisma.deputyMembership.count({ where: { ...within, ...withoutStation, congress: { level } } }),
        ]),
      ]);
      const [activeDeputies, deputiesWithoutStation, stations, stationsWithoutDeputies, ...levelCounts] = counts;
      const byLevel = Object.values(CongressLevel).map((level, i) => ({ level, activeDeputies: levelCounts[2 * i], deputiesWithoutStation: levelCounts[2 * i + 1] }));
      return { activeDeputies, deputiesWithoutStation, stations, stationsWithoutDeputies, byLevel, path: congress.path };
    },
  }),
}));

const CreateWorkingGroupInput = builder.inputType("CreateWorkingGroupInput", {
  description: "A new working group.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress it belongs to." }),
    kind: t.field({ type: WorkingGroupKindEnum, required: true, description: "Kind of group." }),
    name: t.string({ required: true, description: "Name, unique within the congress." }),
    leaderId: t.globalID({ for: DeputyNode, description: "Its leader, a deputy of this branch of congresses." }),
  }),
});

const UpdateWorkingGroupInput = builder.inputType("UpdateWorkingGroupInput", {
  description: "Changes to a working group: omit a field to keep it, send null to clear it.",
  fields: (t) => ({
    name: t.string({ description: "Name; omit to keep, cannot be null." }),
    leaderId: t.globalID({ for: DeputyNode, description: "Its leader; omit to keep, null to clear." }),
    version: t.int({ required: true, description: "The `version` you loaded." }),
  }),
});

builder.mutationFields((t) => ({
  createWorkingGroup: t.prismaField({
    type: "WorkingGroup",
    description: "Sets up a working group. Administrators and deputy affairs staff of the congress or above.",
    args: { input: t.arg({ type: CreateWorkingGroupInput, required: true, description: "The new group." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await createWorkingGroup(ctx, { ...args.input, congressId: args.input.congressId.id, leaderId: args.input.leaderId?.id });
      return ctx.prisma.workingGroup.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateWorkingGroup: t.prismaField({
    type: "WorkingGroup",
    description: "Renames a group or changes its leader.",
    args: {
      id: t.arg.globalID({ for: WorkingGroupNode, required: true, description: "The group." }),
      input: t.arg({ type: UpdateWorkingGroupInput, required: true, description: "The changes." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await updateWorkingGroup(ctx, args.id.id, { ...args.input, leaderId: idOrNull(args.input.leaderId) });
      return ctx.prisma.workingGroup.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  setWorkingGroupMembers: t.prismaField({
    type: "WorkingGroup",
    description: "Replaces a group's members with these deputies (of the same branch of congresses); repeating it changes nothing.",
    args: {
      id: t.arg.globalID({ for: WorkingGroupNode, required: true, description: "The group." }),
      deputyIds: t.arg.globalIDList({ for: DeputyNode, required: true, description: "Every member, at most 2000." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await setWorkingGroupMembers(ctx, args.id.id, args.deputyIds.map((d) => d.id));
      return ctx.prisma.workingGroup.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  addWorkingGroupMembers: t.prismaField({
    type: "WorkingGroup",
    description: "Adds deputies to a group, keeping its members (for bulk actions on a deputy list); deputies already in it are left as they are.",
    args: {
      id: t.arg.globalID({ for: WorkingGroupNode, required: true, description: "The group." }),
      deputyIds: t.arg.globalIDList({ for: DeputyNode, required: true, description: "Deputies to add, at most 2000." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await setWorkingGroupMembers(ctx, args.id.id, args.deputyIds.map((d) => d.id), "add");
      return ctx.prisma.workingGroup.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  assignWorkingGroupToStation: t.prismaField({
    type: "WorkingGroup",
    description: "编组进站: places a group in a station (doing it twice is harmless).",
    args: {
      groupId: t.arg.globalID({ for: WorkingGroupNode, required: true, description: "The group." }),
      stationId: t.arg.globalID({ for: StationNode, required: true, description: "The station." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await setWorkingGroupStation(ctx, args.groupId.id, args.stationId.id, true);
      return ctx.prisma.workingGroup.findUniqueOrThrow({ ...query, where: { id: args.groupId.id } });
    },
  }),
  removeWorkingGroupFromStation: t.prismaField({
    type: "WorkingGroup",
    description: "Takes a group out of a station.",
    args: {
      groupId: t.arg.globalID({ for: WorkingGroupNode, required: true, description: "The group." }),
      stationId: t.arg.globalID({ for: StationNode, required: true, description: "The station." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await setWorkingGroupStation(ctx, args.groupId.id, args.stationId.id, false);
      return ctx.prisma.workingGroup.findUniqueOrThrow({ ...query, where: { id: args.groupId.id } });
    },
  }),
}));
