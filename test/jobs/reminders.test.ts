import { createLogger } from "../../api/logger";
import { sendDueReminders } from "../../api/jobs/reminders";
import { startJobRunner, type JobRunner } from "../../api/jobs/runner";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { loadDemo } from "../../prisma/seed/demo";
import { insertSuggestion } from "../helpers/suggestion-rows";

let db: TestDatabase;
const runners: JobRunner[] = [];
const log = createLogger("silent");
const ESCALATE_AFTER_DAYS = 7;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemo(db.prisma);
  // Staff of 昆明市, the congress above 五华区, receive escalations.
  const kunming = await db.prisma.congress.findFirstOrThrow({ where: { region: { name: "昆明市" } } });
  const supervisor = await db.prisma.user.findUniqueOrThrow({ where: { username: "km.supervisor" } });
  await db.prisma.roleGrant.create({ data: { userId: supervisor.id, role: "DEPUTY_AFFAIRS", congressId: kunming.id, congressPath: kunming.path } });
});
afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  await db?.drop();
});

async function start(now: Date): Promise<JobRunner> {
  const runner = await startJobRunner({ databaseUrl: db.url, prisma: db.prisma, log, now: () => now, escalateAfterDays: ESCALATE_AFTER_DAYS, pollingIntervalSeconds: 0.5 });
  runners.push(runner);
  return runner;
}

/** Notifications per (account, kind, suggestion): a duplicate shows as a count above 1. */
async function sentFor(suggestionId: string) {
  const rows = await db.prisma.notification.findMany({ where: { suggestionId }, select: { kind: true, user: { select: { username: true } } } });
  const counts: Record<string, number> = {};
  for (const r of rows) counts[`${r.kind} ${r.user.username}`] = (counts[`${r.kind} ${r.user.username}`] ?? 0) + 1;
  return counts;
}

describe("deadline reminders as pg-boss jobs", () => {
  // 10:00 in China on 10 June 2026.
  const NOW = new Date("2026-06-10T02:00:00Z");
  let dueSoon: string;
  let overdue: string;
  let escalated: string;

  it("two runners on one database: each reminder exactly once", async () => {
    dueSoon = (await insertSuggestion(db.prisma, "五华区", { replyDueOn: day("2026-06-15"), unitUser: "wh.unit" })).id;
    overdue = (await insertSuggestion(db.prisma, "五华区", { replyDueOn: day("2026-06-08"), unitUser: "wh.unit" })).id;
    escalated = (await insertSuggestion(db.prisma, "五华区", { replyDueOn: day("2026-06-01"), unitUser: "wh.unit" })).id;
    await insertSuggestion(db.prisma, "五华区", { replyDueOn: day("2026-06-01"), state: "REPLIED", unitUser: "wh.unit" });

    const [first, second] = await Promise.all([start(NOW), start(NOW)]);
    // Both also scan at the very same moment outside the queue, the worst case for duplicates.
    await Promise.all([
      sendDueReminders(db.prisma, NOW, { escalateAfterDays: ESCALATE_AFTER_DAYS }),
      sendDueReminders(db.prisma, NOW, { escalateAfterDays: ESCALATE_AFTER_DAYS }),
      ...[first.startupJob, second.startupJob].filter((id): id is string => id !== null).map((id) => first.settled(id)),
    ]);
    const again = await Promise.all([first.catchUp(), second.catchUp()]);
    for (const id of again) if (id) expect(await first.settled(id)).toBe("completed");

    expect(await sentFor(dueSoon)).toEqual({ "DUE_SOON wh.unit": 1 });
    expect(await sentFor(overdue)).toEqual({ "OVERDUE wh.unit": 1 });
    expect(await sentFor(escalated)).toEqual({ "OVERDUE wh.unit": 1, "ESCALATED wh.staff": 1, "ESCALATED km.supervisor": 1 });
    expect(await db.prisma.notification.count({ where: { suggestion: { state: "REPLIED" } } })).toBe(0);
  }, 90_000);

  it("after a restart: nothing sent twice, and a reminder missed while down is sent", async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    const before = await db.prisma.notification.count();
    // Became overdue while no process ran.
    const missed = (await insertSuggestion(db.prisma, "五华区", { replyDueOn: day("2026-06-10"), unitUser: "wh.unit" })).id;
    const nextDay = new Date("2026-06-11T01:00:00Z");
    const restarted = await start(nextDay);
    expect(restarted.startupJob).not.toBeNull();
    expect(await restarted.settled(restarted.startupJob!)).toBe("completed");
    expect(await sentFor(missed)).toEqual({ "OVERDUE wh.unit": 1 });
    expect(await db.prisma.notification.count()).toBe(before + 1);
    expect(await sentFor(overdue)).toEqual({ "OVERDUE wh.unit": 1 });
  }, 90_000);

  it("a reply due at a month end is reminded on the right Asia/Shanghai day", async () => {
    // Assigned on 31 January: due 30 April (three months, clipped to the month's end).
    const due = (await insertSuggestion(db.prisma, "五华区", { replyDueOn: day("2026-04-30"), unitUser: "wh.unit" })).id;
    const scan = (iso: string) => sendDueReminders(db.prisma, new Date(iso), { escalateAfterDays: ESCALATE_AFTER_DAYS });
    await scan("2026-04-15T15:59:59Z"); // 15 April, 23:59:59 in China: 15 days left.
    expect(await sentFor(due)).toEqual({});
    await scan("2026-04-15T16:00:00Z"); // 16 April, midnight in China: 14 days left.
    expect(await sentFor(due)).toEqual({ "DUE_SOON wh.unit": 1 });
    await scan("2026-04-30T15:59:59Z"); // Still 30 April in China: due today, not overdue.
    expect(await sentFor(due)).toEqual({ "DUE_SOON wh.unit": 1 });
    await scan("2026-04-30T16:00:00Z"); // 1 May in China, though still 30 April in UTC.
    expect(await sentFor(due)).toEqual({ "DUE_SOON wh.unit": 1, "OVERDUE wh.unit": 1 });
  });

  it("an account that turned overdue reminders off gets none", async () => {
    const unit = await db.prisma.user.findUniqueOrThrow({ where: { username: "wh.unit" } });
    await db.prisma.notificationPreference.create({ data: { userId: unit.id, kind: "OVERDUE", enabled: false } });
    const late = (await insertSuggestion(db.prisma, "五华区", { replyDueOn: day("2026-06-09"), unitUser: "wh.unit" })).id;
    await sendDueReminders(db.prisma, NOW, { escalateAfterDays: ESCALATE_AFTER_DAYS });
    expect(await sentFor(late)).toEqual({});
  });
});
