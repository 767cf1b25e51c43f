import { codes, useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const ADD = `mutation ($g: ID!, $d: [ID!]!) { addWorkingGroupMembers(id: $g, deputyIds: $d) { memberCount } }`;
const SET = `mutation ($g: ID!, $d: [ID!]!) { setWorkingGroupMembers(id: $g, deputyIds: $d) { memberCount } }`;
const ASSIGN_STATION = `mutation ($g: ID!, $s: ID!) { assignWorkingGroupToStation(groupId: $g, stationId: $s) { stations { name } } }`;
const ASSIGN_CONTACT = `mutation ($input: AssignContactInput!) { assignContact(input: $input) { id memberName } }`;

async function groupNamed(name: string) {
  return env.db.prisma.workingGroup.findFirstOrThrow({ where: { name } });
}

async function memberIds(groupId: string): Promise<string[]> {
  const rows = await env.db.prisma.workingGroupMember.findMany({ where: { groupId }, select: { membershipId: true } });
  return rows.map((r) => r.membershipId).sort();
}

/** Deputies of 盘龙区's branch that are not yet in the group. */
async function outsiders(groupId: string, count: number) {
  return env.db.prisma.deputyMembership.findMany({
    where: { congress: { region: { name: { in: ["盘龙区", "松华镇"] } } }, groups: { none: { groupId } } },
    orderBy: { id: "asc" },
    take: count,
  });
}

describe("working group members: a set, safe under concurrency", () => {
  it("two concurrent adds of different deputies both land, 50 rounds, never a CONFLICT", async () => {
    const km = await demoViewer(env.db.prisma, "km.admin");
    const group = await groupNamed("盘龙区代表小组");
    const [a, b] = await outsiders(group.id, 2);
    const original = await memberIds(group.id);
    const failures: string[] = [];
    for (let round = 0; round < 50; round++) {
      await env.db.prisma.workingGroupMember.deleteMany({ where: { groupId: group.id, membershipId: { in: [a.id, b.id] } } });
      const results = await Promise.all(
        [a, b].map((d) => env.api.run(ADD, { g: globalId("WorkingGroup", group.id), d: [globalId("Deputy", d.id)] }, km)),
      );
      const members = await memberIds(group.id);
      const errors = results.flatMap(codes);
      if (errors.length || !members.includes(a.id) || !members.includes(b.id)) failures.push(`round ${round}: errors ${errors.join(",")}, members ${members.length}`);
    }
    expect(failures).toEqual([]);
    expect(await memberIds(group.id)).toEqual([...original, a.id, b.id].sort());
  });

  it("adding a deputy who is already a member is a no-op, and so is repeating a replacement", async () => {
    const km = await demoViewer(env.db.prisma, "km.admin");
    const group = await groupNamed("盘龙区代表小组");
    const before = await memberIds(group.id);
    const again = await env.api.run(ADD, { g: globalId("WorkingGroup", group.id), d: [globalId("Deputy", before[0]), globalId("Deputy", before[0])] }, km);
    expect(again.errors).toBeUndefined();
    expect(again.data!.addWorkingGroupMembers.memberCount).toBe(before.length);
    expect(await memberIds(group.id)).toEqual(before);

    const [newcomer] = await outsiders(group.id, 1);
    for (let round = 0; round < 10; round++) {
      await env.db.prisma.workingGroupMember.deleteMany({ where: { groupId: group.id, membershipId: newcomer.id } });
      const twice = await Promise.all([0, 1].map(() => env.api.run(ADD, { g: globalId("WorkingGroup", group.id), d: [globalId("Deputy", newcomer.id)] }, km)));
      expect(twice.flatMap(codes)).toEqual([]);
      expect(await memberIds(group.id)).toEqual([...before, newcomer.id].sort());
    }
    await env.db.prisma.workingGroupMember.deleteMany({ where: { groupId: group.id, membershipId: newcomer.id } });

    const ids = before.slice(0, 3).map((id) => globalId("Deputy", id));
    for (let i = 0; i < 2; i++) {
      const replaced = await env.api.run(SET, { g: globalId("WorkingGroup", group.id), d: ids }, km);
      expect(replaced.errors).toBeUndefined();
      expect(replaced.data!.setWorkingGroupMembers.memberCount).toBe(3);
    }
    expect(await memberIds(group.id)).toEqual(before.slice(0, 3));
  });

  it("a replacement racing an add ends as one of the two orders, and the audit trail chains from start to end", async () => {
    const km = await demoViewer(env.db.prisma, "km.admin");
    const group = await groupNamed("五华区代表小组");
    const gid = globalId("WorkingGroup", group.id);
    const original = await memberIds(group.id);
    const [extra] = await env.db.prisma.deputyMembership.findMany({
      where: { congress: { region: { name: "沙朗白族乡" } }, groups: { none: { groupId: group.id } } },
      take: 1,
    });
    const replacement = original.slice(0, 2);
    const sorted = (json: unknown) => [...(json as string[])].sort();
    for (let round = 0; round < 20; round++) {
      await env.db.prisma.workingGroupMember.deleteMany({ where: { groupId: group.id } });
      await env.db.prisma.workingGroupMember.createMany({ data: original.map((membershipId) => ({ groupId: group.id, membershipId })) });
      await env.db.prisma.auditEvent.deleteMany({ where: { entityId: group.id } });
      const [set, add] = await Promise.all([
        env.api.run(SET, { g: gid, d: replacement.map((id) => globalId("Deputy", id)) }, km),
        env.api.run(ADD, { g: gid, d: [globalId("Deputy", extra.id)] }, km),
      ]);
      expect([...codes(set), ...codes(add)]).toEqual([]);
      const members = await memberIds(group.id);
      expect([replacement, [...replacement, extra.id].sort()]).toContainEqual(members);
      // Each change saw the state the other left: original → first.after = second.before → second.after = final.
      const audits = await env.db.prisma.auditEvent.findMany({ where: { entityId: group.id } });
      expect(audits).toHaveLength(2);
      const first = audits.find((a) => JSON.stringify(sorted(a.before)) === JSON.stringify(original))!;
      const second = audits.find((a) => a !== first)!;
      expect(first).toBeDefined();
      expect(sorted(second.before)).toEqual(sorted(first.after));
      expect(sorted(second.after)).toEqual(members);
    }
  });
});

describe("other set-type mutations are idempotent", () => {
  it("placing a group in a station twice, at once, is harmless", async () => {
    const dali = await demoViewer(env.db.prisma, "dl.admin");
    const group = await groupNamed("拉乌彝族乡代表小组");
    const station = await env.db.prisma.station.findFirstOrThrow({ where: { name: "拉乌彝族乡人大代表工作站" } });
    const vars = { g: globalId("WorkingGroup", group.id), s: globalId("Station", station.id) };
    const results = await Promise.all([env.api.run(ASSIGN_STATION, vars, dali), env.api.run(ASSIGN_STATION, vars, dali)]);
    expect(results.flatMap(codes)).toEqual([]);
    expect(await env.db.prisma.workingGroupStation.count({ where: { groupId: group.id, stationId: station.id } })).toBe(1);
  });

  it("assigning the same contact twice, at once, gives the same assignment and no CONFLICT", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const deputy = await env.db.prisma.deputyMembership.findFirstOrThrow({ where: { congress: { region: { name: "沙朗白族乡" } } } });
    const input = { congressId: await congressIdOf(env.db.prisma, "五华区"), memberName: "赵委员", deputyId: globalId("Deputy", deputy.id) };
    const results = await Promise.all([env.api.run(ASSIGN_CONTACT, { input }, staff), env.api.run(ASSIGN_CONTACT, { input }, staff)]);
    expect(results.flatMap(codes)).toEqual([]);
    const again = await env.api.data(ASSIGN_CONTACT, { input }, staff);
    expect(new Set([...results.map((r) => r.data!.assignContact.id), again.assignContact.id]).size).toBe(1);
    expect(await env.db.prisma.contactAssignment.count({ where: { memberName: "赵委员", deputyMembershipId: deputy.id } })).toBe(1);
  });

  it("granting a role someone already holds, even twice at once, answers the existing grant", async () => {
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    const user = await env.db.prisma.user.findUniqueOrThrow({ where: { username: "wh.deputy" } });
    const input = { userId: globalId("User", user.id), role: "SUPERVISOR", congressId: await congressIdOf(env.db.prisma, "五华区") };
    const GRANT = `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id role } }`;
    const results = await Promise.all([env.api.run(GRANT, { input }, admin), env.api.run(GRANT, { input }, admin)]);
    expect(results.flatMap(codes)).toEqual([]);
    const again = await env.api.data(GRANT, { input }, admin);
    expect(new Set([...results.map((r) => r.data!.grantRole.id), again.grantRole.id]).size).toBe(1);
    expect(await env.db.prisma.roleGrant.count({ where: { userId: user.id, role: "SUPERVISOR" } })).toBe(1);
  });
});
