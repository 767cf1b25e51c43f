// Milestone reminders for supervisors, sent by the daily job (api/jobs/runner.ts). Each milestone is
// reminded once per due date: the dedupe key (milestone, due day, account) is unique in PostgreSQL, so
// any number of scans, in any number of processes at once, write one notification per account.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { msg } from "../../lib/i18n";
import { chinaToday } from "../../lib/time";

/** Days before its due day that a milestone is reminded (an overdue one not reminded yet is reminded at once). */
export const MILESTONE_REMINDER_DAYS = 7;
const DAY_MS = 86_400_000;

/** The active accounts that supervise the topic and did not turn milestone reminders off. */
async function supervisorAccounts(tx: Prisma.TransactionClient, topicId: string): Promise<string[]> {
  const users = await tx.user.findMany({
    where: {
      active: true,
      notificationPreferences: { none: { kind: "MILESTONE_DUE", enabled: false } },
      OR: [
        { supervisionAssignments: { some: { topicId } } },
        { person: { memberships: { some: { supervisionAssignments: { some: { topicId } } } } } },
        { units: { some: { unit: { supervisionAssignments: { some: { topicId } } } } } },
      ],
    },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

/** Sends every milestone reminder due at `now` not sent before; answers how many notifications were written. */
export async function sendMilestoneReminders(prisma: PrismaClient, now: Date): Promise<number> {
  const today = chinaToday(now);
  const milestones = await prisma.supervisionMilestone.findMany({
    where: { doneAt: null, dueOn: { lte: new Date(today.getTime() + MILESTONE_REMINDER_DAYS * DAY_MS) }, topic: { state: "SUPERVISING" } },
    select: { id: true, title: true, dueOn: true, topic: { select: { id: true, title: true } } },
  });
  let sent = 0;
  for (const m of milestones) {
    const due = m.dueOn.toISOString().slice(0, 10);
    const overdue = m.dueOn < today;
    const title = overdue
      ? msg(`督办节点已逾期（${due}）：${m.topic.title} · ${m.title}`, `Milestone overdue since ${due}: ${m.topic.title} · ${m.title}`)
      : msg(`督办节点将于 ${due} 到期：${m.topic.title} · ${m.title}`, `Milestone due on ${due}: ${m.topic.title} · ${m.title}`);
    sent += await prisma.$transaction(async (tx) => {
      const userIds = await supervisorAccounts(tx, m.topic.id);
      const created = await tx.notification.createMany({
        data: userIds.map((userId) => ({
          userId,
          kind: "MILESTONE_DUE" as const,
          supervisionTopicId: m.topic.id,
          // Stored in Chinese, the platform's language.
          title: title.zh.slice(0, 200),
          dedupeKey: `MILESTONE_DUE:${m.id}:${due}:${userId}`,
        })),
        skipDuplicates: true,
      });
      return created.count;
    });
  }
  return sent;
}

