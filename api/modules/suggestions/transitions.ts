// The lifecycle of a suggestion or motion as one table (issue 12, DOMAIN.md §6). Each row: the
// action (also the mutation's name and the event's), the states it leaves, the state it reaches,
// who may take it, its input, its guard and its effect. api/lib/state-machine.ts runs it.
import { z } from "zod";
import type { SuggestionState } from "../../generated/prisma/client";
import { ConsultationForm, ReplyClass, Satisfaction } from "../../generated/prisma/enums";
import { Errors } from "../../graphql/errors";
import { msg } from "../../lib/i18n";
import { chinaToday } from "../../lib/time";
import { DAY, optionalText, requiredText } from "../../lib/validation";
import { accountId } from "../../auth/viewer";
import { step, type SuggestionRecord } from "./record";
import { editDraft, EditDraftInput } from "./drafts";
import { ATTACHMENT_IDS } from "./attachments";
import {
  actingUnit,
  assignUnits,
  checkUnits,
  latestReplyId,
  nextNumber,
  requireCommitmentsSettled,
  requireMotionSupport,
  requireReadyToReply,
  writeReply,
} from "./steps";

const NONE = z.object({});
const REASON = z.object({ reason: requiredText(1000) });
const OPTIONAL_COMMENT = z.object({ comment: optionalText(2000) });
const ID = z.string().uuid();
const EVALUATION = z.object({ satisfaction: z.enum(Satisfaction), comment: optionalText(2000) });

/** Before acceptance: what the lead deputy may still withdraw. */
const BEFORE_ACCEPTANCE: SuggestionState[] = ["DRAFT", "SUBMITTED", "RETURNED"];
const UNDER_HANDLING: SuggestionState[] = ["ASSIGNED", "HANDLING", "REHANDLING"];
const title = (zh: string, en: string) => (s: SuggestionRecord) => msg(`${zh}：${s.title}`, `${en}: ${s.title}`);

const coSignerAnswer = (status: "CONFIRMED" | "DECLINED") =>
  step({
    action: status === "CONFIRMED" ? "confirmCoSigning" : "declineCoSigning",
    from: BEFORE_ACCEPTANCE,
    to: ({ record }) => record.state,
    who: ["INVITED_CO_SIGNER"],
    input: NONE,
    effect: async ({ tx, record }) => {
      const mine = record.coSigners.find((c) => c.membership.personId === record.links.personId)!;
      await tx.suggestionCoSigner.update({ where: { suggestionId_membershipId: { suggestionId: record.id, membershipId: mine.membershipId } }, data: { status, respondedAt: new Date() } });
    },
  });

export const SUGGESTION_TRANSITIONS = [
  step({ action: "editSuggestionDraft", from: ["DRAFT", "RETURNED"], to: ({ record }) => record.state, who: ["LEAD"], input: EditDraftInput, effect: editDraft }),
  coSignerAnswer("CONFIRMED"),
  coSignerAnswer("DECLINED"),
  step({
    action: "submitSuggestion",
    from: ["DRAFT"],
    to: "SUBMITTED",
    who: ["LEAD"],
    input: NONE,
    guard: ({ tx, record }) => requireMotionSupport(tx, record),
    effect: ({ now }) => ({ submittedAt: now }),
    notice: { kind: "SUBMITTED", audience: ["STAFF"], title: title("代表建议已提交", "Suggestion submitted") },
  }),
  step({
    action: "withdrawSuggestion",
    from: BEFORE_ACCEPTANCE,
    to: "WITHDRAWN",
    who: ["LEAD"],
    input: z.object({ reason: optionalText(1000) }),
    comment: (i) => i.reason,
    effect: ({ input, now }) => ({ stateReason: input.reason ?? null, closedAt: now }),
  }),
  step({
    action: "returnSuggestion",
    from: ["SUBMITTED"],
    to: "RETURNED",
    who: ["STAFF"],
    input: REASON,
    comment: (i) => i.reason,
    effect: ({ input }) => ({ stateReason: input.reason }),
    notice: { kind: "RETURNED", audience: ["LEAD_DEPUTY"], title: title("代表建议被退回修改", "Suggestion returned") },
  }),
  step({
    action: "resubmitSuggestion",
    from: ["RETURNED"],
    to: "SUBMITTED",
    who: ["LEAD"],
    input: NONE,
    guard: ({ tx, record }) => requireMotionSupport(tx, record),
    effect: ({ now }) => ({ submittedAt: now, stateReason: null }),
    notice: { kind: "SUBMITTED", audience: ["STAFF"], title: title("代表建议已重新提交", "Suggestion resubmitted") },
  }),
  step({
    action: "acceptSuggestion",
    from: ["SUBMITTED"],
    to: "ACCEPTED",
    who: ["STAFF"],
    input: OPTIONAL_COMMENT,
    comment: (i) => i.comment,
    effect: ({ tx, record, now }) => nextNumber(tx, record, now),
    notice: { kind: "ACCEPTED", audience: ["LEAD_DEPUTY", "CO_SIGNERS"], title: title("代表建议已立案", "Suggestion accepted") },
  }),
  step({
    action: "handleSuggestionAsLetter",
    from: ["SUBMITTED"],
    to: "HANDLED_AS_LETTER",
    who: ["STAFF"],
    input: REASON,
    comment: (i) => i.reason,
    effect: ({ input, now }) => ({ stateReason: input.reason, closedAt: now }),
    notice: { kind: "RETURNED", audience: ["LEAD_DEPUTY"], title: title("代表建议不予立案，作为来信处理", "Handled as a letter") },
  }),
  step({
    action: "decideMotion",
    from: ["ACCEPTED", "ASSIGNED", "HANDLING"],
    to: ({ record }) => record.state,
    who: ["STAFF"],
    input: z.object({ decision: z.enum(["ON_AGENDA", "NOT_ON_AGENDA"]), note: optionalText(1000) }),
    comment: (i) => i.note,
    guard: ({ record }) => {
      if (record.kind !== "MOTION") throw Errors.invalidTransition(msg("只有议案需要主席团决定。", "Only a motion gets the presidium's decision."));
      if (record.motionDecision && record.motionDecision !== "PENDING") throw Errors.invalidTransition(msg("该议案已有处理决定。", "This motion has been decided already."));
    },
    effect: ({ input }) => ({ motionDecision: input.decision, motionDecisionNote: input.note ?? null }),
  }),
  step({
    action: "assignSuggestion",
    from: ["ACCEPTED"],
    to: "ASSIGNED",
    who: ["STAFF"],
    input: z.object({ leadUnitId: ID, coUnitIds: z.array(ID).max(20, "at most 20 co-units").default([]) }),
    guard: ({ tx, record, input }) => checkUnits(tx, record, input),
    effect: (s) => assignUnits(s.tx, s),
    notice: { kind: "ASSIGNED", audience: ["ALL_UNITS", "LEAD_DEPUTY"], title: title("代表建议已交办", "Suggestion assigned") },
  }),
  step({
    action: "requestReassignment",
    from: UNDER_HANDLING.filter((s) => s !== "REHANDLING"),
    to: ({ record }) => record.state,
    who: ["LEAD_UNIT", "CO_UNIT"],
    input: REASON,
    comment: (i) => i.reason,
    guard: async ({ tx, record, now }) => {
      if (!record.reassignableUntil || chinaToday(now) > record.reassignableUntil) {
        throw Errors.invalidTransition(msg("已超过申请改办的期限。", "The time to ask for reassignment has passed."));
      }
      const unit = actingUnit(record);
      if (await tx.reassignmentRequest.count({ where: { suggestionId: record.id, unitId: unit.unitId, status: "PENDING" } })) {
        throw Errors.conflict(msg("本单位已有待处理的改办申请。", "Your unit has a pending reassignment request already."));
      }
    },
    effect: async ({ tx, record, input, actor }) => {
      await tx.reassignmentRequest.create({ data: { suggestionId: record.id, unitId: actingUnit(record).unitId, reason: input.reason, requestedById: accountId(actor.viewer) } });
    },
    notice: { kind: "REASSIGNMENT_REQUESTED", audience: ["STAFF"], title: title("承办单位申请改办", "Reassignment requested") },
  }),
  step({
    action: "decideReassignment",
    from: ["ASSIGNED", "HANDLING"],
    // Approving the lead unit's request leaves the suggestion without a lead: back to staff to assign another.
    to: async ({ tx, record, input }) => {
      const request = await tx.reassignmentRequest.findFirst({ where: { id: input.requestId, suggestionId: record.id, status: "PENDING" } });
      if (!request) throw Errors.badInput(msg("没有这个待处理的改办申请。", "No such pending reassignment request on this suggestion."), [{ field: "input.requestId", message: msg("不存在或已处理", "missing or decided") }]);
      const lead = record.units.find((u) => u.role === "LEAD");
      return input.approve && lead?.unitId === request.unitId ? "ACCEPTED" : record.state;
    },
    who: ["STAFF"],
    input: z.object({ requestId: ID, approve: z.boolean(), note: optionalText(1000) }),
    comment: (i) => i.note,
    effect: async ({ tx, record, input, actor, now }) => {
      const request = await tx.reassignmentRequest.update({
        where: { id: input.requestId },
        data: { status: input.approve ? "APPROVED" : "REJECTED", decidedById: accountId(actor.viewer), decidedAt: now, decisionNote: input.note ?? null },
      });
      if (input.approve) await tx.suggestionUnit.updateMany({ where: { suggestionId: record.id, unitId: request.unitId, endedAt: null }, data: { endedAt: now } });
    },
    notice: { kind: "REASSIGNMENT_DECIDED", audience: ["ALL_UNITS"], title: title("改办申请已处理", "Reassignment request decided") },
  }),
  step({ action: "startHandlingSuggestion", from: ["ASSIGNED"], to: "HANDLING", who: ["LEAD_UNIT"], input: NONE }),
  step({
    action: "recordConsultation",
    from: UNDER_HANDLING,
    to: ({ record }) => record.state,
    who: ["LEAD_UNIT", "CO_UNIT"],
    input: z.object({ heldOn: DAY, form: z.enum(ConsultationForm), participants: requiredText(500), summary: requiredText(5000) }),
    effect: async ({ tx, record, input, actor }) => {
      await tx.consultation.create({ data: { suggestionId: record.id, unitId: actingUnit(record).unitId, ...input, recordedById: accountId(actor.viewer) } });
    },
  }),
  step({
    action: "waiveConsultation",
    from: UNDER_HANDLING,
    to: ({ record }) => record.state,
    who: ["STAFF"],
    input: REASON,
    comment: (i) => i.reason,
    effect: ({ input }) => ({ consultationWaiver: input.reason.slice(0, 500) }),
  }),
  step({
    action: "giveCoUnitOpinion",
    from: UNDER_HANDLING,
    to: ({ record }) => record.state,
    who: ["CO_UNIT"],
    input: z.object({ opinion: requiredText(5000) }),
    effect: async ({ tx, record, input, now }) => {
      await tx.suggestionUnit.update({ where: { id: actingUnit(record, "CO").id }, data: { opinion: input.opinion, opinionAt: now } });
    },
  }),
  step({
    action: "replyToSuggestion",
    from: ["HANDLING", "REHANDLING"],
    to: "REPLIED",
    who: ["LEAD_UNIT"],
    input: z.object({
      class: z.enum(ReplyClass),
      body: requiredText(20000),
      signedBy: requiredText(50),
      repliedOn: DAY,
      commitments: z.array(z.object({ description: requiredText(1000), dueOn: DAY })).max(50, "at most 50 commitments").default([]),
      attachmentIds: ATTACHMENT_IDS.default([]),
    }),
    guard: ({ tx, record }) => requireReadyToReply(tx, record),
    effect: (s) => writeReply(s.tx, s),
    notice: { kind: "REPLIED", audience: ["LEAD_DEPUTY", "CO_SIGNERS", "STAFF"], title: title("承办单位已答复", "Reply received") },
  }),
  step({
    action: "recordCommitmentProgress",
    from: ["REPLIED", "IMPLEMENTING"],
    to: ({ record }) => record.state,
    who: ["LEAD_UNIT"],
    input: z.object({ commitmentId: ID, note: requiredText(2000), done: z.boolean().default(false) }),
    comment: (i) => i.note,
    effect: async ({ tx, record, input, actor, now }) => {
      const commitment = await tx.commitment.findFirst({ where: { id: input.commitmentId, suggestionId: record.id } });
      if (!commitment) throw Errors.badInput(msg("该建议没有这项承诺事项。", "This suggestion has no such commitment."), [{ field: "input.commitmentId", message: msg("不存在", "not found") }]);
      await tx.commitmentProgress.create({ data: { commitmentId: commitment.id, note: input.note, recordedById: accountId(actor.viewer) } });
      if (input.done && commitment.status !== "DONE") await tx.commitment.update({ where: { id: commitment.id }, data: { status: "DONE", doneAt: now, version: { increment: 1 } } });
    },
  }),
  step({
    action: "evaluateReply",
    from: ["REPLIED"],
    // 不满意 sends it back to re-handling once; a second 不满意 is kept and flagged.
    to: ({ record, input }) => (input.satisfaction === "UNSATISFIED" && record.rehandlingCount === 0 ? "REHANDLING" : "IMPLEMENTING"),
    who: ["LEAD"],
    input: EVALUATION,
    comment: (i) => i.comment,
    effect: async ({ tx, record, input }) => {
      await tx.suggestionEvaluation.create({ data: { suggestionId: record.id, replyId: await latestReplyId(tx, record.id), stage: "REPLY", membershipId: record.leadMembershipId, byLead: true, ...input } });
      if (input.satisfaction !== "UNSATISFIED") return {};
      return record.rehandlingCount === 0 ? { rehandlingCount: 1 } : { disputed: true };
    },
    notice: { kind: "EVALUATED", audience: ["ALL_UNITS", "STAFF"], title: title("代表已评价答复", "Reply evaluated") },
  }),
  step({
    action: "evaluateAsCoSigner",
    from: ["REPLIED", "IMPLEMENTING", "CLOSED"],
    to: ({ record }) => record.state,
    who: ["CO_SIGNER"],
    input: EVALUATION,
    comment: (i) => i.comment,
    effect: async ({ tx, record, input }) => {
      const membershipId = record.coSigners.find((c) => c.membership.personId === record.links.personId)!.membershipId;
      const stage = record.state === "CLOSED" ? "IMPLEMENTATION" : "REPLY";
      if (await tx.suggestionEvaluation.count({ where: { suggestionId: record.id, membershipId, stage } })) {
        throw Errors.conflict(msg("你已评价过这一阶段。", "You have evaluated this stage already."));
      }
      await tx.suggestionEvaluation.create({ data: { suggestionId: record.id, replyId: await latestReplyId(tx, record.id), stage, membershipId, byLead: false, ...input } });
    },
  }),
  step({
    action: "evaluateImplementation",
    from: ["IMPLEMENTING"],
    to: "CLOSED",
    who: ["LEAD"],
    input: EVALUATION,
    comment: (i) => i.comment,
    guard: ({ tx, record, now }) => requireCommitmentsSettled(tx, record, now),
    effect: async ({ tx, record, input, now }) => {
      await tx.suggestionEvaluation.create({ data: { suggestionId: record.id, replyId: await latestReplyId(tx, record.id), stage: "IMPLEMENTATION", membershipId: record.leadMembershipId, byLead: true, ...input } });
      return { closedAt: now };
    },
    notice: { kind: "CLOSED", audience: ["ALL_UNITS", "STAFF"], title: title("代表建议办结", "Suggestion closed") },
  }),
];

export type SuggestionAction = (typeof SUGGESTION_TRANSITIONS)[number]["action"];
