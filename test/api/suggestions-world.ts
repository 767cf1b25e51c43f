// The people around a suggestion in 五华区, with accounts linked as issue 12 asks (User.personId,
// UserHandlingUnit), and helpers to take steps through the API.
import type { Viewer } from "../../api/auth/viewer";
import { anonymousViewer } from "../../api/auth/viewer";
import type { Prisma } from "../../api/db/prisma";
import type { SuggestionState } from "../../api/generated/prisma/client";
import { ACTION_INPUTS } from "../../api/modules/suggestions/inputs";
import type { TestApi } from "../helpers/api";
import { demoViewer, globalId, viewerAt } from "../helpers/fixtures";

export interface World {
  congressId: string;
  congressPath: string;
  lead: { membershipId: string };
  coSigners: { membershipId: string }[];
  leadUnitId: string;
  coUnitId: string;
  otherUnitId: string;
  viewers: Record<ViewerName, Viewer>;
}

export const VIEWER_NAMES = ["lead", "coSigner", "invited", "leadUnit", "coUnit", "staff", "cityAdmin", "siblingStaff", "supervisor", "anonymous"] as const;
export type ViewerName = (typeof VIEWER_NAMES)[number];

/** An account holding `role` at the congress, as the links need (a deputy link needs DEPUTY, a unit link UNIT_STAFF). */
async function account(prisma: Prisma, username: string, congressId: string, congressPath: string, personId: string | null, role: "DEPUTY" | "UNIT_STAFF") {
  const user = await prisma.user.upsert({
    where: { username },
    update: { personId },
    create: { username, displayName: username, passwordHash: "x", homeCongressId: congressId, congressPath, personId },
  });
  await prisma.roleGrant.upsert({ where: { userId_role_congressId: { userId: user.id, role, congressId } }, update: {}, create: { userId: user.id, role, congressId, congressPath } });
  return user.id;
}

export async function buildWorld(prisma: Prisma): Promise<World> {
  const congress = await prisma.congress.findFirstOrThrow({ where: { region: { name: "五华区" } } });
  const deputies = await prisma.deputyMembership.findMany({ where: { congressId: congress.id, status: "ACTIVE" }, orderBy: { id: "asc" }, take: 3 });
  const [leadDeputy, coSigner, invited] = deputies;
  const whDeputy = await prisma.user.findUniqueOrThrow({ where: { username: "wh.deputy" } });
  await prisma.user.update({ where: { id: whDeputy.id }, data: { personId: leadDeputy.personId } });
  await account(prisma, "wh.cosigner", congress.id, congress.path, coSigner.personId, "DEPUTY");
  await account(prisma, "wh.invited", congress.id, congress.path, invited.personId, "DEPUTY");
  const units = await prisma.handlingUnit.findMany({ where: { congressId: congress.id, kind: "DEPARTMENT" }, orderBy: { name: "asc" } });
  const [leadUnit, coUnit, otherUnit] = units;
  const whUnit = await prisma.user.findUniqueOrThrow({ where: { username: "wh.unit" } });
  // The demo links wh.unit to a unit of its own; here it is staff of the lead unit only.
  await prisma.userHandlingUnit.deleteMany({ where: { userId: whUnit.id } });
  const coUnitUser = await account(prisma, "wh.counit", congress.id, congress.path, null, "UNIT_STAFF");
  await prisma.userHandlingUnit.createMany({ data: [{ userId: whUnit.id, unitId: leadUnit.id }, { userId: coUnitUser, unitId: coUnit.id }], skipDuplicates: true });
  return {
    congressId: congress.id,
    congressPath: congress.path,
    lead: { membershipId: leadDeputy.id },
    coSigners: [{ membershipId: coSigner.id }, { membershipId: invited.id }],
    leadUnitId: leadUnit.id,
    coUnitId: coUnit.id,
    otherUnitId: otherUnit.id,
    viewers: {
      lead: await demoViewer(prisma, "wh.deputy"),
      coSigner: await demoViewer(prisma, "wh.cosigner"),
      invited: await demoViewer(prisma, "wh.invited"),
      leadUnit: await demoViewer(prisma, "wh.unit"),
      coUnit: await demoViewer(prisma, "wh.counit"),
      staff: await demoViewer(prisma, "wh.staff"),
      cityAdmin: await demoViewer(prisma, "km.admin"),
      siblingStaff: await viewerAt(prisma, "DEPUTY_AFFAIRS", "盘龙区"),
      supervisor: await demoViewer(prisma, "km.supervisor"),
      anonymous: anonymousViewer,
    },
  };
}

const capitalized = (action: string) => action[0].toUpperCase() + action.slice(1);

/** The mutation of an action, with its input when it has one. */
export function actionMutation(action: string): string {
  const hasInput = action in ACTION_INPUTS;
  return `mutation Step($id: ID!, $version: Int!${hasInput ? `, $input: ${capitalized(action)}Input` : ""}) {
    ${action}(id: $id, version: $version${hasInput ? ", input: $input" : ""}) { id state version number replyDueOn viewerActions }
  }`;
}

export async function stateOf(prisma: Prisma, id: string): Promise<{ state: SuggestionState; version: number }> {
  return prisma.suggestion.findUniqueOrThrow({ where: { id }, select: { state: true, version: true } });
}

/** Takes a step at the suggestion's current version. */
export async function act(api: TestApi, prisma: Prisma, viewer: Viewer, action: string, id: string, input?: Record<string, unknown>) {
  const { version } = await stateOf(prisma, id);
  return api.run(actionMutation(action), { id: globalId("Suggestion", id), version, ...(input ? { input } : {}) }, viewer);
}

export const CREATE = `mutation Create($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id state version viewerActions } }`;

export const rawId = (global: string) => Buffer.from(global, "base64").toString().split(":")[1];

const WITH_UNITS: SuggestionState[] = ["ASSIGNED", "HANDLING", "REPLIED", "REHANDLING", "IMPLEMENTING", "CLOSED"];
const WITH_REPLY: SuggestionState[] = ["REPLIED", "REHANDLING", "IMPLEMENTING", "CLOSED"];

export interface Fixture {
  id: string;
  requestId: string | null;
  commitmentId: string | null;
}

/**
 * A motion from a delegation placed straight into `state` (as a superuser would), with everything
 * each step from there needs: one confirmed and one invited co-signer, a lead unit and a co-unit that
 * gave its opinion, a consultation waiver, a pending reassignment request, a reply with a done commitment.
 */
export async function suggestionIn(prisma: Prisma, w: World, state: SuggestionState): Promise<Fixture> {
  return (await suggestionsIn(prisma, w, state, 1))[0];
}

/** `count` fixtures like `suggestionIn`'s, written with a handful of statements whatever the count. */
export async function suggestionsIn(prisma: Prisma, w: World, state: SuggestionState, count: number): Promise<Fixture[]> {
  const today = new Date(new Date().toISOString().slice(0, 10));
  const far = new Date("2099-12-31");
  const rows = await prisma.suggestion.createManyAndReturn({
    data: Array.from({ length: count }, () => ({
      congressId: w.congressId,
      congressPath: w.congressPath,
      leadMembershipId: w.lead.membershipId,
      kind: "MOTION" as const,
      delegation: "五华区代表团",
      title: `${state} 测试`,
      body: "测试",
      state,
      consultationWaiver: "测试免于面商",
      reassignableUntil: far,
      replyDueOn: far,
    })),
    select: { id: true },
  });
  const ids = rows.map((r) => r.id);
  await prisma.suggestionCoSigner.createMany({
    data: ids.flatMap((suggestionId) => [
      { suggestionId, membershipId: w.coSigners[0].membershipId, status: "CONFIRMED" as const },
      { suggestionId, membershipId: w.coSigners[1].membershipId },
    ]),
  });
  const fixtures: Fixture[] = ids.map((id) => ({ id, requestId: null, commitmentId: null }));
  if (WITH_UNITS.includes(state)) {
    await prisma.suggestionUnit.createMany({
      data: ids.flatMap((suggestionId) => [
        { suggestionId, unitId: w.leadUnitId, role: "LEAD" as const },
        { suggestionId, unitId: w.coUnitId, role: "CO" as const, opinion: "同意", opinionAt: new Date() },
      ]),
    });
    const requests = await prisma.reassignmentRequest.createManyAndReturn({ data: ids.map((suggestionId) => ({ suggestionId, unitId: w.otherUnitId, reason: "测试" })), select: { id: true, suggestionId: true } });
    for (const r of requests) fixtures[ids.indexOf(r.suggestionId)].requestId = r.id;
  }
  if (WITH_REPLY.includes(state)) {
    const replies = await prisma.suggestionReply.createManyAndReturn({
      data: ids.map((suggestionId) => ({ suggestionId, unitId: w.leadUnitId, class: "A" as const, body: "测试", signedBy: "测试", repliedOn: today })),
      select: { id: true, suggestionId: true },
    });
    const commitments = await prisma.commitment.createManyAndReturn({
      data: replies.map((r) => ({ suggestionId: r.suggestionId, replyId: r.id, description: "测试", dueOn: far, status: "DONE" as const, doneAt: new Date() })),
      select: { id: true, suggestionId: true },
    });
    for (const c of commitments) fixtures[ids.indexOf(c.suggestionId)].commitmentId = c.id;
  }
  return fixtures;
}

/** A valid input for every action, for a fixture of `suggestionIn`. */
export function sampleInput(action: string, f: Fixture, w: World): Record<string, unknown> | undefined {
  const inputs: Record<string, Record<string, unknown>> = {
    editSuggestionDraft: { title: "改过的标题" },
    withdrawSuggestion: {},
    returnSuggestion: { reason: "请补充。" },
    acceptSuggestion: {},
    handleSuggestionAsLetter: { reason: "个人诉求。" },
    decideMotion: { decision: "ON_AGENDA" },
    assignSuggestion: { leadUnitId: globalId("HandlingUnit", w.leadUnitId), coUnitIds: [globalId("HandlingUnit", w.coUnitId)] },
    requestReassignment: { reason: "职责不符。" },
    decideReassignment: { requestId: globalId("ReassignmentRequest", f.requestId ?? "00000000-0000-4000-8000-000000000000"), approve: false },
    recordConsultation: { heldOn: "2026-11-20", form: "PHONE", participants: "代表、局长", summary: "沟通。" },
    waiveConsultation: { reason: "代表同意。" },
    giveCoUnitOpinion: { opinion: "同意。" },
    replyToSuggestion: { class: "A", body: "答复。", signedBy: "局长", repliedOn: "2026-11-20" },
    recordCommitmentProgress: { commitmentId: globalId("Commitment", f.commitmentId ?? "00000000-0000-4000-8000-000000000000"), note: "进展。" },
    evaluateReply: { satisfaction: "SATISFIED" },
    evaluateAsCoSigner: { satisfaction: "SATISFIED" },
    evaluateImplementation: { satisfaction: "SATISFIED" },
  };
  return inputs[action];
}
