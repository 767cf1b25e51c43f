import type { Prisma, WorkingGroup } from "../../generated/prisma/client";
import { z } from "zod";
import { WorkingGroupKind } from "../../generated/prisma/enums";
import { ADMIN_ROLES, DEPUTY_MANAGERS, requireRecordInReach, requireSignedIn } from "../../auth/guard";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { patchOf, updateVersioned } from "../../lib/patch";
import { lockSetOwner, planSetChange, type SetChangeMode } from "../../lib/sets";
import { recordAudit, type Actor } from "../audit/record";
import { msg } from "../../lib/i18n";
import { zmsg } from "../../lib/zod-messages";

type Tx = Prisma.TransactionClient;

const NAME = z.string().trim().min(1, zmsg("不能为空", "cannot be empty")).max(100, zmsg("最多 100 个字符", "at most 100 characters"));
const CreateInput = z.object({ congressId: z.string().uuid(), kind: z.enum(WorkingGroupKind), name: NAME, leaderId: z.string().uuid().nullish() });
const UpdateInput = patchOf({ name: NAME, leaderId: z.string().uuid().nullable() });
const MembersInput = z.array(z.string().uuid()).max(2000, zmsg("最多 2000 名成员", "at most 2000 members"));

/** Same branch of the tree: one path is a prefix of the other (a township station hosts county deputies too). */
const sameBranch = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

async function managedGroup(tx: Tx, actor: Actor, id: string, lock = false): Promise<WorkingGroup> {
  requireSignedIn(actor.viewer);
  // The lock comes before the read so that the audit's "before" is the state this change really replaces.
  const exists = lock ? await lockSetOwner(tx, "WorkingGroup", id) : true;
  const group = exists ? await tx.workingGroup.findUnique({ where: { id } }) : null;
  if (!group) throw Errors.notFound("Working group", id);
  requireRecordInReach(actor.viewer, DEPUTY_MANAGERS, group.congressPath, "Working group", id);
  return group;
}

async function checkLeader(tx: Tx, leaderId: string | null | undefined, groupPath: string): Promise<void> {
  if (!leaderId) return;
  const leader = await tx.deputyMembership.findUnique({ where: { id: leaderId } });
  if (!leader || !sameBranch(leader.congressPath, groupPath)) {
    throw Errors.badInput(msg("组长须为本级或上下级人大的代表。", "The leader must be a deputy of this congress, or of one above or below it."), [{ field: "input.leaderId", message: msg("不是本层级的代表", "not a deputy of this branch") }]);
  }
}

export async function createWorkingGroup(actor: Actor, rawInput: unknown) {
  const input = parseInput(CreateInput, rawInput);
  return inTransaction(actor.prisma, `Working group ${input.name}`, async (tx: Tx) => {
    const congress = await tx.congress.findUnique({ where: { id: input.congressId } });
    if (!congress) throw Errors.notFound("Congress", input.congressId);
    requireRecordInReach(actor.viewer, DEPUTY_MANAGERS, congress.path, "Congress", input.congressId);
    await checkLeader(tx, input.leaderId, congress.path);
    const created = await tx.workingGroup.create({
      data: { congressId: congress.id, congressPath: congress.path, kind: input.kind, name: input.name, leaderMembershipId: input.leaderId ?? null },
    });
    await recordAudit(tx, actor, { action: "createWorkingGroup", entityType: "WorkingGroup", entityId: created.id, congressPath: congress.path, after: created });
    return created;
  });
}

export async function updateWorkingGroup(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(UpdateInput, rawInput);
  return updateVersioned(actor, id, input, {
    entity: "WorkingGroup",
    action: "updateWorkingGroup",
    label: `Working group ${input.name ?? ""}`.trim(),
    table: (tx) => tx.workingGroup,
    load: (tx) => managedGroup(tx, actor, id),
    columns: ({ leaderId, ...fields }) => ({ ...fields, leaderMembershipId: leaderId }),
    check: (tx, merged) => checkLeader(tx, merged.leaderMembershipId, merged.congressPath),
    auditPath: (_tx, group) => group.congressPath,
  });
}

/**
 * Replaces the members of a group with the given deputies, or (mode `add`) adds them to it. Idempotent and
 * safe under concurrency: the group row is locked, only missing links are inserted (ON CONFLICT DO NOTHING)
 * and, for a replacement, only links no longer wanted are deleted.
 */
export async function setWorkingGroupMembers(actor: Actor, id: string, rawDeputyIds: unknown, mode: SetChangeMode = "replace") {
  const given = [...new Set(parseInput(MembersInput, rawDeputyIds, "deputyIds"))];
  return inTransaction(actor.prisma, "Working group", async (tx: Tx) => {
    const group = await managedGroup(tx, actor, id, true);
    const deputies = await tx.deputyMembership.findMany({ where: { id: { in: given } }, select: { id: true, congressPath: true, status: true } });
    const problems = given
      .map((deputyId, index) => {
        const deputy = deputies.find((d) => d.id === deputyId);
        if (!deputy) return { field: `deputyIds.${index}`, message: msg("没有此代表", "no such deputy") };
        if (!sameBranch(deputy.congressPath, group.congressPath)) return { field: `deputyIds.${index}`, message: msg("该代表属于另一条人大层级", "a deputy of another branch of the tree") };
        return null;
      })
      .filter((p) => p !== null);
    if (problems.length) throw Errors.badInput(msg(`有 ${problems.length} 名代表不能加入${group.name}。`, `${problems.length} of the deputies cannot join ${group.name}.`), problems);
    const before = (await tx.workingGroupMember.findMany({ where: { groupId: id }, select: { membershipId: true } })).map((m) => m.membershipId);
    const change = planSetChange(before, given, mode);
    if (change.toDelete.length) await tx.workingGroupMember.deleteMany({ where: { groupId: id, membershipId: { in: change.toDelete } } });
    if (change.toInsert.length) {
      await tx.workingGroupMember.createMany({ data: change.toInsert.map((membershipId) => ({ groupId: id, membershipId })), skipDuplicates: true });
    }
    await recordAudit(tx, actor, {
      action: mode === "add" ? "addWorkingGroupMembers" : "setWorkingGroupMembers",
      entityType: "WorkingGroup",
      entityId: id,
      congressPath: group.congressPath,
      before,
      after: change.after,
    });
    return group;
  });
}

/** 编组进站: places a group in a station, or takes it out. */
export async function setWorkingGroupStation(actor: Actor, groupId: string, stationId: string, assigned: boolean) {
  return inTransaction(actor.prisma, "Station assignment", async (tx: Tx) => {
    const group = await managedGroup(tx, actor, groupId, true);
    const station = await tx.station.findUnique({ where: { id: stationId } });
    if (!station) throw Errors.notFound("Station", stationId);
    requireRecordInReach(actor.viewer, [...ADMIN_ROLES, "DEPUTY_AFFAIRS"], station.congressPath, "Station", stationId);
    if (!sameBranch(station.congressPath, group.congressPath)) {
      throw Errors.badInput(msg("联络站与代表小组须属于同一条人大层级。", "The station and the group must belong to the same branch of congresses."), [{ field: "stationId", message: msg("不在同一层级", "another branch") }]);
    }
    if (assigned) {
      await tx.workingGroupStation.createMany({ data: [{ groupId, stationId }], skipDuplicates: true });
    } else {
      await tx.workingGroupStation.deleteMany({ where: { groupId, stationId } });
    }
    await recordAudit(tx, actor, {
      action: assigned ? "assignWorkingGroupToStation" : "removeWorkingGroupFromStation",
      entityType: "WorkingGroup",
      entityId: groupId,
      congressPath: group.congressPath,
      after: { stationId, assigned },
    });
    return group;
  });
}
