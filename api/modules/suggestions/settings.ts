// A congress's suggestion settings (deadlines, motion co-signers, reminders) and its working calendar
// (holidays and 调休 working days), kept by the congress's administrators and read by the transitions.
import { z } from "zod";
import type { Congress, Prisma } from "../../generated/prisma/client";
import { ADMIN_ROLES, requireRecordInReach, requireSignedIn } from "../../auth/guard";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { dayKey } from "../../lib/calendar";
import { msg } from "../../lib/i18n";
import { patchOf, setFields } from "../../lib/patch";
import { zmsg } from "../../lib/zod-messages";
import { recordAudit, type Actor } from "../audit/record";

type Tx = Prisma.TransactionClient;

export const DEFAULT_SETTINGS = { replyDueMonths: 3, reassignmentWorkingDays: 5, motionMinCoSigners: 10, dueSoonDays: 14 };

/** The settings as the API shows them: the stored row, or the defaults (version 1, never changed) when there is none. */
export interface SettingsView {
  congressId: string;
  replyDueMonths: number;
  reassignmentWorkingDays: number;
  motionMinCoSigners: number;
  dueSoonDays: number;
  version: number;
  updatedAt: Date | null;
}

export async function settingsOf(tx: Tx, congressId: string): Promise<SettingsView> {
  const row = await tx.suggestionSettings.findUnique({ where: { congressId } });
  return row ?? { congressId, ...DEFAULT_SETTINGS, version: 1, updatedAt: null };
}

const between = (min: number, max: number, zh: string, en: string) =>
  z
    .number()
    .int(zmsg("须为整数", "must be a whole number"))
    .min(min, zmsg(`${zh}至少为 ${min}`, `${en} must be at least ${min}`))
    .max(max, zmsg(`${zh}最多为 ${max}`, `${en} must be at most ${max}`));

export const SETTING_BOUNDS = {
  replyDueMonths: between(1, 12, "答复期限（月）", "the reply deadline in months"),
  reassignmentWorkingDays: between(1, 30, "申请改办的期限（工作日）", "the reassignment window in working days"),
  motionMinCoSigners: between(1, 100, "议案所需附议人数", "the co-signers a motion needs"),
  dueSoonDays: between(1, 60, "到期提醒提前天数", "the days of the due-soon reminder"),
};

const UpdateSettingsInput = patchOf(SETTING_BOUNDS);

/** The congress named by id, when the viewer administers it; outside their reach it is reported missing. */
export async function administeredCongress(tx: Tx, actor: Actor, congressId: string): Promise<Congress> {
  requireSignedIn(actor.viewer);
  const congress = await tx.congress.findUnique({ where: { id: congressId } });
  if (!congress) throw Errors.notFound("Congress", congressId);
  requireRecordInReach(actor.viewer, ADMIN_ROLES, congress.path, "Congress", congressId);
  return congress;
}

/** Changes the set fields (patch), checking the version; later assignments and reminders follow the new values. */
export async function updateSuggestionSettings(actor: Actor, congressId: string, rawInput: unknown): Promise<SettingsView> {
  const { version, ...fields } = parseInput(UpdateSettingsInput, rawInput);
  const label = "Suggestion settings";
  return inTransaction(actor.prisma, label, async (tx: Tx) => {
    const congress = await administeredCongress(tx, actor, congressId);
    // The defaults become a row first (no-op when one exists), so every change is a compare-and-set on its version.
    await tx.suggestionSettings.createMany({ data: [{ congressId }], skipDuplicates: true });
    const before = await tx.suggestionSettings.findUniqueOrThrow({ where: { congressId } });
    if (before.version !== version) throw Errors.staleVersion(label);
    const merged = { ...before, ...setFields(fields) };
    if (merged.dueSoonDays >= merged.replyDueMonths * 28) {
      throw Errors.badInput(msg("到期提醒须早于答复期限之内发出：提醒提前天数应少于答复期限的天数。", "The due-soon reminder must fall within the reply deadline: send fewer days than the deadline lasts."), [
        { field: "input.dueSoonDays", message: msg(`须少于 ${merged.replyDueMonths * 28} 天`, `must be under ${merged.replyDueMonths * 28} days`) },
      ]);
    }
    const { count } = await tx.suggestionSettings.updateMany({ where: { congressId, version }, data: { ...setFields(fields), version: { increment: 1 } } });
    if (count === 0) throw Errors.staleVersion(label);
    const after = await tx.suggestionSettings.findUniqueOrThrow({ where: { congressId } });
    await recordAudit(tx, actor, { action: "updateSuggestionSettings", entityType: "SuggestionSettings", entityId: congressId, congressPath: congress.path, before, after });
    return after;
  });
}

const MAX_DAYS_PER_CALL = 400;
const MAX_RANGE_DAYS = 3 * 366;
const DAY_MS = 24 * 60 * 60 * 1000;

const CalendarDayInput = z.object({
  date: z.date(),
  workday: z.boolean(),
  name: z.string().trim().min(1, zmsg("不能为空", "cannot be empty")).max(50, zmsg("最多 50 个字符", "at most 50 characters")),
});
const SetCalendarDaysInput = z
  .array(CalendarDayInput)
  .min(1, zmsg("至少一天", "send at least one day"))
  .max(MAX_DAYS_PER_CALL, zmsg(`一次最多 ${MAX_DAYS_PER_CALL} 天`, `at most ${MAX_DAYS_PER_CALL} days at a time`));
const RemoveCalendarDaysInput = z
  .array(z.date())
  .min(1, zmsg("至少一天", "send at least one day"))
  .max(MAX_DAYS_PER_CALL, zmsg(`一次最多 ${MAX_DAYS_PER_CALL} 天`, `at most ${MAX_DAYS_PER_CALL} days at a time`));

const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/** A holiday falls on a weekday and a 调休 working day on a weekend: anything else would change nothing, so it is a mistake. */
function checkDays(days: z.infer<typeof CalendarDayInput>[]): void {
  const seen = new Set<string>();
  const problems = days.flatMap((d, i) => {
    const key = dayKey(d.date);
    const field = `days.${i}.date`;
    if (seen.has(key)) return [{ field, message: msg(`${key} 重复`, `${key} is repeated`) }];
    seen.add(key);
    if (d.workday && !isWeekend(d.date)) return [{ field, message: msg(`${key} 不是周末：调休上班日须为周六或周日`, `${key} is not a weekend day: a worked day (调休) must be a Saturday or Sunday`) }];
    if (!d.workday && isWeekend(d.date)) return [{ field, message: msg(`${key} 是周末：节假日须为工作日（周一至周五）`, `${key} is a weekend day: a holiday must fall on a weekday`) }];
    return [];
  });
  if (problems.length) throw Errors.badInput(msg("日历有误，请检查标出的日期。", "Some calendar days are wrong; check the marked dates."), problems);
}

/** Adds days to the calendar, replacing those of the same date (e.g. a whole year's holidays at once). */
export async function setCalendarDays(actor: Actor, congressId: string, rawDays: unknown) {
  const days = parseInput(SetCalendarDaysInput, rawDays, "days");
  checkDays(days);
  return inTransaction(actor.prisma, "Calendar day", async (tx: Tx) => {
    const congress = await administeredCongress(tx, actor, congressId);
    const dates = days.map((d) => d.date);
    await tx.calendarDay.deleteMany({ where: { congressId, date: { in: dates } } });
    await tx.calendarDay.createMany({ data: days.map((d) => ({ congressId, ...d })) });
    const after = await tx.calendarDay.findMany({ where: { congressId, date: { in: dates } }, orderBy: { date: "asc" } });
    await recordAudit(tx, actor, { action: "setCalendarDays", entityType: "CalendarDay", entityId: congressId, congressPath: congress.path, after });
    return after;
  });
}

/** Removes days from the calendar (they become ordinary days again); answers the dates that were there. */
export async function removeCalendarDays(actor: Actor, congressId: string, rawDates: unknown): Promise<Date[]> {
  const dates = parseInput(RemoveCalendarDaysInput, rawDates, "dates");
  return inTransaction(actor.prisma, "Calendar day", async (tx: Tx) => {
    const congress = await administeredCongress(tx, actor, congressId);
    const before = await tx.calendarDay.findMany({ where: { congressId, date: { in: dates } }, orderBy: { date: "asc" } });
    await tx.calendarDay.deleteMany({ where: { congressId, date: { in: dates } } });
    if (before.length) await recordAudit(tx, actor, { action: "removeCalendarDays", entityType: "CalendarDay", entityId: congressId, congressPath: congress.path, before });
    return before.map((d) => d.date);
  });
}

/** The calendar between two days (both included), at most three years at once. */
export function checkCalendarRange(from: Date, to: Date): void {
  if (to < from) throw Errors.badInput(msg("结束日期不能早于开始日期。", "`to` cannot be before `from`."), [{ field: "to", message: msg("早于开始日期", "before `from`") }]);
  if ((to.getTime() - from.getTime()) / DAY_MS > MAX_RANGE_DAYS) {
    throw Errors.badInput(msg("一次最多查询三年的日历。", "Ask for at most three years of the calendar at once."), [{ field: "to", message: msg("范围超过三年", "more than three years after `from`") }]);
  }
}
