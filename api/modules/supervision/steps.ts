// What the supervision steps write besides the topic row: its suggestions, supervisors, milestones and records.
import type { SuggestionState, SupervisionRecordKind } from "../../generated/prisma/client";
import { accountId } from "../../auth/viewer";
import { Errors, type FieldProblem } from "../../graphql/errors";
import { msg } from "../../lib/i18n";
import type { Actor } from "../audit/record";
import type { MilestoneInput, RecordInput, SupervisorInput } from "./inputs";
import type { Tx } from "./relations";

/** Accepted and not yet closed: the suggestions the director's meeting can put under supervision. */
const SUPERVISABLE: SuggestionState[] = ["ACCEPTED", "ASSIGNED", "HANDLING", "REPLIED", "REHANDLING", "IMPLEMENTING"];

interface TopicKey {
  id: string;
  year: number;
  congressId: string;
  congressPath: string;
}

function refuse(problems: FieldProblem[], message = msg("请更正标出的字段。", "Correct the fields marked.")) {
  if (problems.length) throw Errors.badInput(message, problems);
}

/** Makes the topic's suggestions exactly `ids`: accepted suggestions of its congress, under no other topic that year. */
export async function setTopicSuggestions(tx: Tx, topic: TopicKey, ids: readonly string[]): Promise<void> {
  const found = await tx.suggestion.findMany({
    where: { id: { in: [...ids] }, congressId: topic.congressId },
    select: { id: true, state: true, supervisionTopics: { where: { year: topic.year, topicId: { not: topic.id } }, select: { topic: { select: { title: true } } } } },
  });
  const byId = new Map(found.map((s) => [s.id, s]));
  const problems = ids.flatMap((id, i): FieldProblem[] => {
    const field = `input.suggestionIds.${i}`;
    const s = byId.get(id);
    if (!s) return [{ field, message: msg("不是本级人大的建议", "not a suggestion of this congress") }];
    if (!SUPERVISABLE.includes(s.state)) return [{ field, message: msg("只有已立案、未办结的建议可以重点督办", "only an accepted suggestion not yet closed can be supervised") }];
    const other = s.supervisionTopics[0];
    if (other) return [{ field, message: msg(`已列入本年度督办专题“${other.topic.title}”`, `already under the topic "${other.topic.title}" this year`) }];
    return [];
  });
  refuse(problems, msg("这些建议不能列入本专题。", "These suggestions cannot be put under this topic."));
  await tx.supervisionTopicSuggestion.deleteMany({ where: { topicId: topic.id, suggestionId: { notIn: [...ids] } } });
  const kept = new Set((await tx.supervisionTopicSuggestion.findMany({ where: { topicId: topic.id }, select: { suggestionId: true } })).map((l) => l.suggestionId));
  // No skipDuplicates: ON CONFLICT DO NOTHING would also swallow the (suggestion, year) violation of a
  // concurrent proposal and leave this topic without the suggestion; the violation answers CONFLICT instead.
  await tx.supervisionTopicSuggestion
    .createMany({ data: ids.filter((id) => !kept.has(id)).map((suggestionId) => ({ topicId: topic.id, year: topic.year, suggestionId })) })
    .catch((error: { code?: string }) => {
      if (error.code !== "P2002") throw error;
      throw Errors.conflict(msg("其中的建议刚被列入本年度另一个督办专题，请刷新后再试。", "A suggestion was just put under another topic this year; reload and try again."), [
        { field: "input.suggestionIds", message: msg("已列入本年度另一个督办专题", "already under another topic this year") },
      ]);
    });
}

const ROLE_BODIES = { COMMITTEE: ["SPECIAL_COMMITTEE", "WORKING_COMMITTEE"], AGENCY: ["DEPUTY_WORK_AGENCY"] } as const;
const keyOf = (s: { role: string; userId?: string | null; bodyId?: string | null; membershipId?: string | null; unitId?: string | null }) =>
  [s.role, s.userId ?? "", s.bodyId ?? "", s.membershipId ?? "", s.unitId ?? ""].join(":");

/** Why a supervisor cannot be assigned to the topic, or null when it can. */
async function supervisorProblem(tx: Tx, topic: TopicKey, s: SupervisorInput) {
  if (s.userId) {
    // An account of this congress or above; the lead supervisor is a member of the director's meeting (a SUPERVISOR grant).
    const grants = await tx.roleGrant.findMany({ where: { userId: s.userId, user: { active: true }, ...(s.role === "LEAD" ? { role: "SUPERVISOR" } : {}) }, select: { congressPath: true, role: true } });
    const reaching = grants.some((g) => g.role === "PLATFORM_ADMIN" || (g.congressPath !== null && topic.congressPath.startsWith(g.congressPath)));
    if (reaching) return null;
    return s.role === "LEAD"
      ? msg("领衔督办人须为本级或上级人大的督办人员（SUPERVISOR）", "the lead supervisor must hold SUPERVISOR at this congress or above")
      : msg("须为本级或上级人大的在用账号", "must be an active account of this congress or above");
  }
  if (s.bodyId) {
    const kinds: readonly string[] = ROLE_BODIES[s.role as keyof typeof ROLE_BODIES] ?? [];
    const body = await tx.congressBody.findFirst({ where: { id: s.bodyId, congressId: topic.congressId }, select: { kind: true } });
    if (!body) return msg("不是本级人大的机构", "not a body of this congress");
    return kinds.includes(body.kind) ? null : msg("机构类别与督办角色不符", "this kind of body cannot take this role");
  }
  if (s.membershipId) {
    const found = await tx.deputyMembership.count({ where: { id: s.membershipId, congressId: topic.congressId, status: "ACTIVE" } });
    return found ? null : msg("不是本级人大的在任代表", "not an active deputy of this congress");
  }
  const unit = await tx.handlingUnit.count({ where: { id: s.unitId!, congressId: topic.congressId, active: true } });
  return unit ? null : msg("不是本级人大的在用承办单位", "not an active handling unit of this congress");
}

/** Makes the topic's supervisors exactly `supervisors`, keeping the rows of those that stay. */
export async function setSupervisors(tx: Tx, topic: TopicKey, supervisors: readonly SupervisorInput[]): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const [i, s] of supervisors.entries()) {
    const problem = await supervisorProblem(tx, topic, s);
    if (problem) problems.push({ field: `input.supervisors.${i}`, message: problem });
  }
  refuse(problems, msg("这些督办人员不能指派到本专题。", "These supervisors cannot be assigned to this topic."));
  const wanted = new Map(supervisors.map((s) => [keyOf(s), s]));
  const existing = await tx.supervisionAssignment.findMany({ where: { topicId: topic.id } });
  const gone = existing.filter((row) => !wanted.has(keyOf(row))).map((row) => row.id);
  await tx.supervisionAssignment.deleteMany({ where: { id: { in: gone } } });
  const kept = new Set(existing.map(keyOf));
  const added = [...wanted.entries()].filter(([key]) => !kept.has(key)).map(([, s]) => s);
  await tx.supervisionAssignment.createMany({
    data: added.map((s) => ({ topicId: topic.id, role: s.role, userId: s.userId ?? null, bodyId: s.bodyId ?? null, membershipId: s.membershipId ?? null, unitId: s.unitId ?? null })),
  });
}

/** The earliest due date of a milestone not yet done (what lists sort overdue topics first by). */
export async function nextMilestoneDueOn(tx: Tx, topicId: string): Promise<Date | null> {
  const next = await tx.supervisionMilestone.aggregate({ where: { topicId, doneAt: null }, _min: { dueOn: true } });
  return next._min.dueOn;
}

/** Makes the plan exactly `milestones`: those with an id are edited, others added, missing ones removed (unless records report on them). */
export async function setMilestones(tx: Tx, topicId: string, milestones: readonly MilestoneInput[]): Promise<{ nextMilestoneDueOn: Date | null }> {
  const existing = await tx.supervisionMilestone.findMany({ where: { topicId }, select: { id: true, title: true, _count: { select: { records: true } } } });
  const known = new Map(existing.map((m) => [m.id, m]));
  refuse(milestones.flatMap((m, i) => (m.id && !known.has(m.id) ? [{ field: `input.milestones.${i}.id`, message: msg("不是本专题的节点", "not a milestone of this topic") }] : [])));
  const keptIds = new Set(milestones.map((m) => m.id).filter(Boolean));
  const removed = existing.filter((m) => !keptIds.has(m.id));
  const reported = removed.find((m) => m._count.records > 0);
  if (reported) throw Errors.conflict(msg(`节点“${reported.title}”已有督办记录，不能删除。`, `The milestone "${reported.title}" has records reporting on it and cannot be removed.`));
  await tx.supervisionMilestone.deleteMany({ where: { id: { in: removed.map((m) => m.id) } } });
  for (const m of milestones) {
    if (m.id) await tx.supervisionMilestone.update({ where: { id: m.id }, data: { title: m.title, dueOn: m.dueOn } });
    else await tx.supervisionMilestone.create({ data: { topicId, title: m.title, dueOn: m.dueOn } });
  }
  return { nextMilestoneDueOn: await nextMilestoneDueOn(tx, topicId) };
}

/** Files the actor uploaded (`POST /files`) and attached to nothing yet. */
async function checkAttachments(tx: Tx, actor: Actor, fileIds: readonly string[]): Promise<void> {
  const usable = await tx.storedFile.findMany({
    where: { id: { in: [...fileIds] }, uploadedById: accountId(actor.viewer) ?? undefined, suggestionAttachments: { none: {} }, supervisionAttachments: { none: {} } },
    select: { id: true },
  });
  const ok = new Set(usable.map((f) => f.id));
  refuse(
    fileIds.flatMap((id, i) => (ok.has(id) ? [] : [{ field: `input.attachmentIds.${i}`, message: msg("不是您上传且未被使用的文件", "not a file you uploaded that nothing uses yet") }])),
    msg("请先通过 POST /files 上传附件，再引用返回的编号。", "Upload attachments with POST /files first, then send the ids it answered."),
  );
}

/** Writes a record of the actor on the topic; answers the topic's next due date when a milestone was marked done. */
export async function writeRecord(tx: Tx, actor: Actor, topicId: string, kind: SupervisionRecordKind, input: RecordInput, now: Date): Promise<{ nextMilestoneDueOn?: Date | null }> {
  if (input.milestoneId && !(await tx.supervisionMilestone.count({ where: { id: input.milestoneId, topicId } }))) {
    refuse([{ field: "input.milestoneId", message: msg("不是本专题的节点", "not a milestone of this topic") }]);
  }
  await checkAttachments(tx, actor, input.attachmentIds);
  const { attachmentIds, milestoneDone, ...fields } = input;
  const authorName = (actor.viewer.displayName ?? actor.viewer.userId ?? "—").slice(0, 100);
  const record = await tx.supervisionRecord.create({ data: { ...fields, kind, topicId, authorId: accountId(actor.viewer), authorName } });
  await tx.supervisionRecordAttachment.createMany({ data: attachmentIds.map((fileId) => ({ recordId: record.id, fileId })), skipDuplicates: true });
  if (!milestoneDone || !input.milestoneId) return {};
  await tx.supervisionMilestone.updateMany({ where: { id: input.milestoneId, doneAt: null }, data: { doneAt: now } });
  return { nextMilestoneDueOn: await nextMilestoneDueOn(tx, topicId) };
}
