import { addCalendarMonths, addWorkingDays, day, dayKey, exceptionMap, isWorkingDay } from "../../api/lib/calendar";

const key = (d: Date) => dayKey(d);

describe("addCalendarMonths", () => {
  it.each([
    ["2026-01-31", 3, "2026-04-30"],
    ["2026-01-15", 3, "2026-04-15"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2027-11-30", 3, "2028-02-29"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2026-12-31", 1, "2027-01-31"],
    ["2026-10-31", 4, "2027-02-28"],
    ["2026-03-31", -1, "2026-02-28"],
  ])("%s + %i months = %s", (from, months, expected) => {
    expect(key(addCalendarMonths(day(from), months))).toBe(expected);
  });
});

describe("addWorkingDays", () => {
  it("skips weekends", () => {
    // Friday 2026-11-20 + 1 working day = Monday 2026-11-23; + 5 = Friday 2026-11-27.
    expect(key(addWorkingDays(day("2026-11-20"), 1))).toBe("2026-11-23");
    expect(key(addWorkingDays(day("2026-11-20"), 5))).toBe("2026-11-27");
    expect(key(addWorkingDays(day("2026-11-21"), 0))).toBe("2026-11-21");
  });

  it("skips holidays and counts worked weekend days (调休)", () => {
    // National Day 2026: 1–7 Oct off, Saturday 10 Oct worked in exchange.
    const holidays = ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"].map((d) => ({ date: day(d), workday: false }));
    const calendar = exceptionMap([...holidays, { date: day("2026-10-10"), workday: true }]);
    expect(isWorkingDay(day("2026-10-10"), calendar)).toBe(true);
    expect(isWorkingDay(day("2026-10-05"), calendar)).toBe(false);
    // From Wednesday 30 Sep: 8 (Thu), 9 (Fri), 10 (Sat, worked), 12 (Mon), 13 (Tue).
    expect(key(addWorkingDays(day("2026-09-30"), 1, calendar))).toBe("2026-10-08");
    expect(key(addWorkingDays(day("2026-09-30"), 3, calendar))).toBe("2026-10-10");
    expect(key(addWorkingDays(day("2026-09-30"), 5, calendar))).toBe("2026-10-13");
  });

  it("crosses a year end on a leap year's 29 February", () => {
    expect(key(addWorkingDays(day("2028-02-25"), 3))).toBe("2028-03-01");
    expect(key(addWorkingDays(day("2026-12-31"), 2, exceptionMap([{ date: day("2027-01-01"), workday: false }])))).toBe("2027-01-05");
  });
});
