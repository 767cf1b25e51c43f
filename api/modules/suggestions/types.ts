// The Suggestion node and the records around it (co-signers, units, replies, commitments,
// evaluations, the timeline), each read through its parent's query.
import type { CoSignerStatus, SuggestionKind, SuggestionState } from "../../generated/prisma/client";
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import { chinaToday } from "../../lib/time";
import { cachedLinks, CO_SIGNER_ORDER, relationshipsOf, TIES_SELECT, UNIT_ORDER } from "./relations";
import { CommitmentStatusEnum, ConsultationFormEnum, EvaluationStageEnum, ReplyClassEnum, RequestStatusEnum, SatisfactionEnum, UnitAssignmentRoleEnum } from "./enums";
import { consultationReadWhere, reassignmentReadWhere, suggestionEventReadWhere, suggestionReadWhere, suggestionUnitReadWhere } from "./scope";
import { suggestionMachine } from "./service";

export const SuggestionKindEnum = describedEnum<SuggestionKind>("SuggestionKind", "建议类型 A suggestion or a motion.", {
  SUGGESTION: "代表建议 A suggestion, criticism or opinion (建议、批评和意见).",
  MOTION: "议案 A motion, with co-signers or from a delegation.",
});

export const SuggestionStateEnum = describedEnum<SuggestionState>("SuggestionState", "建议状态 Where a suggestion is in its lifecycle (docs/API.md, Suggestions).", {
  DRAFT: "草稿 Being written by the lead deputy.",
  SUBMITTED: "已提交 Waiting for staff to accept or return it.",
  RETURNED: "退回修改 Returned to the lead deputy with a reason.",
  ACCEPTED: "已立案 Accepted and numbered; waiting for assignment.",
  ASSIGNED: "已交办 Assigned to a lead unit (and co-units).",
  HANDLING: "办理中 The lead unit is handling it.",
  REPLIED: "已答复 Replied; waiting for the lead deputy's evaluation.",
  REHANDLING: "重新办理 Sent back after an unsatisfied evaluation.",
  IMPLEMENTING: "落实中 Commitments being implemented; waiting for the second evaluation.",
  CLOSED: "已办结 Closed after the second evaluation.",
  WITHDRAWN: "已撤回 Withdrawn by the lead deputy before acceptance.",
  HANDLED_AS_LETTER: "作为来信处理 Not accepted; handled as a letter.",
});

const CoSignerStatusEnum = describedEnum<CoSignerStatus>("CoSignerStatus", "附议状态 A co-signer's answer.", {
  INVITED: "已邀请 Invited, no answer yet.",
  CONFIRMED: "已确认 Confirmed.",
  DECLINED: "已拒绝 Declined.",
});

const OPEN_FOR_REPLY: SuggestionState[] = ["ASSIGNED", "HANDLING", "REHANDLING"];

export const SuggestionNode = builder.prismaNode("Suggestion", {
  description: "代表建议 A deputy's suggestion or motion, with its units, replies, commitments, evaluations and timeline. Read by its deputies, its units' staff and congress staff above it.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [suggestionReadWhere(ctx.viewer)] }),
  fields: (t) => ({
    kind: t.expose("kind", { type: SuggestionKindEnum, description: "Suggestion or motion." }),
    state: t.expose("state", { type: SuggestionStateEnum, description: "Where it is in its lifecycle." }),
    number: t.exposeString("number", { nullable: true, description: "Number given at acceptance, e.g. 2026-0137." }),
    title: t.exposeString("title", { description: "Title." }),
    body: t.exposeString("body", { description: "Text." }),
    attachments: t.relation("attachments", {
      description: "Attached files: the lead deputy's, and those sent with a reply (`forReply`), oldest first.",
      query: { orderBy: { createdAt: "asc" } },
    }),
    delegation: t.exposeString("delegation", { nullable: true, description: "The delegation submitting a motion, if any." }),
    category: t.relation("category", { nullable: true, description: "Category from the congress's catalogue." }),
    congress: t.relation("congress", { description: "The congress it is addressed to." }),
    session: t.relation("session", { nullable: true, description: "The session it was submitted during; null in recess." }),
    lead: t.relation("lead", { description: "The lead deputy (领衔代表)." }),
    coSigners: t.relation("coSigners", { description: "Invited co-signers and their answers.", query: { orderBy: CO_SIGNER_ORDER } }),
    units: t.relation("units", {
      description: "Units assigned, current and ended (reassigned), lead first. A co-unit's staff see the lead unit and their own unit only.",
      query: (_args, ctx) => ({ where: suggestionUnitReadWhere(ctx.viewer), orderBy: [...UNIT_ORDER] }),
    }),
    reassignmentRequests: t.relation("reassignments", {
      description: "Units' requests for reassignment (a co-unit's staff: their own unit's).",
      query: (_args, ctx) => ({ where: reassignmentReadWhere(ctx.viewer), orderBy: { createdAt: "asc" } }),
    }),
    consultations: t.relation("consultations", {
      description: "面商 Face-to-face consultations (a co-unit's staff: their own unit's).",
      query: (_args, ctx) => ({ where: consultationReadWhere(ctx.viewer), orderBy: { heldOn: "asc" } }),
    }),
    consultationWaiver: t.exposeString("consultationWaiver", { nullable: true, description: "Why staff waived the consultation, if they did." }),
    replies: t.relation("replies", { description: "Replies, one per round.", query: { orderBy: { round: "asc" } } }),
    commitments: t.relation("commitments", { description: "承诺事项 The ledger of commitments, soonest due first.", query: { orderBy: [{ dueOn: "asc" }, { id: "asc" }] } }),
    evaluations: t.relation("evaluations", { description: "Evaluations of the lead deputy and co-signers.", query: { orderBy: { createdAt: "asc" } } }),
    events: t.relation("events", {
      description: "办理记录 The timeline: every step, oldest first (a co-unit's staff: without other units' reassignment steps).",
      query: (_args, ctx) => ({ where: suggestionEventReadWhere(ctx.viewer), orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    }),
    stateReason: t.exposeString("stateReason", { nullable: true, description: "Why staff returned it or handled it as a letter." }),
    motionDecision: t.exposeString("motionDecision", { nullable: true, description: "议案 The presidium's decision: ON_AGENDA or NOT_ON_AGENDA." }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true, description: "When submitted (last time)." }),
    acceptedAt: t.expose("acceptedAt", { type: "DateTime", nullable: true, description: "When accepted." }),
    assignedAt: t.expose("assignedAt", { type: "DateTime", nullable: true, description: "When assigned (last time)." }),
    replyDueOn: t.expose("replyDueOn", { type: "Date", nullable: true, description: "Day by which the lead unit must reply (Asia/Shanghai)." }),
    reassignableUntil: t.expose("reassignableUntil", { type: "Date", nullable: true, description: "Last working day on which an assigned unit may ask for reassignment." }),
    repliedAt: t.expose("repliedAt", { type: "DateTime", nullable: true, description: "When last replied." }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true, description: "When closed, withdrawn or handled as a letter." }),
    overdue: t.boolean({
      description: "Still waiting for a reply after its due date.",
      select: { state: true, replyDueOn: true },
      resolve: (s) => OPEN_FOR_REPLY.includes(s.state) && s.replyDueOn !== null && s.replyDueOn < chinaToday(),
    }),
    rehandlingCount: t.exposeInt("rehandlingCount", { description: "Times it went back for re-handling." }),
    disputed: t.exposeBoolean("disputed", { description: "The lead deputy was still unsatisfied after re-handling." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the draft was written." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version; send it with every action to detect concurrent changes." }),
    viewerActions: t.stringList({
      description: "The actions (mutation names) you may take now, from the transition table; their input may still be refused.",
      // The units as the `units` field reads them for this viewer, so that one query loads both (the rows a
      // co-unit does not see are never its own, so its relationships come out the same).
      select: (_args, ctx) => ({ state: true, ...TIES_SELECT, units: { ...TIES_SELECT.units, where: suggestionUnitReadWhere(ctx.viewer) } }),
      resolve: async (s, _args, ctx) => suggestionMachine.actionsFor(s.state, relationshipsOf(ctx.viewer, await cachedLinks(ctx.prisma, ctx.viewer), s)),
    }),
  }),
});

builder.prismaObject("SuggestionCoSigner", {
  description: "附议代表 A deputy invited to co-sign, and their answer.",
  fields: (t) => ({
    deputy: t.relation("membership", { description: "The deputy." }),
    status: t.expose("status", { type: CoSignerStatusEnum, description: "Their answer." }),
    respondedAt: t.expose("respondedAt", { type: "DateTime", nullable: true, description: "When they answered." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When invited." }),
  }),
});

builder.prismaNode("SuggestionUnit", {
  description: "承办分工 A unit assigned as lead (主办) or co-unit (协办); ended when reassigned.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [suggestionUnitReadWhere(ctx.viewer)] }),
  fields: (t) => ({
    unit: t.relation("unit", { description: "The handling unit." }),
    role: t.expose("role", { type: UnitAssignmentRoleEnum, description: "Lead unit or co-unit." }),
    assignedAt: t.expose("assignedAt", { type: "DateTime", description: "When assigned." }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true, description: "When relieved by an approved reassignment." }),
    opinion: t.exposeString("opinion", { nullable: true, description: "A co-unit's opinion to the lead unit." }),
    opinionAt: t.expose("opinionAt", { type: "DateTime", nullable: true, description: "When the opinion was sent." }),
  }),
});

export const ReassignmentRequestNode = builder.prismaNode("ReassignmentRequest", {
  description: "改办申请 A unit's request to be relieved; read with its suggestion.",
  id: { field: "id", description: "Global id, sent to decideReassignment." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [reassignmentReadWhere(ctx.viewer)] }),
  fields: (t) => ({
    unit: t.relation("unit", { description: "The unit asking." }),
    reason: t.exposeString("reason", { description: "Why." }),
    status: t.expose("status", { type: RequestStatusEnum, description: "Where the request stands." }),
    decisionNote: t.exposeString("decisionNote", { nullable: true, description: "Staff's note on the decision." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When asked." }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true, description: "When decided." }),
  }),
});

builder.prismaNode("Consultation", {
  description: "面商记录 A face-to-face consultation.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [consultationReadWhere(ctx.viewer)] }),
  fields: (t) => ({
    unit: t.relation("unit", { description: "The unit that held it." }),
    heldOn: t.expose("heldOn", { type: "Date", description: "Day held." }),
    form: t.expose("form", { type: ConsultationFormEnum, description: "How it was held." }),
    participants: t.exposeString("participants", { description: "Who took part." }),
    summary: t.exposeString("summary", { description: "What was agreed." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When recorded." }),
  }),
});

builder.prismaNode("SuggestionReply", {
  description: "答复 The lead unit's reply of one round.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, suggestion: suggestionReadWhere(ctx.viewer) }),
  fields: (t) => ({
    round: t.exposeInt("round", { description: "1, or 2 after re-handling." }),
    unit: t.relation("unit", { description: "The replying unit." }),
    class: t.expose("class", { type: ReplyClassEnum, description: "A: solved or adopted; B: being solved or planned; C: cannot be solved now." }),
    body: t.exposeString("body", { description: "Text." }),
    signedBy: t.exposeString("signedBy", { description: "Who signed it (签发人)." }),
    repliedOn: t.expose("repliedOn", { type: "Date", description: "Date of the reply." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When recorded." }),
  }),
});

export const CommitmentNode = builder.prismaNode("Commitment", {
  description: "承诺事项 A commitment of a reply, with its due date and progress; read with its suggestion.",
  id: { field: "id", description: "Global id, sent to recordCommitmentProgress." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, suggestion: suggestionReadWhere(ctx.viewer) }),
  fields: (t) => ({
    description: t.exposeString("description", { description: "What was promised." }),
    dueOn: t.expose("dueOn", { type: "Date", description: "Due date." }),
    status: t.expose("status", { type: CommitmentStatusEnum, description: "Open or done." }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true, description: "When done." }),
    progress: t.relation("progress", { description: "Progress notes, oldest first.", query: { orderBy: { createdAt: "asc" } } }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last change." }),
  }),
});

builder.prismaNode("CommitmentProgress", {
  description: "进展 A progress note on a commitment.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, commitment: { suggestion: suggestionReadWhere(ctx.viewer) } }),
  fields: (t) => ({
    note: t.exposeString("note", { description: "What was done." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When noted." }),
  }),
});

builder.prismaNode("SuggestionEvaluation", {
  description: "评价 An evaluation of the reply or of its implementation.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, suggestion: suggestionReadWhere(ctx.viewer) }),
  fields: (t) => ({
    stage: t.expose("stage", { type: EvaluationStageEnum, description: "The reply or its implementation." }),
    deputy: t.relation("membership", { description: "Who evaluated." }),
    byLead: t.exposeBoolean("byLead", { description: "The lead deputy's (moves the suggestion on) or a co-signer's (recorded only)." }),
    satisfaction: t.expose("satisfaction", { type: SatisfactionEnum, description: "The deputy's judgement." }),
    comment: t.exposeString("comment", { nullable: true, description: "Comment." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When." }),
  }),
});

builder.prismaNode("SuggestionEvent", {
  description: "办理记录 One step of the lifecycle.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [suggestionEventReadWhere(ctx.viewer)] }),
  fields: (t) => ({
    action: t.exposeString("action", { description: "The action (mutation name), e.g. acceptSuggestion." }),
    fromState: t.expose("fromState", { type: SuggestionStateEnum, nullable: true, description: "State before; null at creation." }),
    toState: t.expose("toState", { type: SuggestionStateEnum, description: "State after." }),
    actorName: t.exposeString("actorName", { description: "Who took it." }),
    comment: t.exposeString("comment", { nullable: true, description: "Reason or note." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When." }),
  }),
});

export const SuggestionCategoryNode = builder.prismaNode("SuggestionCategory", {
  description: "建议分类 A category of a congress's suggestion catalogue.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name", { description: "Name." }),
    sortOrder: t.exposeInt("sortOrder", { description: "Position in the catalogue." }),
    active: t.exposeBoolean("active", { description: "False once it is no longer offered." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last change." }),
    version: t.exposeInt("version", { description: "Row version; send it with updateSuggestionCategory." }),
  }),
});

builder.prismaObject("SuggestionAttachment", {
  description: "附件 A file attached to a suggestion or sent with its reply.",
  fields: (t) => ({
    file: t.relation("file", { description: "The file; download it from its url." }),
    forReply: t.boolean({ description: "Sent by the lead unit with a reply (else attached by the lead deputy).", select: { replyId: true }, resolve: (a) => a.replyId !== null }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When attached." }),
  }),
});
