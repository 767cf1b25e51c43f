// Denied equals missing: a mutation given the id of a record outside the caller's jurisdiction must
// answer exactly as it does for an id that does not exist, so ids reveal nothing. The walk covers
// every ID argument of every mutation, found by introspecting the schema.
import { randomUUID } from "node:crypto";
import { getNamedType, isInputObjectType, isObjectType, type GraphQLField, type GraphQLInputType } from "graphql";
import type { Viewer } from "../../api/auth/viewer";
import { buildSchema } from "../../api/graphql/schema";
import { withCheckCharacter } from "../../api/lib/id-number";
import { codes, useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

/** The node types an ID argument can name, with how to find (or make) one record in a given congress. */
type Typename =
  | "Congress" | "Region" | "Term" | "Deputy" | "Station" | "WorkingGroup" | "ContactAssignment" | "User" | "RoleGrant" | "ApiKey" | "HandlingUnit" | "CongressBody"
  | "Person" | "Suggestion" | "SuggestionCategory" | "CongressSession" | "ReassignmentRequest" | "Commitment" | "StoredFile" | "Notification"
  | "SupervisionTopic" | "SupervisionMilestone";
type Ids = Record<Typename, string>;

/**
 * For each mutation with ID arguments: valid arguments that use records of the caller's own county
 * (`own`), and the node type behind each ID argument path. A new mutation with an ID argument must be added here.
 */
/** A step of a suggestion's lifecycle: the suggestion's id, a version and the step's input. */
const suggestionStep = (input?: (o: Ids) => Record<string, unknown>, inputIds: Record<string, Typename> = {}) => ({
  ids: { id: "Suggestion" as Typename, ...inputIds },
  args: (o: Ids) => ({ id: o.Suggestion, version: 1, ...(input ? { input: input(o) } : {}) }),
});
const reason = () => ({ reason: "走查" });
/** A step of a supervision topic's lifecycle (the sample topic is under supervision). */
const supervisionStep = (input?: (o: Ids) => Record<string, unknown>, inputIds: Record<string, Typename> = {}) => ({
  ids: { id: "SupervisionTopic" as Typename, ...inputIds },
  args: (o: Ids) => ({ id: o.SupervisionTopic, version: 1, ...(input ? { input: input(o) } : {}) }),
});
const supervisionRecord = (o: Ids) => ({ heldOn: "2026-11-20", notes: "走查", milestoneId: o.SupervisionMilestone, progress: "走查", attachmentIds: [o.StoredFile] });
const SUPERVISION_RECORD_IDS: Record<string, Typename> = { "input.milestoneId": "SupervisionMilestone", "input.attachmentIds": "StoredFile" };
const evaluation = () => ({ satisfaction: "SATISFIED" });

const SAMPLES: Record<string, { ids: Record<string, Typename>; args: (own: Ids) => Record<string, unknown> }> = {
  acceptSuggestion: suggestionStep(),
  createSupervisionTopic: {
    ids: { "input.congressId": "Congress", "input.suggestionIds": "Suggestion" },
    args: (o) => ({ input: { congressId: o.Congress, year: 2031, title: "走查专题", suggestionIds: [o.Suggestion] } }),
  },
  editSupervisionTopic: supervisionStep((o) => ({ suggestionIds: [o.Suggestion] }), { "input.suggestionIds": "Suggestion" }),
  decideSupervisionTopic: supervisionStep(() => ({ decidedOn: "2026-03-10", meeting: "走查", documentNumber: "走查" })),
  assignSupervisors: supervisionStep(
    (o) => ({
      supervisors: [
        { role: "COMMITTEE", userId: o.User },
        { role: "COMMITTEE", bodyId: o.CongressBody },
        { role: "DEPUTIES", membershipId: o.Deputy },
        { role: "GOVERNMENT_OFFICE", unitId: o.HandlingUnit },
      ],
    }),
    { "input.supervisors.userId": "User", "input.supervisors.bodyId": "CongressBody", "input.supervisors.membershipId": "Deputy", "input.supervisors.unitId": "HandlingUnit" },
  ),
  planSupervision: supervisionStep((o) => ({ milestones: [{ id: o.SupervisionMilestone, title: "走查", dueOn: "2026-12-31" }] }), { "input.milestones.id": "SupervisionMilestone" }),
  startSupervision: supervisionStep(),
  recordSupervision: supervisionStep((o) => ({ kind: "VISIT", ...supervisionRecord(o) }), SUPERVISION_RECORD_IDS),
  judgeSupervisionTopic: supervisionStep(() => ({ judgement: "SATISFIED" })),
  closeSupervisionTopic: supervisionStep(() => ({})),
  reviewSupervisionTopic: supervisionStep(supervisionRecord, SUPERVISION_RECORD_IDS),
  assignSuggestion: suggestionStep((o) => ({ leadUnitId: o.HandlingUnit, coUnitIds: [o.HandlingUnit] }), { "input.leadUnitId": "HandlingUnit", "input.coUnitIds": "HandlingUnit" }),
  confirmCoSigning: suggestionStep(),
  createSuggestion: {
    ids: { "input.congressId": "Congress", "input.categoryId": "SuggestionCategory", "input.sessionId": "CongressSession", "input.coSignerIds": "Deputy", "input.attachmentIds": "StoredFile" },
    args: (o) => ({
      input: { congressId: o.Congress, kind: "SUGGESTION", title: "走查", body: "走查", categoryId: o.SuggestionCategory, sessionId: o.CongressSession, coSignerIds: [o.Deputy], attachmentIds: [o.StoredFile] },
    }),
  },
  createSuggestionCategory: { ids: { "input.congressId": "Congress" }, args: (o) => ({ input: { congressId: o.Congress, name: "走查分类" } }) },
  updateSuggestionCategory: { ids: { id: "SuggestionCategory" }, args: (o) => ({ id: o.SuggestionCategory, input: { name: "走查分类", version: 999 } }) },
  updateSuggestionSettings: { ids: { congressId: "Congress" }, args: (o) => ({ congressId: o.Congress, input: { dueSoonDays: 10, version: 999 } }) },
  setCalendarDays: { ids: { congressId: "Congress" }, args: (o) => ({ congressId: o.Congress, days: [{ date: "2030-01-01", workday: false, name: "走查" }] }) },
  removeCalendarDays: { ids: { congressId: "Congress" }, args: (o) => ({ congressId: o.Congress, dates: ["2030-01-01"] }) },
  publishSuggestion: { ids: { id: "Suggestion" }, args: (o) => ({ id: o.Suggestion, version: 1, input: { markedNames: ["走查"] } }) },
  unpublishSuggestion: { ids: { id: "Suggestion" }, args: (o) => ({ id: o.Suggestion, reason: "走查撤回" }) },
  markNotificationsRead: { ids: { ids: "Notification" }, args: (o) => ({ ids: [o.Notification] }) },
  decideMotion: suggestionStep(() => ({ decision: "ON_AGENDA" })),
  decideReassignment: suggestionStep((o) => ({ requestId: o.ReassignmentRequest, approve: true }), { "input.requestId": "ReassignmentRequest" }),
  declineCoSigning: suggestionStep(),
  editSuggestionDraft: suggestionStep((o) => ({ categoryId: o.SuggestionCategory, sessionId: o.CongressSession, coSignerIds: [o.Deputy], attachmentIds: [o.StoredFile] }), {
    "input.categoryId": "SuggestionCategory",
    "input.sessionId": "CongressSession",
    "input.coSignerIds": "Deputy",
    "input.attachmentIds": "StoredFile",
  }),
  evaluateAsCoSigner: suggestionStep(evaluation),
  evaluateImplementation: suggestionStep(evaluation),
  evaluateReply: suggestionStep(evaluation),
  giveCoUnitOpinion: suggestionStep(() => ({ opinion: "走查" })),
  handleSuggestionAsLetter: suggestionStep(reason),
  recordCommitmentProgress: suggestionStep((o) => ({ commitmentId: o.Commitment, note: "走查" }), { "input.commitmentId": "Commitment" }),
  recordConsultation: suggestionStep(() => ({ heldOn: "2026-11-20", form: "PHONE", participants: "走查", summary: "走查" })),
  replyToSuggestion: suggestionStep((o) => ({ class: "A", body: "走查", signedBy: "走查", repliedOn: "2026-11-20", attachmentIds: [o.StoredFile] }), {
    "input.attachmentIds": "StoredFile",
  }),
  requestReassignment: suggestionStep(reason),
  resubmitSuggestion: suggestionStep(),
  returnSuggestion: suggestionStep(reason),
  startHandlingSuggestion: suggestionStep(),
  submitSuggestion: suggestionStep(),
  waiveConsultation: suggestionStep(reason),
  withdrawSuggestion: suggestionStep(),
  addWorkingGroupMembers: { ids: { id: "WorkingGroup", deputyIds: "Deputy" }, args: (o) => ({ id: o.WorkingGroup, deputyIds: [o.Deputy] }) },
  assignContact: { ids: { "input.congressId": "Congress", "input.deputyId": "Deputy" }, args: (o) => ({ input: { congressId: o.Congress, memberName: "走查委员", deputyId: o.Deputy } }) },
  assignWorkingGroupToStation: { ids: { groupId: "WorkingGroup", stationId: "Station" }, args: (o) => ({ groupId: o.WorkingGroup, stationId: o.Station }) },
  changeDeputyStatus: { ids: { id: "Deputy" }, args: (o) => ({ id: o.Deputy, input: { status: "RESIGNED", effectiveOn: "2026-01-01", version: 999 } }) },
  createApiKey: { ids: { "input.congressId": "Congress" }, args: (o) => ({ input: { congressId: o.Congress, name: "走查", scopes: ["PUBLIC_READ"] } }) },
  createCongress: { ids: { "input.regionId": "Region" }, args: (o) => ({ input: { regionId: o.Region, name: "走查人大" } }) },
  createCongressBody: { ids: { "input.congressId": "Congress" }, args: (o) => ({ input: { congressId: o.Congress, kind: "SPECIAL_COMMITTEE", name: "走查委员会" } }) },
  createCongressSession: { ids: { "input.termId": "Term" }, args: (o) => ({ input: { termId: o.Term, number: 9, startDate: "2027-01-10", endDate: "2027-01-12" } }) },
  createHandlingUnit: {
    ids: { "input.congressId": "Congress", "input.parentId": "HandlingUnit" },
    args: (o) => ({ input: { congressId: o.Congress, kind: "OTHER", name: "走查单位", parentId: o.HandlingUnit } }),
  },
  createRegion: { ids: { "input.parentId": "Region" }, args: (o) => ({ input: { parentId: o.Region, code: "530102999000", kind: "STREET", name: "走查街道" } }) },
  createStation: {
    ids: { "input.congressId": "Congress", "input.regionId": "Region" },
    args: (o) => ({ input: { congressId: o.Congress, regionId: o.Region, kind: "PROFESSIONAL_STATION", name: "走查专业站", address: "走查地址" } }),
  },
  createTerm: { ids: { "input.congressId": "Congress" }, args: (o) => ({ input: { congressId: o.Congress, number: 99, startDate: "2090-01-01" } }) },
  createUser: { ids: { "input.homeCongressId": "Congress" }, args: (o) => ({ input: { homeCongressId: o.Congress, username: `walk${randomUUID().slice(0, 8)}`, displayName: "走查", password: "walk-through-2026" } }) },
  createWorkingGroup: {
    ids: { "input.congressId": "Congress", "input.leaderId": "Deputy" },
    args: (o) => ({ input: { congressId: o.Congress, kind: "DEPUTY_GROUP", name: `走查小组${randomUUID().slice(0, 4)}`, leaderId: o.Deputy } }),
  },
  deleteCongress: { ids: { id: "Congress" }, args: (o) => ({ id: o.Congress }) },
  deleteCongressBody: { ids: { id: "CongressBody" }, args: (o) => ({ id: o.CongressBody }) },
  deleteRegion: { ids: { id: "Region" }, args: (o) => ({ id: o.Region }) },
  grantRole: { ids: { "input.congressId": "Congress", "input.userId": "User" }, args: (o) => ({ input: { congressId: o.Congress, role: "SUPERVISOR", userId: o.User } }) },
  importDeputies: {
    ids: { "input.congressId": "Congress", "input.termId": "Term" },
    args: (o) => ({ input: { congressId: o.Congress, termId: o.Term, format: "CSV", fileBase64: "", dryRun: true } }),
  },
  linkAccountToPerson: { ids: { personId: "Person", userId: "User" }, args: (o) => ({ userId: o.User, personId: o.Person }) },
  importStations: { ids: { "input.congressId": "Congress" }, args: (o) => ({ input: { congressId: o.Congress, format: "CSV", fileBase64: "", dryRun: true } }) },
  recordContactVisit: { ids: { "input.assignmentId": "ContactAssignment" }, args: (o) => ({ input: { assignmentId: o.ContactAssignment, visitedOn: "2026-11-20", form: "走访" } }) },
  registerDeputy: {
    ids: { "input.congressId": "Congress", "input.termId": "Term" },
    args: (o) => ({
      input: {
        person: { name: "走查者", gender: "MALE", ethnicity: "汉族", idNumber: withCheckCharacter("53010219910101991") },
        congressId: o.Congress,
        termId: o.Term,
        constituency: "第1选区",
        occupation: "WORKER",
        grassroots: true,
        party: "群众",
      },
    }),
  },
  removeContact: { ids: { id: "ContactAssignment" }, args: (o) => ({ id: o.ContactAssignment }) },
  removeWorkingGroupFromStation: { ids: { groupId: "WorkingGroup", stationId: "Station" }, args: (o) => ({ groupId: o.WorkingGroup, stationId: o.Station }) },
  resetUserPassword: { ids: { id: "User" }, args: (o) => ({ id: o.User, password: "walk-through-2026" }) },
  revokeApiKey: { ids: { id: "ApiKey" }, args: (o) => ({ id: o.ApiKey }) },
  revokeRole: { ids: { id: "RoleGrant" }, args: (o) => ({ id: o.RoleGrant }) },
  rotateDeputyCode: { ids: { id: "Deputy" }, args: (o) => ({ id: o.Deputy }) },
  rotateStationCode: { ids: { id: "Station" }, args: (o) => ({ id: o.Station }) },
  setAccountStations: { ids: { stationIds: "Station", userId: "User" }, args: (o) => ({ userId: o.User, stationIds: [o.Station] }) },
  setAccountUnits: { ids: { unitIds: "HandlingUnit", userId: "User" }, args: (o) => ({ userId: o.User, unitIds: [o.HandlingUnit] }) },
  setWorkingGroupMembers: { ids: { id: "WorkingGroup", deputyIds: "Deputy" }, args: (o) => ({ id: o.WorkingGroup, deputyIds: [o.Deputy] }) },
  unlockUser: { ids: { id: "User" }, args: (o) => ({ id: o.User }) },
  updateCongress: { ids: { id: "Congress" }, args: (o) => ({ id: o.Congress, input: { name: "走查人大", version: 999 } }) },
  updateDeputy: { ids: { id: "Deputy" }, args: (o) => ({ id: o.Deputy, input: { constituency: "第1选区", occupation: "WORKER", grassroots: true, party: "群众", version: 999 } }) },
  updateHandlingUnit: { ids: { id: "HandlingUnit" }, args: (o) => ({ id: o.HandlingUnit, input: { active: true, kind: "OTHER", name: "走查单位", version: 999 } }) },
  updateRegion: { ids: { id: "Region" }, args: (o) => ({ id: o.Region, input: { name: "走查", version: 999 } }) },
  updateStation: { ids: { id: "Station" }, args: (o) => ({ id: o.Station, input: { active: true, name: "走查站", version: 999 } }) },
  updateTerm: { ids: { id: "Term" }, args: (o) => ({ id: o.Term, input: { startDate: "2090-01-01", version: 999 } }) },
  updateUser: { ids: { id: "User" }, args: (o) => ({ id: o.User, input: { active: true, displayName: "走查", version: 999 } }) },
  updateWorkingGroup: { ids: { id: "WorkingGroup", "input.leaderId": "Deputy" }, args: (o) => ({ id: o.WorkingGroup, input: { name: "走查小组", version: 999, leaderId: o.Deputy } }) },
};

function idPaths(type: GraphQLInputType, prefix: string, out: string[]): string[] {
  const named = getNamedType(type);
  if (named.name === "ID") out.push(prefix);
  else if (isInputObjectType(named)) for (const field of Object.values(named.getFields())) idPaths(field.type, `${prefix}.${field.name}`, out);
  return out;
}

const schema = buildSchema();
const mutations = Object.values(schema.getMutationType()!.getFields())
  .map((field) => ({ field, paths: field.args.flatMap((arg) => idPaths(arg.type, arg.name, [])) }))
  .filter((m) => m.paths.length > 0);

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  return `mutation (${variables}) { ${field.name}(${args})${selection} }`;
}

function withId(args: Record<string, unknown>, path: string, id: string): Record<string, unknown> {
  const copy = structuredClone(args);
  const keys = path.split(".");
  let node = copy as Record<string, unknown>;
  const last = keys[keys.length - 1];
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    // In a list of input objects, the element that carries the field (e.g. one supervisor per target).
    node = (Array.isArray(next) ? (next.find((e: Record<string, unknown>) => last in e) ?? next[0]) : next) as Record<string, unknown>;
  }
  node[last] = Array.isArray(node[last]) ? [id] : id;
  return copy;
}

async function recordsIn(regionName: string, tag: string): Promise<Ids> {
  const prisma = env.db.prisma;
  const congress = await prisma.congress.findFirstOrThrow({ where: { region: { name: regionName } } });
  const under = { congressPath: { startsWith: congress.path } };
  const deputy = await prisma.deputyMembership.findFirstOrThrow({ where: { congressId: congress.id } });
  const user = await prisma.user.create({ data: { username: `walk.${tag}`, displayName: tag, passwordHash: "x", homeCongressId: congress.id, congressPath: congress.path } });
  const grant = await prisma.roleGrant.create({ data: { userId: user.id, role: "DEPUTY", congressId: congress.id, congressPath: congress.path } });
  const apiKey = await prisma.apiKey.create({ data: { name: tag, prefix: tag.slice(0, 8), keyHash: randomUUID(), congressId: congress.id, congressPath: congress.path } });
  const unit = await prisma.handlingUnit.create({ data: { congressId: congress.id, congressPath: congress.path, name: `${tag}单位`, kind: "OTHER" } });
  const body = await prisma.congressBody.create({ data: { congressId: congress.id, kind: "SPECIAL_COMMITTEE", name: `${tag}委员会` } });
  const contact = await prisma.contactAssignment.create({ data: { congressId: congress.id, congressPath: congress.path, memberName: `${tag}委员`, deputyMembershipId: deputy.id } });
  const suggestion = await prisma.suggestion.create({
    data: { congressId: congress.id, congressPath: congress.path, leadMembershipId: deputy.id, title: tag, body: tag, state: "ACCEPTED" },
  });
  const unitRow = await prisma.suggestionUnit.create({ data: { suggestionId: suggestion.id, unitId: unit.id, role: "LEAD" } });
  const request = await prisma.reassignmentRequest.create({ data: { suggestionId: suggestion.id, unitId: unitRow.unitId, reason: tag } });
  const reply = await prisma.suggestionReply.create({ data: { suggestionId: suggestion.id, unitId: unit.id, class: "A", body: tag, signedBy: tag, repliedOn: new Date() } });
  const commitment = await prisma.commitment.create({ data: { suggestionId: suggestion.id, replyId: reply.id, description: tag, dueOn: new Date() } });
  const term = await prisma.term.findFirstOrThrow({ where: { congressId: congress.id } });
  const session = await prisma.congressSession.create({ data: { termId: term.id, number: 90, startDate: new Date("2090-01-01"), endDate: new Date("2090-01-02") } });
  const category = await prisma.suggestionCategory.create({ data: { congressId: congress.id, congressPath: congress.path, name: `${tag}分类` } });
  const topic = await prisma.supervisionTopic.create({
    data: { congressId: congress.id, congressPath: congress.path, year: 2026, title: tag, state: "SUPERVISING", decidedOn: new Date("2026-03-10"), decisionMeeting: tag, decisionDocument: tag },
  });
  await prisma.supervisionTopicSuggestion.create({ data: { topicId: topic.id, year: 2026, suggestionId: suggestion.id } });
  const milestone = await prisma.supervisionMilestone.create({ data: { topicId: topic.id, title: tag, dueOn: new Date("2026-12-31") } });
  const raw: Record<Typename, string> = {
    SupervisionTopic: topic.id,
    SupervisionMilestone: milestone.id,
    Suggestion: suggestion.id,
    SuggestionCategory: category.id,
    CongressSession: session.id,
    ReassignmentRequest: request.id,
    Commitment: commitment.id,
    Notification: (await prisma.notification.create({ data: { userId: user.id, kind: "ASSIGNED", title: tag, suggestionId: suggestion.id } })).id,
    StoredFile: (await prisma.storedFile.create({ data: { sha256: "0".repeat(64), size: 1, mediaType: "application/pdf", name: `${tag}.pdf`, uploadedById: user.id } })).id,
    Congress: congress.id,
    Region: congress.regionId,
    Term: term.id,
    Deputy: deputy.id,
    Station: (await prisma.station.findFirstOrThrow({ where: under })).id,
    WorkingGroup: (await prisma.workingGroup.findFirstOrThrow({ where: under })).id,
    ContactAssignment: contact.id,
    User: user.id,
    RoleGrant: grant.id,
    ApiKey: apiKey.id,
    HandlingUnit: unit.id,
    CongressBody: body.id,
    Person: deputy.personId,
  };
  return Object.fromEntries(Object.entries(raw).map(([typename, id]) => [typename, globalId(typename, id)])) as Ids;
}

const rawId = (gid: string) => Buffer.from(gid, "base64").toString().split(":")[1];

/** The answer with the id taken out, so two answers about two ids can be compared. */
function answer(result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }, gid: string) {
  if (!result.errors?.length) return { succeeded: true };
  const scrub = (text: string) => text.split(gid).join("<id>").split(rawId(gid)).join("<id>");
  return { codes: codes(result as never), messages: result.errors.map((e) => scrub(e.message)) };
}

describe("denied equals missing", () => {
  it("has sample arguments for every ID argument of every mutation", () => {
    const found = Object.fromEntries(mutations.map((m) => [m.field.name, m.paths.sort()]));
    const declared = Object.fromEntries(Object.entries(SAMPLES).map(([name, s]) => [name, Object.keys(s.ids).sort()]));
    expect(declared).toEqual(found);
  });

  const state = {} as { own: Ids; sibling: Ids; viewers: Record<string, Viewer> };
  beforeAll(async () => {
    state.own = await recordsIn("五华区", "own");
    state.sibling = await recordsIn("盘龙区", "sibling");
    state.viewers = { "wh.admin": await demoViewer(env.db.prisma, "wh.admin"), "wh.staff": await demoViewer(env.db.prisma, "wh.staff") };
  });

  const cases = mutations.flatMap(({ field, paths }) => paths.flatMap((path) => ["wh.admin", "wh.staff"].map((username) => [field.name, path, username, field] as const)));

  it.each(cases)("%s with a sibling county's id at %s answers as for a missing id (as %s)", async (name, path, username, field) => {
    const sample = SAMPLES[name];
    if (!sample) throw new Error(`No sample for mutation ${name}: add it to SAMPLES in this file.`);
    const typename = sample.ids[path];
    const document = documentFor(field);
    const viewer = state.viewers[username];
    const siblingId = state.sibling[typename];
    const missingId = globalId(typename, randomUUID());
    const denied = answer(await env.api.run(document, withId(sample.args(state.own), path, siblingId), viewer), siblingId);
    const missing = answer(await env.api.run(document, withId(sample.args(state.own), path, missingId), viewer), missingId);
    expect(denied).toEqual(missing);
  });
});
