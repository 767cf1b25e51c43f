// A workspace per role (issue 11 "Why" 6): the menu offers only what the role can use, and the dashboard
// shows the account's own work, read through its links (issue 12 item 1). Also the account page's links.
import type { Browser, Page } from "playwright-core";
import type { Platform } from "../../api/platform";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { DEMO_STATION_OF_HS_KEEPER, DEMO_UNIT_OF_WH_UNIT } from "../../prisma/seed/demo-links";
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

const gid = (type: string, id: string) => encodeURIComponent(Buffer.from(`${type}:${id}`).toString("base64"));
const menu = () => page.locator(".RaSidebar-fixed, .RaSidebar-paper, nav").first();

async function signedInAs(username: string) {
  await page.goto(`${platform.url}/admin/#/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${platform.url}/admin/#/login`);
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("button[type=submit]").click();
  await page.getByTestId("workspace").waitFor();
}

/** The menu once it settles on `expected` (right after a change of account it may still show the previous one's). */
async function menuLabels(expected: string[]): Promise<string[]> {
  await menu().locator("a").first().waitFor();
  let labels: string[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    labels = (await menu().locator("a").allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    if (JSON.stringify(labels) === JSON.stringify(expected)) break;
    await page.waitForTimeout(500);
  }
  return labels;
}

/** The value once it reaches `expected` (a save in the browser lands a moment later), or the last one read. */
async function settlesAt<T>(read: () => Promise<T>, expected: T): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 40 && value !== expected; attempt++) {
    await page.waitForTimeout(250);
    value = await read();
  }
  return value;
}

const ADMIN_MENU = ["概览", "代表", "联络站", "代表小组", "人大", "行政区划", "承办单位", "用户", "接口密钥", "审计日志", "覆盖情况", "双联系", "我的账号"];
const STAFF_MENU = ["概览", "代表", "联络站", "代表小组", "人大", "行政区划", "承办单位", "覆盖情况", "双联系", "我的账号"];

/** Eight accounts, one per role (and the city as well as the county administrator): menu, and the card that must show their own data. */
const ROLES: [string, string[], string][] = [
  ["admin", ADMIN_MENU, "workspace-county"],
  ["km.admin", ADMIN_MENU, "workspace-county"],
  ["wh.admin", ADMIN_MENU, "workspace-county"],
  ["wh.staff", STAFF_MENU, "workspace-county"],
  ["km.supervisor", ["概览", "代表", "人大", "我的账号"], "workspace-supervisor"],
  ["wh.deputy", ["概览", "代表", "联络站", "我的账号"], "workspace-deputy"],
  ["wh.unit", ["概览", "人大", "我的账号"], "workspace-unit"],
  ["hs.keeper", ["概览", "联络站", "我的账号"], "workspace-keeper"],
];
const WORKSPACE_CARDS = ["workspace-county", "workspace-deputy", "workspace-keeper", "workspace-unit", "workspace-supervisor"];

/** What each account's own card must say, from the database. */
async function ownData(username: string): Promise<string[]> {
  const user = await db.prisma.user.findUniqueOrThrow({ where: { username }, include: { homeCongress: true, person: true } });
  switch (username) {
    case "admin":
      return ["云南省人民代表大会"];
    case "wh.deputy":
      return [user.person!.name, "五华区人民代表大会"];
    case "wh.unit":
      return [DEMO_UNIT_OF_WH_UNIT];
    case "hs.keeper":
      return [DEMO_STATION_OF_HS_KEEPER];
    case "km.supervisor":
      return ["督办"];
    default:
      return [user.homeCongress.name];
  }
}

describe("a workspace per role", () => {
  it.each(ROLES)("%s gets its own menu and dashboard", async (username, expectedMenu, card) => {
    await signedInAs(username);
    expect(await menuLabels(expectedMenu)).toEqual(expectedMenu);
    await page.getByTestId(card).waitFor();
    for (const text of await ownData(username)) await page.getByTestId(card).getByText(text).first().waitFor();
    for (const other of WORKSPACE_CARDS.filter((c) => c !== card)) expect([other, await page.getByTestId(other).count()]).toEqual([other, 0]);
    expect(await page.getByText("各级人大数量").count()).toBe(expectedMenu.includes("代表小组") ? 1 : 0);
    // Every page the menu offers opens without an error.
    for (const label of expectedMenu.slice(1)) {
      await menu().locator("a").filter({ hasText: new RegExp(`^${label}$`) }).click();
      await page.locator("#main-content").waitFor();
      await page.waitForTimeout(500);
      expect([label, await page.locator(".MuiAlert-standardError, .MuiSnackbarContent-root").count()]).toEqual([label, 0]);
    }
  });

  it("the county to-do chart compares coverage gaps and contact duties of the account's congress", async () => {
    await signedInAs("wh.admin");
    const card = page.getByTestId("workspace-county");
    await card.getByText("五华区人民代表大会").waitFor();
    // The demo county assigns one member three deputies: one member outside the 5-to-7 rule.
    await page.getByTestId("county-todo-membersOutside").getByText("1", { exact: true }).waitFor();
    for (const key of ["unplaced", "emptyStations", "uncontacted"]) expect(await page.getByTestId(`county-todo-${key}`).innerText()).toMatch(/^\d+$/);
  });

  it("the county workspace leads to the real placement: a group's page with its 编组进站 button", async () => {
    await page.getByTestId("workspace-county").getByRole("link", { name: "编组进站（代表小组）" }).click();
    await page.locator("tbody tr", { hasText: "五华区代表小组" }).click();
    await page.getByRole("button", { name: "编组进站" }).waitFor();
  });

  it("the keeper's station shows its QR code and public page", async () => {
    await signedInAs("hs.keeper");
    const station = page.getByTestId("kept-station");
    await station.getByText(DEMO_STATION_OF_HS_KEEPER).waitFor();
    const qr = station.locator("img");
    await page.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await qr.elementHandle());
    expect(await station.getByRole("link", { name: "公开页面" }).getAttribute("href")).toMatch(/\/s\/[0-9A-Z]+$/);
  });

  it("the unit's queue card says when it opens and links nowhere", async () => {
    await signedInAs("wh.unit");
    const queue = page.getByTestId("workspace-unit-queue");
    await queue.getByText("建议办理队列将随代表建议模块开通后显示在这里。").waitFor();
    expect(await queue.locator("a").count()).toBe(0);
  });
});

describe("account links on the account page", () => {
  it("shows only the links that fit the account's roles", async () => {
    await signedInAs("wh.admin");
    const unit = await db.prisma.user.findUniqueOrThrow({ where: { username: "wh.unit" } });
    await page.goto(`${platform.url}/admin/#/User/${gid("User", unit.id)}`);
    await page.getByTestId("link-units-current").getByText(DEMO_UNIT_OF_WH_UNIT, { exact: false }).waitFor();
    expect(await page.getByTestId("link-person").count()).toBe(0);
    expect(await page.getByTestId("link-stations").count()).toBe(0);
    const staff = await db.prisma.user.findUniqueOrThrow({ where: { username: "wh.staff" } });
    await page.goto(`${platform.url}/admin/#/User/${gid("User", staff.id)}`);
    await page.getByTestId("user-links").getByText("本账号的角色无需关联", { exact: false }).waitFor();
  });

  it("an administrator clears and sets a keeper's stations with the scoped picker", async () => {
    const keeper = await db.prisma.user.findUniqueOrThrow({ where: { username: "hs.keeper" } });
    await page.goto(`${platform.url}/admin/#/User/${gid("User", keeper.id)}`);
    const form = page.getByTestId("link-stations");
    await form.locator(".MuiChip-root", { hasText: DEMO_STATION_OF_HS_KEEPER }).locator(".MuiChip-deleteIcon").click();
    await form.getByRole("button", { name: "保存关联" }).click();
    await page.getByText("已保存关联").first().waitFor();
    expect(await settlesAt(() => db.prisma.userStation.count({ where: { userId: keeper.id } }), 0)).toBe(0);
    await form.getByRole("combobox").fill("华山");
    // The picker offers the account's own jurisdiction (华山街道) only: the district's stations are not there.
    await page.getByRole("option", { name: DEMO_STATION_OF_HS_KEEPER }).click();
    expect(await page.getByRole("option", { name: "五华区人大代表之家" }).count()).toBe(0);
    await form.getByRole("button", { name: "保存关联" }).click();
    expect(await settlesAt(() => db.prisma.userStation.count({ where: { userId: keeper.id } }), 1)).toBe(1);
  });
});
