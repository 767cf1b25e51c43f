// One deputy membership by id, and one person by id or deputy code. A deputy code (代表码) names a
// person, not a membership: one person can serve at county, city and province level at once, so a
// scanned code is answered with the person and every membership, never with one picked arbitrarily.
import { builder } from "../../graphql/builder";
import { lookupKey } from "../../graphql/lookup";
import { DeputyNode, PersonRef } from "./types";

builder.queryFields((t) => ({
  deputy: t.prismaField({
    type: "DeputyMembership",
    nullable: true,
    description: "One deputy membership by global id; null when it does not exist. For a deputy code (代表码) use `person(code:)`: the code names a person, who may serve at several levels.",
    args: { id: t.arg.globalID({ required: true, for: DeputyNode, description: "Global id." }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.deputyMembership.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  person: t.prismaField({
    type: "Person",
    nullable: true,
    description:
      "One person by global id or by deputy code (代表码, as in `/d/<code>`); exactly one of the two. Null when it does not exist. Its `memberships` list every congress and term; private fields follow the person policy.",
    args: {
      id: t.arg.globalID({ for: PersonRef, description: "Global id." }),
      code: t.arg.string({ description: "Deputy code, e.g. from a scanned QR code." }),
    },
    resolve: (query, _root, args, ctx) => {
      const key = lookupKey(args);
      return ctx.prisma.person.findFirst({ ...query, where: "id" in key ? { id: key.id } : { publicCode: key.code } });
    },
  }),
}));
