// Calendar arithmetic on days (UTC-midnight Dates, as `@db.Date` columns hold them): due dates in
// calendar months and deadlines in working days of a congress's calendar.

const DAY_MS = 24 * 60 * 60 * 1000;

/** A day of a congress's calendar that differs from Monday-to-Friday (CalendarDay rows). */
export interface CalendarException {
  date: Date;
  /** true: a weekend day worked in exchange (调休); false: a holiday. */
  workday: boolean;
}

export function dayKey(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The day as a UTC-midnight Date, from YYYY-MM-DD. */
export function day(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** `months` calendar months after `from`, clamped at the month's end: 31 Jan + 3 → 30 Apr, 30 Nov + 3 → 28/29 Feb. */
export function addCalendarMonths(from: Date, months: number): Date {
  const total = from.getUTCFullYear() * 12 + from.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  return new Date(Date.UTC(year, monthIndex, Math.min(from.getUTCDate(), daysInMonth(year, monthIndex))));
}

/** Whether `d` is worked: Monday to Friday unless a holiday, or a weekend day worked in exchange. */
export function isWorkingDay(d: Date, exceptions: ReadonlyMap<string, boolean>): boolean {
  const exception = exceptions.get(dayKey(d));
  if (exception !== undefined) return exception;
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export function exceptionMap(days: readonly CalendarException[]): Map<string, boolean> {
  return new Map(days.map((d) => [dayKey(d.date), d.workday]));
}

/** The `n`th working day after `from` (`from` itself does not count); n = 0 gives `from`. */
export function addWorkingDays(from: Date, n: number, exceptions: ReadonlyMap<string, boolean> = new Map()): Date {
  let current = from;
  for (let counted = 0; counted < n; ) {
    current = new Date(current.getTime() + DAY_MS);
    if (isWorkingDay(current, exceptions)) counted++;
  }
  return current;
}
