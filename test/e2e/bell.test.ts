// The bell in the console's app bar: the unread badge, the list, and reading one (issue 12, item 8).
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { closeConsole, openConsole, type ConsoleSession } from "../helpers/console";
import { insertSuggestion } from "../helpers/suggestion-rows";

let session: ConsoleSession;

beforeAll(async () => {
  session = await openConsole();
});
afterAll(async () => {
  await closeConsole(session ?? {});
});

it("shows wh.unit's unread notification, and reading it clears the badge and opens the suggestion", async () => {
  const { db, platform, page } = session;
  const suggestion = await insertSuggestion(db.prisma, "五华区", { title: "关于校园周边交通安全的建议", unitUser: "wh.unit" });
  const unit = await db.prisma.user.findUniqueOrThrow({ where: { username: "wh.unit" } });
  await db.prisma.notification.create({ data: { userId: unit.id, kind: "ASSIGNED", suggestionId: suggestion.id, title: "建议已交办" } });

  await page.goto(`${platform.url}/admin/#/login`);
  await page.locator("input[name=username]").fill("wh.unit");
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("button[type=submit]").click();

  const badge = page.getByTestId("notification-badge");
  await page.locator('[data-testid=notification-badge][data-count="1"]').waitFor();
  expect(await badge.innerText()).toContain("1");

  await page.getByRole("button", { name: "通知" }).click();
  const item = page.getByRole("menuitem", { name: /建议已交办：2026-\d{4} 关于校园周边交通安全的建议/ });
  await item.click();
  await page.locator('[data-testid=notification-badge][data-count="0"]').waitFor();
  await page.waitForURL(/#\/suggestions\/[^/]+\/show$/);
  expect(decodeURIComponent(page.url().split("/suggestions/")[1].split("/")[0])).toBe(Buffer.from(`Suggestion:${suggestion.id}`).toString("base64"));
  expect((await db.prisma.notification.findFirstOrThrow({ where: { userId: unit.id } })).readAt).not.toBeNull();
}, 120_000);
