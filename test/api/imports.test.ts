import { withCheckCharacter } from "../../api/lib/id-number";
import { parseXlsx, writeXlsx } from "../../api/modules/imports/tables";
import { useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const IMPORT = `mutation ($input: ImportDeputiesInput!) { importDeputies(input: $input) { dryRun applied rows created reusedPersons errors { row column message } } }`;
const HEADER = "姓名,性别,民族,出生日期,身份证号,电话,原选区,代表团,职业构成,基层代表,政治面貌";

async function target(region: string) {
  const term = await env.db.prisma.term.findFirstOrThrow({ where: { congress: { region: { name: region } } } });
  return { congressId: await congressIdOf(env.db.prisma, region), termId: globalId("Term", term.id) };
}

const csv = (...lines: string[]) => Buffer.from("\uFEFF" + [HEADER, ...lines].join("\r\n"), "utf8").toString("base64");

describe("importing deputies", () => {
  it("reports every bad row with its column and reason, and writes nothing", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const before = await env.db.prisma.deputyMembership.count();
    const file = csv(
      `赵一,男,汉族,1980-01-01,${withCheckCharacter("53010219800101001")},13900000001,第1选区,,农民,是,中共党员`,
      `钱二,未知,汉族,,,,第2选区,,农民,是,群众`,
      `孙三,女,汉族,,530102198001010011,,第3选区,,渔民,也许,群众`,
      `"李,四",女,白族,,,,,,工人,否,群众`,
    );
    const report = (await env.api.data(IMPORT, { input: { ...(await target("五华区")), format: "CSV", fileBase64: file, dryRun: false } }, staff)).importDeputies;
    expect(report).toMatchObject({ applied: false, rows: 4, created: 0 });
    expect(report.errors.map((e: any) => [e.row, e.column])).toEqual([
      [3, "性别"],
      [4, "身份证号"],
      [4, "职业构成"],
      [4, "基层代表"],
      [5, "原选区"],
    ]);
    expect(await env.db.prisma.deputyMembership.count()).toBe(before);
  });

  it("refuses a file without the required columns, naming them", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const file = Buffer.from("姓名,性别\n张三,男\n").toString("base64");
    const report = (await env.api.data(IMPORT, { input: { ...(await target("五华区")), format: "CSV", fileBase64: file, dryRun: true } }, staff)).importDeputies;
    expect(report.errors[0]).toMatchObject({ row: 1 });
    expect(report.errors[0].column).toContain("民族");
  });

  it("checks in a dry run, then writes all rows, reusing a known person by ID number", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const known = await env.db.prisma.person.findFirstOrThrow({ where: { memberships: { some: { congress: { region: { name: "五华区" } } } } } });
    const file = csv(
      `周五,男,汉族,,${withCheckCharacter("53010219851212005")},,第5选区,,工人,是,群众`,
      `${known.name},男,汉族,,${known.idNumber},,第6选区,,工人,是,群众`,
    );
    const destination = await target("沙朗白族乡");
    const dry = (await env.api.data(IMPORT, { input: { ...destination, format: "CSV", fileBase64: file, dryRun: true } }, staff)).importDeputies;
    expect(dry).toMatchObject({ dryRun: true, applied: false, errors: [] });
    const done = (await env.api.data(IMPORT, { input: { ...destination, format: "CSV", fileBase64: file, dryRun: false } }, staff)).importDeputies;
    expect(done).toMatchObject({ applied: true, created: 2, reusedPersons: 1, errors: [] });
    const again = (await env.api.data(IMPORT, { input: { ...destination, format: "CSV", fileBase64: file, dryRun: false } }, staff, "zh-CN")).importDeputies;
    expect(again.errors.map((e: any) => e.message)).toEqual(["该身份证号的代表已在本级人大本届登记，无需重复导入", "该身份证号的代表已在本级人大本届登记，无需重复导入"]);
  });

  it("imports 10,000 rows from Excel in one all-or-nothing transaction", async () => {
    const admin = await demoViewer(env.db.prisma, "km.admin");
    // A distinct birth date per row keeps every ID number unique and valid.
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const birth = new Date(Date.UTC(1960, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
      return [`测试${i}`, i % 2 ? "女" : "男", "汉族", "", withCheckCharacter(`530103${birth}001`), "", `第${(i % 30) + 1}选区`, "", "农民", "是", "群众"];
    });
    const xlsx = await writeXlsx("代表", HEADER.split(","), rows);
    expect((await parseXlsx(xlsx)).rows).toHaveLength(10_000);
    const report = (await env.api.data(IMPORT, { input: { ...(await target("盘龙区")), format: "XLSX", fileBase64: xlsx.toString("base64"), dryRun: false } }, admin)).importDeputies;
    expect(report).toMatchObject({ applied: true, rows: 10_000, created: 10_000, errors: [] });
    // About 8 s alone; the margin is for a machine shared with other work, not a timing target.
  }, 180_000);
});

describe("exporting deputies", () => {
  it("writes the filtered list to Excel, with private columns only where the caller keeps the rolls", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const kunming = await congressIdOf(env.db.prisma, "昆明市");
    const result = await env.api.data(`query ($f: DeputyFilter) { exportDeputies(filter: $f) { filename rows base64 } }`, { f: { withinCongressId: kunming, level: "MUNICIPAL" } }, staff);
    const table = await parseXlsx(Buffer.from(result.exportDeputies.base64, "base64"));
    expect(table.header.slice(0, 5)).toEqual(["姓名", "性别", "民族", "出生日期", "身份证号"]);
    expect(table.rows).toHaveLength(result.exportDeputies.rows);
    expect(table.rows.length).toBe(4);
    expect(table.rows.every((r) => r[4] === "")).toBe(true);

    const own = await env.api.data(`query ($f: DeputyFilter) { exportDeputies(filter: $f) { base64 } }`, { f: { congressId: await congressIdOf(env.db.prisma, "五华区") } }, staff);
    const ownTable = await parseXlsx(Buffer.from(own.exportDeputies.base64, "base64"));
    expect(ownTable.rows.some((r) => /^5301/.test(r[4]))).toBe(true);
  });
});

describe("importing and exporting stations", () => {
  const IMPORT_STATIONS = `mutation ($input: ImportStationsInput!) { importStations(input: $input) { applied created rows errors { row column message } } }`;
  const STATION_HEADER = "名称,类别,区划代码,地址,纬度,经度,开放时间,接待日,联络员,联络员电话";
  const file = (...lines: string[]) => Buffer.from([STATION_HEADER, ...lines].join("\n")).toString("base64");

  it("applies the placement rules to every row and writes all or nothing", async () => {
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    const congressId = await congressIdOf(env.db.prisma, "沙朗白族乡");
    const before = await env.db.prisma.station.count();
    const bad = (
      await env.api.data(
        IMPORT_STATIONS,
        {
          input: {
            congressId,
            format: "CSV",
            dryRun: false,
            fileBase64: file(
              "桃园村代表联络室（新）,代表联络室,530102201201,桃园村委会,25.1,102.6,,,,",
              "错误之家,代表之家,530102201000,沙朗乡,,,,,,",
              "越界联络室,代表联络室,532901103201,喜洲村,,,,,,",
              "无地址站,专业代表工作站,530102201000,,,,,,,",
            ),
          },
        },
        admin,
      )
    ).importStations;
    expect(bad.applied).toBe(false);
    expect(bad.errors.map((e: any) => [e.row, e.column])).toEqual([
      [3, "类别"],
      [4, "区划代码"],
      [5, "地址"],
    ]);
    expect(await env.db.prisma.station.count()).toBe(before);

    const good = (
      await env.api.data(IMPORT_STATIONS, { input: { congressId, format: "CSV", dryRun: false, fileBase64: file("桃园村代表联络室（新）,代表联络室,530102201201,桃园村委会,25.1,102.6,,,,") } }, admin)
    ).importStations;
    expect(good).toMatchObject({ applied: true, created: 1, errors: [] });
  });

  it("exports stations in the import's layout, without the keeper's phone for outsiders", async () => {
    const staff = await demoViewer(env.db.prisma, "wh.staff");
    const result = await env.api.data(`query { exportStations(filter: { kind: DEPUTY_HOME }) { rows base64 } }`, {}, staff);
    const table = await parseXlsx(Buffer.from(result.exportStations.base64, "base64"));
    expect(table.header.slice(0, 3)).toEqual(["名称", "类别", "区划代码"]);
    expect(table.rows).toHaveLength(await env.db.prisma.station.count({ where: { kind: "DEPUTY_HOME" } }));
    expect(table.rows.every((r) => (r[9] ?? "") === "")).toBe(true);
  });
});
