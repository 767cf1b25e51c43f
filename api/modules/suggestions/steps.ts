// The effects and guards of transitions that need more than a column or two.
import { attachFiles } from "./attachments";
import { msg } from "../../lib/i18n";
import { addCalendarMonths, addWorkingDays, exceptionMap } from "../../lib/calendar";
import { chinaToday } from "../../lib/time";
import { Errors } from "../../graphql/errors";
import { accountId } from "../../auth/viewer";
import { settingsOf } from "./settings";
import type { Step, SuggestionRecord, Tx } from "./record";

/** A motion needs enough confirmed co-signers unless a delegation submits it. */
export async function requireMotionSupport(tx: Tx, s: SuggestionRecord): Promise<void> {
  if (s.kind !== "MOTION" || s.delegation) return;
  const { motionMinCoSigners } = await settingsOf(tx, s.congressId);
  const confirmed = s.coSigners.filter((c) => c.status === "CONFIRMED").length;
  if (confirmed < motionMinCoSigners) {
    throw Errors.badInput(
      msg(`议案需要至少 ${motionMinCoSigners} 名代表附议，目前已确认 ${confirmed} 名；或以代表团名义提出。`, `A motion needs at least ${motionMinCoSigners} confirmed co-signers (it has ${confirmed}), or a delegation.`),
      [{ field: "coSigners", message: msg(`已确认 ${confirmed} / ${motionMinCoSigners}`, `${confirmed} of ${motionMinCoSigners} confirmed`) }],
    );
  }
}

/** The number at acceptance: "<year>-<0000>" per congress, kind and year, drawn under an advisory lock so two acceptances never share one. */
export async function nextNumber(tx: Tx, s: SuggestionRecord, now: Date) {
  const year = chinaToday(now).getUTCFullYear();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`suggestion-number:${s.congressId}:${s.kind}:${year}`}))`;
  const last = await tx.suggestion.aggregate({ where: { congressId: s.congressId, kind: s.kind, year }, _max: { sequence: true } });
  const sequence = (last._max.sequence ?? 0) + 1;
  return { year, sequence, number: `${year}-${String(sequence).padStart(4, "0")}`, acceptedAt: now };
}

export interface AssignInput {
  leadUnitId: string;
  coUnitIds: string[];
}

export async function checkUnits(tx: Tx, s: SuggestionRecord, input: AssignInput): Promise<void> {
  const wanted = [input.leadUnitId, ...input.coUnitIds];
  if (new Set(wanted).size !== wanted.length) {
    throw Errors.badInput(msg("主办单位和协办单位不能重复。", "The lead unit and the co-units must all differ."), [{ field: "input.coUnitIds", message: msg("重复", "repeated") }]);
  }
  const units = await tx.handlingUnit.findMany({ where: { id: { in: wanted }, congressId: s.congressId, active: true }, select: { id: true } });
  const problems = wanted
    .map((id, i) => (units.some((u) => u.id === id) ? null : { field: i === 0 ? "input.leadUnitId" : `input.coUnitIds.${i - 1}`, message: msg("不是本级人大的承办单位", "not an active handling unit of this congress") }))
    .filter((p) => p !== null);
  if (problems.length) throw Errors.badInput(msg("承办单位须为本级人大的在用承办单位。", "Handling units must be active units of the suggestion's congress."), problems);
  if (s.units.some((u) => u.unitId === input.leadUnitId)) {
    throw Errors.badInput(msg("该单位已是本建议的协办单位。", "This unit is a co-unit of the suggestion already."), [{ field: "input.leadUnitId", message: msg("已是协办单位", "a co-unit already") }]);
  }
  if (s.units.some((u) => u.role === "LEAD")) {
    throw Errors.invalidTransition(msg("已有主办单位；先批准其改办申请。", "A lead unit is assigned already; approve its reassignment request first."));
  }
}

/** Assigns the units and dates the deadlines: the reply's due date and the last day to ask for reassignment. */
export async function assignUnits(tx: Tx, { record: s, input, now }: Step<AssignInput>) {
  const today = chinaToday(now);
  const settings = await settingsOf(tx, s.congressId);
  const horizon = addCalendarMonths(today, 3);
  const calendar = await tx.calendarDay.findMany({ where: { congressId: s.congressId, date: { gte: today, lte: horizon } }, select: { date: true, workday: true } });
  const already = new Set(s.units.map((u) => u.unitId));
  await tx.suggestionUnit.createMany({
    data: [
      { suggestionId: s.id, unitId: input.leadUnitId, role: "LEAD" as const, assignedAt: now },
      ...input.coUnitIds.filter((id) => !already.has(id)).map((unitId) => ({ suggestionId: s.id, unitId, role: "CO" as const, assignedAt: now })),
    ],
  });
  return {
    assignedAt: now,
    replyDueOn: addCalendarMonths(today, settings.replyDueMonths),
    reassignableUntil: addWorkingDays(today, settings.reassignmentWorkingDays, exceptionMap(calendar)),
  };
}

/** Which of the acting account's units acts: the error names the missing link when there is none. */
export function actingUnit(s: SuggestionRecord, role?: "LEAD" | "CO") {
  const unit = s.units.find((u) => s.links.unitIds.has(u.unitId) && (!role || u.role === role));
  if (!unit) throw Errors.forbidden(msg("你的账号不属于该建议的承办单位。", "Your account does not work for a unit assigned to this suggestion."));
  return unit;
}

export interface ReplyInput {
  class: "A" | "B" | "C";
  body: string;
  signedBy: string;
  repliedOn: Date;
  commitments: { description: string; dueOn: Date }[];
  attachmentIds: string[];
}

/** Before a reply: a consultation (面商) or a waiver, and the opinion of every co-unit. */
export async function requireReadyToReply(tx: Tx, s: SuggestionRecord): Promise<void> {
  const consulted = s.consultationWaiver !== null || (await tx.consultation.count({ where: { suggestionId: s.id } })) > 0;
  if (!consulted) {
    throw Errors.invalidTransition(msg("答复前须记录面商，或由人大工作人员说明理由后免于面商。", "Record a face-to-face consultation (面商) first, or have congress staff waive it with a reason."));
  }
  const waiting = s.units.filter((u) => u.role === "CO" && !u.opinionAt).length;
  if (waiting) {
    throw Errors.invalidTransition(msg(`还有 ${waiting} 个协办单位未提交协办意见。`, `${waiting} co-unit(s) have not sent their opinion yet.`));
  }
}

export async function writeReply(tx: Tx, { record: s, input, actor }: Step<ReplyInput>) {
  const unit = actingUnit(s, "LEAD");
  const round = (await tx.suggestionReply.count({ where: { suggestionId: s.id } })) + 1;
  const reply = await tx.suggestionReply.create({
    data: { suggestionId: s.id, unitId: unit.unitId, round, class: input.class, body: input.body, signedBy: input.signedBy, repliedOn: input.repliedOn, createdById: accountId(actor.viewer) },
  });
  if (input.commitments.length) {
    await tx.commitment.createMany({ data: input.commitments.map((c) => ({ suggestionId: s.id, replyId: reply.id, description: c.description, dueOn: c.dueOn })) });
  }
  if (input.attachmentIds.length) await attachFiles(tx, actor, s.id, input.attachmentIds, { replyId: reply.id });
  return { repliedAt: new Date() };
}

/** The second evaluation waits until every commitment is done or past its due date. */
export async function requireCommitmentsSettled(tx: Tx, s: SuggestionRecord, now: Date): Promise<void> {
  const open = await tx.commitment.count({ where: { suggestionId: s.id, status: "OPEN", dueOn: { gte: chinaToday(now) } } });
  if (open) {
    throw Errors.invalidTransition(msg(`还有 ${open} 项承诺事项未完成且未到期，暂不能进行办理结果评价。`, `${open} commitment(s) are neither done nor due yet: the implementation cannot be evaluated now.`));
  }
}

export async function latestReplyId(tx: Tx, suggestionId: string): Promise<string | null> {
  const reply = await tx.suggestionReply.findFirst({ where: { suggestionId }, orderBy: { round: "desc" }, select: { id: true } });
  return reply?.id ?? null;
}
