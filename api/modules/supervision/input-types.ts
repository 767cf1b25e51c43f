// The GraphQL inputs of the supervision mutations, one per action that takes input (validated by inputs.ts).
import { builder } from "../../graphql/builder";
import { UserNode } from "../accounts/types";
import { CongressBodyNode, CongressNode } from "../congresses/types";
import { DeputyNode } from "../deputies/types";
import { StoredFileNode } from "../files/types";
import { HandlingUnitNode } from "../handling-units/types";
import { SatisfactionEnum } from "../suggestions/enums";
import { SuggestionNode } from "../suggestions/types";
import { SupervisionMilestoneNode, SupervisionRecordKindEnum, SupervisorRoleEnum } from "./types";

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
const milestoneId = { for: SupervisionMilestoneNode };

export const CreateSupervisionTopicInput = builder.inputType("CreateSupervisionTopicInput", {
  description: "Suggestions proposed as key for a year: one topic covering one or several related suggestions.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress; you must be staff (DEPUTY_AFFAIRS or administrator) of it or above." }),
    year: t.int({ required: true, description: "The year they are key for." }),
    title: t.string({ required: true, description: "Title, at most 200 characters." }),
    description: t.string({ description: "What the topic covers, at most 2000 characters." }),
    suggestionIds: t.globalIDList({ for: SuggestionNode, required: true, description: "Accepted suggestions of the congress (1–50), under no other topic that year." }),
  }),
});

const SupervisorInput = builder.inputType("SupervisorInput", {
  description: "One supervisor: give exactly one of the ids, as the role allows.",
  fields: (t) => ({
    role: t.field({ type: SupervisorRoleEnum, required: true, description: "The role." }),
    userId: t.globalID({ for: UserNode, description: "An account (LEAD: holds SUPERVISOR at the congress or above; COMMITTEE, AGENCY, GOVERNMENT_OFFICE: any account of the congress or above)." }),
    bodyId: t.globalID({ for: CongressBodyNode, description: "A body of the congress (COMMITTEE: special or working committee; AGENCY: deputy work agency)." }),
    membershipId: t.globalID({ for: DeputyNode, description: "An active deputy of the congress (DEPUTIES)." }),
    unitId: t.globalID({ for: HandlingUnitNode, description: "A handling unit of the congress (GOVERNMENT_OFFICE); its staff accounts supervise." }),
  }),
});

const MilestoneInput = builder.inputType("SupervisionMilestoneInput", {
  description: "A milestone of the plan.",
  fields: (t) => ({
    id: t.globalID({ ...milestoneId, description: "An existing milestone to keep (edited); omit for a new one." }),
    title: t.string({ required: true, description: "What should be reached, e.g. 第一季度进展." }),
    dueOn: t.field({ type: "Date", required: true, description: "By when." }),
  }),
});

const recordFields = (t: PothosSchemaTypes.InputFieldBuilder<BuilderTypes, "InputObject">) => ({
  heldOn: t.field({ type: "Date", required: true, description: "Day held; not after today." }),
  place: t.string({ description: "Where." }),
  participants: t.string({ description: "Who took part." }),
  notes: t.string({ required: true, description: "What was done and heard, at most 5000 characters." }),
  problems: t.string({ description: "Problems found." }),
  milestoneId: t.globalID({ ...milestoneId, description: "The milestone the progress is about." }),
  progress: t.string({ description: "Progress on that milestone." }),
  milestoneDone: t.boolean({ description: "true marks that milestone done." }),
  attachmentIds: t.globalIDList({ for: StoredFileNode, description: "Files you uploaded with POST /files (at most 20)." }),
});

/** The input type of each action that takes one (startSupervision takes none). */
export const SUPERVISION_INPUTS = {
  editSupervisionTopic: builder.inputType("EditSupervisionTopicInput", {
    description: "Changes before supervision starts: omit a field to keep it, send null to clear the description.",
    fields: (t) => ({
      title: t.string({ description: "Title; cannot be null." }),
      description: t.string({ description: "Description; null to clear." }),
      suggestionIds: t.globalIDList({ for: SuggestionNode, description: "Every suggestion of the topic (replaces the list)." }),
    }),
  }),
  decideSupervisionTopic: builder.inputType("DecideSupervisionTopicInput", {
    description: "The director's meeting decision that makes them key.",
    fields: (t) => ({
      decidedOn: t.field({ type: "Date", required: true, description: "Day of the meeting." }),
      meeting: t.string({ required: true, description: "The meeting, e.g. 第十二次主任会议." }),
      documentNumber: t.string({ required: true, description: "Document number of the decision." }),
    }),
  }),
  assignSupervisors: builder.inputType("AssignSupervisorsInput", {
    description: "Every supervisor of the topic (replaces the list; those kept keep their rows).",
    fields: (t) => ({ supervisors: t.field({ type: [SupervisorInput], required: true, description: "At most one LEAD." }) }),
  }),
  planSupervision: builder.inputType("PlanSupervisionInput", {
    description: "Every milestone of the plan (replaces the list; one with records cannot be removed).",
    fields: (t) => ({ milestones: t.field({ type: [MilestoneInput], required: true, description: "At most 24 milestones, distinct titles." }) }),
  }),
  recordSupervision: builder.inputType("RecordSupervisionInput", {
    description: "A supervision record.",
    fields: (t) => ({ kind: t.field({ type: SupervisionRecordKindEnum, required: true, description: "What it was (not LOOK_BACK)." }), ...recordFields(t) }),
  }),
  judgeSupervisionTopic: builder.inputType("JudgeSupervisionTopicInput", {
    description: "The lead supervisor's final judgement.",
    fields: (t) => ({
      judgement: t.field({ type: SatisfactionEnum, required: true, description: "满意 / 基本满意 / 不满意." }),
      note: t.string({ description: "Why." }),
    }),
  }),
  closeSupervisionTopic: builder.inputType("CloseSupervisionTopicInput", { description: "Closing note.", fields: (t) => ({ comment: t.string({ description: "Optional note for the timeline." }) }) }),
  reviewSupervisionTopic: builder.inputType("ReviewSupervisionTopicInput", { description: "回头看 The record of a look-back review.", fields: (t) => recordFields(t) }),
} as const;
