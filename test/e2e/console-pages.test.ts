import fs from "node:fs";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { loadConfig } from "../../api/config";
import { createLogger } from "../../api/logger";
import { ADMIN_DIST, startPlatform, type Platform } from "../../api/platform";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { launchBrowser } from "../helpers/browser";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let platform: Platform;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(`${ADMIN_DIST}/index.html`)) throw new Error("Build the console first: npm run build:admin");
  db = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: db.url, PORT: "0", SEED_DEMO: "true", LOG_LEVEL: "silent" });
  platform = await startPlatform(config, createLogger("silent"));
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "zh-CN", acceptDownloads: true });
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await db?.drop();
});

let signedInAs = "";
async function signInAs(username: string) {
  if (signedInAs === username) return;
  await page.goto(`${platform.url}/admin/#/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${platform.url}/admin/#/login`);
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("button[type=submit]").click();
  await page.locator(".RaSidebar-fixed, nav").first().waitFor();
  signedInAs = username;
}

async function congressPath(name: string): Promise<string> {
  return (await db.prisma.congress.findFirstOrThrow({ where: { name } })).path;
}

/** The .xlsx the button downloads, opened with exceljs: its first row and the rows below. */
async function downloadSheet(): Promise<{ filename: string; header: string[]; rows: string[][] }> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出 Excel" }).click();
  const file = await download;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0];
  const values: string[][] = [];
  sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return { filename: file.suggestedFilename(), header: values[0], rows: values.slice(1) };
}

const listTotal = async () => {
  const text = await page.locator(".MuiTablePagination-displayedRows").first().innerText();
  return Number(/(\d+)\s*$/.exec(text.replace(/[^\d\s–-]/g, " ").trim())?.[1]);
};

describe("groups and handling units open on the account's congress and below", () => {
  it("lists 五华区's groups and those of its townships for wh.admin", async () => {
    await signInAs("wh.admin");
    await page.goto(`${platform.url}/admin/#/WorkingGroup`);
    await page.locator("tbody tr").first().waitFor();
    const path = await congressPath("五华区人民代表大会");
    const expected = await db.prisma.workingGroup.count({ where: { congressPath: { startsWith: path } } });
    const own = await db.prisma.workingGroup.count({ where: { congress: { name: "五华区人民代表大会" } } });
    expect(expected).toBeGreaterThan(own);
    await page.locator("tbody tr").nth(Math.min(expected, 25) - 1).waitFor();
    expect(await listTotal()).toBe(expected);
  });

  it("lists 昆明市's handling units and those of its counties for km.admin", async () => {
    await signInAs("km.admin");
    await page.goto(`${platform.url}/admin/#/HandlingUnit`);
    await page.locator("tbody tr").first().waitFor();
    const path = await congressPath("昆明市人民代表大会");
    const expected = await db.prisma.handlingUnit.count({ where: { congressPath: { startsWith: path } } });
    const own = await db.prisma.handlingUnit.count({ where: { congress: { name: "昆明市人民代表大会" } } });
    expect(expected).toBeGreaterThan(own);
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length >= 25);
    expect(await listTotal()).toBe(expected);
  });
});

describe("Excel exports with Chinese headers and labels", () => {
  const cases: { path: string; filename: string; header: string[]; label: RegExp }[] = [
    { path: "WorkingGroup", filename: "代表小组.xlsx", header: ["名称", "类别", "所属人大", "组长", "人数", "联络站"], label: /^(代表小组|代表团)$/ },
    { path: "Congress", filename: "人大.xlsx", header: ["名称", "简称", "层级", "类别", "上级人大", "办公地址", "本届", "下级人大数", "承办单位数"], label: /^(县级|乡级)$/ },
    { path: "Region", filename: "行政区划.xlsx", header: ["区划代码", "名称", "层级", "类别", "上级区划", "人大"], label: /^(县（区）|乡镇（街道）|村（社区）)$/ },
    { path: "HandlingUnit", filename: "承办单位.xlsx", header: ["名称", "类别", "所属人大", "上级单位", "在用"], label: /^(人民政府|政府部门|监察委员会|人民法院|人民检察院|其他)$/ },
  ];
  it.each(cases)("exports $path as an .xlsx whose header row and enum cells are Chinese", async ({ path, filename, header, label }) => {
    await signInAs("wh.admin");
    await page.goto(`${platform.url}/admin/#/${path}`);
    await page.locator("tbody tr").first().waitFor();
    const sheet = await downloadSheet();
    expect(sheet.filename).toBe(filename);
    expect(sheet.header).toEqual(header);
    expect(sheet.rows.length).toBeGreaterThan(0);
    const enumColumn = header.indexOf(path === "Congress" || path === "Region" ? "层级" : "类别");
    for (const row of sheet.rows) {
      expect(row[enumColumn]).toMatch(label);
      expect(row[enumColumn]).not.toMatch(/^[A-Z_]+$/);
    }
  });
});
