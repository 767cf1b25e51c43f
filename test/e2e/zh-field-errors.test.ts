import type { Browser, Page } from "playwright-core";
import type { Platform } from "../../api/platform";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { closeConsole, openConsole } from "../helpers/console";
import type { TestDatabase } from "../helpers/db";

let db: TestDatabase;
let platform: Platform;
let browser: Browser;
let page: Page;
const acceptLanguages: string[] = [];

beforeAll(async () => {
  ({ db, platform, browser, page } = await openConsole());
  page.on("request", (request) => {
    if (request.url().endsWith("/graphql")) acceptLanguages.push(request.headers()["accept-language"] ?? "");
  });
});
afterAll(async () => {
  await closeConsole({ db, platform, browser });
});

async function signInAs(username: string, password = DEMO_PASSWORD) {
  await page.goto(`${platform.url}/admin/#/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${platform.url}/admin/#/login`);
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(password);
  await page.locator("button[type=submit]").click();
}

async function createWorkstation(name: string) {
  await page.goto(`${platform.url}/admin/#/Station/create`);
  await page.getByRole("combobox").nth(0).fill("拉乌");
  await page.getByRole("option", { name: "拉乌彝族乡人民代表大会" }).click();
  await page.getByRole("combobox").nth(1).fill("拉乌");
  await page.getByRole("option", { name: /拉乌彝族乡（532924201000）/ }).click();
  await page.getByRole("combobox").nth(2).click();
  await page.getByRole("option", { name: "代表工作站", exact: true }).click();
  await page.locator("input[name=name]").fill(name);
  await page.locator("input[name=address]").fill("宾川县拉乌彝族乡政府旁");
  await page.locator("button[type=submit]").click();
}

describe("the console in Chinese", () => {
  it("shows the API's own reason for a wrong password, with nothing in front of it", async () => {
    await signInAs("dl.admin", "wrong-password-1");
    await page.getByText("用户名或密码错误，或账号已停用。请核对后重试，或联系本级人大管理员。", { exact: true }).waitFor();
    expect(await page.getByText(/未登录或登录已过期/).count()).toBe(0);
    expect(acceptLanguages.length).toBeGreaterThan(0);
    expect(acceptLanguages.every((value) => value === "zh-CN")).toBe(true);
  });

  it("puts the API's field problem under its field: a duplicate station name under the name", async () => {
    await signInAs("dl.admin");
    await page.getByText("各级人大数量").waitFor();
    await createWorkstation("拉乌彝族乡重名代表工作站");
    await page.getByTestId("station-qr").waitFor();
    await createWorkstation("拉乌彝族乡重名代表工作站");
    const nameField = page.locator(".MuiFormControl-root", { has: page.locator("input[name=name]") });
    await nameField.getByText("已被占用，请换一个").waitFor();
    expect(await db.prisma.station.count({ where: { name: "拉乌彝族乡重名代表工作站" } })).toBe(1);
  });
});
