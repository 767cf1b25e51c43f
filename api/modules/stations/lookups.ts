// One station by global id or by its public code (the code behind the QR code at the door).
import { builder } from "../../graphql/builder";
import { lookupKey } from "../../graphql/lookup";
import { StationNode } from "./types";

builder.queryFields((t) => ({
  station: t.prismaField({
    type: "Station",
    nullable: true,
    description: "One station by global id or by station code (联络站码, as in `/s/<code>`); exactly one of the two. Null when it does not exist.",
    args: {
      id: t.arg.globalID({ for: StationNode, description: "Global id." }),
      code: t.arg.string({ description: "Station code, e.g. from a scanned QR code." }),
    },
    resolve: (query, _root, args, ctx) => {
      const key = lookupKey(args);
      return ctx.prisma.station.findFirst({ ...query, where: "id" in key ? { id: key.id } : { publicCode: key.code } });
    },
  }),
}));
