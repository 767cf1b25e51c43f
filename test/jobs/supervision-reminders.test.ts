// Milestone reminders (issue 13): sent by the daily pg-boss job to a topic's supervisors, once per
// milestone and due day, however many workers and scans run at once.
import { createLogger } from "../../api/logger";
import { startJobRunner, type JobRunner } from "../../api/jobs/runner";
import { sendMilestoneReminders } from "../../api/modules/supervision/reminders";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { loadDemo } from "../../prisma/seed/demo";

let db: TestDatabase;
const runners: JobRunner[] = [];
const log = createLogger("silent");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
// 10:00 in China on 10 June 2026.
const NOW = new Date("2026-06-10T02:00:00Z");
const milestones = {} as Record<"soon" | "overdue" | "later" | "done" | "judged", string>;

async function topic(state: "SUPERVISING" | "JUDGED", title: string) {
  const p = db.prisma;
  const wuhua = await p.congress.findFirstOrThrow({ where: { region: { name: "五华区" } } });
  const supervisor = await p.user.findUniqueOrThrow({ where: { username: "km.supervisor" } });
  const unitStaff = await p.user.findUniqueOrThrow({ where: { username: "wh.unit" }, select: { units: { select: { unitId: true } } } });
  return p.supervisionTopic.create({
    data: {
      congressId: wuhua.id, congressPath: wuhua.path, year: 2026, title, state, decidedOn: day("2026-03-10"), decisionMeeting: "主任会议", decisionDocument: "1号",
      ...(state === "JUDGED" ? { judgement: "SATISFIED" as const, judgedAt: NOW } : {}),
      supervisors: { create: [{ role: "LEAD", userId: supervisor.id }, { role: "GOVERNMENT_OFFICE", unitId: unitStaff.units[0].unitId }] },
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemo(db.prisma);
  const open = await topic("SUPERVISING", "学校周边交通");
  const judged = await topic("JUDGED", "已评价专题");
  const add = async (topicId: string, title: string, dueOn: string, doneAt: Date | null = null) =>
    (await db.prisma.supervisionMilestone.create({ data: { topicId, title, dueOn: day(dueOn), doneAt } })).id;
  milestones.soon = await add(open.id, "二季度", "2026-06-15");
  milestones.overdue = await add(open.id, "一季度", "2026-03-31");
  milestones.later = await add(open.id, "三季度", "2026-09-30");
  milestones.done = await add(open.id, "启动", "2026-04-30", NOW);
  milestones.judged = await add(judged.id, "一季度", "2026-03-31");
});
afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  await db?.drop();
});

async function start(now: Date): Promise<JobRunner> {
  const runner = await startJobRunner({ databaseUrl: db.url, prisma: db.prisma, log, now: () => now, escalateAfterDays: 7, pollingIntervalSeconds: 0.5 });
  runners.push(runner);
  return runner;
}

/** Milestone reminders per (account, milestone title): a duplicate shows as a count above 1. */
async function sent() {
  const rows = await db.prisma.notification.findMany({ where: { kind: "MILESTONE_DUE" }, select: { title: true, dedupeKey: true, user: { select: { username: true } } } });
  const counts: Record<string, number> = {};
  for (const r of rows) {
    const milestone = Object.entries(milestones).find(([, id]) => r.dedupeKey!.includes(id))![0];
    counts[`${milestone} ${r.user.username}`] = (counts[`${milestone} ${r.user.username}`] ?? 0) + 1;
  }
  return counts;
}

describe("milestone reminders as pg-boss jobs", () => {
  it("two runners and two direct scans at once: each supervisor hears of each due milestone exactly once", async () => {
    const [first, second] = await Promise.all([start(NOW), start(NOW)]);
    await Promise.all([
      sendMilestoneReminders(db.prisma, NOW),
      sendMilestoneReminders(db.prisma, NOW),
      ...[first.startupJob, second.startupJob].filter((id): id is string => id !== null).map((id) => first.settled(id)),
    ]);
    const again = await Promise.all([first.catchUp(), second.catchUp()]);
    for (const id of again) if (id) expect(await first.settled(id)).toBe("completed");
    // Due within 7 days or overdue, not done, under supervision: the lead supervisor and the office's staff.
    expect(await sent()).toEqual({ "soon km.supervisor": 1, "soon wh.unit": 1, "overdue km.supervisor": 1, "overdue wh.unit": 1 });
    const titles = await db.prisma.notification.findMany({ where: { kind: "MILESTONE_DUE", user: { username: "km.supervisor" } }, orderBy: { title: "asc" }, select: { title: true, supervisionTopicId: true } });
    expect(titles.map((t) => t.title)).toEqual(["督办节点将于 2026-06-15 到期：学校周边交通 · 二季度", "督办节点已逾期（2026-03-31）：学校周边交通 · 一季度"]);
    expect(titles.every((t) => t.supervisionTopicId !== null)).toBe(true);
  }, 90_000);

  it("a later scan sends nothing again; a milestone moved to a new due day is reminded anew", async () => {
    await sendMilestoneReminders(db.prisma, new Date("2026-06-12T02:00:00Z"));
    expect(Object.values(await sent()).every((n) => n === 1)).toBe(true);
    await db.prisma.supervisionMilestone.update({ where: { id: milestones.later }, data: { dueOn: day("2026-06-20") } });
    expect(await sendMilestoneReminders(db.prisma, new Date("2026-06-14T02:00:00Z"))).toBe(2);
    expect((await sent())["later km.supervisor"]).toBe(1);
  });

  it("an account that turned milestone reminders off gets none", async () => {
    const unit = await db.prisma.user.findUniqueOrThrow({ where: { username: "wh.unit" } });
    await db.prisma.notificationPreference.create({ data: { userId: unit.id, kind: "MILESTONE_DUE", enabled: false } });
    await db.prisma.supervisionMilestone.update({ where: { id: milestones.later }, data: { dueOn: day("2026-06-25") } });
    await sendMilestoneReminders(db.prisma, new Date("2026-06-20T02:00:00Z"));
    expect((await sent())["later wh.unit"]).toBe(1);
    expect((await sent())["later km.supervisor"]).toBe(2);
  });
});
