// Supervision topics: proposing one, and every later step through the transition table.
import type { SupervisionState } from "../../generated/prisma/client";
import { requireSignedIn, DEPUTY_MANAGERS } from "../../auth/guard";
import { accountId, reaches } from "../../auth/viewer";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { msg } from "../../lib/i18n";
import { VERSION } from "../../lib/patch";
import { StateMachine, type StepRecord } from "../../lib/state-machine";
import { recordAudit, type Actor } from "../audit/record";
import { loadLinks } from "../suggestions/relations";
import { CreateTopicInput } from "./inputs";
import { SUPERVISOR_TIES, topicRelationships, type SupervisionRelationship, type TopicRecord, type Tx } from "./relations";
import { supervisionTopicReadWhere } from "./scope";
import { setTopicSuggestions } from "./steps";
import { SUPERVISION_TRANSITIONS } from "./transitions";

const actorName = (actor: Actor) => (actor.viewer.displayName ?? actor.viewer.userId ?? "—").slice(0, 100);

async function recordStep(tx: Tx, actor: Actor, step: Omit<StepRecord<SupervisionState, { id: string }>, "from"> & { from: SupervisionState | null }) {
  await tx.supervisionEvent.create({
    data: { topicId: step.record.id, action: step.action, fromState: step.from, toState: step.to, actorId: accountId(actor.viewer), actorName: actorName(actor), comment: step.comment?.slice(0, 2000) },
  });
}

export const supervisionMachine = new StateMachine<SupervisionState, TopicRecord, SupervisionRelationship, never>({
  entity: "SupervisionTopic",
  label: { zh: "督办专题", en: "Supervision topic" },
  names: {
    states: { PROPOSED: "拟定", DECIDED: "已决定", SUPERVISING: "督办中", JUDGED: "已评价", CLOSED: "已办结", REVIEWED: "已回头看" },
    relations: { STAFF: "代表工作机构", LEAD: "领衔督办人", SUPERVISOR: "督办人员" },
  },
  transitions: SUPERVISION_TRANSITIONS,
  async lockAndLoad(tx, actor, id) {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "SupervisionTopic" WHERE id = ${id}::uuid FOR UPDATE`;
    if (!locked.length) return null;
    const row = await tx.supervisionTopic.findFirst({ where: { id, AND: [supervisionTopicReadWhere(actor.viewer)] }, include: SUPERVISOR_TIES });
    return row ? { ...row, links: await loadLinks(tx, actor.viewer) } : null;
  },
  relationsOf: (actor, record) => topicRelationships(actor.viewer, record.links, record),
  async update(tx, id, version, data) {
    return (await tx.supervisionTopic.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count;
  },
  recordStep,
  auditPath: (record) => record.congressPath,
  announce: async () => undefined,
});

/** Takes one step of a topic's lifecycle (`action` is a transition of the table and the mutation's name). */
export function transitionSupervision(actor: Actor, id: string, action: string, version: unknown, input: unknown) {
  requireSignedIn(actor.viewer);
  return supervisionMachine.apply(actor, id, action, input, parseInput(VERSION, version, "version"));
}

/** Staff of the congress (or above) propose suggestions as key for a year: a topic of one or several suggestions. */
export async function createSupervisionTopic(actor: Actor, rawInput: unknown) {
  requireSignedIn(actor.viewer);
  const input = parseInput(CreateTopicInput, rawInput);
  return inTransaction(actor.prisma, "SupervisionTopic", async (tx: Tx) => {
    const congress = await tx.congress.findUnique({ where: { id: input.congressId }, select: { id: true, path: true } });
    // A congress out of reach answers as one that does not exist.
    if (!congress || !reaches(actor.viewer, DEPUTY_MANAGERS, congress.path)) throw Errors.notFound("Congress", input.congressId);
    if (!accountId(actor.viewer)) throw Errors.forbidden(msg("只有工作人员账号可以提出重点督办建议。", "Only a staff account may propose key suggestions."));
    const { suggestionIds, ...fields } = input;
    const topic = await tx.supervisionTopic.create({ data: { ...fields, congressPath: congress.path } });
    await setTopicSuggestions(tx, { ...topic }, suggestionIds);
    await recordStep(tx, actor, { record: topic, action: "createSupervisionTopic", from: null, to: "PROPOSED", comment: null });
    await recordAudit(tx, actor, { action: "createSupervisionTopic", entityType: "SupervisionTopic", entityId: topic.id, congressPath: congress.path, after: { ...topic, suggestionIds } });
    return topic;
  });
}
