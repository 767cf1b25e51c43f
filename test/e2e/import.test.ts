import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { Browser, Page } from "playwright-core";
import { withCheckCharacter } from "../../api/lib/id-number";
import { DEPUTY_COLUMNS } from "../../api/modules/imports/deputies";
import type { Platform } from "../../api/platform";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { closeConsole, openConsole } from "../helpers/console";
import type { TestDatabase } from "../helpers/db";

let db: TestDatabase;
let platform: Platform;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ db, platform, browser, page } = await openConsole({ acceptDownloads: true }));
}, 120_000);

afterAll(async () => {
  await closeConsole({ db, platform, browser });
});

async function signInAs(username: string) {
  await page.goto(`${platform.url}/admin/#/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${platform.url}/admin/#/login`);
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("button[type=submit]").click();
  await page.getByText("各级人大数量").waitFor();
}

describe("importing deputies in the console, as a county administrator (wh.admin)", () => {
  const header = DEPUTY_COLUMNS.map((c) => c.zh).join(",");
  const line = `杨金花,女,彝族,1979-06-01,${withCheckCharacter("53010219790601002")},,第4选区,,农民,是,群众`;
  /** What Excel's plain “CSV” save gives on Chinese Windows. */
  const gbkFile = iconv.encode([header, line].join("\r\n"), "gbk");

  it("downloads the template: the import's header, an example row, and 填写说明", async () => {
    await signInAs("wh.admin");
    await page.goto(`${platform.url}/admin/#/deputies/import`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("import-template").click()]);
    expect(download.suggestedFilename()).toBe("代表导入模板.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["代表", "填写说明"]);
    expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, ...DEPUTY_COLUMNS.map((c) => c.zh)]);
  });

  it("imports a GBK CSV, links to the congress's deputies, and says in Chinese that a second import is a duplicate", async () => {
    await page.getByRole("combobox").first().fill("五华");
    await page.getByRole("option", { name: "五华区人民代表大会" }).click();
    await page.getByRole("combobox").nth(1).click();
    await page.getByRole("option", { name: "第18届" }).click();
    await page.getByTestId("import-file").setInputFiles({ name: "代表.csv", mimeType: "text/csv", buffer: gbkFile });
    const before = await db.prisma.deputyMembership.count();

    await page.getByRole("button", { name: "导入", exact: true }).click();
    const report = page.getByTestId("import-report");
    await report.getByText("已导入 1 名代表").waitFor();
    expect(await db.prisma.deputyMembership.count()).toBe(before + 1);
    expect(await db.prisma.person.count({ where: { name: "杨金花", ethnicity: "彝族" } })).toBe(1);

    await page.getByRole("button", { name: "导入", exact: true }).click();
    await report.getByText("该身份证号的代表已在本级人大本届登记，无需重复导入").waitFor();
    expect(await report.getByRole("cell", { name: "身份证号", exact: true }).count()).toBe(1);
    expect(await db.prisma.deputyMembership.count()).toBe(before + 1);

    await page.getByTestId("import-file").setInputFiles({ name: "代表.csv", mimeType: "text/csv", buffer: iconv.encode([header, line.replace("杨金花", "杨金凤").replace(/5301\d+X?/, withCheckCharacter("53010219790601018"))].join("\r\n"), "gbk") });
    await page.getByRole("button", { name: "导入", exact: true }).click();
    await report.getByText("已导入 1 名代表").waitFor();
    await page.getByTestId("import-created-link").click();
    await page.waitForURL(/#\/Deputy\?filter=/);
    await page.getByText("杨金凤").first().waitFor();
    await page.getByText("杨金花").first().waitFor();
  });
});
