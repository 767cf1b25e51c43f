import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { loadConfig } from "../../api/config";
import { createLogger } from "../../api/logger";
import { ADMIN_DIST, startPlatform, type Platform } from "../../api/platform";
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
  page = await browser.newPage({ locale: "zh-CN" });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol.startsWith("http")) outside.push(request.url());
  });
});
const outside: string[] = [];

afterAll(async () => {
  if (process.env.SCREENSHOT_DIR && page) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/console.png`, fullPage: true });
  await browser?.close();
  await platform?.stop();
  await db?.drop();
});

describe("the console", () => {
  it("lists the demo congresses in Chinese, filtered by level", async () => {
    await page.goto(`${platform.url}/admin/#/Congress`);
    await page.getByText("昆明市人民代表大会").first().waitFor({ timeout: 20_000 });
    expect(await page.getByText("大理白族自治州人民代表大会").count()).toBeGreaterThan(0);
    expect(await page.getByText("层级").count()).toBeGreaterThan(0);

    await page.goto(`${platform.url}/admin/#/Congress?filter=${encodeURIComponent(JSON.stringify({ level: "COUNTY" }))}`);
    await page.getByText("五华区人民代表大会").first().waitFor();
    const counties = await db.prisma.congress.count({ where: { level: "COUNTY" } });
    await page.getByText(`1-${counties} / ${counties}`).waitFor();
    expect(await page.locator("tbody tr").count()).toBe(counties);
    expect(await page.locator("tbody tr", { hasText: "市级" }).count()).toBe(0);
  });

  it("shows one congress with its parent, organs and terms", async () => {
    const wuhua = await db.prisma.congress.findFirstOrThrow({ where: { name: "五华区人民代表大会" } });
    const id = Buffer.from(`Congress:${wuhua.id}`).toString("base64");
    await page.goto(`${platform.url}/admin/#/Congress/${encodeURIComponent(id)}/show`);
    await page.getByText("五华区人民代表大会").first().waitFor();
    expect(await page.getByText("昆明市人民代表大会").count()).toBeGreaterThan(0);
    await page.getByRole("tab", { name: "机构" }).click();
    await page.getByText("人事代表工作委员会").waitFor();
  });

  it("switches to English", async () => {
    await page.goto(`${platform.url}/admin/#/Region`);
    await page.getByText("530000000000").first().waitFor();
    await page.getByRole("button", { name: /简体中文/ }).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await page.getByText("Division code").first().waitFor();
    expect(await page.getByText("区划代码").count()).toBe(0);
  });

  it("shows the dashboard's counts by level", async () => {
    await page.goto(`${platform.url}/admin/#/`);
    const county = page.getByTestId("congresses-by-level-COUNTY");
    await county.filter({ hasText: /^\d+$/ }).waitFor();
    expect(Number(await county.textContent())).toBe(await db.prisma.congress.count({ where: { level: "COUNTY" } }));
  });

  it("made no request outside this machine", () => {
    expect(outside).toEqual([]);
  });
});
