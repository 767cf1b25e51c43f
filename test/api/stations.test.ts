import { codes, useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId, regionIdOf } from "../helpers/fixtures";

const env = useDemoApi();

const CREATE = `mutation ($input: CreateStationInput!) { createStation(input: $input) { id name kind publicCode keeperPhone } }`;
const COVERAGE = `query ($id: ID!) { stationCoverage(congressId: $id) {
  activeDeputies deputiesWithoutStation stations stationsWithoutDeputies
  byLevel { level activeDeputies deputiesWithoutStation } unplacedDeputies { person { name } } emptyStations { name }
} }`;

describe("stations", () => {
  it("enforce where each kind may be set up, with a message that says the rule", async () => {
    const admin = await demoViewer(env.db.prisma, "km.admin");
    const township = await congressIdOf(env.db.prisma, "沙朗白族乡");
    const townshipRegion = await regionIdOf(env.db.prisma, "沙朗白族乡");
    const home = await env.api.run(CREATE, { input: { congressId: township, regionId: townshipRegion, kind: "DEPUTY_HOME", name: "错误之家", address: "x" } }, admin);
    expect(codes(home)).toEqual(["BAD_USER_INPUT"]);
    expect(home.errors![0].message).toMatch(/county-level or higher/);

    const room = await env.api.run(CREATE, { input: { congressId: township, regionId: townshipRegion, kind: "LIAISON_ROOM", name: "错误联络室", address: "x" } }, admin);
    expect(room.errors![0].message).toMatch(/village or community/);

    const elsewhere = await env.api.run(
      CREATE,
      { input: { congressId: township, regionId: await regionIdOf(env.db.prisma, "华山街道"), kind: "LIAISON_ROOM", name: "越界联络室", address: "x" } },
      admin,
    );
    expect(elsewhere.errors![0].message).toMatch(/within 沙朗白族乡/);
    // A region outside the caller's jurisdiction is answered as a missing one.
    const outside = await env.api.run(
      CREATE,
      { input: { congressId: township, regionId: await regionIdOf(env.db.prisma, "喜洲村"), kind: "LIAISON_ROOM", name: "越界联络室", address: "x" } },
      admin,
    );
    expect(codes(outside)).toEqual(["NOT_FOUND"]);

    const noAddress = await env.api.run(CREATE, { input: { congressId: township, regionId: townshipRegion, kind: "WORKSTATION", name: "无地址站" } }, admin);
    expect((noAddress.errors![0].extensions!.fields as { field: string }[])[0].field).toBe("input.address");
    expect(await env.db.prisma.station.count({ where: { name: { in: ["错误之家", "错误联络室", "越界联络室", "无地址站"] } } })).toBe(0);
  });

  it("are found near a point and by region subtree; the keeper's phone stays private", async () => {
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    await env.api.data(
      CREATE,
      {
        input: {
          congressId: await congressIdOf(env.db.prisma, "五华区"),
          regionId: await regionIdOf(env.db.prisma, "华山街道"),
          kind: "PROFESSIONAL_STATION",
          name: "五华区医疗卫生专业代表工作站",
          address: "昆明市五华区西昌路",
          latitude: 25.0453,
          longitude: 102.7046,
          keeperPhone: "0871-61234567",
        },
      },
      admin,
    );
    const NEAR = `query ($f: StationFilter) { stations(filter: $f, first: 50) { totalCount edges { node { name keeperPhone latitude } } } }`;
    const near = await env.api.data(NEAR, { f: { near: { latitude: 25.04, longitude: 102.71, radiusKm: 3 } } });
    // The demo's own 五华区 station (西昌路, about 0.7 km away) comes first, nearest first.
    expect(near.stations.edges.map((e: any) => e.node.name)).toEqual(["五华区人大代表之家", "五华区医疗卫生专业代表工作站"]);
    expect(near.stations.edges[1].node.keeperPhone).toBeNull();
    const far = await env.api.data(NEAR, { f: { near: { latitude: 25.6, longitude: 100.2, radiusKm: 3 } } });
    expect(far.stations.totalCount).toBe(0);
    const asAdmin = await env.api.data(NEAR, { f: { near: { latitude: 25.04, longitude: 102.71, radiusKm: 3 } } }, admin);
    expect(asAdmin.stations.edges[1].node.keeperPhone).toBe("0871-61234567");

    const inDali = await env.api.data(NEAR, { f: { withinRegionId: await regionIdOf(env.db.prisma, "大理白族自治州") } });
    expect(inDali.stations.totalCount).toBe(await env.db.prisma.station.count({ where: { region: { code: { startsWith: "5329" } } } }));
  });
});

describe("编组进站 coverage", () => {
  it("shows who is in no station, and changes when a group is placed", async () => {
    const dali = await demoViewer(env.db.prisma, "dl.admin");
    const binchuan = await congressIdOf(env.db.prisma, "宾川县");
    const before = (await env.api.data(COVERAGE, { id: binchuan }, dali)).stationCoverage;
    expect(before.deputiesWithoutStation).toBe(5);
    expect(before.emptyStations.map((s: any) => s.name)).toContain("拉乌彝族乡人大代表工作站");
    expect(before.byLevel.find((l: any) => l.level === "TOWNSHIP").deputiesWithoutStation).toBe(5);

    const group = await env.db.prisma.workingGroup.findFirstOrThrow({ where: { name: "拉乌彝族乡代表小组" } });
    const station = await env.db.prisma.station.findFirstOrThrow({ where: { name: "拉乌彝族乡人大代表工作站" } });
    await env.api.data(
      `mutation ($g: ID!, $s: ID!) { assignWorkingGroupToStation(groupId: $g, stationId: $s) { stations { name } } }`,
      { g: globalId("WorkingGroup", group.id), s: globalId("Station", station.id) },
      dali,
    );
    const after = (await env.api.data(COVERAGE, { id: binchuan }, dali)).stationCoverage;
    expect(after.deputiesWithoutStation).toBe(0);
    expect(after.emptyStations.map((s: any) => s.name)).not.toContain("拉乌彝族乡人大代表工作站");
  });

  it("is refused outside one's jurisdiction and to roles that do not keep the rolls", async () => {
    const binchuan = await congressIdOf(env.db.prisma, "宾川县");
    expect(codes(await env.api.run(COVERAGE, { id: binchuan }, await demoViewer(env.db.prisma, "wh.admin")))).toEqual(["NOT_FOUND"]);
    expect(codes(await env.api.run(COVERAGE, { id: binchuan }, await demoViewer(env.db.prisma, "wh.deputy")))).toEqual(["FORBIDDEN"]);
    expect(codes(await env.api.run(COVERAGE, { id: binchuan }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("adds deputies to a group without dropping its members", async () => {
    const group = await env.db.prisma.workingGroup.findFirstOrThrow({ where: { name: "盘龙区代表小组" } });
    const newcomer = await env.db.prisma.deputyMembership.findFirstOrThrow({ where: { congress: { region: { name: "松华镇" } } } });
    const result = await env.api.data(
      `mutation ($g: ID!, $d: [ID!]!) { addWorkingGroupMembers(id: $g, deputyIds: $d) { memberCount } }`,
      { g: globalId("WorkingGroup", group.id), d: [globalId("Deputy", newcomer.id)] },
      await demoViewer(env.db.prisma, "km.admin"),
    );
    expect(result.addWorkingGroupMembers.memberCount).toBe(6);
  });

  it("keeps a group's members on its branch of congresses", async () => {
    const group = await env.db.prisma.workingGroup.findFirstOrThrow({ where: { name: "五华区代表小组" } });
    const dali = await env.db.prisma.deputyMembership.findFirstOrThrow({ where: { congress: { region: { name: "大理市" } } } });
    const result = await env.api.run(
      `mutation ($g: ID!, $d: [ID!]!) { setWorkingGroupMembers(id: $g, deputyIds: $d) { memberCount } }`,
      { g: globalId("WorkingGroup", group.id), d: [globalId("Deputy", dali.id)] },
      await demoViewer(env.db.prisma, "yn.admin"),
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(await env.db.prisma.workingGroupMember.count({ where: { groupId: group.id } })).toBe(5);
  });
});
