import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { loadConfig } from "../../api/config";
import { createLogger } from "../../api/logger";
import { startPlatform, type Platform } from "../../api/platform";
import { useDemoApi } from "../helpers/api";
import { launchBrowser } from "../helpers/browser";

jest.setTimeout(120_000);

const env = useDemoApi();
let platform: Platform;
let browser: Browser;
let page: Page | undefined;
const sites: http.Server[] = [];
let allowedSite: string;
let otherSite: string;

/** A second web site (another port is another origin) serving one empty page. */
async function startSite(): Promise<string> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>site</title><p>site</p>");
  });
  sites.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  allowedSite = await startSite();
  otherSite = await startSite();
  platform = await startPlatform(
    loadConfig({ DATABASE_URL: env.db.url, PORT: "0", SEED_DEMO: "false", LOG_LEVEL: "silent", JWT_SECRET: "x".repeat(40), CORS_ORIGINS: allowedSite }),
    createLogger("silent"),
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  for (const site of sites) site.close();
});

/** What a script on `site` gets when it posts a query to the API (a JSON POST: the browser sends a preflight first). */
async function fetchFromSite(site: string): Promise<string> {
  // One page for the whole file: the packaged Chromium runs single-process and ends with its last page.
  page ??= await browser.newPage();
  await page.goto(`${site}/`);
  return page.evaluate(async (api) => {
    try {
      const response = await fetch(`${api}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "cors-test" },
        body: JSON.stringify({ query: "{ stations(first: 1) { totalCount } }" }),
      });
      const body = await response.json();
      return `status ${response.status}, ${body.data.stations.totalCount > 0 ? "stations" : "none"}, id ${response.headers.get("x-request-id")}`;
    } catch (error) {
      return `blocked: ${String(error)}`;
    }
  }, platform.url);
}

describe("CORS in a real browser", () => {
  it("a page on an allowed origin reads the API's answer", async () => {
    expect(await fetchFromSite(allowedSite)).toBe("status 200, stations, id cors-test");
  });

  it("a page on any other origin is blocked by the browser", async () => {
    expect(await fetchFromSite(otherSite)).toMatch(/^blocked: TypeError: Failed to fetch/);
  });

  it("the preflight answers 204 with methods, headers, max-age and Vary: Origin; a refused origin gets no ACAO", async () => {
    const preflight = (origin: string) =>
      fetch(`${platform.url}/graphql`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
      });
    const allowed = await preflight(allowedSite);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(allowedSite);
    expect(allowed.headers.get("access-control-allow-methods")).toContain("POST");
    expect(allowed.headers.get("access-control-allow-headers")).toBe("content-type, authorization, x-api-key, x-request-id, apollo-require-preflight");
    expect(Number(allowed.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    expect(allowed.headers.get("vary")).toContain("Origin");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    const refused = await preflight(otherSite);
    expect(refused.status).toBe(204);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(refused.headers.get("vary")).toContain("Origin");
  });

  it("Apollo's CSRF prevention still refuses a simple cross-site GET query", async () => {
    const response = await fetch(`${platform.url}/graphql?query=${encodeURIComponent("{ stations(first: 1) { totalCount } }")}`, { headers: { origin: otherSite } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });
});
