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
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol.startsWith("http")) outside.push(request.url());
  });
});
const outside: string[] = [];

afterAll(async () => {
  if (process.env.SCREENSHOT_DIR && page) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/console.png`, fullPage: true });
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

const menu = () => page.locator(".RaSidebar-fixed, .RaSidebar-paper, nav").first();

describe("the console", () => {
  it("asks for sign-in, and shows the API's reason when it is refused", async () => {
    await page.goto(`${platform.url}/admin/`);
    await page.locator("input[name=username]").waitFor();
    await signInAs("wh.admin", "wrong-password-1");
    await page.getByText("用户名或密码错误，或账号已停用。请核对后重试，或联系本级人大管理员。").waitFor();
  });

  it("gives a deputy a menu without accounts, keys or audit log", async () => {
    await signInAs("wh.deputy");
    await page.getByTestId("workspace-deputy").waitFor();
    expect(await menu().getByText("联络站").count()).toBeGreaterThan(0);
    expect(await menu().getByText("用户").count()).toBe(0);
    expect(await menu().getByText("审计日志").count()).toBe(0);
  });

  it("gives an administrator accounts, API keys and the audit log", async () => {
    await signInAs("wh.admin");
    await page.getByText("各级人大数量").waitFor();
    await menu().getByText("用户").first().waitFor();
    expect(await menu().getByText("接口密钥").count()).toBe(1);
    expect(await menu().getByText("审计日志").count()).toBe(1);
  });

  it("lists the demo congresses in Chinese, filtered by level", async () => {
    await page.goto(`${platform.url}/admin/#/Congress`);
    await page.getByText("五华区人民代表大会").first().waitFor({ timeout: 20_000 });
    // The list opens on the account's jurisdiction; the switch shows public records elsewhere.
    await page.getByTestId("scope-switch").click();
    await page.getByText("大理白族自治州人民代表大会").first().waitFor();
    expect(await page.getByText("昆明市人民代表大会").count()).toBeGreaterThan(0);
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

  it("saves an edit through the API, which records it in the audit log", async () => {
    const wuhua = await db.prisma.congress.findFirstOrThrow({ where: { name: "五华区人民代表大会" } });
    const id = Buffer.from(`Congress:${wuhua.id}`).toString("base64");
    await page.goto(`${platform.url}/admin/#/Congress/${encodeURIComponent(id)}`);
    const shortName = page.locator("input[name=shortName]");
    await shortName.waitFor();
    await shortName.fill("五华区人大");
    await page.locator("button[type=submit]").click();
    await page.getByText(/已更新|Element updated|updated/i).first().waitFor();
    expect((await db.prisma.congress.findUniqueOrThrow({ where: { id: wuhua.id } })).shortName).toBe("五华区人大");
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "updateCongress", entityId: wuhua.id } });
    expect(event.actorName).toBe("五华区人大管理员");
  });

  it("explains a refused save (a congress outside the jurisdiction reads as missing) in Chinese and keeps the user signed in", async () => {
    await signInAs("wh.admin");
    await page.getByText("各级人大数量").waitFor();
    const panlong = await db.prisma.congress.findFirstOrThrow({ where: { name: "盘龙区人民代表大会" } });
    await page.goto(`${platform.url}/admin/#/Congress/${encodeURIComponent(Buffer.from(`Congress:${panlong.id}`).toString("base64"))}`);
    const shortName = page.locator("input[name=shortName]");
    await shortName.waitFor();
    await shortName.fill("盘龙人大");
    await page.locator("button[type=submit]").click();
    // Outside the account's reach the API answers as for a missing record (denied = missing).
    await page.getByText("找不到该记录，或它不在您的管辖范围内。").waitFor();
    expect((await db.prisma.congress.findUniqueOrThrow({ where: { id: panlong.id } })).shortName).toBeNull();
    expect(page.url()).not.toContain("/login");
  });

  it("grants a role to an account from its page", async () => {
    const staff = await db.prisma.user.findUniqueOrThrow({ where: { username: "wh.staff" } });
    await page.goto(`${platform.url}/admin/#/User/${encodeURIComponent(Buffer.from(`User:${staff.id}`).toString("base64"))}`);
    const grants = page.getByTestId("user-grants");
    await grants.waitFor();
    await grants.getByRole("combobox").first().click();
    await page.getByRole("option", { name: "督办人" }).click();
    await grants.getByRole("combobox").nth(1).fill("沙朗");
    await page.getByRole("option", { name: "沙朗白族乡人民代表大会" }).click();
    await grants.getByRole("button", { name: "授予" }).click();
    await grants.getByText("督办人 · 沙朗白族乡人民代表大会").waitFor();
    expect(await db.prisma.roleGrant.count({ where: { userId: staff.id, role: "SUPERVISOR" } })).toBe(1);
  });

  it("issues an API key and shows its secret once", async () => {
    await page.goto(`${platform.url}/admin/#/ApiKey/create`);
    await page.locator("input[name=name]").fill("市民服务App");
    await page.getByRole("combobox").first().fill("五华");
    await page.getByRole("option", { name: "五华区人民代表大会" }).click();
    await page.getByLabel("读取公开数据").check();
    await page.locator("button[type=submit]").click();
    const secret = await page.getByTestId("api-key-secret").textContent();
    expect(secret).toMatch(/dpk_[A-Za-z0-9_-]{20,}/);
    const key = await db.prisma.apiKey.findFirstOrThrow({ where: { name: "市民服务App" } });
    expect(key.scopes).toEqual(["PUBLIC_READ"]);
  });

  it("creates a station, places a group in it, and the coverage page shows the change", async () => {
    await signInAs("dl.admin");
    await page.getByText("各级人大数量").waitFor();
    await page.goto(`${platform.url}/admin/#/coverage`);
    const unplaced = page.getByTestId("coverage-unplaced");
    await unplaced.waitFor();
    const before = Number(await unplaced.textContent());
    expect(before).toBeGreaterThanOrEqual(5);

    await page.goto(`${platform.url}/admin/#/Station/create`);
    await page.getByRole("combobox").nth(0).fill("五华");
    await page.getByText("没有可用选项").first().waitFor();
    expect(await page.getByRole("option", { name: "五华区人民代表大会" }).count()).toBe(0);
    await page.getByRole("combobox").nth(0).fill("拉乌");
    await page.getByRole("option", { name: "拉乌彝族乡人民代表大会" }).click();
    await page.getByRole("combobox").nth(1).fill("拉乌");
    await page.getByRole("option", { name: /拉乌彝族乡（532924201000）/ }).click();
    await page.getByRole("combobox").nth(2).click();
    await page.getByRole("option", { name: "代表工作站", exact: true }).click();
    await page.locator("input[name=name]").fill("拉乌彝族乡第二代表工作站");
    await page.locator("input[name=address]").fill("宾川县拉乌彝族乡政府旁");
    await page.locator("button[type=submit]").click();
    await page.getByTestId("station-qr").waitFor();

    const group = await db.prisma.workingGroup.findFirstOrThrow({ where: { name: "拉乌彝族乡代表小组" } });
    await page.goto(`${platform.url}/admin/#/WorkingGroup/${encodeURIComponent(Buffer.from(`WorkingGroup:${group.id}`).toString("base64"))}`);
    const placement = page.getByTestId("group-placement");
    await placement.waitFor();
    await placement.getByRole("combobox").first().fill("第二");
    await page.getByRole("option", { name: "拉乌彝族乡第二代表工作站" }).click();
    await placement.getByRole("button", { name: "编组进站" }).click();
    await placement.getByText("拉乌彝族乡第二代表工作站").waitFor();

    await page.goto(`${platform.url}/admin/#/coverage`);
    await page.getByTestId("coverage-unplaced").filter({ hasText: String(before - 5) }).waitFor();
  });

  it("imports deputies from a file: a bad row is listed and nothing written, a good file is written", async () => {
    await signInAs("wh.staff");
    await page.getByText("各级人大数量").waitFor();
    await page.goto(`${platform.url}/admin/#/deputies/import`);
    await page.getByRole("combobox").first().fill("五华");
    await page.getByRole("option", { name: "五华区人民代表大会" }).click();
    await page.getByRole("combobox").nth(1).click();
    await page.getByRole("option", { name: "第18届" }).click();
    const header = "姓名,性别,民族,出生日期,身份证号,电话,原选区,代表团,职业构成,基层代表,政治面貌";
    const upload = (lines: string[]) =>
      page.getByTestId("import-file").setInputFiles({ name: "代表.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...lines].join("\n")) });
    const before = await db.prisma.deputyMembership.count();

    await upload(["木春,男,纳西族,,,,第7选区,,农民,是,群众", "和秀,女,纳西族,,,,第7选区,,农夫,是,群众"]);
    await page.getByRole("button", { name: "导入", exact: true }).click();
    const report = page.getByTestId("import-report");
    await report.getByText("职业构成").waitFor();
    expect(await report.getByRole("cell", { name: "3", exact: true }).count()).toBe(1);
    expect(await db.prisma.deputyMembership.count()).toBe(before);

    await upload(["木春,男,纳西族,,,,第7选区,,农民,是,群众", "和秀,女,纳西族,,,,第7选区,,农民,是,群众"]);
    await page.getByRole("button", { name: "导入", exact: true }).click();
    await report.getByText(/已导入 2 名代表/).waitFor();
    expect(await db.prisma.deputyMembership.count()).toBe(before + 2);
  });

  it("adds selected deputies to a working group in one bulk action", async () => {
    await signInAs("wh.staff");
    await page.getByText("各级人大数量").waitFor();
    const congress = await db.prisma.congress.findFirstOrThrow({ where: { region: { name: "沙朗白族乡" } } });
    const filter = encodeURIComponent(JSON.stringify({ congressId: Buffer.from(`Congress:${congress.id}`).toString("base64") }));
    await page.goto(`${platform.url}/admin/#/Deputy?filter=${filter}`);
    await page.locator("tbody tr").first().waitFor();
    const group = await db.prisma.workingGroup.findFirstOrThrow({ where: { name: "五华区代表小组" } });
    const before = await db.prisma.workingGroupMember.count({ where: { groupId: group.id } });
    await page.locator("tbody tr input[type=checkbox]").nth(0).check();
    await page.locator("tbody tr input[type=checkbox]").nth(1).check();
    await page.getByRole("button", { name: "加入代表小组" }).first().click();
    await page.getByRole("dialog").getByRole("combobox").fill("五华区代表");
    await page.getByRole("option", { name: "五华区代表小组" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "加入代表小组" }).click();
    await page.getByText("成员已保存").waitFor();
    expect(await db.prisma.workingGroupMember.count({ where: { groupId: group.id } })).toBe(before + 2);
  });

  it("switches to English", async () => {
    await page.goto(`${platform.url}/admin/#/Region`);
    await page.locator("tbody tr").first().waitFor();
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
