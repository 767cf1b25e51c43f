import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { ADMIN_DIST, type Platform } from "../../api/platform";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { closeConsole, openConsole } from "../helpers/console";
import type { TestDatabase } from "../helpers/db";

/** The console's single script before it was split by route: 1.35 MB uncompressed. */
const UNSPLIT_SCRIPT_BYTES = 1_350_000;

let db: TestDatabase;
let platform: Platform;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ db, platform, browser, page } = await openConsole({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }));
});

afterAll(async () => {
  if (process.env.SCREENSHOT_DIR && page) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/console-phone.png`, fullPage: true });
  await closeConsole({ db, platform, browser });
});

interface RawResponse {
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** GET without any automatic decompression, so the test sees the bytes on the wire. */
function getRaw(urlPath: string, acceptEncoding?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
    http
      .get(`${platform.url}${urlPath}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("the console over HTTP", () => {
  let mainScript: string;
  let original: Buffer;

  beforeAll(async () => {
    const index = await getRaw("/admin/", "identity");
    mainScript = /<script[^>]+src="([^"]+\.js)"/.exec(index.body.toString("utf8"))![1];
    original = fs.readFileSync(path.join(ADMIN_DIST, mainScript.replace(/^\/admin\//, "")));
  });

  it("index.html is revalidated on every visit, so a new build is picked up", async () => {
    const index = await getRaw("/admin/", "gzip");
    expect(index.headers["cache-control"]).toBe("no-cache");
    expect(index.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(index.body).toString("utf8")).toContain(mainScript);
  });

  it("the main script is split from the resource pages and sent brotli-compressed, cached for a year", async () => {
    expect(original.length).toBeLessThan(UNSPLIT_SCRIPT_BYTES / 2);
    const br = await getRaw(mainScript, "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(original.length / 3);
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true);
    console.log(`main script ${mainScript}: ${original.length} B raw, ${br.body.length} B br`);
  });

  it("gzip when the client does not take brotli, the plain file when it takes neither", async () => {
    const gz = await getRaw(mainScript, "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).equals(original)).toBe(true);
    const refused = await getRaw(mainScript, "br;q=0, gzip;q=0");
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.equals(original)).toBe(true);
    const none = await getRaw(mainScript);
    expect(none.headers["content-encoding"]).toBeUndefined();
    expect(none.headers.vary).toMatch(/accept-encoding/i);
    console.log(`main script: ${gz.body.length} B gzip`);
  });
});

describe("the console on a 390×844 phone", () => {
  it("lists deputies as a simple list that fits the screen width", async () => {
    await page.goto(`${platform.url}/admin/#/login`);
    await page.locator("input[name=username]").fill("wh.admin");
    await page.locator("input[name=password]").fill(DEMO_PASSWORD);
    await page.locator("button[type=submit]").click();
    await page.getByText("各级人大数量").waitFor();
    await page.goto(`${platform.url}/admin/#/Deputy`);
    const items = page.locator("#main-content .MuiList-root > li");
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(1);
    expect(await page.locator("#main-content table").count()).toBe(0);
    await expect(items.first().locator(".MuiListItemText-secondary").textContent()).resolves.toContain("人民代表大会");
    expect(await page.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it("keeps the page title clear of the app bar's buttons", async () => {
    const title = await page.locator("#react-admin-title").boundingBox();
    const buttons = await page.locator("header button").evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect()).map(({ left, right, top, bottom }) => ({ left, right, top, bottom })),
    );
    expect(title).not.toBeNull();
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      const overlaps = title!.x < button.right && button.left < title!.x + title!.width && title!.y < button.bottom && button.top < title!.y + title!.height;
      expect(overlaps).toBe(false);
    }
  });
});
