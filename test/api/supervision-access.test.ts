// Who sees and writes a key suggestion's supervision (issue 13): staff of the congress or above, and
// exactly the supervisors assigned to it; a sibling's topic, an unassigned supervisor's, or one in
// another city answers NOT_FOUND, the same as a topic that does not exist.
import { randomUUID } from "node:crypto";
import type { Viewer } from "../../api/auth/viewer";
import { anonymousViewer } from "../../api/auth/viewer";
import { codes, useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";
import { account, act, lead, placeAt, supervisedTopic, TOPIC } from "./supervision-world";

const env = useDemoApi();
const prisma = () => env.db.prisma;
const viewers = {} as Record<"whStaff" | "kmAdmin" | "dlAdmin" | "kmSup" | "kmSup2" | "kmIdle" | "dlSup" | "whOffice" | "whTracker", Viewer>;
const topics = {} as Record<"A" | "B" | "C", string>;
let suggestionOfA: string;
let suggestionOfB: string;

const RECORD = { kind: "VISIT", heldOn: "2026-03-01", place: "五华区教育体育局", notes: "实地走访，听取进展。" };

beforeAll(async () => {
  const p = prisma();
  for (const [key, username] of [["whStaff", "wh.staff"], ["kmAdmin", "km.admin"], ["dlAdmin", "dl.admin"], ["kmSup", "km.supervisor"]] as const) {
    viewers[key] = await demoViewer(p, username);
  }
  await account(p, "km.supervisor2", "昆明市", "SUPERVISOR");
  await account(p, "km.idle", "昆明市", "SUPERVISOR");
  await account(p, "dl.supervisor", "大理白族自治州", "SUPERVISOR");
  const office = await account(p, "wh.office", "五华区", "UNIT_STAFF");
  const wuhua = await p.congress.findFirstOrThrow({ where: { region: { name: "五华区" } } });
  const officeUnit = await p.handlingUnit.findFirstOrThrow({ where: { congressId: wuhua.id, kind: "GOVERNMENT" } });
  await p.userHandlingUnit.create({ data: { userId: office, unitId: officeUnit.id } });
  const tracked = await p.deputyMembership.findFirstOrThrow({ where: { congressId: wuhua.id, status: "ACTIVE" }, orderBy: { id: "desc" } });
  await account(p, "wh.tracker", "五华区", "DEPUTY", tracked.personId);
  const agency = await p.congressBody.findFirstOrThrow({ where: { congressId: wuhua.id, kind: "DEPUTY_WORK_AGENCY" } });
  for (const [key, username] of [["kmSup2", "km.supervisor2"], ["kmIdle", "km.idle"], ["dlSup", "dl.supervisor"], ["whOffice", "wh.office"], ["whTracker", "wh.tracker"]] as const) {
    viewers[key] = await demoViewer(p, username);
  }
  const userIdOf = async (username: string) => (await p.user.findUniqueOrThrow({ where: { username } })).id;

  const wuhuaA = await placeAt(p, "五华区", viewers.whStaff, "专题甲");
  const wuhuaB = await placeAt(p, "五华区", viewers.whStaff, "专题乙");
  const dali = await placeAt(p, "大理白族自治州", viewers.dlAdmin, "专题丙");
  [suggestionOfA, suggestionOfB] = [wuhuaA.suggestionIds[0], wuhuaB.suggestionIds[0]];
  topics.A = await supervisedTopic(env.api, p, wuhuaA, "学校周边交通安全", [
    lead(await userIdOf("km.supervisor")),
    { role: "GOVERNMENT_OFFICE", unitId: globalId("HandlingUnit", officeUnit.id) },
    { role: "DEPUTIES", membershipId: globalId("Deputy", tracked.id) },
    { role: "AGENCY", bodyId: globalId("CongressBody", agency.id) },
  ]);
  topics.B = await supervisedTopic(env.api, p, wuhuaB, "校车安全", [lead(await userIdOf("km.supervisor2"))]);
  topics.C = await supervisedTopic(env.api, p, dali, "洱海保护", [lead(await userIdOf("dl.supervisor"))]);
});

/** Who reads which topic: everything not listed answers NOT_FOUND (null). */
const VISIBLE: Record<keyof typeof viewers, ("A" | "B" | "C")[]> = {
  whStaff: ["A", "B"],
  kmAdmin: ["A", "B"],
  dlAdmin: ["C"],
  kmSup: ["A"],
  kmSup2: ["B"],
  kmIdle: [],
  dlSup: ["C"],
  whOffice: ["A"],
  whTracker: ["A"],
};

describe("the supervisor visibility matrix", () => {
  const cells = Object.entries(VISIBLE).flatMap(([viewer, visible]) => (["A", "B", "C"] as const).map((topic) => [viewer, topic, visible.includes(topic)] as const));

  it.each(cells)("%s reads topic %s: %s", async (viewer, topic, visible) => {
    const v = viewers[viewer as keyof typeof viewers];
    const id = globalId("SupervisionTopic", topics[topic]);
    const one = await env.api.data(TOPIC, { id }, v);
    const node = await env.api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id }, v);
    expect([one.supervisionTopic?.id ?? null, node.node?.id ?? null]).toEqual(visible ? [id, id] : [null, null]);
  });

  it.each(Object.entries(VISIBLE))("%s lists exactly its topics", async (viewer, visible) => {
    const data = await env.api.data(`{ supervisionTopics(first: 50) { edges { node { id } } } }`, {}, viewers[viewer as keyof typeof viewers]);
    const ids = data.supervisionTopics.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    expect(ids).toEqual(visible.map((t) => globalId("SupervisionTopic", topics[t])).sort());
  });

  it("an anonymous caller reads nothing", async () => {
    const result = await env.api.run(TOPIC, { id: globalId("SupervisionTopic", topics.A) }, anonymousViewer);
    expect(result.data?.supervisionTopic ?? null).toBeNull();
  });
});

describe("records are written only by the topic's supervisors and staff", () => {
  it.each(["kmSup", "whOffice", "whTracker", "whStaff"] as const)("%s records on topic A", async (viewer) => {
    const result = await act(env.api, prisma(), viewers[viewer], "recordSupervision", topics.A, { ...RECORD, notes: `${viewer} 的记录` });
    expect(result.errors ?? []).toEqual([]);
    expect(result.data!.recordSupervision.records.map((r: { notes: string }) => r.notes)).toContain(`${viewer} 的记录`);
  });

  it.each(["kmSup2", "kmIdle", "dlSup", "dlAdmin"] as const)("%s cannot record on topic A (NOT_FOUND, nothing written)", async (viewer) => {
    const before = await prisma().supervisionRecord.count({ where: { topicId: topics.A } });
    const result = await act(env.api, prisma(), viewers[viewer], "recordSupervision", topics.A, RECORD);
    expect(codes(result)).toEqual(["NOT_FOUND"]);
    expect(await prisma().supervisionRecord.count({ where: { topicId: topics.A } })).toBe(before);
  });

  it("neither a supervisor who is not the lead nor staff can judge (FORBIDDEN)", async () => {
    const refused = await act(env.api, prisma(), viewers.whOffice, "judgeSupervisionTopic", topics.A, { judgement: "SATISFIED" });
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    const staff = await act(env.api, prisma(), viewers.whStaff, "judgeSupervisionTopic", topics.A, { judgement: "SATISFIED" });
    expect(codes(staff)).toEqual(["FORBIDDEN"]);
  });

  it("records are attributed, on the timeline and in the audit log", async () => {
    const topic = await env.api.data(TOPIC, { id: globalId("SupervisionTopic", topics.A) }, viewers.whOffice);
    expect(topic.supervisionTopic.records.map((r: { authorName: string }) => r.authorName)).toEqual(expect.arrayContaining(["昆明市督办人", "wh.office", "wh.tracker"]));
    expect(topic.supervisionTopic.events.filter((e: { action: string }) => e.action === "recordSupervision")).toHaveLength(4);
    expect(await prisma().auditEvent.count({ where: { entityType: "SupervisionTopic", entityId: topics.A, action: "recordSupervision" } })).toBe(4);
  });
});

describe("a supervisor of 昆明市 cannot reach 大理州", () => {
  it("cannot read or write 大理's topic", async () => {
    const id = globalId("SupervisionTopic", topics.C);
    expect((await env.api.data(TOPIC, { id }, viewers.kmSup)).supervisionTopic).toBeNull();
    expect(codes(await act(env.api, prisma(), viewers.kmSup, "recordSupervision", topics.C, RECORD))).toEqual(["NOT_FOUND"]);
    expect(codes(await act(env.api, prisma(), viewers.kmSup, "judgeSupervisionTopic", topics.C, { judgement: "UNSATISFIED" }))).toEqual(["NOT_FOUND"]);
  });

  it("cannot be made 大理's lead supervisor", async () => {
    const km = await prisma().user.findUniqueOrThrow({ where: { username: "km.supervisor" } });
    const result = await act(env.api, prisma(), viewers.dlAdmin, "assignSupervisors", topics.C, { supervisors: [lead(km.id)] });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].extensions!.fields).toEqual([{ field: "input.supervisors.0", message: expect.stringContaining("SUPERVISOR") }]);
  });
});

describe("supervisors read the suggestions of their topics", () => {
  const SUGGESTION = `query ($id: ID!) { suggestion(id: $id) { id events { action } replies { id } commitments { id } supervision { id title } } }`;

  it("the lead supervisor reads A's suggestion whole, with the topic it is under", async () => {
    const data = await env.api.data(SUGGESTION, { id: globalId("Suggestion", suggestionOfA) }, viewers.kmSup);
    expect(data.suggestion).toMatchObject({ id: globalId("Suggestion", suggestionOfA), replies: [], commitments: [], supervision: { id: globalId("SupervisionTopic", topics.A), title: "学校周边交通安全" } });
  });

  it("a sibling supervisor does not read it (null), nor the unassigned one", async () => {
    for (const v of [viewers.kmSup2, viewers.kmIdle, viewers.dlSup]) {
      expect((await env.api.data(SUGGESTION, { id: globalId("Suggestion", suggestionOfA) }, v)).suggestion).toBeNull();
    }
    expect((await env.api.data(SUGGESTION, { id: globalId("Suggestion", suggestionOfB) }, viewers.kmSup)).suggestion).toBeNull();
  });

  it("a record's attachment is readable by the topic's readers only", async () => {
    const km = await prisma().user.findUniqueOrThrow({ where: { username: "km.supervisor" } });
    const file = await prisma().storedFile.create({ data: { sha256: randomUUID().replace(/-/g, "").padEnd(64, "0"), size: 10, mediaType: "application/pdf", name: "走访照片.pdf", uploadedById: km.id } });
    const result = await act(env.api, prisma(), viewers.kmSup, "recordSupervision", topics.A, { ...RECORD, notes: "附照片", attachmentIds: [globalId("StoredFile", file.id)] });
    expect(result.errors ?? []).toEqual([]);
    const FILE = `query ($id: ID!) { node(id: $id) { ... on StoredFile { name } } }`;
    const fileId = globalId("StoredFile", file.id);
    expect((await env.api.data(FILE, { id: fileId }, viewers.whOffice)).node).toEqual({ name: "走访照片.pdf" });
    expect((await env.api.data(FILE, { id: fileId }, viewers.kmSup2)).node).toBeNull();
    // Used once: the same file cannot be attached again.
    const again = await act(env.api, prisma(), viewers.kmSup, "recordSupervision", topics.A, { ...RECORD, attachmentIds: [fileId] });
    expect(codes(again)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("reading a list of topics", () => {
  const LIST = `query ($first: Int!) { supervisionTopics(first: $first) { edges { node { id title overdue viewerActions suggestions { id title } supervisors { role accountName } milestones { title } records { notes } } } } }`;

  it("costs the same number of SQL statements for one topic as for all of them", async () => {
    const count = async (first: number) => {
      const before = env.db.statements.length;
      const data = await env.api.data(LIST, { first }, viewers.whStaff);
      return { rows: data.supervisionTopics.edges.length, statements: env.db.statements.length - before };
    };
    const one = await count(1);
    const all = await count(50);
    expect([one.rows, all.rows]).toEqual([1, 2]);
    expect(all.statements).toBe(one.statements);
  });
});
