// The validated inputs of the supervision mutations (zod); the GraphQL input types are in input-types.ts.
import { z } from "zod";
import { Satisfaction, SupervisionRecordKind, SupervisorRole } from "../../generated/prisma/enums";
import { chinaToday } from "../../lib/time";
import { DAY, optionalText, requiredText } from "../../lib/validation";
import { zmsg } from "../../lib/zod-messages";

const ID = z.string().uuid();
const SUGGESTION_IDS = z
  .array(ID)
  .min(1, zmsg("至少包含一件建议", "at least one suggestion"))
  .max(50, zmsg("最多 50 件建议", "at most 50 suggestions"))
  .refine((ids) => new Set(ids).size === ids.length, zmsg("建议不能重复", "a suggestion is listed twice"));

export const CreateTopicInput = z.object({
  congressId: ID,
  year: z.number().int().min(2000, zmsg("年度须在 2000–2100 之间", "a year between 2000 and 2100")).max(2100, zmsg("年度须在 2000–2100 之间", "a year between 2000 and 2100")),
  title: requiredText(200),
  description: optionalText(2000),
  suggestionIds: SUGGESTION_IDS,
});

export const EditTopicInput = z.object({ title: requiredText(200).optional(), description: optionalText(2000), suggestionIds: SUGGESTION_IDS.optional() });

export const DecideTopicInput = z.object({ decidedOn: DAY, meeting: requiredText(200), documentNumber: requiredText(100) });

const ROLE_TARGETS: Record<SupervisorRole, readonly string[]> = {
  LEAD: ["userId"],
  COMMITTEE: ["bodyId", "userId"],
  AGENCY: ["bodyId", "userId"],
  DEPUTIES: ["membershipId"],
  GOVERNMENT_OFFICE: ["unitId", "userId"],
};
const TARGETS = ["userId", "bodyId", "membershipId", "unitId"] as const;

const Supervisor = z
  .object({ role: z.enum(SupervisorRole), userId: ID.nullish(), bodyId: ID.nullish(), membershipId: ID.nullish(), unitId: ID.nullish() })
  .refine((s) => TARGETS.filter((t) => s[t]).length === 1 && TARGETS.some((t) => s[t] && ROLE_TARGETS[s.role].includes(t)), {
    message: zmsg(
      "每位督办人员只填一项：LEAD 填账号，COMMITTEE/AGENCY 填机构或账号，DEPUTIES 填代表，GOVERNMENT_OFFICE 填承办单位或账号",
      "give exactly one of: LEAD an account; COMMITTEE or AGENCY a body or an account; DEPUTIES a deputy; GOVERNMENT_OFFICE a unit or an account",
    ),
  });
export type SupervisorInput = z.infer<typeof Supervisor>;

export const AssignSupervisorsInput = z.object({
  supervisors: z
    .array(Supervisor)
    .max(100, zmsg("最多 100 位督办人员", "at most 100 supervisors"))
    .refine((list) => list.filter((s) => s.role === "LEAD").length <= 1, zmsg("只能有一位领衔督办人", "one lead supervisor at most")),
});

const Milestone = z.object({ id: ID.nullish(), title: requiredText(200), dueOn: DAY });
export type MilestoneInput = z.infer<typeof Milestone>;

export const PlanInput = z.object({
  milestones: z
    .array(Milestone)
    .max(24, zmsg("最多 24 个节点", "at most 24 milestones"))
    .refine((list) => new Set(list.map((m) => m.title)).size === list.length, zmsg("节点名称不能重复", "two milestones have the same title")),
});

const RECORD_FIELDS = {
  heldOn: DAY.refine((day) => day <= chinaToday(), zmsg("不能晚于今天", "cannot be after today")),
  place: optionalText(200),
  participants: optionalText(1000),
  notes: requiredText(5000),
  problems: optionalText(5000),
  milestoneId: ID.nullish(),
  progress: optionalText(2000),
  milestoneDone: z.boolean().nullish(),
  attachmentIds: z.array(ID).max(20, zmsg("最多 20 个附件", "at most 20 attachments")).nullish().transform((ids) => [...new Set(ids ?? [])]),
};
const progressNeedsMilestone = (r: { progress?: string | null; milestoneDone?: boolean | null; milestoneId?: string | null }) => (!r.progress && !r.milestoneDone) || !!r.milestoneId;
const MILESTONE_NEEDED = { message: zmsg("填写进展或完成节点时须选择节点", "choose the milestone the progress is about"), path: ["milestoneId"] };

export const SupervisionRecordInput = z
  .object({ kind: z.enum(SupervisionRecordKind).refine((k) => k !== "LOOK_BACK", zmsg("回头看请用 reviewSupervisionTopic 记录", "record a look-back with reviewSupervisionTopic")), ...RECORD_FIELDS })
  .refine(progressNeedsMilestone, MILESTONE_NEEDED);

export const LookBackInput = z.object(RECORD_FIELDS).refine(progressNeedsMilestone, MILESTONE_NEEDED);
export type RecordInput = z.infer<typeof LookBackInput>;

export const JudgeInput = z.object({ judgement: z.enum(Satisfaction), note: optionalText(2000) });
export const CloseInput = z.object({ comment: optionalText(1000) });
