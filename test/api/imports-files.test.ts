import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { withCheckCharacter } from "../../api/lib/id-number";
import { DEPUTY_COLUMNS } from "../../api/modules/imports/deputies";
import { parseXlsx } from "../../api/modules/imports/tables";
import { STATION_COLUMNS } from "../../api/modules/imports/stations";
import { useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const IMPORT = `mutation ($input: ImportDeputiesInput!) { importDeputies(input: $input) { applied rows created errors { row column message } } }`;
const IMPORT_STATIONS = `mutation ($input: ImportStationsInput!) { importStations(input: $input) { applied created errors { row column message } } }`;
const HEADER = "姓名,性别,民族,出生日期,身份证号,电话,原选区,代表团,职业构成,基层代表,政治面貌";
const STATION_HEADER = "名称,类别,区划代码,地址,纬度,经度,开放时间,接待日,联络员,联络员电话";

async function destination(region: string) {
  const term = await env.db.prisma.term.findFirstOrThrow({ where: { congress: { region: { name: region } } } });
  return { congressId: await congressIdOf(env.db.prisma, region), termId: globalId("Term", term.id) };
}

async function importCsv(bytes: Buffer, dryRun: boolean, language: "zh-CN" | "en" = "zh-CN") {
  const admin = await demoViewer(env.db.prisma, "wh.admin");
  const input = { ...(await destination("沙朗白族乡")), format: "CSV", fileBase64: bytes.toString("base64"), dryRun };
  return (await env.api.data(IMPORT, { input }, admin, language)).importDeputies;
}

/** No English words in what a clerk reads (a date pattern such as 1980-01-31 is fine). */
const isChineseSentence = (message: string) => /[\u4e00-\u9fff]/.test(message) && !/[a-z]{2,}/i.test(message);

describe("a CSV file in the encoding Excel or WPS gave it", () => {
  const text = [HEADER, "段文华,男,白族,1975-03-02,,,第2选区,,农民,是,群众"].join("\r\n");

  it.each([
    ["GBK (Excel's plain CSV on Chinese Windows)", iconv.encode(text, "gbk")],
    ["GB18030", iconv.encode(text, "gb18030")],
    ["UTF-8 without BOM", Buffer.from(text, "utf8")],
    ["UTF-8 with BOM", Buffer.from("\uFEFF" + text, "utf8")],
    ["UTF-16 LE with BOM (Excel's Unicode text)", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")])],
    ["UTF-16 BE with BOM", iconv.encode(text, "utf16-be", { addBOM: true })],
  ])("reads %s: columns found, names intact", async (_name, bytes) => {
    const report = await importCsv(bytes as Buffer, true);
    expect(report).toMatchObject({ rows: 1, errors: [] });
  });

  it("writes the Chinese name of a GBK file unchanged", async () => {
    const report = await importCsv(iconv.encode(text, "gbk"), false);
    expect(report).toMatchObject({ applied: true, created: 1 });
    expect(await env.db.prisma.person.count({ where: { name: "段文华", ethnicity: "白族" } })).toBe(1);
  });
});

describe("what an import says, in Chinese", () => {
  it("says every row problem of a deputies file in Chinese, naming the column", async () => {
    const id = withCheckCharacter("53010219800101001");
    const long = "长".repeat(101);
    const report = await importCsv(
      Buffer.from(
        [
          HEADER,
          `,未知,,1980-13-45,530102198001010011,电话,${long},,渔民,也许,`,
          `赵一,男,汉族,,${id},,第1选区,,农民,是,群众`,
          `钱二,男,汉族,,${id},,第1选区,,农民,是,群众`,
        ].join("\n"),
      ),
      true,
    );
    const columns = report.errors.map((e: { column: string }) => e.column);
    expect(columns).toEqual(expect.arrayContaining(["姓名", "性别", "民族", "出生日期", "身份证号", "电话", "原选区", "职业构成", "基层代表", "政治面貌"]));
    expect(report.errors.find((e: { row: number }) => e.row === 4)?.message).toContain("第 3 行");
    for (const problem of report.errors) expect([problem.column, problem.message, isChineseSentence(problem.message)]).toEqual([problem.column, problem.message, true]);
  });

  it("tells a clerk importing the same file twice that the deputies are already registered", async () => {
    const file = Buffer.from([HEADER, `和顺,女,纳西族,,${withCheckCharacter("53010219900505002")},,第3选区,,工人,否,群众`].join("\n"));
    expect(await importCsv(file, false)).toMatchObject({ applied: true, created: 1 });
    const again = await importCsv(file, false);
    expect(again.errors).toEqual([{ row: 2, column: "身份证号", message: "该身份证号的代表已在本级人大本届登记，无需重复导入" }]);
  });

  it("says the same problems in English when the caller reads English, with the file's own column headers", async () => {
    const file = Buffer.from([HEADER, `,未知,汉族,,,,第1选区,,农民,是,群众`].join("\n"));
    const chinese = await importCsv(file, true);
    const english = await importCsv(file, true, "en");
    expect(english.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual(chinese.errors.map((e: { row: number; column: string }) => [e.row, e.column]));
    expect(english.errors.map((e: { message: string }) => e.message)).toEqual(["Required, cannot be empty: the name, at most 50 characters", "“男” (male) or “女” (female)"]);
  });

  it("names the missing columns in Chinese", async () => {
    const report = await importCsv(Buffer.from("姓名,性别\n张三,男\n"), true);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0].message).toMatch(/^缺少必填列：民族、原选区/);
    expect(isChineseSentence(report.errors[0].message)).toBe(true);
  });

  it("refuses an unreadable workbook with a Chinese sentence and BAD_USER_INPUT", async () => {
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    const input = { ...(await destination("沙朗白族乡")), format: "XLSX", fileBase64: Buffer.from("not a workbook").toString("base64"), dryRun: true };
    const result = await env.api.run(IMPORT, { input }, admin, "127.0.0.1", "zh-CN");
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(/^无法读取这个 Excel 文件/);
    expect(result.errors?.[0].extensions?.fields).toEqual([{ field: "input.fileBase64", message: "无法读取文件" }]);
    const english = await env.api.run(IMPORT, { input }, admin, "127.0.0.1", "en");
    expect(english.errors?.[0].message).toMatch(/^This Excel file cannot be read/);
  });

  it("says every row problem of a stations file in Chinese", async () => {
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    const lines = [
      ",代表之家,530102201000,沙朗乡,,,,,,", // empty name; a township cannot run a deputy home
      "甲站,代表驿站,123,地址,,,,,,",
      "乙站,代表之家,530102201000,沙朗乡,95,,,,,",
      "丙站,代表之家,999999999999,某地,,,,,,",
      "丁站,代表联络室,532901103201,喜洲村,,,,,,",
      "戊站,代表之家,530102201000,沙朗乡,,,,,,",
      "己站,专业代表工作站,530102201000,,,,,,,",
      "庚站,专业代表工作站,530102201000,某地,25.1,,,,,",
      "庚站,专业代表工作站,530102201000,某地,,,,,,",
    ];
    const input = { congressId: await congressIdOf(env.db.prisma, "沙朗白族乡"), format: "CSV", dryRun: true, fileBase64: Buffer.from([STATION_HEADER, ...lines].join("\n")).toString("base64") };
    const report = (await env.api.data(IMPORT_STATIONS, { input }, admin, "zh-CN")).importStations;
    expect(report.errors.length).toBeGreaterThanOrEqual(9);
    for (const problem of report.errors) expect([problem.row, problem.message, isChineseSentence(problem.message)]).toEqual([problem.row, problem.message, true]);
  });
});

describe("the import templates", () => {
  const TEMPLATE = `query ($kind: ImportKind!) { importTemplate(kind: $kind) { filename mimeType base64 } }`;

  it.each([
    ["DEPUTIES", DEPUTY_COLUMNS],
    ["STATIONS", STATION_COLUMNS],
  ] as const)("%s: opens in Excel with the header the import expects, an example row and the instructions", async (kind, columns) => {
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    const file = (await env.api.data(TEMPLATE, { kind }, admin)).importTemplate;
    expect(file.filename).toMatch(/导入模板\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, "base64") as unknown as ArrayBuffer);
    const table = await parseXlsx(Buffer.from(file.base64, "base64"));
    expect(table.header).toEqual(columns.map((c) => c.zh));
    expect(table.rows).toHaveLength(1);
    const instructions = workbook.getWorksheet("填写说明")!;
    const described = instructions.getColumn(1).values.slice(2, 2 + columns.length);
    expect(described).toEqual(columns.map((c) => c.zh));
    expect(String(instructions.getRow(2).getCell(3).value)).toBe(columns[0].rule.zh);
  });

  it("the deputies template's example row passes the import's checks", async () => {
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    const file = (await env.api.data(TEMPLATE, { kind: "DEPUTIES" }, admin)).importTemplate;
    const input = { ...(await destination("五华区")), format: "XLSX", fileBase64: file.base64, dryRun: true };
    expect((await env.api.data(IMPORT, { input }, admin)).importDeputies).toMatchObject({ rows: 1, errors: [] });
  });

  it("is refused to a deputy, who imports nothing", async () => {
    const deputy = await demoViewer(env.db.prisma, "wh.deputy");
    const result = await env.api.run(TEMPLATE, { kind: "DEPUTIES" }, deputy);
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
