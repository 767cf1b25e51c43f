import { withCheckCharacter } from "../../api/lib/id-number";
import { codes, useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const LIST = `query ($filter: DeputyFilter, $first: Int) {
  deputies(filter: $filter, first: $first) {
    totalCount
    edges { node { id status grassroots person { name birthYearMonth birthDate idNumber phone publicCode memberships { id } } congress { name level } term { number } groups { name stations { name } } } }
  }
}`;

async function termIdOf(region: string): Promise<string> {
  const term = await env.db.prisma.term.findFirstOrThrow({ where: { congress: { region: { name: region } } } });
  return globalId("Term", term.id);
}

describe("listing deputies", () => {
  it("filters by subtree, level and station, with totals that match the database", async () => {
    const kunming = await congressIdOf(env.db.prisma, "昆明市");
    const within = await env.api.data(LIST, { first: 200, filter: { withinCongressId: kunming } });
    const kmCongress = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "昆明市" } } });
    expect(within.deputies.totalCount).toBe(await env.db.prisma.deputyMembership.count({ where: { congressPath: { startsWith: kmCongress.path } } }));
    expect(within.deputies.edges.every((e: any) => !e.node.congress.name.includes("大理"))).toBe(true);

    const county = await env.api.data(LIST, { first: 200, filter: { withinCongressId: kunming, level: "COUNTY" } });
    expect(county.deputies.edges.every((e: any) => e.node.congress.level === "COUNTY")).toBe(true);

    const station = await env.db.prisma.station.findFirstOrThrow({ where: { name: "五华区人大代表之家" } });
    const placed = await env.api.data(LIST, { first: 200, filter: { stationId: globalId("Station", station.id) } });
    expect(placed.deputies.totalCount).toBe(5);
    expect(placed.deputies.edges.every((e: any) => e.node.groups.some((g: any) => g.stations.some((s: any) => s.name === "五华区人大代表之家")))).toBe(true);
  });

  it("issues the same number of SQL statements for 3 deputies as for 60, with person, congress, groups and stations", async () => {
    const count = async (first: number) => {
      env.db.resetStatements();
      const result = await env.api.data(LIST, { first });
      expect(result.deputies.edges.length).toBe(first);
      return env.db.statements.length;
    };
    const small = await count(3);
    expect(await count(60)).toBe(small);
  });

  it("uses the congress-path index for the subtree filter", async () => {
    // The demo is too small for the planner to prefer an index; forbidding sequential scans shows one exists and fits.
    const plan = await env.db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT id FROM "DeputyMembership" WHERE "congressPath" LIKE 'abc/%' AND status = 'ACTIVE'`);
    });
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/DeputyMembership_congressPath_status_idx/);
  });

  it("shows ID numbers and phones only to those who keep the rolls over the deputy's congress", async () => {
    const wuhua = await congressIdOf(env.db.prisma, "五华区");
    const read = async (username?: string) => {
      const viewer = username ? await demoViewer(env.db.prisma, username) : undefined;
      const result = await env.api.data(LIST, { first: 1, filter: { congressId: wuhua } }, viewer);
      return result.deputies.edges[0].node.person;
    };
    expect((await read("wh.admin")).idNumber).toMatch(/^5301\d{13}[\dX]$/);
    expect((await read("wh.staff")).phone).toMatch(/^139/);
    expect((await read("km.admin")).idNumber).not.toBeNull();
    for (const outsider of [undefined, "dl.admin", "km.supervisor", "wh.deputy", "wh.unit"]) {
      const person = await read(outsider);
      expect([outsider, person.idNumber, person.phone]).toEqual([outsider, null, null]);
    }
  });
});

describe("registering deputies and changing their status", () => {
  const REGISTER = `mutation ($input: RegisterDeputyInput!) { registerDeputy(input: $input) { id status version person { name } } }`;
  const STATUS = `mutation ($id: ID!, $input: ChangeDeputyStatusInput!) { changeDeputyStatus(id: $id, input: $input) { status version statusHistory { fromStatus toStatus review } } }`;

  const input = async (idNumber: string) => ({
    person: { name: "和志明", gender: "MALE", ethnicity: "纳西族", idNumber },
    congressId: await congressIdOf(env.db.prisma, "五华区"),
    termId: await termIdOf("五华区"),
    constituency: "第9选区",
    occupation: "FARMER",
    grassroots: true,
    party: "群众",
  });

  it("refuses a wrong ID number, naming the field, and writes nothing", async () => {
    const before = await env.db.prisma.person.count();
    const result = await env.api.run(REGISTER, { input: await input("530102199001011234") }, await demoViewer(env.db.prisma, "wh.staff"));
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect((result.errors![0].extensions!.fields as { field: string }[])[0].field).toBe("input.person.idNumber");
    expect(await env.db.prisma.person.count()).toBe(before);
  });

  it("registers, reuses the person at a second level, and records each status change with its review", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const idNumber = withCheckCharacter("53010219900101123");
    const created = (await env.api.data(REGISTER, { input: await input(idNumber) }, staff)).registerDeputy;
    expect(created.status).toBe("ACTIVE");

    const township = { ...(await input(idNumber)), congressId: await congressIdOf(env.db.prisma, "沙朗白族乡"), termId: await termIdOf("沙朗白族乡") };
    await env.api.data(REGISTER, { input: township }, staff);
    expect(await env.db.prisma.person.count({ where: { idNumber } })).toBe(1);
    expect(codes(await env.api.run(REGISTER, { input: township }, staff))).toEqual(["CONFLICT"]);

    const resigned = (
      await env.api.data(STATUS, { id: created.id, input: { status: "RESIGNED", effectiveOn: "2026-11-01", review: "五华区人大常委会代表资格审查委员会报告〔2026〕3号", version: created.version } }, staff)
    ).changeDeputyStatus;
    expect(resigned.status).toBe("RESIGNED");
    expect(resigned.statusHistory.map((h: any) => [h.fromStatus, h.toStatus])).toEqual([[null, "ACTIVE"], ["ACTIVE", "RESIGNED"]]);

    const back = await env.api.run(STATUS, { id: created.id, input: { status: "ACTIVE", effectiveOn: "2026-11-02", version: resigned.version } }, staff);
    expect(codes(back)).toEqual(["INVALID_TRANSITION"]);
    expect(back.errors![0].message).toMatch(/final/);

    const publicView = await env.api.data(`query ($id: ID!) { node(id: $id) { ... on Deputy { statusHistory { toStatus } } } }`, { id: created.id });
    expect(publicView.node.statusHistory).toBeNull();
  });

  it("answers a sibling county's congress to a county's staff as missing", async () => {
    const result = await env.api.run(
      REGISTER,
      { input: { ...(await input(withCheckCharacter("53010219900101456"))), congressId: await congressIdOf(env.db.prisma, "盘龙区"), termId: await termIdOf("盘龙区") } },
      await demoViewer(env.db.prisma, "wh.staff"),
    );
    expect(codes(result)).toEqual(["NOT_FOUND"]);
  });
});
