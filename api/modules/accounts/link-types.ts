// What an account acts as: the deputy it is, the handling units it works for, the stations it keeps.
import { builder } from "../../graphql/builder";
import { ContactAssignmentNode } from "../contacts/types";
import { PersonRef } from "../deputies/types";
import { HandlingUnitNode } from "../handling-units/types";
import { StationNode } from "../stations/types";
import { linkAccountToPerson, setAccountStations, setAccountUnits } from "./links";
import { UserNode } from "./types";

builder.prismaObjectFields("User", (t) => ({
  person: t.relation("person", {
    nullable: true,
    description: "The person this account is (a deputy signing in as themself), with their memberships; null for staff accounts.",
  }),
  units: t.field({
    type: [HandlingUnitNode],
    description: "Handling units this UNIT_STAFF account works for, by name.",
    select: (_args, _ctx, nested) => ({ units: { select: { unit: nested() }, orderBy: { unit: { name: "asc" } } } }),
    resolve: (user) => user.units.map((link) => link.unit),
  }),
  keptStations: t.field({
    type: [StationNode],
    description: "Stations this STATION_KEEPER account keeps, by name.",
    select: (_args, _ctx, nested) => ({ keptStations: { select: { station: nested() }, orderBy: { station: { name: "asc" } } } }),
    resolve: (user) => user.keptStations.map((link) => link.station),
  }),
  deputyContacts: t.field({
    type: [ContactAssignmentNode],
    description: "双联系: the standing committee members assigned to keep in touch with the person this account is, over all their memberships; empty for staff accounts.",
    select: (_args, _ctx, nested) => ({
      person: { select: { memberships: { select: { contactAssignments: nested({ orderBy: { memberName: "asc" } }) }, orderBy: { createdAt: "asc" } } } },
    }),
    resolve: (user) => user.person?.memberships.flatMap((m) => m.contactAssignments) ?? [],
  }),
}));

builder.mutationFields((t) => ({
  linkAccountToPerson: t.prismaField({
    type: "User",
    description:
      "Links an account holding DEPUTY to the person it is (null unlinks). You must manage the account and administer every congress the person is a deputy of; a person links to one account only (CONFLICT).",
    args: {
      userId: t.arg.globalID({ for: UserNode, required: true, description: "The account." }),
      personId: t.arg.globalID({ for: PersonRef, description: "The person (`Deputy.person.id`); null or omitted unlinks." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await linkAccountToPerson(ctx, { userId: args.userId.id, personId: args.personId?.id ?? null });
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: args.userId.id } });
    },
  }),
  setAccountUnits: t.prismaField({
    type: "User",
    description: "Makes the handling units a UNIT_STAFF account works for exactly these (an empty list clears them). Each must be in your jurisdiction and under the account's home congress.",
    args: {
      userId: t.arg.globalID({ for: UserNode, required: true, description: "The account." }),
      unitIds: t.arg.globalIDList({ for: HandlingUnitNode, required: true, description: "Every unit the account works for." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await setAccountUnits(ctx, { userId: args.userId.id, unitIds: args.unitIds.map((id) => id.id) });
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: args.userId.id } });
    },
  }),
  setAccountStations: t.prismaField({
    type: "User",
    description: "Makes the stations a STATION_KEEPER account keeps exactly these (an empty list clears them). Each must be in your jurisdiction and under the account's home congress.",
    args: {
      userId: t.arg.globalID({ for: UserNode, required: true, description: "The account." }),
      stationIds: t.arg.globalIDList({ for: StationNode, required: true, description: "Every station the account keeps." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await setAccountStations(ctx, { userId: args.userId.id, stationIds: args.stationIds.map((id) => id.id) });
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: args.userId.id } });
    },
  }),
}));
