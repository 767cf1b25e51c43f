import { useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const NODE = `query ($id: ID!) { node(id: $id) { id ... on ContactVisit { form createdAt } ... on DeputyStatusChange { toStatus createdAt } } }`;
let visitId: string;
let changeId: string;

beforeAll(async () => {
  const assignment = await env.db.prisma.contactAssignment.findFirstOrThrow({ where: { congress: { region: { name: "五华区" } } } });
  visitId = (await env.db.prisma.contactVisit.create({ data: { assignmentId: assignment.id, visitedOn: new Date("2026-11-20"), form: "座谈" } })).id;
  const deputy = await env.db.prisma.deputyMembership.findFirstOrThrow({ where: { congress: { region: { name: "五华区" } } } });
  changeId = (
    await env.db.prisma.deputyStatusChange.create({ data: { membershipId: deputy.id, toStatus: "ACTIVE", effectiveOn: new Date("2026-01-01"), actorName: "测试" } })
  ).id;
});

describe("visits and status changes have global ids", () => {
  it("listed with their id and createdAt, and found again by node(id) by those who keep the rolls", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const listed = await env.api.data(
      `{ contactAssignments(first: 50) { edges { node { createdAt visits { id createdAt } } } } deputies(first: 100) { edges { node { statusHistory { id createdAt } } } } }`,
      {},
      staff,
    );
    const visitIds = listed.contactAssignments.edges.flatMap((e: any) => e.node.visits.map((v: any) => v.id));
    expect(visitIds).toContain(globalId("ContactVisit", visitId));
    const changeIds = listed.deputies.edges.flatMap((e: any) => (e.node.statusHistory ?? []).map((c: any) => c.id));
    expect(changeIds).toContain(globalId("DeputyStatusChange", changeId));
    expect(listed.contactAssignments.edges[0].node.createdAt).toEqual(expect.any(String));

    const visit = await env.api.data(NODE, { id: globalId("ContactVisit", visitId) }, staff);
    expect(visit.node).toMatchObject({ id: globalId("ContactVisit", visitId), form: "座谈", createdAt: expect.any(String) });
    const change = await env.api.data(NODE, { id: globalId("DeputyStatusChange", changeId) }, staff);
    expect(change.node).toMatchObject({ id: globalId("DeputyStatusChange", changeId), toStatus: "ACTIVE" });
  });

  it("are as private by id as in their lists: nobody outside the rolls' keepers finds them", async () => {
    for (const outsider of [undefined, await demoViewer(env.db.prisma, "dl.admin"), await demoViewer(env.db.prisma, "wh.deputy")]) {
      for (const id of [globalId("ContactVisit", visitId), globalId("DeputyStatusChange", changeId)]) {
        const result = await env.api.run(NODE, { id }, outsider);
        expect(result.errors).toBeUndefined();
        expect(result.data?.node).toBeNull();
      }
    }
  });
});
