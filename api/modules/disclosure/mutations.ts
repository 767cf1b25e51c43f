// Publishing a suggestion and its reply, and withdrawing it.
import { builder } from "../../graphql/builder";
import { SuggestionNode } from "../suggestions/types";
import "./queries";
import { publishSuggestion, unpublishSuggestion } from "./service";
import { DisclosedSuggestionNode } from "./types";

const PublishSuggestionInput = builder.inputType("PublishSuggestionInput", {
  description: "What to remove besides the numbers and addresses found automatically.",
  fields: (t) => ({
    markedNames: t.stringList({ description: "Names and phrases to replace with 某某 (e.g. the constituents a suggestion names)." }),
  }),
});

builder.mutationFields((t) => ({
  publishSuggestion: t.prismaField({
    type: DisclosedSuggestionNode,
    description:
      "Publishes a replied suggestion and its reply as previewed (staff of its congress or above): a new snapshot, personal data removed, " +
      "replacing the one the public sees. CONFLICT when the suggestion changed since `version`; INVALID_TRANSITION before a reply or for a motion.",
    args: {
      id: t.arg.globalID({ for: SuggestionNode, required: true, description: "The suggestion." }),
      version: t.arg.int({ required: true, description: "The suggestion's `version` you previewed." }),
      input: t.arg({ type: PublishSuggestionInput, description: "Marked names." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const row = await publishSuggestion(ctx, args.id.id, args.version, args.input ?? {});
      return ctx.prisma.disclosedSuggestion.findUniqueOrThrow({ ...query, where: { id: row.id } });
    },
  }),
  unpublishSuggestion: t.boolean({
    description: "Withdraws a published suggestion from the public, with a reason (staff of its congress or above); publishing it again brings it back.",
    args: {
      id: t.arg.globalID({ for: SuggestionNode, required: true, description: "The suggestion." }),
      reason: t.arg.string({ required: true, description: "Why it is withdrawn (kept in the audit log)." }),
    },
    resolve: async (_root, args, ctx) => {
      await unpublishSuggestion(ctx, args.id.id, { reason: args.reason });
      return true;
    },
  }),
}));
