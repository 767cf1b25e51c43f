// One-record lookups by id and by code, global ids in the public JSON, and updatedAt.
import { publicDeputy } from "../../api/modules/deputies/public-page";
import { publicStation } from "../../api/modules/stations/public-page";
import { codes, platformAdmin, useDemoApi } from "../helpers/api";
import { globalId } from "../helpers/fixtures";

const env = useDemoApi();

const STATION = `query ($id: ID, $code: String) { station(id: $id, code: $code) { id name publicCode updatedAt } }`;
const PERSON = `query ($id: ID, $code: String) { person(id: $id, code: $code) { id name publicCode idNumber updatedAt memberships { id status congress { name } } } }`;
const DEPUTY = `query ($id: ID!) { deputy(id: $id) { id updatedAt person { id } } }`;
const GROUP = `query ($id: ID!) { workingGroup(id: $id) { id name updatedAt } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Person { name } } }`;

/** A person who serves at more than one level, if the demo has one; otherwise any person with a membership. */
async function servingPerson() {
  const people = await env.db.prisma.person.findMany({ include: { memberships: true }, orderBy: { createdAt: "asc" } });
  return people.find((p) => p.memberships.length > 1) ?? people.find((p) => p.memberships.length > 0)!;
}

describe("station(id, code)", () => {
  it("finds the same station by global id and by station code, anonymously", async () => {
    const station = await env.db.prisma.station.findFirstOrThrow({ orderBy: { name: "asc" } });
    const byId = await env.api.data(STATION, { id: globalId("Station", station.id) });
    const byCode = await env.api.data(STATION, { code: station.publicCode });
    expect(byId.station).toEqual(byCode.station);
    expect(byId.station).toMatchObject({ id: globalId("Station", station.id), name: station.name, publicCode: station.publicCode });
  });

  it("answers null for an unknown code or id", async () => {
    expect((await env.api.data(STATION, { code: "NO-SUCH-CODE" })).station).toBeNull();
    expect((await env.api.data(STATION, { id: globalId("Station", "00000000-0000-4000-8000-000000000000") })).station).toBeNull();
  });

  it("refuses both or neither of id and code with BAD_USER_INPUT", async () => {
    const station = await env.db.prisma.station.findFirstOrThrow();
    expect(codes(await env.api.run(STATION, {}))).toEqual(["BAD_USER_INPUT"]);
    const both = await env.api.run(STATION, { id: globalId("Station", station.id), code: station.publicCode });
    expect(codes(both)).toEqual(["BAD_USER_INPUT"]);
    expect(both.errors![0].message).toMatch(/exactly one of `id` and `code`/);
  });
});

describe("person(id, code) and deputy(id)", () => {
  it("answers a scanned deputy code with the person and every membership; private fields stay private", async () => {
    const person = await servingPerson();
    const { person: found } = await env.api.data(PERSON, { code: person.publicCode });
    expect(found.id).toBe(globalId("Person", person.id));
    expect(found.memberships.map((m: { id: string }) => m.id).sort()).toEqual(person.memberships.map((m) => globalId("Deputy", m.id)).sort());
    expect(found.idNumber).toBeNull();
    const asAdmin = await env.api.data(PERSON, { id: found.id }, platformAdmin);
    expect(asAdmin.person.idNumber).toBe(person.idNumber);
    expect(codes(await env.api.run(PERSON, { id: found.id, code: person.publicCode }))).toEqual(["BAD_USER_INPUT"]);
    expect((await env.api.data(PERSON, { code: "NO-SUCH-CODE" })).person).toBeNull();
  });

  it("reads a deputy membership by id, and a person through node(id)", async () => {
    const person = await servingPerson();
    const membershipId = globalId("Deputy", person.memberships[0].id);
    const { deputy } = await env.api.data(DEPUTY, { id: membershipId });
    expect(deputy).toMatchObject({ id: membershipId, person: { id: globalId("Person", person.id) } });
    expect((await env.api.data(NODE, { id: globalId("Person", person.id) })).node).toEqual({ id: globalId("Person", person.id), name: person.name });
    expect((await env.api.data(DEPUTY, { id: globalId("Deputy", "00000000-0000-4000-8000-000000000000") })).deputy).toBeNull();
  });
});

describe("workingGroup(id)", () => {
  it("reads a group by id, and null for a missing one", async () => {
    const group = await env.db.prisma.workingGroup.findFirstOrThrow();
    const { workingGroup } = await env.api.data(GROUP, { id: globalId("WorkingGroup", group.id) });
    expect(workingGroup).toMatchObject({ id: globalId("WorkingGroup", group.id), name: group.name });
    expect((await env.api.data(GROUP, { id: globalId("WorkingGroup", "00000000-0000-4000-8000-000000000000") })).workingGroup).toBeNull();
  });
});

describe("global ids in the public JSON", () => {
  it("/s/<code> and /d/<code> carry ids that the lookups resolve", async () => {
    const person = await servingPerson();
    const deputyPage = (await publicDeputy(env.db.prisma, person.publicCode))!;
    expect(deputyPage.id).toBe(globalId("Person", person.id));
    expect(deputyPage.memberships.map((m) => m.id).sort()).toEqual(person.memberships.map((m) => globalId("Deputy", m.id)).sort());

    const station = await env.db.prisma.station.findFirstOrThrow({ where: { groups: { some: {} } }, orderBy: { name: "asc" } });
    const stationPage = (await publicStation(env.db.prisma, station.publicCode))!;
    expect(stationPage.id).toBe(globalId("Station", station.id));
    expect((await env.api.data(STATION, { id: stationPage.id })).station.publicCode).toBe(station.publicCode);
  });
});

describe("updatedAt", () => {
  it("is exposed and moves forward when a record changes", async () => {
    const group = await env.db.prisma.workingGroup.findFirstOrThrow();
    const id = globalId("WorkingGroup", group.id);
    const before = (await env.api.data(GROUP, { id })).workingGroup.updatedAt;
    const renamed = `mutation ($id: ID!, $input: UpdateWorkingGroupInput!) { updateWorkingGroup(id: $id, input: $input) { updatedAt } }`;
    const after = await env.api.data(renamed, { id, input: { name: `${group.name}（改）`, version: group.version } }, platformAdmin);
    expect(new Date(after.updateWorkingGroup.updatedAt).getTime()).toBeGreaterThan(new Date(before).getTime());
  });
});
