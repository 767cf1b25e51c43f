import fs from "node:fs";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { loadConfig } from "../../api/config";
import { createLogger } from "../../api/logger";
import { ADMIN_DIST, startPlatform, type Platform } from "../../api/platform";
import { launchBrowser } from "./browser";
import { createTestDatabase, type TestDatabase } from "./db";

/** What a browser test of the console works with: the platform on a fresh demo database, and a page in Chromium. */
export interface ConsoleSession {
  db: TestDatabase;
  platform: Platform;
  browser: Browser;
  page: Page;
}

/** Starts the platform with the demo data on a database of its own and opens a zh-CN page (extra page options merged in). */
export async function openConsole(pageOptions: BrowserContextOptions = {}): Promise<ConsoleSession> {
  if (!fs.existsSync(`${ADMIN_DIST}/index.html`)) throw new Error("Build the console first: npm run build:admin");
  const db = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: db.url, PORT: "0", SEED_DEMO: "true", LOG_LEVEL: "silent" });
  const platform = await startPlatform(config, createLogger("silent"));
  const browser = await launchBrowser();
  const page = await browser.newPage({ locale: "zh-CN", ...pageOptions });
  page.setDefaultTimeout(20_000);
  return { db, platform, browser, page };
}

/** Closes what `openConsole` opened, whatever part of it was reached. */
export async function closeConsole(session: Partial<ConsoleSession>): Promise<void> {
  await session.browser?.close();
  await session.platform?.stop();
  await session.db?.drop();
}
