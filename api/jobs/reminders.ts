// The daily scan of reply deadlines. Safe to run any number of times, by any number of processes at
// once: each reminder carries a dedupe key (kind, suggestion, due date, account) that PostgreSQL keeps unique.
import type { NotificationKind, PrismaClient, SuggestionState } from "../generated/prisma/client";
import { chinaToday } from "../lib/time";
import { msg } from "../lib/i18n";
import { notify, type SuggestionAudience } from "../modules/notifications/notify";

/** Assigned and not yet replied: the only states a reply deadline runs in. */
const AWAITING_REPLY: SuggestionState[] = ["ASSIGNED", "HANDLING", "REHANDLING"];
const DEFAULT_DUE_SOON_DAYS = 14;
const DAY_MS = 86_400_000;

export interface ReminderOptions {
  /** Days past the due date after which staff here and at the congress above are told. */
  escalateAfterDays: number;
}

export interface ReminderCounts {
  scanned: number;
  DUE_SOON: number;
  OVERDUE: number;
  ESCALATED: number;
}

const dateKey = (day: Date) => day.toISOString().slice(0, 10);

const REMINDERS: Record<"DUE_SOON" | "OVERDUE" | "ESCALATED", { audience: SuggestionAudience[]; title: (due: string) => ReturnType<typeof msg> }> = {
  DUE_SOON: { audience: ["LEAD_UNIT"], title: (due) => msg(`答复将于 ${due} 到期`, `The reply is due on ${due}`) },
  OVERDUE: { audience: ["LEAD_UNIT"], title: (due) => msg(`答复已于 ${due} 逾期`, `The reply was due on ${due}`) },
  ESCALATED: { audience: ["STAFF", "PARENT_STAFF"], title: (due) => msg(`答复逾期未办（${due} 到期），请督办`, `The reply is overdue since ${due}; follow it up`) },
};

/** Which reminders a suggestion due on `dueOn` gets on the Asia/Shanghai day `today`. */
export function remindersDue(dueOn: Date, today: Date, dueSoonDays: number, escalateAfterDays: number): NotificationKind[] {
  const daysLeft = Math.round((dueOn.getTime() - today.getTime()) / DAY_MS);
  if (daysLeft >= 0) return daysLeft <= dueSoonDays ? ["DUE_SOON"] : [];
  return -daysLeft >= escalateAfterDays ? ["OVERDUE", "ESCALATED"] : ["OVERDUE"];
}

/** Sends every reminder due at `now` that was not sent before; answers how many notifications were written. */
export async function sendDueReminders(prisma: PrismaClient, now: Date, options: ReminderOptions): Promise<ReminderCounts> {
  const today = chinaToday(now);
  const settings = await prisma.suggestionSettings.findMany({ select: { congressId: true, dueSoonDays: true } });
  const dueSoonDays = new Map(settings.map((s) => [s.congressId, s.dueSoonDays]));
  const horizon = Math.max(DEFAULT_DUE_SOON_DAYS, ...settings.map((s) => s.dueSoonDays));
  const suggestions = await prisma.suggestion.findMany({
    where: { state: { in: AWAITING_REPLY }, replyDueOn: { not: null, lte: new Date(today.getTime() + horizon * DAY_MS) } },
    select: { id: true, congressId: true, replyDueOn: true },
  });
  const counts: ReminderCounts = { scanned: suggestions.length, DUE_SOON: 0, OVERDUE: 0, ESCALATED: 0 };
  for (const s of suggestions) {
    const kinds = remindersDue(s.replyDueOn!, today, dueSoonDays.get(s.congressId) ?? DEFAULT_DUE_SOON_DAYS, options.escalateAfterDays);
    if (kinds.length === 0) continue;
    const due = dateKey(s.replyDueOn!);
    await prisma.$transaction(async (tx) => {
      for (const kind of kinds as (keyof typeof REMINDERS)[]) {
        const reminder = REMINDERS[kind];
        counts[kind] += await notify(tx, {
          kind,
          suggestionId: s.id,
          audience: reminder.audience,
          title: reminder.title(due),
          dedupeKey: `${kind}:${s.id}:${due}`,
        });
      }
    });
  }
  return counts;
}
