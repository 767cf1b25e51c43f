import { codes, useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const REPORT = `query ($id: ID!) { contactReport(congressId: $id) {
  members { memberName deputies withinRange } membersOutsideRange { memberName } uncontactedGrassrootsDeputies { id }
} }`;
const ASSIGN = `mutation ($input: AssignContactInput!) { assignContact(input: $input) { id memberName deputy { person { name } } } }`;

describe("双联系 contact assignments", () => {
  it("warn about members outside 5 to 7 deputies and list grassroots deputies nobody contacts", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const wuhua = await congressIdOf(env.db.prisma, "五华区");
    const report = (await env.api.data(REPORT, { id: wuhua }, staff)).contactReport;
    expect(report.members).toHaveLength(1);
    expect(report.members[0]).toMatchObject({ deputies: 3, withinRange: false });
    expect(report.membersOutsideRange).toHaveLength(1);
    const congress = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "五华区" } } });
    const expected = await env.db.prisma.deputyMembership.count({
      where: { congressPath: { startsWith: congress.path }, status: "ACTIVE", grassroots: true, contactAssignments: { none: {} } },
    });
    expect(report.uncontactedGrassrootsDeputies).toHaveLength(expected);
  });

  it("assigns, records visits, and refuses a deputy outside the congress", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const wuhua = await congressIdOf(env.db.prisma, "五华区");
    const township = await env.db.prisma.deputyMembership.findFirstOrThrow({ where: { congress: { region: { name: "沙朗白族乡" } } } });
    const assigned = (await env.api.data(ASSIGN, { input: { congressId: wuhua, memberName: "李委员", deputyId: globalId("Deputy", township.id) } }, staff)).assignContact;
    const visited = await env.api.data(
      `mutation ($input: RecordContactVisitInput!) { recordContactVisit(input: $input) { visitCount visits { form visitedOn } } }`,
      { input: { assignmentId: assigned.id, visitedOn: "2026-11-20", form: "走访", notes: "了解农村道路建设意见" } },
      staff,
    );
    expect(visited.recordContactVisit).toEqual({ visitCount: 1, visits: [{ form: "走访", visitedOn: "2026-11-20" }] });

    const elsewhere = await env.db.prisma.deputyMembership.findFirstOrThrow({ where: { congress: { region: { name: "盘龙区" } } } });
    const refused = await env.api.run(ASSIGN, { input: { congressId: wuhua, memberName: "李委员", deputyId: globalId("Deputy", elsewhere.id) } }, staff);
    expect(codes(refused)).toEqual(["BAD_USER_INPUT"]);
    const township2 = await congressIdOf(env.db.prisma, "沙朗白族乡");
    const noCommittee = await env.api.run(ASSIGN, { input: { congressId: township2, memberName: "李委员", deputyId: globalId("Deputy", township.id) } }, staff);
    expect(noCommittee.errors![0].message).toMatch(/standing committees/);
  });

  it("is hidden from the public and from other branches", async () => {
    const wuhua = await congressIdOf(env.db.prisma, "五华区");
    expect(codes(await env.api.run(REPORT, { id: wuhua }))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await env.api.run(REPORT, { id: wuhua }, await demoViewer(env.db.prisma, "dl.admin")))).toEqual(["NOT_FOUND"]);
    const list = await env.api.data(`{ contactAssignments(first: 100) { totalCount } }`, {}, await demoViewer(env.db.prisma, "dl.admin"));
    const dali = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "大理白族自治州" } } });
    expect(list.contactAssignments.totalCount).toBe(await env.db.prisma.contactAssignment.count({ where: { congressPath: { startsWith: dali.path } } }));
  });
});
