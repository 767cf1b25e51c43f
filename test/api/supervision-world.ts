// Key suggestions under supervision in 五华区 (under 昆明市) and in 大理州 (昆明's sibling), with the
// accounts around them, and helpers to take steps through the API.
import type { Viewer } from "../../api/auth/viewer";
import type { Prisma } from "../../api/db/prisma";
import type { Role } from "../../api/generated/prisma/client";
import type { GraphQLResult, TestApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";
import { insertSuggestion } from "../helpers/suggestion-rows";

export const TOPIC_FIELDS = "id state version year title nextMilestoneDueOn overdue viewerActions suggestions { id } supervisors { role accountName } milestones { id title dueOn doneAt } records { kind notes authorName progress milestone { title } } events { action fromState toState actorName }";
export const TOPIC = `query ($id: ID!) { supervisionTopic(id: $id) { ${TOPIC_FIELDS} } }`;
export const CREATE = `mutation ($input: CreateSupervisionTopicInput!) { createSupervisionTopic(input: $input) { ${TOPIC_FIELDS} } }`;

const capitalized = (action: string) => action[0].toUpperCase() + action.slice(1);

/** The mutation of an action; `startSupervision` takes no input. */
export function actionMutation(action: string): string {
  const hasInput = action !== "startSupervision";
  return `mutation ($id: ID!, $version: Int!${hasInput ? `, $input: ${capitalized(action)}Input!` : ""}) {
    ${action}(id: $id, version: $version${hasInput ? ", input: $input" : ""}) { ${TOPIC_FIELDS} }
  }`;
}

/** Takes a step at the topic's current version (read from the database). */
export async function act(api: TestApi, prisma: Prisma, viewer: Viewer, action: string, topicId: string, input?: Record<string, unknown>): Promise<GraphQLResult> {
  const { version } = await prisma.supervisionTopic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } });
  return api.run(actionMutation(action), { id: globalId("SupervisionTopic", topicId), version, ...(input ? { input } : {}) }, viewer);
}

export async function account(prisma: Prisma, username: string, regionName: string, role: Role | null, personId: string | null = null): Promise<string> {
  const congress = await prisma.congress.findFirstOrThrow({ where: { region: { name: regionName } } });
  const user = await prisma.user.upsert({
    where: { username },
    update: {},
    create: { username, displayName: username, passwordHash: "x", homeCongressId: congress.id, congressPath: congress.path, personId },
  });
  if (role) await prisma.roleGrant.upsert({ where: { userId_role_congressId: { userId: user.id, role, congressId: congress.id } }, update: {}, create: { userId: user.id, role, congressId: congress.id, congressPath: congress.path } });
  return user.id;
}

export interface Place {
  congressId: string;
  suggestionIds: string[];
  staff: Viewer;
}

/** A congress with two suggestions under handling, and a staff viewer of it. */
export async function placeAt(prisma: Prisma, regionName: string, staff: Viewer, tag: string): Promise<Place> {
  const a = await insertSuggestion(prisma, regionName, { title: `${tag}：关于学校周边交通的建议` });
  const b = await insertSuggestion(prisma, regionName, { title: `${tag}：关于校车安全的建议` });
  return { congressId: a.congressId, suggestionIds: [a.id, b.id], staff };
}

export const DECISION = { decidedOn: "2026-03-10", meeting: "第十二次主任会议", documentNumber: "五人常办〔2026〕12号" };

/** Proposes, decides, assigns `supervisors`, plans two milestones and starts supervision; answers the topic's id. */
export async function supervisedTopic(api: TestApi, prisma: Prisma, place: Place, title: string, supervisors: Record<string, unknown>[], dueOn = ["2026-03-31", "2026-06-30"]): Promise<string> {
  const created = await api.data(CREATE, { input: { congressId: globalId("Congress", place.congressId), year: 2026, title, suggestionIds: place.suggestionIds.map((id) => globalId("Suggestion", id)) } }, place.staff);
  const id = rawId(created.createSupervisionTopic.id);
  const steps: [string, Record<string, unknown> | undefined][] = [
    ["decideSupervisionTopic", DECISION],
    ["assignSupervisors", { supervisors }],
    ["planSupervision", { milestones: dueOn.map((day, i) => ({ title: `第${i + 1}节点`, dueOn: day })) }],
    ["startSupervision", undefined],
  ];
  for (const [action, input] of steps) {
    const result = await act(api, prisma, place.staff, action, id, input);
    if (result.errors?.length) throw new Error(`${action}: ${JSON.stringify(result.errors)}`);
  }
  return id;
}

export function rawId(id: string): string {
  return Buffer.from(id, "base64").toString().split(":")[1];
}

export const lead = (userId: string) => ({ role: "LEAD", userId: globalId("User", userId) });

export async function viewerOf(prisma: Prisma, username: string): Promise<Viewer> {
  return demoViewer(prisma, username);
}
