// The console as each role sees it (issue 11): scoped lists, edit buttons only where the API would
// accept, menus by role, the coverage page, the Excel export, and no English in the Chinese UI.
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

const gid = (type: string, id: string) => encodeURIComponent(Buffer.from(`${type}:${id}`).toString("base64"));
const menu = () => page.locator(".RaSidebar-fixed, .RaSidebar-paper, nav").first();

async function signInAs(username: string, password = DEMO_PASSWORD) {
  await page.goto(`${platform.url}/admin/#/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${platform.url}/admin/#/login`);
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(password);
  await page.locator("button[type=submit]").click();
}

async function signedInAs(username: string) {
  await signInAs(username);
  await page.getByTestId("workspace").waitFor();
}

/** Words of Latin letters a Chinese page may show: codes and formats (compared without case: buttons are upper-cased). */
const ALLOWED = new Set(["excel", "qr", "api", "id", "svg", "png", "csv", "dpk", "english"]);

/** The Latin words in the page's visible text, minus codes: ids, account names, the demo seed's request id. */
async function latinWords(): Promise<string[]> {
  const usernames = (await db.prisma.user.findMany({ select: { username: true } })).map((u) => u.username);
  let text = await page.evaluate(() => document.body.innerText);
  text = text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, " ").replaceAll("demo-seed", " ");
  for (const username of usernames) text = text.replace(new RegExp(`(^|[^\\w.])${username.replaceAll(".", "\\.")}(?![\\w.])`, "g"), "$1 ");
  const words = text.match(/[A-Za-z0-9_]+/g) ?? [];
  return words.filter((w) => /^[A-Za-z]{2,}$/.test(w) && !ALLOWED.has(w.toLowerCase()));
}

/** Waits for a page's data: react-admin's loading indicator gone, then a moment for the render. */
async function settled() {
  await page.waitForTimeout(300);
  await page.locator(".MuiLinearProgress-root, .MuiCircularProgress-root").first().waitFor({ state: "detached" }).catch(() => undefined);
  await page.waitForTimeout(700);
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

describe("the console by role", () => {
  it("refuses a wrong password in Chinese, without the API's English", async () => {
    await signInAs("wh.admin", "wrong-password-1");
    await page.getByText("用户名或密码错误，或账号已停用。请核对后重试，或联系本级人大管理员。").waitFor();
    expect(await latinWords()).toEqual([]);
  });

  it("opens the deputy list on the account's jurisdiction, with a switch to the rest", async () => {
    await signedInAs("wh.admin");
    const wuhua = await db.prisma.congress.findFirstOrThrow({ where: { name: "五华区人民代表大会" } });
    const own = await db.prisma.deputyMembership.count({ where: { congressPath: { startsWith: wuhua.path } } });
    const all = await db.prisma.deputyMembership.count();
    expect(own).toBeLessThan(all);
    await page.goto(`${platform.url}/admin/#/Deputy`);
    await page.getByText(`1-${Math.min(own, 25)} / ${own}`).waitFor();
    await page.getByTestId("scope-switch").click();
    await page.getByText(`1-25 / ${all}`).waitFor();
    await page.getByTestId("scope-switch").click();
    await page.getByText(`1-${Math.min(own, 25)} / ${own}`).waitFor();
  });

  it("shows 编辑 only on records the account may change", async () => {
    const kunming = await db.prisma.deputyMembership.findFirstOrThrow({ where: { congress: { name: "昆明市人民代表大会" } } });
    const ownDeputy = await db.prisma.deputyMembership.findFirstOrThrow({ where: { congress: { name: "五华区人民代表大会" } } });
    const binchuan = await db.prisma.station.findFirstOrThrow({ where: { congress: { name: { startsWith: "宾川县" } } } });
    const ownStation = await db.prisma.station.findFirstOrThrow({ where: { congress: { name: "五华区人民代表大会" } } });
    const yunnan = await db.prisma.congress.findFirstOrThrow({ where: { level: "PROVINCIAL" } });
    const cases: [string, boolean][] = [
      [`Deputy/${gid("Deputy", kunming.id)}/show`, false],
      [`Deputy/${gid("Deputy", ownDeputy.id)}/show`, true],
      [`Station/${gid("Station", binchuan.id)}/show`, false],
      [`Station/${gid("Station", ownStation.id)}/show`, true],
      [`Congress/${gid("Congress", yunnan.id)}/show`, false],
    ];
    for (const [path, editable] of cases) {
      await page.goto(`${platform.url}/admin/#/${path}`);
      await page.locator(".RaShow-main").waitFor();
      await settled();
      expect([path, await page.getByRole("link", { name: "编辑" }).count()]).toEqual([path, editable ? 1 : 0]);
    }
  });

  it("opens a group's form only where the account may change it, its page elsewhere", async () => {
    await page.goto(`${platform.url}/admin/#/WorkingGroup`);
    await page.locator("tbody tr", { hasText: "五华区代表小组" }).click();
    await page.locator("input[name=name]").waitFor();
    const other = await db.prisma.workingGroup.findFirstOrThrow({ where: { name: "拉乌彝族乡代表小组" } });
    await page.goto(`${platform.url}/admin/#/WorkingGroup?filter=${encodeURIComponent(JSON.stringify({ congressId: Buffer.from(`Congress:${other.congressId}`).toString("base64") }))}`);
    await page.locator("tbody tr", { hasText: "拉乌彝族乡代表小组" }).click();
    await page.locator(".RaShow-main").getByText("拉乌彝族乡代表小组").waitFor();
    expect(page.url()).toContain("/show");
    expect(await page.getByRole("link", { name: "编辑" }).count()).toBe(0);
  });

  it("offers only the jurisdiction's stations when placing a group", async () => {
    const group = await db.prisma.workingGroup.findFirstOrThrow({ where: { name: "五华区代表小组" } });
    await page.goto(`${platform.url}/admin/#/WorkingGroup/${gid("WorkingGroup", group.id)}`);
    const placement = page.getByTestId("group-placement");
    await placement.getByRole("combobox").first().click();
    await page.getByRole("option").first().waitFor();
    const offered = await page.getByRole("option").allInnerTexts();
    const wuhua = await db.prisma.congress.findFirstOrThrow({ where: { name: "五华区人民代表大会" } });
    const own = await db.prisma.station.findMany({ where: { congressPath: { startsWith: wuhua.path } }, select: { name: true } });
    expect(offered.sort()).toEqual(own.map((s) => s.name).sort());
  });

  it("exports the deputies on screen as an Excel file", async () => {
    await page.goto(`${platform.url}/admin/#/Deputy`);
    await page.locator("tbody tr").first().waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "导出 Excel" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(await page.getByText(/400|Response not successful/).count()).toBe(0);
  });

  it("starts coverage on the account's congress, links entries, and clears figures on an error", async () => {
    await page.goto(`${platform.url}/admin/#/coverage`);
    await page.getByTestId("coverage-active").waitFor();
    expect(await page.getByRole("combobox").first().inputValue()).toBe("五华区人民代表大会");
    const unplaced = page.getByTestId("coverage-unplaced-list").locator("a");
    const emptyText = page.getByText("全部代表都已进站。");
    expect((await unplaced.count()) > 0 || (await emptyText.count()) === 1).toBe(true);
    expect((await page.getByTestId("coverage-empty-list").locator("a").count()) > 0 || (await page.getByText("每个联络站都有代表。").count()) === 1).toBe(true);

    await page.getByRole("combobox").first().fill("大理镇");
    await page.getByText("没有可用选项").waitFor();

    await page.route("**/graphql", async (route) => {
      if (!route.request().postData()?.includes("stationCoverage")) return route.continue();
      await route.fulfill({ contentType: "application/json", body: JSON.stringify({ errors: [{ message: "Congress x not found", extensions: { code: "NOT_FOUND" } }], data: null }) });
    });
    await page.getByRole("combobox").first().fill("沙朗");
    await page.getByRole("option", { name: "沙朗白族乡人民代表大会" }).click();
    await page.getByTestId("coverage-error").getByText("找不到该记录，或它不在您的管辖范围内。").waitFor();
    expect(await page.getByTestId("coverage-active").count()).toBe(0);
    await page.unroute("**/graphql");
  });

  it("walks every menu page in Chinese without English words", async () => {
    await signedInAs("wh.admin");
    const links = await menu().locator("a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(10);
    const found: Record<string, string[]> = {};
    for (const link of links) {
      await page.goto(link);
      await settled();
      const words = await latinWords();
      if (words.length) found[link.replace(/.*#/, "#")] = words;
    }
    await page.goto(`${platform.url}/admin/#/Deputy?filter=${encodeURIComponent(JSON.stringify({ q: "不存在的名字" }))}`);
    await page.getByText("没有符合当前筛选条件的代表。").waitFor();
    const words = await latinWords();
    if (words.length) found["empty deputy search"] = words;
    expect(found).toEqual({});
  });

  it("shows the audit log's actions and record types in Chinese", async () => {
    await page.goto(`${platform.url}/admin/#/AuditEvent`);
    await page.locator("tbody tr").first().waitFor();
    const text = await page.locator("tbody").innerText();
    expect(text).not.toMatch(/importDeputies|WorkingGroup|DeputyMembership|createStation/);
  });

  it.each([
    ["wh.deputy", ["概览", "代表", "联络站", "我的账号"]],
    ["hs.keeper", ["概览", "联络站", "我的账号"]],
    ["km.supervisor", ["概览", "代表", "人大", "我的账号"]],
    ["wh.unit", ["概览", "人大", "我的账号"]],
    ["wh.staff", ["概览", "代表", "联络站", "代表小组", "人大", "行政区划", "承办单位", "覆盖情况", "双联系", "我的账号"]],
    ["wh.admin", ["概览", "代表", "联络站", "代表小组", "人大", "行政区划", "承办单位", "用户", "接口密钥", "审计日志", "覆盖情况", "双联系", "我的账号"]],
  ])("gives %s the menu of what it can use", async (username, expected) => {
    await signedInAs(username);
    expect(await menuLabels(expected)).toEqual(expected);
    const readsOnly = !expected.includes("代表小组");
    await page.getByTestId(readsOnly ? "workspace" : "workspace-county").waitFor();
    expect(await page.getByTestId("workspace-county").count()).toBe(readsOnly ? 0 : 1);
    if (readsOnly) {
      // A station keeper's own jurisdiction (a street committee) may hold no deputy: an empty list is fine.
      await page.goto(`${platform.url}/admin/#/Deputy`);
      await page.locator(".RaList-main").waitFor();
      await settled();
      expect(await page.getByRole("link", { name: "新建" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "导出 Excel" }).count()).toBe(0);
      await page.goto(`${platform.url}/admin/#/Congress`);
      await page.locator("tbody tr").first().waitFor();
      expect(await page.getByRole("link", { name: "新建" }).count()).toBe(0);
      await page.goto(`${platform.url}/admin/#/me`);
      await page.getByTestId("my-account").getByText(username).waitFor();
    }
  });
});
