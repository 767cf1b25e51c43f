// One suggestion through every state as the right actors, and the side roads: return, withdrawal,
// reassignment, re-handling, commitments, both evaluations, a letter and a motion.
import { codes, useDemoApi } from "../helpers/api";
import { globalId } from "../helpers/fixtures";
import { act, buildWorld, CREATE, rawId, stateOf, type World } from "./suggestions-world";

const env = useDemoApi();
let w: World;

beforeAll(async () => {
  w = await buildWorld(env.db.prisma);
});

async function draft(kind: "SUGGESTION" | "MOTION" = "SUGGESTION", extra: Record<string, unknown> = {}) {
  const result = await env.api.data(
    CREATE,
    { input: { congressId: globalId("Congress", w.congressId), kind, title: "关于增设学校周边交通信号灯的建议", body: "建议内容。", coSignerIds: w.coSigners.map((c) => globalId("Deputy", c.membershipId)), ...extra } },
    w.viewers.lead,
  );
  return rawId(result.createSuggestion.id);
}

async function ok(viewer: keyof World["viewers"], action: string, id: string, input?: Record<string, unknown>) {
  const result = await act(env.api, env.db.prisma, w.viewers[viewer], action, id, input);
  expect(result.errors ?? []).toEqual([]);
  return result.data![action];
}

const leadUnit = () => globalId("HandlingUnit", w.leadUnitId);

it("walks a suggestion from draft to closed, through return, reassignment and re-handling", async () => {
  const id = await draft();
  expect((await stateOf(env.db.prisma, id)).state).toBe("DRAFT");
  await ok("invited", "confirmCoSigning", id);
  await ok("coSigner", "confirmCoSigning", id);
  await ok("lead", "editSuggestionDraft", id, { title: "关于增设学校周边交通信号灯和斑马线的建议" });
  await ok("lead", "submitSuggestion", id);
  await ok("staff", "returnSuggestion", id, { reason: "请补充具体路段。" });
  await ok("lead", "editSuggestionDraft", id, { body: "五华区某路段缺少信号灯。" });
  await ok("lead", "resubmitSuggestion", id);
  const accepted = await ok("staff", "acceptSuggestion", id);
  expect(accepted.number).toMatch(/^\d{4}-\d{4}$/);
  // First assigned to the wrong unit, which asks to be relieved within the window; staff approve and assign again.
  const assigned = await ok("staff", "assignSuggestion", id, { leadUnitId: globalId("HandlingUnit", w.coUnitId) });
  expect(assigned.state).toBe("ASSIGNED");
  expect(assigned.replyDueOn).not.toBeNull();
  expect(assigned.viewerActions).toEqual(expect.arrayContaining(["decideReassignment", "waiveConsultation"]));
  await ok("coUnit", "requestReassignment", id, { reason: "不属于本单位职责。" });
  const request = await env.db.prisma.reassignmentRequest.findFirstOrThrow({ where: { suggestionId: id, status: "PENDING" } });
  const decided = await ok("staff", "decideReassignment", id, { requestId: globalId("ReassignmentRequest", request.id), approve: true, note: "同意改办" });
  expect(decided.state).toBe("ACCEPTED");
  await ok("staff", "assignSuggestion", id, { leadUnitId: leadUnit(), coUnitIds: [globalId("HandlingUnit", w.coUnitId)] });
  await ok("leadUnit", "startHandlingSuggestion", id);
  const early = await act(env.api, env.db.prisma, w.viewers.leadUnit, "replyToSuggestion", id, { class: "B", body: "答复", signedBy: "张局长", repliedOn: "2026-11-20" });
  expect(codes(early)).toEqual(["INVALID_TRANSITION"]);
  await ok("coUnit", "giveCoUnitOpinion", id, { opinion: "同意主办单位意见。" });
  await ok("leadUnit", "recordConsultation", id, { heldOn: "2026-11-18", form: "MEETING", participants: "李明、张局长", summary: "就选址达成一致。" });
  await ok("leadUnit", "replyToSuggestion", id, { class: "B", body: "已列入计划。", signedBy: "张局长", repliedOn: "2026-11-20", commitments: [{ description: "2027年3月前完成安装", dueOn: "2027-03-31" }] });
  const rehandling = await ok("lead", "evaluateReply", id, { satisfaction: "UNSATISFIED", comment: "进度太慢。" });
  expect(rehandling.state).toBe("REHANDLING");
  await ok("leadUnit", "replyToSuggestion", id, { class: "A", body: "提前完成。", signedBy: "张局长", repliedOn: "2026-11-22" });
  await ok("coSigner", "evaluateAsCoSigner", id, { satisfaction: "SATISFIED" });
  const implementing = await ok("lead", "evaluateReply", id, { satisfaction: "BASICALLY_SATISFIED" });
  expect(implementing.state).toBe("IMPLEMENTING");
  const tooEarly = await act(env.api, env.db.prisma, w.viewers.lead, "evaluateImplementation", id, { satisfaction: "SATISFIED" });
  expect(codes(tooEarly)).toEqual(["INVALID_TRANSITION"]);
  const commitment = await env.db.prisma.commitment.findFirstOrThrow({ where: { suggestionId: id } });
  await ok("leadUnit", "recordCommitmentProgress", id, { commitmentId: globalId("Commitment", commitment.id), note: "已完成安装。", done: true });
  const closed = await ok("lead", "evaluateImplementation", id, { satisfaction: "SATISFIED" });
  expect(closed.state).toBe("CLOSED");

  const timeline = await env.db.prisma.suggestionEvent.findMany({ where: { suggestionId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  expect(timeline.map((e) => e.toState)).toEqual(expect.arrayContaining(["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "ASSIGNED", "HANDLING", "REPLIED", "REHANDLING", "IMPLEMENTING", "CLOSED"]));
  expect(timeline.every((e) => e.actorName.length > 0)).toBe(true);
  const audits = await env.db.prisma.auditEvent.count({ where: { entityType: "Suggestion", entityId: id } });
  expect(audits).toBe(timeline.length);
  const notices = await env.db.prisma.notification.groupBy({ by: ["kind"], where: { suggestionId: id }, _count: true });
  expect(notices.map((n) => n.kind)).toEqual(expect.arrayContaining(["CO_SIGN_INVITED", "RETURNED", "ASSIGNED", "REPLIED", "CLOSED"]));
});

it("keeps a second unsatisfied evaluation and flags it disputed", async () => {
  const id = await draft();
  await ok("lead", "submitSuggestion", id);
  await ok("staff", "acceptSuggestion", id);
  await ok("staff", "assignSuggestion", id, { leadUnitId: leadUnit() });
  await ok("staff", "waiveConsultation", id, { reason: "代表同意书面答复。" });
  await ok("leadUnit", "startHandlingSuggestion", id);
  await ok("leadUnit", "replyToSuggestion", id, { class: "C", body: "暂不具备条件。", signedBy: "张局长", repliedOn: "2026-11-20" });
  await ok("lead", "evaluateReply", id, { satisfaction: "UNSATISFIED" });
  await ok("leadUnit", "replyToSuggestion", id, { class: "C", body: "仍不具备条件。", signedBy: "张局长", repliedOn: "2026-11-21" });
  const second = await ok("lead", "evaluateReply", id, { satisfaction: "UNSATISFIED" });
  expect(second.state).toBe("IMPLEMENTING");
  expect(await env.db.prisma.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({ disputed: true, rehandlingCount: 1 });
});

it("lets the lead deputy withdraw before acceptance, and staff handle another as a letter", async () => {
  const withdrawn = await draft();
  await ok("lead", "submitSuggestion", withdrawn);
  expect((await ok("lead", "withdrawSuggestion", withdrawn, { reason: "已通过其他渠道解决。" })).state).toBe("WITHDRAWN");
  const letter = await draft();
  await ok("lead", "submitSuggestion", letter);
  expect((await ok("staff", "handleSuggestionAsLetter", letter, { reason: "属于个人诉求。" })).state).toBe("HANDLED_AS_LETTER");
  const late = await act(env.api, env.db.prisma, w.viewers.lead, "withdrawSuggestion", letter);
  expect(codes(late)).toEqual(["INVALID_TRANSITION"]);
});

it("refuses a motion without enough co-signers, then takes it from a delegation and records the decision", async () => {
  const motion = await draft("MOTION");
  const refused = await act(env.api, env.db.prisma, w.viewers.lead, "submitSuggestion", motion);
  expect(codes(refused)).toEqual(["BAD_USER_INPUT"]);
  await ok("lead", "editSuggestionDraft", motion, { delegation: "五华区代表团" });
  await ok("lead", "submitSuggestion", motion);
  await ok("staff", "acceptSuggestion", motion);
  const decided = await ok("staff", "decideMotion", motion, { decision: "ON_AGENDA" });
  expect(decided.state).toBe("ACCEPTED");
  expect((await env.db.prisma.suggestion.findUniqueOrThrow({ where: { id: motion } })).motionDecision).toBe("ON_AGENDA");
});
