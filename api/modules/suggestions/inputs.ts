// The GraphQL inputs of the suggestion mutations, one per action that takes input.
import { builder } from "../../graphql/builder";
import { CongressNode } from "../congresses/types";
import { DeputyNode } from "../deputies/types";
import { StoredFileNode } from "../files/types";
import { HandlingUnitNode } from "../handling-units/types";
import { CongressSessionNode } from "../terms/types";
import { ConsultationFormEnum, ReplyClassEnum, SatisfactionEnum } from "./enums";
import { CommitmentNode, ReassignmentRequestNode, SuggestionCategoryNode, SuggestionKindEnum } from "./types";

const MotionDecisionEnum = builder.enumType("MotionDecisionValue", {
  description: "议案处理决定 The presidium's decision on a motion.",
  values: { ON_AGENDA: { description: "列入会议议程 Put on the agenda." }, NOT_ON_AGENDA: { description: "不列入议程 Not on the agenda (handled as a suggestion)." } } as const,
});


export const CreateSuggestionInput = builder.inputType("CreateSuggestionInput", {
  description: "A new draft, written by the deputy the account is linked to.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress; the account's deputy must be an active deputy of it." }),
    kind: t.field({ type: SuggestionKindEnum, required: true, description: "Suggestion or motion." }),
    title: t.string({ required: true, description: "Title, at most 200 characters." }),
    body: t.string({ required: true, description: "Text." }),
    categoryId: t.globalID({ for: SuggestionCategoryNode, description: "Category of the congress's catalogue (suggestionCategories)." }),
    sessionId: t.globalID({ for: CongressSessionNode, description: "The session it is submitted during; omit in recess." }),
    delegation: t.string({ description: "A delegation submitting a motion (then no co-signers are needed)." }),
    coSignerIds: t.globalIDList({ for: DeputyNode, description: "Deputies of the congress invited to co-sign." }),
    attachmentIds: t.globalIDList({ for: StoredFileNode, description: "Files you uploaded with POST /files (at most 20)." }),
  }),
});

export const EditSuggestionDraftInput = builder.inputType("EditSuggestionDraftInput", {
  description: "Changes to a draft (or a returned suggestion): omit a field to keep it, send null to clear an optional one.",
  fields: (t) => ({
    kind: t.field({ type: SuggestionKindEnum, description: "Suggestion or motion; cannot be null." }),
    title: t.string({ description: "Title; cannot be null." }),
    body: t.string({ description: "Text; cannot be null." }),
    categoryId: t.globalID({ for: SuggestionCategoryNode, description: "Category; null to clear." }),
    sessionId: t.globalID({ for: CongressSessionNode, description: "Session; null for recess." }),
    delegation: t.string({ description: "Delegation; null to clear." }),
    coSignerIds: t.globalIDList({ for: DeputyNode, description: "Every invited co-signer (replaces the list; answers of those kept stay)." }),
    attachmentIds: t.globalIDList({ for: StoredFileNode, description: "Every attachment (replaces the list): files you uploaded with POST /files." }),
  }),
});

const reason = (name: string, description: string) =>
  builder.inputType(name, { description, fields: (t) => ({ reason: t.string({ required: true, description: "The reason, at most 1000 characters." }) }) });
const evaluation = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      satisfaction: t.field({ type: SatisfactionEnum, required: true, description: "满意 / 基本满意 / 不满意." }),
      comment: t.string({ description: "Comment." }),
    }),
  });

const CommitmentInput = builder.inputType("CommitmentInput", {
  description: "承诺事项 A commitment of a reply.",
  fields: (t) => ({
    description: t.string({ required: true, description: "What is promised." }),
    dueOn: t.field({ type: "Date", required: true, description: "By when." }),
  }),
});

/** The input type of each action that takes one (the others take none). */
export const ACTION_INPUTS = {
  editSuggestionDraft: EditSuggestionDraftInput,
  withdrawSuggestion: builder.inputType("WithdrawSuggestionInput", { description: "Why the lead deputy withdraws it.", fields: (t) => ({ reason: t.string({ description: "Optional reason." }) }) }),
  returnSuggestion: reason("ReturnSuggestionInput", "Why staff return it to the lead deputy."),
  acceptSuggestion: builder.inputType("AcceptSuggestionInput", { description: "Acceptance note.", fields: (t) => ({ comment: t.string({ description: "Optional note for the timeline." }) }) }),
  handleSuggestionAsLetter: reason("HandleSuggestionAsLetterInput", "Why it is not accepted and handled as a letter."),
  decideMotion: builder.inputType("DecideMotionInput", {
    description: "The presidium's decision on a motion.",
    fields: (t) => ({
      decision: t.field({ type: MotionDecisionEnum, required: true, description: "The decision." }),
      note: t.string({ description: "Note." }),
    }),
  }),
  assignSuggestion: builder.inputType("AssignSuggestionInput", {
    description: "The units that handle it.",
    fields: (t) => ({
      leadUnitId: t.globalID({ for: HandlingUnitNode, required: true, description: "The lead unit (主办), of the suggestion's congress." }),
      coUnitIds: t.globalIDList({ for: HandlingUnitNode, description: "Co-units (协办), of the same congress." }),
    }),
  }),
  requestReassignment: reason("RequestReassignmentInput", "Why the unit asks to be relieved."),
  decideReassignment: builder.inputType("DecideReassignmentInput", {
    description: "Staff's decision on a unit's reassignment request.",
    fields: (t) => ({
      requestId: t.globalID({ for: ReassignmentRequestNode, required: true, description: "The request (Suggestion.reassignmentRequests)." }),
      approve: t.boolean({ required: true, description: "true relieves the unit; for the lead unit the suggestion goes back to ACCEPTED to be assigned again." }),
      note: t.string({ description: "Note." }),
    }),
  }),
  recordConsultation: builder.inputType("RecordConsultationInput", {
    description: "面商 A face-to-face consultation held.",
    fields: (t) => ({
      heldOn: t.field({ type: "Date", required: true, description: "Day held." }),
      form: t.field({ type: ConsultationFormEnum, required: true, description: "How." }),
      participants: t.string({ required: true, description: "Who took part." }),
      summary: t.string({ required: true, description: "What was agreed." }),
    }),
  }),
  waiveConsultation: reason("WaiveConsultationInput", "Why no consultation is needed."),
  giveCoUnitOpinion: builder.inputType("GiveCoUnitOpinionInput", { description: "A co-unit's opinion.", fields: (t) => ({ opinion: t.string({ required: true, description: "The opinion." }) }) }),
  replyToSuggestion: builder.inputType("ReplyToSuggestionInput", {
    description: "The lead unit's reply.",
    fields: (t) => ({
      class: t.field({ type: ReplyClassEnum, required: true, description: "A, B or C." }),
      body: t.string({ required: true, description: "Text." }),
      signedBy: t.string({ required: true, description: "Who signed it." }),
      repliedOn: t.field({ type: "Date", required: true, description: "Date of the reply." }),
      commitments: t.field({ type: [CommitmentInput], description: "Commitments with due dates." }),
      attachmentIds: t.globalIDList({ for: StoredFileNode, description: "The signed reply and other files, uploaded with POST /files." }),
    }),
  }),
  recordCommitmentProgress: builder.inputType("RecordCommitmentProgressInput", {
    description: "Progress on a commitment.",
    fields: (t) => ({
      commitmentId: t.globalID({ for: CommitmentNode, required: true, description: "The commitment (Suggestion.commitments)." }),
      note: t.string({ required: true, description: "What was done." }),
      done: t.boolean({ description: "true when the commitment is fulfilled." }),
    }),
  }),
  evaluateReply: evaluation("EvaluateReplyInput", "The lead deputy's evaluation of the reply."),
  evaluateAsCoSigner: evaluation("EvaluateAsCoSignerInput", "A co-signer's evaluation (recorded only)."),
  evaluateImplementation: evaluation("EvaluateImplementationInput", "The lead deputy's evaluation of the implementation."),
} as const;
