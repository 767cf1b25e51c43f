// The lifecycle of a supervision topic as one table (issue 13): proposed by staff, decided by the
// director's meeting, supervised, judged by the lead supervisor, closed, reviewed afterwards (回头看).
import { z } from "zod";
import type { SupervisionState } from "../../generated/prisma/client";
import { Errors } from "../../graphql/errors";
import { msg } from "../../lib/i18n";
import { setFields } from "../../lib/patch";
import { AssignSupervisorsInput, CloseInput, DecideTopicInput, EditTopicInput, JudgeInput, LookBackInput, PlanInput, SupervisionRecordInput } from "./inputs";
import { step } from "./relations";
import { setMilestones, setSupervisors, setTopicSuggestions, writeRecord } from "./steps";

const BEFORE_SUPERVISION: SupervisionState[] = ["PROPOSED", "DECIDED"];
const ORGANIZING: SupervisionState[] = ["DECIDED", "SUPERVISING"];
const stay = ({ record }: { record: { state: SupervisionState } }) => record.state;

export const SUPERVISION_TRANSITIONS = [
  step({
    action: "editSupervisionTopic",
    from: BEFORE_SUPERVISION,
    to: stay,
    who: ["STAFF"],
    input: EditTopicInput,
    effect: async ({ tx, record, input }) => {
      const { suggestionIds, ...fields } = input;
      if (suggestionIds) await setTopicSuggestions(tx, record, suggestionIds);
      return setFields(fields);
    },
  }),
  step({
    action: "decideSupervisionTopic",
    from: ["PROPOSED"],
    to: "DECIDED",
    who: ["STAFF"],
    input: DecideTopicInput,
    comment: (i) => `${i.meeting} ${i.documentNumber}`,
    effect: ({ input }) => ({ decidedOn: input.decidedOn, decisionMeeting: input.meeting, decisionDocument: input.documentNumber }),
  }),
  step({
    action: "assignSupervisors",
    from: ORGANIZING,
    to: stay,
    who: ["STAFF"],
    input: AssignSupervisorsInput,
    effect: ({ tx, record, input }) => setSupervisors(tx, record, input.supervisors),
  }),
  step({
    action: "planSupervision",
    from: ORGANIZING,
    to: stay,
    who: ["STAFF"],
    input: PlanInput,
    effect: ({ tx, record, input }) => setMilestones(tx, record.id, input.milestones),
  }),
  step({
    action: "startSupervision",
    from: ["DECIDED"],
    to: "SUPERVISING",
    who: ["STAFF"],
    input: z.object({}),
    guard: async ({ tx, record }) => {
      if (!record.supervisors.some((s) => s.role === "LEAD")) throw Errors.invalidTransition(msg("请先指派领衔督办人。", "Assign the lead supervisor first."));
      if (!(await tx.supervisionMilestone.count({ where: { topicId: record.id } }))) throw Errors.invalidTransition(msg("请先制定督办计划（至少一个节点）。", "Plan at least one milestone first."));
    },
  }),
  step({
    action: "recordSupervision",
    from: ["SUPERVISING"],
    to: stay,
    who: ["SUPERVISOR", "STAFF"],
    input: SupervisionRecordInput,
    comment: (i) => i.kind,
    effect: ({ tx, actor, record, input, now }) => writeRecord(tx, actor, record.id, input.kind, input, now),
  }),
  step({
    action: "judgeSupervisionTopic",
    from: ["SUPERVISING"],
    to: "JUDGED",
    who: ["LEAD"],
    input: JudgeInput,
    comment: (i) => i.note,
    // Judged topics are not overdue any more: lists and reminders leave them.
    effect: ({ input, now }) => ({ judgement: input.judgement, judgementNote: input.note ?? null, judgedAt: now, nextMilestoneDueOn: null }),
  }),
  step({
    action: "closeSupervisionTopic",
    from: ["JUDGED"],
    to: "CLOSED",
    who: ["STAFF"],
    input: CloseInput,
    comment: (i) => i.comment,
    effect: ({ now }) => ({ closedAt: now }),
  }),
  step({
    action: "reviewSupervisionTopic",
    from: ["CLOSED", "REVIEWED"],
    to: "REVIEWED",
    who: ["SUPERVISOR", "STAFF"],
    input: LookBackInput,
    comment: () => "LOOK_BACK",
    effect: async ({ tx, actor, record, input, now }) => {
      await writeRecord(tx, actor, record.id, "LOOK_BACK", { ...input, milestoneDone: false }, now);
    },
  }),
];
