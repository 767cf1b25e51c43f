// A supervision topic's lifecycle (proposed → decided → supervising → judged → closed → reviewed),
// its validation, and the invariants the database keeps under concurrent requests.
import type { Viewer } from "../../api/auth/viewer";
import { codes, useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";
import { insertSuggestion } from "../helpers/suggestion-rows";
import type { GraphQLResult } from "../helpers/api";
import { act, account, CREATE, DECISION, lead, placeAt, rawId, supervisedTopic, TOPIC, type Place } from "./supervision-world";

const env = useDemoApi();
const prisma = () => env.db.prisma;
let staff: Viewer;
let supervisor: Viewer;
let supervisorId: string;
let place: Place;

beforeAll(async () => {
  staff = await demoViewer(prisma(), "wh.staff");
  supervisor = await demoViewer(prisma(), "km.supervisor");
  supervisorId = (await prisma().user.findUniqueOrThrow({ where: { username: "km.supervisor" } })).id;
  place = await placeAt(prisma(), "五华区", staff, "生命周期");
});

const createInput = (p: Place, extra: Record<string, unknown> = {}) => ({
  input: { congressId: globalId("Congress", p.congressId), year: 2026, title: "城区学校周边交通", suggestionIds: p.suggestionIds.map((id) => globalId("Suggestion", id)), ...extra },
});
/** The field problems of the first error. */
const fieldsOf = (result: GraphQLResult) => result.errors![0].extensions!.fields as { field: string; message: string }[];
const ok = (result: { errors?: readonly unknown[] }) => expect(result.errors ?? []).toEqual([]);

describe("the lifecycle of a supervision topic", () => {
  let id: string;

  it("staff propose suggestions as key for a year; the topic waits for the director's meeting", async () => {
    const created = (await env.api.data(CREATE, createInput(place, { description: "两件相关建议合并督办" }), staff)).createSupervisionTopic;
    id = rawId(created.id);
    expect(created).toMatchObject({ state: "PROPOSED", year: 2026, viewerActions: ["editSupervisionTopic", "decideSupervisionTopic"] });
    expect(created.suggestions).toHaveLength(2);
  });

  it("an edit is a patch: an omitted field is kept, null clears the description", async () => {
    ok(await act(env.api, prisma(), staff, "editSupervisionTopic", id, { title: "城区学校周边交通安全" }));
    let row = await prisma().supervisionTopic.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.description]).toEqual(["城区学校周边交通安全", "两件相关建议合并督办"]);
    ok(await act(env.api, prisma(), staff, "editSupervisionTopic", id, { description: null }));
    row = await prisma().supervisionTopic.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.description]).toEqual(["城区学校周边交通安全", null]);
  });

  it("the director's meeting decision is recorded; supervision cannot start without a lead and a plan", async () => {
    const decided = await act(env.api, prisma(), staff, "decideSupervisionTopic", id, DECISION);
    ok(decided);
    expect(decided.data!.decideSupervisionTopic.state).toBe("DECIDED");
    const row = await prisma().supervisionTopic.findUniqueOrThrow({ where: { id } });
    expect([row.decidedOn?.toISOString().slice(0, 10), row.decisionMeeting, row.decisionDocument]).toEqual(["2026-03-10", DECISION.meeting, DECISION.documentNumber]);
    expect(codes(await act(env.api, prisma(), staff, "startSupervision", id))).toEqual(["INVALID_TRANSITION"]);
    ok(await act(env.api, prisma(), staff, "assignSupervisors", id, { supervisors: [lead(supervisorId)] }));
    expect(codes(await act(env.api, prisma(), staff, "startSupervision", id))).toEqual(["INVALID_TRANSITION"]);
    ok(await act(env.api, prisma(), staff, "planSupervision", id, { milestones: [{ title: "一季度", dueOn: "2026-03-31" }, { title: "二季度", dueOn: "2026-06-30" }] }));
    const started = await act(env.api, prisma(), staff, "startSupervision", id);
    ok(started);
    expect(started.data!.startSupervision).toMatchObject({ state: "SUPERVISING", nextMilestoneDueOn: "2026-03-31", overdue: true });
  });

  it("a record reports progress on a milestone and marks it done: the next milestone becomes the one due", async () => {
    const topic = (await env.api.data(TOPIC, { id: globalId("SupervisionTopic", id) }, supervisor)).supervisionTopic;
    expect(topic.viewerActions).toEqual(["recordSupervision", "judgeSupervisionTopic"]);
    const first = topic.milestones[0];
    const recorded = await act(env.api, prisma(), supervisor, "recordSupervision", id, {
      kind: "UNIT_REPORT", heldOn: "2026-03-28", place: "区政府", participants: "领衔督办人、承办单位", notes: "听取承办单位汇报。", problems: "资金未到位。",
      milestoneId: first.id, progress: "完成一季度目标。", milestoneDone: true,
    });
    ok(recorded);
    const after = recorded.data!.recordSupervision;
    expect(after.nextMilestoneDueOn).toBe("2026-06-30");
    expect(after.milestones[0].doneAt).not.toBeNull();
    expect(after.records[0]).toEqual({ kind: "UNIT_REPORT", notes: "听取承办单位汇报。", authorName: "昆明市督办人", progress: "完成一季度目标。", milestone: { title: "一季度" } });
  });

  it("progress without a milestone, a look-back while supervising, a future day: refused with the field named", async () => {
    const noMilestone = await act(env.api, prisma(), supervisor, "recordSupervision", id, { kind: "VISIT", heldOn: "2026-04-01", notes: "走访。", progress: "进展" });
    expect(codes(noMilestone)).toEqual(["BAD_USER_INPUT"]);
    expect(noMilestone.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "input.milestoneId" })]);
    expect(codes(await act(env.api, prisma(), supervisor, "recordSupervision", id, { kind: "LOOK_BACK", heldOn: "2026-04-01", notes: "回头看。" }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await act(env.api, prisma(), supervisor, "recordSupervision", id, { kind: "VISIT", heldOn: "2099-01-01", notes: "未来。" }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await act(env.api, prisma(), supervisor, "reviewSupervisionTopic", id, { heldOn: "2026-04-01", notes: "回头看。" }))).toEqual(["INVALID_TRANSITION"]);
  });

  it("a milestone with records cannot be removed from the plan (CONFLICT)", async () => {
    const result = await act(env.api, prisma(), staff, "planSupervision", id, { milestones: [{ title: "三季度", dueOn: "2026-09-30" }] });
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect(await prisma().supervisionMilestone.count({ where: { topicId: id } })).toBe(2);
  });

  it("a stale version is refused (CONFLICT) and changes nothing", async () => {
    const { version } = await prisma().supervisionTopic.findUniqueOrThrow({ where: { id } });
    const stale = await env.api.run(
      `mutation ($id: ID!, $version: Int!, $input: JudgeSupervisionTopicInput!) { judgeSupervisionTopic(id: $id, version: $version, input: $input) { id } }`,
      { id: globalId("SupervisionTopic", id), version: version - 1, input: { judgement: "SATISFIED" } },
      supervisor,
    );
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect((await prisma().supervisionTopic.findUniqueOrThrow({ where: { id } })).state).toBe("SUPERVISING");
  });

  it("the lead supervisor judges; staff close; supervisors look back afterwards with their own record", async () => {
    const judged = await act(env.api, prisma(), supervisor, "judgeSupervisionTopic", id, { judgement: "BASICALLY_SATISFIED", note: "基本完成。" });
    ok(judged);
    expect(judged.data!.judgeSupervisionTopic).toMatchObject({ state: "JUDGED", nextMilestoneDueOn: null, overdue: false });
    expect(codes(await act(env.api, prisma(), supervisor, "recordSupervision", id, { kind: "VISIT", heldOn: "2026-04-01", notes: "晚了。" }))).toEqual(["INVALID_TRANSITION"]);
    expect(codes(await act(env.api, prisma(), supervisor, "closeSupervisionTopic", id, {}))).toEqual(["FORBIDDEN"]);
    ok(await act(env.api, prisma(), staff, "closeSupervisionTopic", id, { comment: "办结。" }));
    const reviewed = await act(env.api, prisma(), supervisor, "reviewSupervisionTopic", id, { heldOn: "2026-10-10", notes: "回头看：措施落实。", problems: "个别路口仍拥堵。" });
    ok(reviewed);
    const topic = reviewed.data!.reviewSupervisionTopic;
    expect(topic.state).toBe("REVIEWED");
    expect(topic.records[0]).toMatchObject({ kind: "LOOK_BACK", notes: "回头看：措施落实。" });
    ok(await act(env.api, prisma(), staff, "reviewSupervisionTopic", id, { heldOn: "2026-11-01", notes: "第二次回头看。" }));
    const events = (await env.api.data(TOPIC, { id: globalId("SupervisionTopic", id) }, supervisor)).supervisionTopic.events;
    expect(events.filter((e: { fromState: string | null; toState: string }) => e.fromState !== e.toState).map((e: { toState: string }) => e.toState)).toEqual([
      "PROPOSED", "DECIDED", "SUPERVISING", "JUDGED", "CLOSED", "REVIEWED",
    ]);
    const row = await prisma().supervisionTopic.findUniqueOrThrow({ where: { id } });
    expect([row.judgement, row.judgementNote, row.closedAt !== null]).toEqual(["BASICALLY_SATISFIED", "基本完成。", true]);
  });
});

describe("proposing: who, which suggestions, which year", () => {
  it("a year out of range and an empty list are refused with the fields named", async () => {
    const p = await placeAt(prisma(), "五华区", staff, "校验");
    const result = await env.api.run(CREATE, createInput(p, { year: 1999, suggestionIds: [] }), staff);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(result).map((f) => f.field).sort()).toEqual(["input.suggestionIds", "input.year"]);
  });

  it("a suggestion under a topic this year cannot join another that year, but may next year", async () => {
    const p = await placeAt(prisma(), "五华区", staff, "重复");
    ok(await env.api.run(CREATE, createInput(p, { title: "第一个专题" }), staff));
    const again = await env.api.run(CREATE, createInput(p, { title: "第二个专题" }), staff);
    expect(codes(again)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(again)[0]).toEqual({ field: "input.suggestionIds.0", message: 'already under the topic "第一个专题" this year' });
    ok(await env.api.run(CREATE, createInput(p, { title: "下一年度", year: 2027 }), staff));
  });

  it("two concurrent proposals of the same suggestion for one year: the database keeps one", async () => {
    const p = await placeAt(prisma(), "五华区", staff, "并发");
    const results = await Promise.all([1, 2, 3].map((n) => env.api.run(CREATE, createInput(p, { title: `并发专题${n}` }), staff)));
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors?.length)) {
      // Whoever lost the race to the unique index is told why, and its topic is not created half-empty.
      expect(["BAD_USER_INPUT", "CONFLICT"]).toContain(codes(r)[0]);
      expect(fieldsOf(r)[0].field).toMatch(/^input\.suggestionIds/);
    }
    expect(await prisma().supervisionTopic.count({ where: { title: { startsWith: "并发专题" } } })).toBe(1);
    expect(await prisma().supervisionTopicSuggestion.count({ where: { suggestionId: p.suggestionIds[0], year: 2026 } })).toBe(1);
  });

  it("a draft or closed suggestion cannot be made key", async () => {
    const draft = await insertSuggestion(prisma(), "五华区", { state: "DRAFT" });
    const result = await env.api.run(CREATE, createInput({ ...place, suggestionIds: [draft.id] }, { year: 2030 }), staff);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
  });

  it("a supervisor or a sibling city's staff cannot propose for 五华区 (NOT_FOUND)", async () => {
    const p = await placeAt(prisma(), "五华区", staff, "越权");
    for (const v of [supervisor, await demoViewer(prisma(), "dl.admin")]) {
      expect(codes(await env.api.run(CREATE, createInput(p), v))).toEqual(["NOT_FOUND"]);
    }
    expect(await prisma().supervisionTopicSuggestion.count({ where: { suggestionId: p.suggestionIds[0] } })).toBe(0);
  });
});

describe("assignments", () => {
  it("one target per supervisor, as its role allows; one lead; the database refuses what the API would", async () => {
    const p = await placeAt(prisma(), "五华区", staff, "分工");
    const id = await supervisedTopic(env.api, prisma(), p, "分工专题", [lead(supervisorId)]);
    const wuhua = await prisma().congress.findFirstOrThrow({ where: { region: { name: "五华区" } } });
    const agency = await prisma().congressBody.findFirstOrThrow({ where: { congressId: wuhua.id, kind: "DEPUTY_WORK_AGENCY" } });
    const two = await act(env.api, prisma(), staff, "assignSupervisors", id, { supervisors: [{ role: "LEAD", userId: globalId("User", supervisorId), bodyId: globalId("CongressBody", agency.id) }] });
    expect(codes(two)).toEqual(["BAD_USER_INPUT"]);
    const wrongKind = await act(env.api, prisma(), staff, "assignSupervisors", id, { supervisors: [lead(supervisorId), { role: "COMMITTEE", bodyId: globalId("CongressBody", agency.id) }] });
    expect(codes(wrongKind)).toEqual(["BAD_USER_INPUT"]);
    const other = await account(prisma(), "km.lead2", "昆明市", "SUPERVISOR");
    expect(codes(await act(env.api, prisma(), staff, "assignSupervisors", id, { supervisors: [lead(supervisorId), lead(other)] }))).toEqual(["BAD_USER_INPUT"]);
    await expect(prisma().supervisionAssignment.create({ data: { topicId: id, role: "LEAD", userId: other } })).rejects.toThrow();
    await expect(prisma().supervisionAssignment.create({ data: { topicId: id, role: "AGENCY", userId: other, bodyId: agency.id } })).rejects.toThrow();
    expect(await prisma().supervisionAssignment.count({ where: { topicId: id } })).toBe(1);
  });
});

describe("a supervisor's list", () => {
  it("puts overdue topics first, then those due soon, judged ones last", async () => {
    const sup = await account(prisma(), "km.busy", "昆明市", "SUPERVISOR");
    const v = await demoViewer(prisma(), "km.busy");
    const later = await supervisedTopic(env.api, prisma(), await placeAt(prisma(), "五华区", staff, "远期"), "远期专题", [lead(sup)], ["2099-12-31"]);
    const overdue = await supervisedTopic(env.api, prisma(), await placeAt(prisma(), "五华区", staff, "逾期"), "逾期专题", [lead(sup)], ["2026-01-31"]);
    const judged = await supervisedTopic(env.api, prisma(), await placeAt(prisma(), "五华区", staff, "已评"), "已评专题", [lead(sup)], ["2025-12-31"]);
    ok(await act(env.api, prisma(), v, "judgeSupervisionTopic", judged, { judgement: "SATISFIED" }));
    const data = await env.api.data(`{ supervisionTopics(first: 10, filter: { assignedToMe: true }) { edges { node { title overdue } } } }`, {}, v);
    expect(data.supervisionTopics.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { title: "逾期专题", overdue: true },
      { title: "远期专题", overdue: false },
      { title: "已评专题", overdue: false },
    ]);
    const onlyOverdue = await env.api.data(`{ supervisionTopics(first: 10, filter: { overdue: true }) { edges { node { id } } } }`, {}, v);
    expect(onlyOverdue.supervisionTopics.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([globalId("SupervisionTopic", overdue)]);
    void later;
  });
});
