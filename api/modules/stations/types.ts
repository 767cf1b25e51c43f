import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { StationKind } from "../../generated/prisma/enums";
import { ADMIN_ROLES } from "../../auth/guard";
import { reaches } from "../../auth/viewer";
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import { nodeConnection, resolveList, sortOn, type ListSorts } from "../../graphql/connections";
import { OFFSET_ARG_DESCRIPTION, SortDirection } from "../../graphql/pagination";
import { withinCongressWhere } from "../congresses/scope";
import { regionSubtreeWhere } from "../regions/scope";
import { createStation, rotateStationCode, updateStation } from "./service";

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
    version: t.exposeInt("version", { description: "Row version; send it back on update to detect concurrent edits." }),
  }),
});

const NearInput = builder.inputType("NearInput", {
  description: "A point and a radius: stations inside the square that encloses the circle.",
  fields: (t) => ({
    latitude: t.float({ required: true, description: "Latitude of the point." }),
    longitude: t.float({ required: true, description: "Longitude of the point." }),
    radiusKm: t.float({ required: true, description: "Radius in kilometres, at most 100." }),
  }),
});

export const StationFilter = builder.inputType("StationFilter", {
  description: "Conditions a station must meet; all given conditions apply.",
  fields: (t) => ({
    congressId: t.globalID({ description: "Only stations run by this congress." }),
    withinCongressId: t.globalID({ description: "Only stations run by this congress or any congress below it." }),
    withinRegionId: t.globalID({ description: "Only stations located in this region's subtree." }),
    kind: t.field({ type: StationKindEnum, description: "Only this kind." }),
    active: t.boolean({ description: "Only open (true) or closed (false) stations." }),
    near: t.field({ type: NearInput, description: "Only stations near a point." }),
    search: t.string({ description: "Name or address contains this text." }),
  }),
});

const StationOrderField = builder.enumType("StationOrderField", {
  description: "Fields stations can be sorted by.",
  values: {
    NAME: { value: "name", description: "Name." },
    KIND: { value: "kind", description: "Kind." },
    UPDATED_AT: { value: "updatedAt", description: "Last change." },
  } as const,
});

const STATION_SORTS: ListSorts = {
  list: "stations",
  defaultSort: "name",
  columns: { name: sortOn.string("name"), kind: sortOn.enum("kind", StationKind), updatedAt: sortOn.date("updatedAt") },
};

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

export async function stationWhere(prisma: PrismaClient, filter: StationFilterInput | null | undefined): Promise<Prisma.StationWhereInput> {
  if (!filter) return {};
  const and: Prisma.StationWhereInput[] = [];
  if (filter.congressId) and.push({ congressId: filter.congressId.id });
  if (filter.withinCongressId) and.push(await withinCongressWhere(prisma, filter.withinCongressId.id));
  if (filter.withinRegionId) and.push({ region: regionSubtreeWhere(filter.withinRegionId.id) });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.active != null) and.push({ active: filter.active });
  if (filter.near) {
    const { latitude, longitude } = filter.near;
    const radius = Math.min(Math.max(filter.near.radiusKm, 0), 100);
    const dLat = radius / 111.32;
    const dLng = radius / (111.32 * Math.max(Math.cos((latitude * Math.PI) / 180), 0.01));
    and.push({ latitude: { gte: latitude - dLat, lte: latitude + dLat }, longitude: { gte: longitude - dLng, lte: longitude + dLng } });
  }
  const search = filter.search?.trim();
  if (search) and.push({ OR: [{ name: { contains: search } }, { address: { contains: search } }] });
  return { AND: and };
}

builder.queryFields((t) => ({
  stations: t.connection(
    {
      type: StationNode,
      description: "代表活动阵地 Stations, public. Filters by congress, region, kind and location.",
      args: {
        filter: t.arg({ type: StationFilter, description: "Conditions; omitted means every station." }),
        sortBy: t.arg({ type: StationOrderField, description: "Sort field (default NAME)." }),
        sortDirection: t.arg({ type: SortDirection, description: "Sort direction (default ASC)." }),
        offset: t.arg.int({ description: OFFSET_ARG_DESCRIPTION }),
      },
      resolve: async (_root, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.station,
          typeName: "Station",
          scope: {},
          filter: await stationWhere(ctx.prisma, args.filter),
          sorts: STATION_SORTS,
          args,
        }),
    },
    StationConnection,
  ),
}));

const CreateStationInput = builder.inputType("CreateStationInput", {
  description: "A new station. Kind rules: a deputy home belongs to a county-or-higher congress, a workstation to a township or street, a liaison room sits in a village or community.",
  fields: (t) => ({
    congressId: t.globalID({ required: true, description: "The congress that runs it." }),
    regionId: t.globalID({ required: true, description: "Where it is, within the congress's region." }),
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
  description: "Changes to a station. Its congress, region and kind are fixed.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Name." }),
    address: t.string({ description: "Street address." }),
    latitude: t.float({ description: "Latitude (WGS-84)." }),
    longitude: t.float({ description: "Longitude (WGS-84)." }),
    openingHours: t.string({ description: "Opening hours." }),
    receptionDays: t.string({ description: "Reception days." }),
    keeperName: t.string({ description: "The keeper's name." }),
    keeperPhone: t.string({ description: "The keeper's phone (private)." }),
    active: t.boolean({ required: true, description: "False closes the station." }),
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
      id: t.arg.globalID({ required: true, description: "The station." }),
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
    args: { id: t.arg.globalID({ required: true, description: "The station." }) },
    resolve: async (query, _root, args, ctx) => {
      await rotateStationCode(ctx, args.id.id);
      return ctx.prisma.station.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));
