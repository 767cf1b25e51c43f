// One mutation per action of the transition table, each `(id, version, input)`, plus createSuggestion.
import { builder } from "../../graphql/builder";
import "./queries";
import "./settings-schema";
import "./categories-schema";
import { ACTION_INPUTS, CreateSuggestionInput } from "./inputs";
import { createSuggestion, transitionSuggestion } from "./service";
import { SUGGESTION_TRANSITIONS } from "./transitions";
import { SuggestionNode } from "./types";

/** Global-id inputs decoded by the schema ({ typename, id }) as the plain ids the service takes. */
export function plainIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainIds);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const entries = Object.entries(value);
  if (entries.length === 2 && "typename" in value && "id" in value) return (value as { id: string }).id;
  return Object.fromEntries(entries.map(([k, v]) => [k, plainIds(v)]));
}

const ACTION_DESCRIPTIONS: Record<string, string> = {
  editSuggestionDraft: "Edits a draft or a returned suggestion (lead deputy).",
  confirmCoSigning: "Confirms an invitation to co-sign (the invited deputy).",
  declineCoSigning: "Declines an invitation to co-sign (the invited deputy).",
  submitSuggestion: "Submits a draft (lead deputy); a motion needs its confirmed co-signers or a delegation.",
  withdrawSuggestion: "Withdraws it before acceptance (lead deputy).",
  returnSuggestion: "Returns it to the lead deputy with a reason (staff of the congress or above).",
  resubmitSuggestion: "Submits a returned suggestion again (lead deputy).",
  acceptSuggestion: "Accepts and numbers it, e.g. 2026-0137 (staff).",
  handleSuggestionAsLetter: "Does not accept it and handles it as a letter, with a reason (staff).",
  decideMotion: "Records the presidium's decision on a motion (staff).",
  assignSuggestion: "Assigns a lead unit and co-units of the congress and dates the reply (staff).",
  requestReassignment: "Asks to be relieved, within the reassignment window (an assigned unit's staff).",
  decideReassignment: "Approves or rejects a unit's reassignment request (staff).",
  startHandlingSuggestion: "Starts handling (lead unit).",
  recordConsultation: "Records a face-to-face consultation, 面商 (a unit's staff).",
  waiveConsultation: "Waives the consultation with a reason (staff).",
  giveCoUnitOpinion: "Sends a co-unit's opinion to the lead unit (co-unit).",
  replyToSuggestion: "Replies with class, text, signer, date and commitments (lead unit); needs a consultation or waiver and every co-unit's opinion.",
  recordCommitmentProgress: "Notes progress on a commitment, or marks it done (lead unit).",
  evaluateReply: "Evaluates the reply (lead deputy): unsatisfied sends it back to re-handling once.",
  evaluateAsCoSigner: "Adds a co-signer's evaluation (recorded, state unchanged).",
  evaluateImplementation: "Evaluates the implementation once every commitment is done or due, and closes it (lead deputy).",
};

builder.mutationFields((t) => {
  const actions = Object.fromEntries(
    SUGGESTION_TRANSITIONS.map(({ action }) => {
      const inputType = (ACTION_INPUTS as Record<string, (typeof ACTION_INPUTS)[keyof typeof ACTION_INPUTS]>)[action];
      const field = t.prismaField({
        type: "Suggestion",
        description: `${ACTION_DESCRIPTIONS[action]} Refused with INVALID_TRANSITION from another state, FORBIDDEN for another actor, CONFLICT for a stale version.`,
        args: {
          id: t.arg.globalID({ for: SuggestionNode, required: true, description: "The suggestion." }),
          version: t.arg.int({ required: true, description: "The `version` you loaded." }),
          ...(inputType ? { input: t.arg({ type: inputType, description: "What the step needs." }) } : {}),
        },
        resolve: async (query, _root, args, ctx) => {
          const id = (args.id as { id: string }).id;
          await transitionSuggestion(ctx, id, action, args.version, plainIds((args as { input?: unknown }).input ?? {}));
          return ctx.prisma.suggestion.findUniqueOrThrow({ ...query, where: { id } });
        },
      });
      return [action, field];
    }),
  );
  return {
    ...actions,
    createSuggestion: t.prismaField({
      type: "Suggestion",
      description: "Writes a new draft as the lead deputy the account is linked to; invited co-signers are notified.",
      args: { input: t.arg({ type: CreateSuggestionInput, required: true, description: "The draft." }) },
      resolve: async (query, _root, args, ctx) => {
        const created = await createSuggestion(ctx, plainIds(args.input));
        return ctx.prisma.suggestion.findUniqueOrThrow({ ...query, where: { id: created.id } });
      },
    }),
  };
});
