/** The calendar day in China Standard Time, as the UTC-midnight Date that a `@db.Date` column holds. */
export function chinaToday(now: Date = new Date()): Date {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
  return new Date(`${day}T00:00:00.000Z`);
}
