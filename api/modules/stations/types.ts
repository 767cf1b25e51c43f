import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { StationKind } from "../../generated/prisma/enums";
import { ADMIN_ROLES } from "../../auth/guard";
import { reaches } from "../../auth/viewer";
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import { nodeConnection, resolveList, sortOn } from "../../graphql/connections";
import { listArgs, sortChoices } from "../../graphql/list-order";
import { resolveRankedList } from "../../graphql/ranked-list";
import { Errors } from "../../graphql/errors";
import { msg } from "../../lib/i18n";
import { withinCongressWhere } from "../congresses/scope";
import { regionSubtreeWhere } from "../regions/scope";
import { distanceOf, rememberDistances, squareAround, stationsNear } from "./scope";
import { createStation, rotateStationCode, updateStation } from "./service";
import { CongressNode } from "../congresses/types";
import { RegionNode } from "../regions/types";
import { containsText } from "../../lib/search";

export const StationKindEnum = describedEnum<StationKind>("StationKind", "阵地类别 Kinds of deputy activity positions (家、站、室).", {
  DEPUTY_HOME: "代表之家 Deputy home (county level and above).",
  WORKSTATION: "代表工作站 Workstation (township or street).",
  LIAISON_ROOM: "代表联络室 Liaison room (village or community).",
  PROFESSIONAL_STATION: "专业代表工作站 Professional station for one industry.",
  ONLINE: "网上代表活动阵地 Online position.",
});

const KEEPER_ROLES = [...ADMIN_ROLES, "STATION_KEEPER"] as const;

export const StationNode = builder.prismaNode("Station", {
  description: "代表活动阵地 A deputy home, workstation, liaison room, professional or online position. Public.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name", { description: "Name, e.g. 华山街道人大代表工作站." }),
    kind: t.expose("kind", { type: StationKindEnum, description: "Kind of position." }),
    congress: t.relation("congress", { description: "The congress that runs it." }),
    region: t.relation("region", { description: "Where it is." }),
    address: t.exposeString("address", { nullable: true, description: "Street address; null for an online position." }),
    latitude: t.float({ nullable: true, description: "Latitude (WGS-84).", resolve: (s) => (s.latitude == null ? null : Number(s.latitude)) }),
    longitude: t.float({ nullable: true, description: "Longitude (WGS-84).", resolve: (s) => (s.longitude == null ? null : Number(s.longitude)) }),
    openingHours: t.exposeString("openingHours", { nullable: true, description: "Opening hours, e.g. 周一至周五 9:00–17:00." }),
    receptionDays: t.exposeString("receptionDays", { nullable: true, description: "接待日: when deputies receive constituents." }),
    keeperName: t.exposeString("keeperName", { nullable: true, description: "The keeper's name." }),
    keeperPhone: t.string({
      nullable: true,
      description: "Private: the keeper's phone; null outside the station's administrators and keepers.",
      resolve: (s, _args, ctx) => (reaches(ctx.viewer, KEEPER_ROLES, s.congressPath) ? s.keeperPhone : null),
    }),
    publicCode: t.exposeString("publicCode", { description: "The station code (联络站码); `/s/<code>` is its public page, `/s/<code>/qr.svg` its QR code." }),
    active: t.exposeBoolean("active", { description: "False once closed." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version; send it back on update to detect concurrent edits." }),
    distanceKm: t.float({
      nullable: true,
      description: "Great-circle distance in km from the point of the `near` filter that found this station; null without one.",
      resolve: (s) => distanceOf(s),
    }),
  }),
});

const NearInput = builder.inputType("NearInput", {
  description: "A point and a radius: stations within that great-circle distance, nearest first unless another `sortBy` is given.",
  fields: (t) => ({
    latitude: t.float({ required: true, description: "Latitude of the point (WGS-84), -90 to 90." }),
    longitude: t.float({ required: true, description: "Longitude of the point (WGS-84), -180 to 180." }),
    radiusKm: t.float({ required: true, description: "Radius in kilometres: more than 0, at most 100." }),
  }),
});

export const StationFilter = builder.inputType("StationFilter", {
  description: "Conditions a station must meet; all given conditions apply.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, description: "Only stations run by this congress." }),
    withinCongressId: t.globalID({ for: CongressNode, description: "Only stations run by this congress or any congress below it." }),
    withinRegionId: t.globalID({ for: RegionNode, description: "Only stations located in this region's subtree." }),
    kind: t.field({ type: StationKindEnum, description: "Only this kind." }),
    active: t.boolean({ description: "Only open (true) or closed (false) stations." }),
    near: t.field({ type: NearInput, description: "Only stations near a point." }),
    search: t.string({ description: "Name or address contains this text." }),
  }),
});

const { order: StationOrderField, sorts: STATION_SORTS } = sortChoices("StationOrderField", "stations", {
  list: "stations",
  defaultSort: "name",
  choices: {
    NAME: { value: "name", column: sortOn.string("name"), description: "Name, in pinyin order." },
    KIND: { value: "kind", column: sortOn.enum("kind", StationKind), description: "Kind." },
    UPDATED_AT: { value: "updatedAt", column: sortOn.date("updatedAt"), description: "Last change." },
    DISTANCE: { value: "distance", description: "Great-circle distance from the point of `filter.near`, then id; the default with `near`, refused without it." },
  },
});

export const StationConnection = nodeConnection(StationNode, "Station", "stations");

type StationFilterInput = {
  congressId?: { id: string } | null;
  withinCongressId?: { id: string } | null;
  withinRegionId?: { id: string } | null;
  kind?: StationKind | null;
  active?: boolean | null;
  near?: { latitude: number; longitude: number; radiusKm: number } | null;
  search?: string | null;
};

/** `distances` are the `near` filter's, when the caller already measured them. */
export async function stationWhere(
  prisma: PrismaClient,
  filter: StationFilterInput | null | undefined,
  distances?: ReadonlyMap<string, number> | null,
): Promise<Prisma.StationWhereInput> {
  if (!filter) return {};
  const and: Prisma.StationWhereInput[] = [];
  if (filter.congressId) and.push({ congressId: filter.congressId.id });
  if (filter.withinCongressId) and.push(await withinCongressWhere(prisma, filter.withinCongressId.id));
  if (filter.withinRegionId) and.push({ region: regionSubtreeWhere(filter.withinRegionId.id) });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.active != null) and.push({ active: filter.active });
  if (filter.near) and.push({ id: { in: [...(distances ?? (await stationsNear(prisma, filter.near))).keys()] } });
  const search = filter.search?.trim();
  if (search) and.push({ OR: [{ name: containsText(search) }, { address: containsText(search) }] });
  return { AND: and };
}

builder.queryFields((t) => ({
  stations: t.connection(
    {
      type: StationNode,
      description: "代表活动阵地 Stations, public. Filters by congress, region, kind and location.",
      args: {
        ...listArgs(t.arg, {
          filter: StationFilter,
          filterDescription: "Conditions; omitted means every station.",
          order: StationOrderField,
          sortDescription: "Sort field (default NAME; DISTANCE when `filter.near` is given).",
        }),
      },
      resolve: async (_root, args, ctx, info) => {
        const near = args.filter?.near;
        const sortBy = args.sortBy ?? (near ? "distance" : null);
        if (sortBy === "distance" && !near) {
          throw Errors.badInput(msg("按距离排序需要给出 `filter.near` 的位置。", "Sorting by DISTANCE needs a point: give `filter.near`, or sort by another field."), [
            { field: "sortBy", message: msg("缺少 filter.near", "needs filter.near") },
          ]);
        }
        const distances = near ? await stationsNear(ctx.prisma, near) : null;
        const page =
          sortBy === "distance" && near && distances
            ? await resolveRankedList(ctx, info, {
                model: ctx.prisma.station,
                typeName: "Station",
                scope: {},
                filter: { AND: [await stationWhere(ctx.prisma, { ...args.filter, near: null }), squareAround(near)] },
                // The point is part of the order: a cursor taken around another point is refused.
                tag: { list: "stations", sortName: `distance@${near.latitude},${near.longitude}` },
                ranks: distances,
                direction: args.sortDirection === "DESC" ? "desc" : "asc",
                args,
              })
            : await resolveList(ctx, info, {
                model: ctx.prisma.station,
                typeName: "Station",
                scope: {},
                filter: await stationWhere(ctx.prisma, args.filter, distances),
                sorts: STATION_SORTS,
                args: { ...args, sortBy },
              });
        if (distances) rememberDistances(page.edges.map((edge) => edge.node), distances);
        return page;
      },
    },
    StationConnection,
  ),
}));

const CreateStationInput = builder.inputType("CreateStationInput", {
  description: "A new station. Kind rules: a deputy home belongs to a county-or-higher congress, a workstation to a township or street, a liaison room sits in a village or community.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress that runs it." }),
    regionId: t.globalID({ for: RegionNode, required: true, description: "Where it is, within the congress's region." }),
    kind: t.field({ type: StationKindEnum, required: true, description: "Kind of position." }),
    name: t.string({ required: true, description: "Name, unique within the congress." }),
    address: t.string({ description: "Street address; required except for an online position." }),
    latitude: t.float({ description: "Latitude (WGS-84), with longitude." }),
    longitude: t.float({ description: "Longitude (WGS-84), with latitude." }),
    openingHours: t.string({ description: "Opening hours." }),
    receptionDays: t.string({ description: "Reception days (接待日)." }),
    keeperName: t.string({ description: "The keeper's name." }),
    keeperPhone: t.string({ description: "The keeper's phone (private)." }),
  }),
});

const UpdateStationInput = builder.inputType("UpdateStationInput", {
  description: "Changes to a station: omit a field to keep it, send null to clear it. Its congress, region and kind are fixed.",
  fields: (t) => ({
    name: t.string({ description: "Name; omit to keep, cannot be null." }),
    address: t.string({ description: "Street address; omit to keep, null to clear (online positions only)." }),
    latitude: t.float({ description: "Latitude (WGS-84), with longitude; omit to keep, null to clear." }),
    longitude: t.float({ description: "Longitude (WGS-84), with latitude; omit to keep, null to clear." }),
    openingHours: t.string({ description: "Opening hours; omit to keep, null to clear." }),
    receptionDays: t.string({ description: "Reception days; omit to keep, null to clear." }),
    keeperName: t.string({ description: "The keeper's name; omit to keep, null to clear." }),
    keeperPhone: t.string({ description: "The keeper's phone (private); omit to keep, null to clear." }),
    active: t.boolean({ description: "False closes the station; omit to keep, cannot be null." }),
    version: t.int({ required: true, description: "The `version` you loaded." }),
  }),
});

builder.mutationFields((t) => ({
  createStation: t.prismaField({
    type: "Station",
    description: "Sets up a station. Administrators of the congress or above.",
    args: { input: t.arg({ type: CreateStationInput, required: true, description: "The new station." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await createStation(ctx, { ...args.input, congressId: args.input.congressId.id, regionId: args.input.regionId.id });
      return ctx.prisma.station.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateStation: t.prismaField({
    type: "Station",
    description: "Edits or closes a station.",
    args: {
      id: t.arg.globalID({ for: StationNode, required: true, description: "The station." }),
      input: t.arg({ type: UpdateStationInput, required: true, description: "The changes." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await updateStation(ctx, args.id.id, args.input);
      return ctx.prisma.station.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  rotateStationCode: t.prismaField({
    type: "Station",
    description: "Issues a new station code; printed QR codes with the old one stop working.",
    args: { id: t.arg.globalID({ for: StationNode, required: true, description: "The station." }) },
    resolve: async (query, _root, args, ctx) => {
      await rotateStationCode(ctx, args.id.id);
      return ctx.prisma.station.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));
