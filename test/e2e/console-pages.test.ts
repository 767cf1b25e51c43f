import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import type { Platform } from "../../api/platform";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { closeConsole, openConsole } from "../helpers/console";
import type { TestDatabase } from "../helpers/db";
import { globalId } from "../helpers/fixtures";

let db: TestDatabase;
let platform: Platform;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ db, platform, browser, page } = await openConsole({ acceptDownloads: true }));
});

afterAll(async () => {
  await closeConsole({ db, platform, browser });
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

/** An active deputy of 五华区人民代表大会 itself, which wh.admin administers. */
async function wuhuaDeputy(skip = 0) {
  return db.prisma.deputyMembership.findFirstOrThrow({
    where: { congress: { name: "五华区人民代表大会" }, status: "ACTIVE" },
    include: { person: true },
    orderBy: { id: "asc" },
    skip,
  });
}

async function openDeputy(id: string) {
  await page.goto(`${platform.url}/admin/#/Deputy/${encodeURIComponent(globalId("Deputy", id))}/show`);
  await page.getByText("资格变动").first().waitFor();
}

describe("a deputy's status change with its qualification review", () => {
  it("offers only the changes the API allows, and records the review", async () => {
    await signInAs("wh.admin");
    const deputy = await wuhuaDeputy();
    await openDeputy(deputy.id);
    await page.getByRole("button", { name: "资格变动" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox").first().click();
    const offered = await page.getByRole("option").allInnerTexts();
    expect(offered.map((o) => o.trim()).sort()).toEqual(["去世", "罢免", "辞职", "终止资格"].sort());
    await page.getByRole("option", { name: "辞职" }).click();
    await dialog.locator("input[name=review]").fill("五华区人大常委会代表资格审查委员会报告〔2026〕3号");
    await dialog.getByRole("button", { name: "确认变动" }).click();
    await page.getByText("已记录资格变动").waitFor();
    const after = await db.prisma.deputyMembership.findUniqueOrThrow({ where: { id: deputy.id }, include: { statusChanges: true } });
    expect(after.status).toBe("RESIGNED");
    expect(after.statusChanges.some((c) => c.review === "五华区人大常委会代表资格审查委员会报告〔2026〕3号")).toBe(true);
    // A resigned deputy's status is final: the button is gone.
    await page.reload();
    await page.getByText("五华区人大常委会代表资格审查委员会报告〔2026〕3号").waitFor();
    expect(await page.getByRole("button", { name: "资格变动" }).count()).toBe(0);
  });

  it("answers a stale version with a Chinese sentence that says to reload", async () => {
    await signInAs("wh.admin");
    const deputy = await wuhuaDeputy(1);
    await openDeputy(deputy.id);
    await page.getByRole("button", { name: "资格变动" }).click();
    await db.prisma.deputyMembership.update({ where: { id: deputy.id }, data: { version: { increment: 1 } } });
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox").first().click();
    await page.getByRole("option", { name: "去世" }).click();
    await dialog.locator("input[name=review]").fill("审查报告1号");
    await dialog.getByRole("button", { name: "确认变动" }).click();
    await page.getByText(/已被他人修改.*请刷新页面/).waitFor();
    expect((await db.prisma.deputyMembership.findUniqueOrThrow({ where: { id: deputy.id } })).status).toBe("ACTIVE");
  });
});

describe("code rotation behind a confirmation", () => {
  it("warns that the old QR stops working, then issues a new station code", async () => {
    await signInAs("wh.admin");
    const station = await db.prisma.station.findFirstOrThrow({ where: { name: "五华区人大代表之家" } });
    await page.goto(`${platform.url}/admin/#/Station/${encodeURIComponent(globalId("Station", station.id))}/show`);
    await page.getByRole("button", { name: "更换二维码" }).click();
    await page.getByText(/旧二维码和旧链接将立即失效/).waitFor();
    await page.getByRole("button", { name: "取消" }).click();
    expect((await db.prisma.station.findUniqueOrThrow({ where: { id: station.id } })).publicCode).toBe(station.publicCode);
    await page.getByRole("button", { name: "更换二维码" }).click();
    await page.getByRole("button", { name: "更换", exact: true }).click();
    await page.getByText("已更换二维码，旧二维码已失效。请重新打印。").waitFor();
    const after = await db.prisma.station.findUniqueOrThrow({ where: { id: station.id } });
    expect(after.publicCode).not.toBe(station.publicCode);
    await page.getByText(after.publicCode).waitFor();
    expect((await fetch(`${platform.url}/s/${station.publicCode}`)).status).toBe(404);
  });

  it("issues a new deputy code after the same warning", async () => {
    await signInAs("wh.admin");
    const deputy = await wuhuaDeputy(2);
    await openDeputy(deputy.id);
    const oldQr = page.locator(`img[src*="${deputy.person.publicCode}"]`);
    await oldQr.waitFor();
    await page.getByRole("button", { name: "更换二维码" }).click();
    await page.getByText(/旧二维码和旧链接将立即失效/).waitFor();
    await page.getByRole("button", { name: "更换", exact: true }).click();
    // The station test's notice may still be on screen: wait for the page to show the new code instead.
    await oldQr.waitFor({ state: "detached" });
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id: deputy.personId } });
    expect(person.publicCode).not.toBe(deputy.person.publicCode);
    await page.locator(`img[src*="${person.publicCode}"]`).waitFor();
  });
});

describe("双联系 page", () => {
  it("shows the assignments and the 5-to-7 warning, assigns a deputy and records a visit", async () => {
    await signInAs("wh.admin");
    const wuhua = await db.prisma.congress.findFirstOrThrow({ where: { name: "五华区人民代表大会" } });
    const seeded = await db.prisma.contactAssignment.findMany({ where: { congressId: wuhua.id } });
    const member = seeded[0].memberName;
    await page.goto(`${platform.url}/admin/#/`);
    await page.locator(".RaSidebar-fixed, nav").first().getByText("双联系").click();
    await page.getByTestId("contact-assignments").locator("tbody tr").first().waitFor();
    expect(await page.getByTestId("contact-assignments").locator("tbody tr").count()).toBe(seeded.length);
    await page.getByTestId("contact-warning").getByText(`${member}：只联系了 ${seeded.length} 名代表，少于 5 名。`).waitFor();
    await page.getByTestId("contact-uncontacted").waitFor();

    // A deputy of its own, without a contact and with a name no other deputy has, so the picker and the row are unambiguous.
    const term = await db.prisma.term.findFirstOrThrow({ where: { congressId: wuhua.id }, orderBy: { number: "desc" } });
    const person = await db.prisma.person.create({
      data: { name: "司马联络", gender: "MALE", ethnicity: "汉族", publicCode: `e2e${Date.now()}`, congressPath: wuhua.path },
    });
    const fresh = await db.prisma.deputyMembership.create({
      data: {
        personId: person.id,
        congressId: wuhua.id,
        congressPath: wuhua.path,
        termId: term.id,
        constituency: "华山街道第九选区",
        occupation: "WORKER",
        party: "群众",
        grassroots: true,
      },
      include: { person: true },
    });
    const form = page.getByTestId("contact-assign");
    await form.locator("input[name=memberName]").fill(member);
    await form.getByRole("combobox").fill(fresh.person.name);
    await page.getByRole("option", { name: `${fresh.person.name}（五华区人民代表大会）` }).first().click();
    await form.getByRole("button", { name: "安排联系" }).click();
    await page.getByText("已安排联系").waitFor();
    await page.getByText(`${member}：只联系了 ${seeded.length + 1} 名代表，少于 5 名。`).waitFor();
    const row = page.getByTestId("contact-assignments").locator("tbody tr", { hasText: fresh.person.name });
    await row.waitFor();

    await row.getByRole("button", { name: "记录走访" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.locator("input[name=form]").fill("座谈");
    await dialog.locator("textarea[name=notes]").fill("了解社区养老服务需求");
    await dialog.getByRole("button", { name: "保存走访记录" }).click();
    await page.getByText("已记录走访").waitFor();
    await row.getByText(/座谈：了解社区养老服务需求/).waitFor();
    const visits = await db.prisma.contactVisit.findMany({ where: { assignment: { deputyMembershipId: fresh.id, memberName: member } } });
    expect(visits.map((v) => [v.form, v.notes])).toEqual([["座谈", "了解社区养老服务需求"]]);
  });
});
