// The supervision topic and what hangs from it (supervisors, milestones, records, the timeline), each
// read through a topic the viewer may read.
import type { SupervisionRecordKind, SupervisionState, SupervisorRole } from "../../generated/prisma/client";
import { accountId } from "../../auth/viewer";
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import { chinaToday } from "../../lib/time";
import { SatisfactionEnum } from "../suggestions/enums";
import { SuggestionNode } from "../suggestions/types";
import { cachedAssignments, relationshipsFromAssignments } from "./relations";
import { supervisionTopicReadWhere } from "./scope";
import { supervisionMachine } from "./service";

export const SupervisionStateEnum = describedEnum<SupervisionState>("SupervisionState", "督办专题状态 Where a supervision topic is in its lifecycle.", {
  PROPOSED: "拟定 Proposed by staff; waiting for the director's meeting.",
  DECIDED: "已决定 Decided by the director's meeting; supervisors and plan being set.",
  SUPERVISING: "督办中 Under supervision: supervisors record their work.",
  JUDGED: "已评价 The lead supervisor judged the result.",
  CLOSED: "已办结 Closed by staff.",
  REVIEWED: "已回头看 Reviewed after closure (回头看).",
});

export const SupervisorRoleEnum = describedEnum<SupervisorRole>("SupervisorRole", "督办角色 The five roles of a supervision assignment.", {
  LEAD: "主任会议成员领衔督办 The lead supervisor, a member of the director's meeting (an account).",
  COMMITTEE: "专门委员会对口督办 The matching special committee (a congress body, or its accounts).",
  AGENCY: "代表工作机构统筹督办 The deputy work agency (a congress body, or its accounts).",
  DEPUTIES: "代表跟踪督办 Participating deputies.",
  GOVERNMENT_OFFICE: "政府督查室协同督办 The government's supervision office (a handling unit, or its accounts).",
});

export const SupervisionRecordKindEnum = describedEnum<SupervisionRecordKind>("SupervisionRecordKind", "督办活动类别 What a supervision record is about.", {
  VISIT: "走访视察 A visit.",
  RESEARCH: "专题调研 Research.",
  MEETING: "座谈会议 A meeting.",
  UNIT_REPORT: "听取汇报 Hearing the unit's report.",
  LOOK_BACK: "回头看 A review after closure.",
});

const topicChild = (ctx: { viewer: Parameters<typeof supervisionTopicReadWhere>[0] }) => ({ topic: supervisionTopicReadWhere(ctx.viewer) });

export const SupervisionTopicNode = builder.prismaNode("SupervisionTopic", {
  description: "重点督办专题 Key suggestions under supervision for a year: one suggestion or several related ones, their supervisors, plan, records and timeline. Read by staff of its congress or above and by its assigned supervisors.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [supervisionTopicReadWhere(ctx.viewer)] }),
  fields: (t) => ({
    congress: t.relation("congress", { description: "The congress whose director's meeting decided it." }),
    year: t.exposeInt("year", { description: "The year it is key for." }),
    title: t.exposeString("title", { description: "Title of the topic." }),
    description: t.exposeString("description", { nullable: true, description: "What it covers." }),
    state: t.expose("state", { type: SupervisionStateEnum, description: "Where it is in its lifecycle." }),
    decidedOn: t.expose("decidedOn", { type: "Date", nullable: true, description: "主任会议决定日期 Day of the director's meeting decision." }),
    decisionMeeting: t.exposeString("decisionMeeting", { nullable: true, description: "The meeting, e.g. 第十二次主任会议." }),
    decisionDocument: t.exposeString("decisionDocument", { nullable: true, description: "The document number of the decision." }),
    judgement: t.expose("judgement", { type: SatisfactionEnum, nullable: true, description: "The lead supervisor's judgement: 满意 / 基本满意 / 不满意." }),
    judgementNote: t.exposeString("judgementNote", { nullable: true, description: "Why." }),
    judgedAt: t.expose("judgedAt", { type: "DateTime", nullable: true, description: "When judged." }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true, description: "When closed." }),
    nextMilestoneDueOn: t.expose("nextMilestoneDueOn", { type: "Date", nullable: true, description: "Earliest due day of a milestone not yet done (none once judged)." }),
    overdue: t.boolean({
      description: "A milestone not yet done is past its due day (Asia/Shanghai).",
      select: { nextMilestoneDueOn: true },
      resolve: (topic) => topic.nextMilestoneDueOn !== null && topic.nextMilestoneDueOn < chinaToday(),
    }),
    suggestions: t.field({
      type: [SuggestionNode],
      description: "The suggestions under it, oldest first (their timelines, replies and commitments are readable to its supervisors).",
      select: (_args, _ctx, nested) => ({ suggestions: { orderBy: { createdAt: "asc" }, select: { suggestion: nested(true) } } }),
      resolve: (topic) => topic.suggestions.map((s) => s.suggestion),
    }),
    supervisors: t.relation("supervisors", { description: "Its supervisors, by role.", query: { orderBy: [{ role: "asc" }, { createdAt: "asc" }] } }),
    milestones: t.relation("milestones", { description: "督办计划 The plan: milestones, soonest due first.", query: { orderBy: [{ dueOn: "asc" }, { id: "asc" }] } }),
    records: t.relation("records", { description: "督办记录 Supervisors' records, newest first.", query: { orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }] } }),
    events: t.relation("events", { description: "督办过程 The timeline: every step, oldest first.", query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When proposed." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version; send it with every action to detect concurrent changes." }),
    viewerActions: t.stringList({
      description: "The actions (mutation names) you may take now, from the transition table; their input may still be refused.",
      select: { id: true, state: true, congressPath: true },
      resolve: async (topic, _args, ctx) => {
        const roles = (await cachedAssignments(ctx.prisma, ctx, ctx.viewer)).get(topic.id);
        return supervisionMachine.actionsFor(topic.state, relationshipsFromAssignments(ctx.viewer, roles, topic.congressPath));
      },
    }),
  }),
});

builder.prismaNode("SupervisionAssignment", {
  description: "督办分工 A supervisor of a topic in one role: an account, a congress body, a deputy or a handling unit.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...topicChild(ctx) }),
  fields: (t) => ({
    role: t.expose("role", { type: SupervisorRoleEnum, description: "The role." }),
    accountName: t.string({
      nullable: true,
      description: "The account's display name, when the supervisor is an account.",
      select: { user: { select: { displayName: true } } },
      resolve: (a) => a.user?.displayName ?? null,
    }),
    isViewer: t.boolean({
      description: "This assignment names your account itself (not through your deputy or your unit).",
      select: { userId: true },
      resolve: (a, _args, ctx) => a.userId !== null && a.userId === accountId(ctx.viewer),
    }),
    body: t.relation("body", { nullable: true, description: "The congress body, when the supervisor is a body." }),
    deputy: t.relation("membership", { nullable: true, description: "The deputy, for DEPUTIES." }),
    unit: t.relation("unit", { nullable: true, description: "The handling unit, for GOVERNMENT_OFFICE." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When assigned." }),
  }),
});

export const SupervisionMilestoneNode = builder.prismaNode("SupervisionMilestone", {
  description: "督办节点 A milestone of a topic's plan.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...topicChild(ctx) }),
  fields: (t) => ({
    title: t.exposeString("title", { description: "What should be reached." }),
    dueOn: t.expose("dueOn", { type: "Date", description: "By when (Asia/Shanghai)." }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true, description: "When a record marked it done." }),
    overdue: t.boolean({ description: "Not done and past its due day.", select: { dueOn: true, doneAt: true }, resolve: (m) => !m.doneAt && m.dueOn < chinaToday() }),
    records: t.relation("records", { description: "The records reporting progress on it, oldest first.", query: { orderBy: [{ heldOn: "asc" }, { createdAt: "asc" }] } }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When planned." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When last changed." }),
  }),
});

builder.prismaNode("SupervisionRecord", {
  description: "督办记录 A visit, research, meeting, unit report or look-back review, attributed to its author.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...topicChild(ctx) }),
  fields: (t) => ({
    kind: t.expose("kind", { type: SupervisionRecordKindEnum, description: "What it was." }),
    heldOn: t.expose("heldOn", { type: "Date", description: "Day held." }),
    place: t.exposeString("place", { nullable: true, description: "Where." }),
    participants: t.exposeString("participants", { nullable: true, description: "Who took part." }),
    notes: t.exposeString("notes", { description: "What was done and heard." }),
    problems: t.exposeString("problems", { nullable: true, description: "Problems found." }),
    milestone: t.relation("milestone", { nullable: true, description: "The milestone the progress is about." }),
    progress: t.exposeString("progress", { nullable: true, description: "Progress on that milestone." }),
    authorName: t.exposeString("authorName", { description: "Who wrote it." }),
    attachments: t.relation("attachments", { description: "Attached files, oldest first.", query: { orderBy: { createdAt: "asc" } } }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When written." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When last changed." }),
  }),
});

builder.prismaObject("SupervisionRecordAttachment", {
  description: "附件 A file attached to a supervision record.",
  fields: (t) => ({
    file: t.relation("file", { description: "The file; download it from its url." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When attached." }),
  }),
});

builder.prismaNode("SupervisionEvent", {
  description: "督办过程 A step of a topic's lifecycle, attributed and dated.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...topicChild(ctx) }),
  fields: (t) => ({
    action: t.exposeString("action", { description: "The step (the mutation's name)." }),
    fromState: t.expose("fromState", { type: SupervisionStateEnum, nullable: true, description: "State before; null when proposed." }),
    toState: t.expose("toState", { type: SupervisionStateEnum, description: "State after." }),
    actorName: t.exposeString("actorName", { description: "Who took it." }),
    comment: t.exposeString("comment", { nullable: true, description: "Decision, reason or record kind." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When." }),
  }),
});
