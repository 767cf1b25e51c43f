import type { Browser, Page } from "playwright-core";
import type { Platform } from "../../api/platform";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { closeConsole, openConsole } from "../helpers/console";
import type { TestDatabase } from "../helpers/db";

let db: TestDatabase;
let platform: Platform;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ db, platform, browser, page } = await openConsole());
});
afterAll(async () => {
  await closeConsole({ db, platform, browser });
});

/** Latin text allowed on a Chinese page: codes (UPPER_CASE, digits), ids and proper names. */
const ALLOWED = new Set(["English", "API", "QR", "Excel", "CSV", "XLSX", "ID", "demo-seed"]);

function latinWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z'-]+/g) ?? []).filter((word) => !/^[A-Z0-9_]+$/.test(word) && !ALLOWED.has(word));
}

async function signInAs(username: string) {
  await page.goto(`${platform.url}/admin/#/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${platform.url}/admin/#/login`);
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("button[type=submit]").click();
  await page.getByText("各级人大数量").waitFor();
}

async function visibleLatin(where: string): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  const text = await page.locator("body").innerText();
  return [...new Set(latinWords(text))].map((word) => `${where}: ${word}`);
}

describe("the console in zh-CN shows no English", () => {
  for (const username of ["wh.admin", "yn.admin"]) {
    it(`every menu page, and each create form submitted empty, as ${username}`, async () => {
      await signInAs(username);
      const links = await page.locator(".RaMenuItemLink-active, a.RaMenuItemLink-root, .RaMenu-open a").evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).hash))]);
      expect(links).toEqual(expect.arrayContaining(["#/Deputy", "#/Station", "#/WorkingGroup", "#/Congress"]));
      const offenders: string[] = [];
      for (const hash of links) {
        await page.goto(`${platform.url}/admin/${hash}`);
        offenders.push(...(await visibleLatin(hash)));
        const create = page.getByRole("link", { name: /新建|创建/ });
        if (await create.count()) {
          await create.first().click();
          await page.waitForLoadState("networkidle");
          const submit = page.locator("button[type=submit]");
          if (await submit.count()) await submit.first().click({ trial: false }).catch(() => undefined);
          offenders.push(...(await visibleLatin(`${hash} create`)));
        }
      }
      expect(offenders).toEqual([]);
    });
  }
});
