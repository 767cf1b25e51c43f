import { codes, useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const STATUS = `mutation ($id: ID!, $input: ChangeDeputyStatusInput!) { changeDeputyStatus(id: $id, input: $input) { status version } }`;
const UPDATE_GROUP = `mutation ($id: ID!, $input: UpdateWorkingGroupInput!) { updateWorkingGroup(id: $id, input: $input) { name version } }`;

describe("a stale version is always a CONFLICT", () => {
  it("a status change made on a version someone else already moved to a final status", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const deputy = await env.db.prisma.deputyMembership.findFirstOrThrow({ where: { congress: { region: { name: "五华区" } }, status: "ACTIVE" } });
    const id = globalId("Deputy", deputy.id);
    const loaded = deputy.version;
    const first = await env.api.data(STATUS, { id, input: { status: "RESIGNED", effectiveOn: "2026-11-01", version: loaded } }, staff);
    expect(first.changeDeputyStatus.status).toBe("RESIGNED");

    // A second clerk, still looking at the ACTIVE deputy, records a death: the deputy changed under them.
    const late = await env.api.run(STATUS, { id, input: { status: "DECEASED", effectiveOn: "2026-11-02", version: loaded } }, staff);
    expect(codes(late)).toEqual(["CONFLICT"]);
    expect(late.errors![0].message).toMatch(/changed by someone else/);

    // With the current version the same request is a real transition question.
    const current = await env.api.run(STATUS, { id, input: { status: "DECEASED", effectiveOn: "2026-11-02", version: first.changeDeputyStatus.version } }, staff);
    expect(codes(current)).toEqual(["INVALID_TRANSITION"]);
  });

  it("renaming a working group with an old version", async () => {
    const km = await demoViewer(env.db.prisma, "km.admin");
    const group = await env.db.prisma.workingGroup.findFirstOrThrow({ where: { name: "盘龙区代表小组" } });
    const id = globalId("WorkingGroup", group.id);
    await env.api.data(UPDATE_GROUP, { id, input: { name: "盘龙区第一代表小组", version: group.version } }, km);
    const stale = await env.api.run(UPDATE_GROUP, { id, input: { name: "盘龙区第二代表小组", version: group.version } }, km);
    expect(codes(stale)).toEqual(["CONFLICT"]);
  });
});
