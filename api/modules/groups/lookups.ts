// One working group by global id.
import { builder } from "../../graphql/builder";
import { WorkingGroupNode } from "./types";

builder.queryFields((t) => ({
  workingGroup: t.prismaField({
    type: "WorkingGroup",
    nullable: true,
    description: "One working group by global id; null when it does not exist.",
    args: { id: t.arg.globalID({ required: true, for: WorkingGroupNode, description: "Global id." }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.workingGroup.findUnique({ ...query, where: { id: args.id.id } }),
  }),
}));
