// Accounts act as someone: a deputy account is a person, a unit account works for units, a keeper
// keeps stations. Administrators set the links within their reach; the demo logins come linked.
import type { Viewer } from "../../api/auth/viewer";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { DEMO_STATION_OF_HS_KEEPER, DEMO_UNIT_OF_WH_UNIT, loadDemoLinks } from "../../prisma/seed/demo-links";
import { codes, platformAdmin, useDemoApi } from "../helpers/api";
import { demoViewer, globalId, viewerAt } from "../helpers/fixtures";

const env = useDemoApi();

const LINK = `mutation ($u: ID!, $p: ID) { linkAccountToPerson(userId: $u, personId: $p) { id person { name } } }`;
const UNITS = `mutation ($u: ID!, $ids: [ID!]!) { setAccountUnits(userId: $u, unitIds: $ids) { units { name } } }`;
const STATIONS = `mutation ($u: ID!, $ids: [ID!]!) { setAccountStations(userId: $u, stationIds: $ids) { keptStations { name } } }`;
const ME = `{ me { displayName person { name memberships { congress { name } groups { name } } } deputyContacts { memberName } units { name } keptStations { name groups { name } } } }`;

let serial = 0;
/** A fresh account at home in `region` holding `roles` there. */
async function accountAt(region: string, roles: ("DEPUTY" | "UNIT_STAFF" | "STATION_KEEPER")[]) {
  const prisma = env.db.prisma;
  const congress = await prisma.congress.findFirstOrThrow({ where: { region: { name: region } } });
  const user = await prisma.user.create({
    data: { username: `link.${++serial}`, displayName: `关联${serial}`, passwordHash: "x", homeCongressId: congress.id, congressPath: congress.path },
  });
  for (const role of roles) await prisma.roleGrant.create({ data: { userId: user.id, role, congressId: congress.id, congressPath: congress.path } });
  return user;
}

async function personOf(region: string, skip = 0) {
  const membership = await env.db.prisma.deputyMembership.findFirstOrThrow({
    where: { congress: { region: { name: region } }, person: { account: { is: null } } },
    orderBy: { createdAt: "asc" },
    skip,
    include: { person: true },
  });
  return membership.person;
}

const unitIn = (region: string) => env.db.prisma.handlingUnit.findFirstOrThrow({ where: { congress: { region: { name: region } } }, orderBy: { name: "asc" } });
const stationIn = (region: string) => env.db.prisma.station.findFirstOrThrow({ where: { congress: { region: { name: region } } }, orderBy: { name: "asc" } });

describe("demo logins act as someone", () => {
  it("wh.deputy is a 五华区 deputy whose name it carries, and me shows the memberships and groups", async () => {
    const me = (await env.api.data(ME, {}, await demoViewer(env.db.prisma, "wh.deputy"))).me;
    expect(me.person.memberships.map((m: { congress: { name: string } }) => m.congress.name)).toContain("五华区人民代表大会");
    expect(me.displayName).toBe(`${me.person.name}（五华区代表）`);
    expect(me.person.memberships[0].groups.length).toBeGreaterThan(0);
    expect(me.units).toEqual([]);
    // The demo county assigns its first three deputies a standing committee member (双联系).
    expect(me.deputyContacts).toEqual([{ memberName: expect.stringMatching(/^五华区人大常委会委员/) }]);
  });

  it("me with every link loads in a fixed number of statements, however many contacts and groups", async () => {
    const prisma = env.db.prisma;
    const viewer = await demoViewer(prisma, "wh.deputy");
    const statementsOfMe = async () => {
      const before = env.db.statements.length;
      await env.api.data(ME, {}, viewer);
      return env.db.statements.length - before;
    };
    const few = await statementsOfMe();
    const user = await prisma.user.findUniqueOrThrow({ where: { username: "wh.deputy" }, include: { person: { include: { memberships: true } } } });
    const membership = user.person!.memberships[0];
    for (const name of ["甲委员", "乙委员", "丙委员"]) {
      await prisma.contactAssignment.create({ data: { congressId: membership.congressId, congressPath: membership.congressPath, memberName: name, deputyMembershipId: membership.id } });
    }
    const groups = await prisma.workingGroup.findMany({ where: { congressPath: { startsWith: membership.congressPath }, members: { none: { membershipId: membership.id } } }, take: 2 });
    for (const group of groups) await prisma.workingGroupMember.create({ data: { groupId: group.id, membershipId: membership.id } });
    // One statement per relation level of the selection (batched with IN), never one per row.
    expect(await statementsOfMe()).toBe(few);
  });

  it("wh.unit works for a 五华区 department and hs.keeper keeps the 华山街道 workstation", async () => {
    expect((await env.api.data(ME, {}, await demoViewer(env.db.prisma, "wh.unit"))).me.units).toEqual([{ name: DEMO_UNIT_OF_WH_UNIT }]);
    const keeper = (await env.api.data(ME, {}, await demoViewer(env.db.prisma, "hs.keeper"))).me;
    expect(keeper.keptStations).toEqual([{ name: DEMO_STATION_OF_HS_KEEPER, groups: [] }]);
    expect(keeper.person).toBeNull();
  });
});

describe("the demo links load again without change", () => {
  it("a second run finds what the first made: same station count, same links, no new audit rows", async () => {
    const prisma = env.db.prisma;
    const snapshot = async () => ({
      stations: await prisma.station.count(),
      audit: await prisma.auditEvent.count(),
      units: await prisma.userHandlingUnit.count(),
      kept: await prisma.userStation.count(),
      person: (await prisma.user.findUniqueOrThrow({ where: { username: "wh.deputy" } })).personId,
    });
    const before = await snapshot();
    await loadDemoLinks({ prisma, viewer: platformAdmin, requestId: "seed-again" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("login answers with the signed-in account's grants and links", () => {
  it("login { user { grants person units } } is read as the account, not as the anonymous caller", async () => {
    const result = await env.api.run(
      `mutation { login(username: "wh.unit", password: "${DEMO_PASSWORD}") { user { username grants { role congress { name } } units { name } } } }`,
      {},
      undefined,
      "10.9.1.1",
    );
    expect(codes(result)).toEqual([]);
    expect(result.data!.login.user.grants).toEqual([{ role: "UNIT_STAFF", congress: { name: "五华区人民代表大会" } }]);
    expect(result.data!.login.user.units).toEqual([{ name: DEMO_UNIT_OF_WH_UNIT }]);
  });
});

describe("linkAccountToPerson", () => {
  it("links a DEPUTY account to a deputy of its congress, audits it, and unlinks with null", async () => {
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const user = await accountAt("五华区", ["DEPUTY"]);
    const person = await personOf("五华区");
    const linked = await env.api.run(LINK, { u: globalId("User", user.id), p: globalId("Person", person.id) }, wh);
    expect(codes(linked)).toEqual([]);
    expect(linked.data!.linkAccountToPerson.person).toEqual({ name: person.name });
    const audit = await env.db.prisma.auditEvent.findFirstOrThrow({ where: { action: "linkAccountToPerson", entityId: user.id } });
    expect(audit.after).toEqual({ personId: person.id });
    const unlinked = await env.api.run(LINK, { u: globalId("User", user.id), p: null }, wh);
    expect(unlinked.data!.linkAccountToPerson.person).toBeNull();
  });

  it("refuses an account without DEPUTY, and a person of another congress, as BAD_USER_INPUT on personId", async () => {
    const km = await demoViewer(env.db.prisma, "km.admin");
    const staff = await accountAt("五华区", ["UNIT_STAFF"]);
    const person = await personOf("五华区");
    const noRole = await env.api.run(LINK, { u: globalId("User", staff.id), p: globalId("Person", person.id) }, km);
    expect(codes(noRole)).toEqual(["BAD_USER_INPUT"]);
    expect(noRole.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "personId" })]);
    const deputy = await accountAt("五华区", ["DEPUTY"]);
    const elsewhere = await personOf("盘龙区");
    expect(codes(await env.api.run(LINK, { u: globalId("User", deputy.id), p: globalId("Person", elsewhere.id) }, km))).toEqual(["BAD_USER_INPUT"]);
    expect((await env.db.prisma.user.findUniqueOrThrow({ where: { id: deputy.id } })).personId).toBeNull();
  });

  it("a person linked to another account is a CONFLICT", async () => {
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const taken = await env.db.prisma.user.findUniqueOrThrow({ where: { username: "wh.deputy" } });
    const user = await accountAt("五华区", ["DEPUTY"]);
    const result = await env.api.run(LINK, { u: globalId("User", user.id), p: globalId("Person", taken.personId!) }, wh);
    expect(codes(result)).toEqual(["CONFLICT"]);
  });

  it("needs reach over every membership of the person: a county admin cannot link a deputy who also sits in the city congress", async () => {
    const prisma = env.db.prisma;
    const person = await personOf("五华区", 1);
    const city = await prisma.congress.findFirstOrThrow({ where: { region: { name: "昆明市" } }, include: { terms: true } });
    const own = await prisma.deputyMembership.findFirstOrThrow({ where: { personId: person.id } });
    await prisma.deputyMembership.create({
      data: { ...{ personId: person.id, congressId: city.id, congressPath: city.path, termId: city.terms[0].id }, constituency: "五华区", occupation: own.occupation, grassroots: false, party: own.party },
    });
    const user = await accountAt("五华区", ["DEPUTY"]);
    const args = { u: globalId("User", user.id), p: globalId("Person", person.id) };
    expect(codes(await env.api.run(LINK, args, await demoViewer(prisma, "wh.admin")))).toEqual(["FORBIDDEN"]);
    expect(codes(await env.api.run(LINK, args, await demoViewer(prisma, "km.admin")))).toEqual([]);
  });
});

describe("setAccountUnits and setAccountStations", () => {
  it("sets, repeats without change and clears a unit account's units (one audit row per real change)", async () => {
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const user = await accountAt("五华区", ["UNIT_STAFF"]);
    const unit = await unitIn("五华区");
    const u = globalId("User", user.id);
    expect((await env.api.data(UNITS, { u, ids: [globalId("HandlingUnit", unit.id)] }, wh)).setAccountUnits.units).toEqual([{ name: unit.name }]);
    expect((await env.api.data(UNITS, { u, ids: [globalId("HandlingUnit", unit.id)] }, wh)).setAccountUnits.units).toEqual([{ name: unit.name }]);
    expect((await env.api.data(UNITS, { u, ids: [] }, wh)).setAccountUnits.units).toEqual([]);
    expect(await env.db.prisma.auditEvent.count({ where: { action: "setAccountUnits", entityId: user.id } })).toBe(2);
  });

  it("refuses units for an account without UNIT_STAFF and stations for one without STATION_KEEPER", async () => {
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const deputy = await accountAt("五华区", ["DEPUTY"]);
    const unitResult = await env.api.run(UNITS, { u: globalId("User", deputy.id), ids: [globalId("HandlingUnit", (await unitIn("五华区")).id)] }, wh);
    expect(codes(unitResult)).toEqual(["BAD_USER_INPUT"]);
    expect(unitResult.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "unitIds" })]);
    const stationResult = await env.api.run(STATIONS, { u: globalId("User", deputy.id), ids: [globalId("Station", (await stationIn("五华区")).id)] }, wh);
    expect(codes(stationResult)).toEqual(["BAD_USER_INPUT"]);
    expect(stationResult.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "stationIds" })]);
  });

  it("a station above the account's home congress is refused even when the administrator reaches it", async () => {
    const km = await demoViewer(env.db.prisma, "km.admin");
    const keeper = await accountAt("沙朗白族乡", ["STATION_KEEPER"]);
    const result = await env.api.run(STATIONS, { u: globalId("User", keeper.id), ids: [globalId("Station", (await stationIn("五华区")).id)] }, km);
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(await env.db.prisma.userStation.count({ where: { userId: keeper.id } })).toBe(0);
  });
});

describe("revoking a role ends the links it needs", () => {
  it("revoking UNIT_STAFF unlinks the units (other modules trust the links alone); DEPUTY unlinks the person", async () => {
    const prisma = env.db.prisma;
    const wh = await demoViewer(prisma, "wh.admin");
    const user = await accountAt("五华区", ["UNIT_STAFF", "DEPUTY"]);
    const u = globalId("User", user.id);
    await env.api.data(UNITS, { u, ids: [globalId("HandlingUnit", (await unitIn("五华区")).id)] }, wh);
    await env.api.data(LINK, { u, p: globalId("Person", (await personOf("五华区")).id) }, wh);
    const revoke = async (role: "UNIT_STAFF" | "DEPUTY") => {
      const grant = await prisma.roleGrant.findFirstOrThrow({ where: { userId: user.id, role } });
      expect(codes(await env.api.run(`mutation ($id: ID!) { revokeRole(id: $id) }`, { id: globalId("RoleGrant", grant.id) }, wh))).toEqual([]);
    };
    await revoke("UNIT_STAFF");
    expect(await prisma.userHandlingUnit.count({ where: { userId: user.id } })).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).personId).not.toBeNull();
    await revoke("DEPUTY");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).personId).toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "revokeRole", before: { path: ["role"], equals: "UNIT_STAFF" } } });
    expect(audit.before).toMatchObject({ endedLinks: { unitIds: [expect.any(String)] } });
  });
});

describe("permission matrix: who may set a 五华区 keeper's stations", () => {
  const cases: [string, () => Promise<Viewer>, string[]][] = [
    ["platform admin", () => demoViewer(env.db.prisma, "admin"), []],
    ["province admin (ancestor)", () => demoViewer(env.db.prisma, "yn.admin"), []],
    ["city admin (parent)", () => demoViewer(env.db.prisma, "km.admin"), []],
    ["county admin (own)", () => demoViewer(env.db.prisma, "wh.admin"), []],
    ["township admin (child)", () => viewerAt(env.db.prisma, "CONGRESS_ADMIN", "沙朗白族乡"), ["NOT_FOUND"]],
    ["sibling county admin", () => viewerAt(env.db.prisma, "CONGRESS_ADMIN", "盘龙区"), ["NOT_FOUND"]],
    ["sibling prefecture admin", () => demoViewer(env.db.prisma, "dl.admin"), ["NOT_FOUND"]],
    ["deputy affairs staff (own)", () => demoViewer(env.db.prisma, "wh.staff"), ["FORBIDDEN"]],
    ["supervisor (parent)", () => demoViewer(env.db.prisma, "km.supervisor"), ["FORBIDDEN"]],
    ["deputy (own)", () => demoViewer(env.db.prisma, "wh.deputy"), ["FORBIDDEN"]],
    ["the keeper itself", () => demoViewer(env.db.prisma, "hs.keeper"), ["FORBIDDEN"]],
  ];

  it.each(cases)("%s", async (_label, viewerOf, expected) => {
    const keeper = await accountAt("五华区", ["STATION_KEEPER"]);
    const station = await stationIn("五华区");
    const result = await env.api.run(STATIONS, { u: globalId("User", keeper.id), ids: [globalId("Station", station.id)] }, await viewerOf());
    expect(codes(result)).toEqual(expected);
    expect(await env.db.prisma.userStation.count({ where: { userId: keeper.id } })).toBe(expected.length ? 0 : 1);
  });

  it("a county admin cannot give its own keeper a sibling county's station: it answers as for a missing one", async () => {
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const keeper = await accountAt("五华区", ["STATION_KEEPER"]);
    const result = await env.api.run(STATIONS, { u: globalId("User", keeper.id), ids: [globalId("Station", (await stationIn("盘龙区")).id)] }, wh);
    expect(codes(result)).toEqual(["NOT_FOUND"]);
  });
});
