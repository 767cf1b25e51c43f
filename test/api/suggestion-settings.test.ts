// A congress's suggestion settings and working calendar: who may change them, their bounds, and that
// the reply due date and the reassignment window of a later assignment follow them.
import { addCalendarMonths } from "../../api/lib/calendar";
import { chinaToday } from "../../api/lib/time";
import { codes, useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";
import { act, buildWorld, suggestionIn, type World } from "./suggestions-world";

const env = useDemoApi();
let w: World;
let wuhua: string;
beforeAll(async () => {
  w = await buildWorld(env.db.prisma);
  wuhua = await congressIdOf(env.db.prisma, "五华区");
});

const SETTINGS = `query ($c: ID!) { suggestionSettings(congressId: $c) { replyDueMonths reassignmentWorkingDays motionMinCoSigners dueSoonDays version updatedAt } }`;
const UPDATE = `mutation ($c: ID!, $input: UpdateSuggestionSettingsInput!) {
  updateSuggestionSettings(congressId: $c, input: $input) { replyDueMonths reassignmentWorkingDays motionMinCoSigners dueSoonDays version }
}`;
const SET_DAYS = `mutation ($c: ID!, $days: [CalendarDayInput!]!) { setCalendarDays(congressId: $c, days: $days) { date workday name } }`;
const REMOVE_DAYS = `mutation ($c: ID!, $dates: [Date!]!) { removeCalendarDays(congressId: $c, dates: $dates) }`;
const DAYS = `query ($c: ID!, $from: Date!, $to: Date!) { calendarDays(congressId: $c, from: $from, to: $to) { date workday name } }`;

const viewer = (username: string) => demoViewer(env.db.prisma, username);
const key = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const weekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

describe("suggestion settings", () => {
  it("reads the defaults until changed, then patches only the fields sent, with a version check", async () => {
    const admin = await viewer("wh.admin");
    const defaults = await env.api.data(SETTINGS, { c: wuhua }, await viewer("wh.deputy"));
    expect(defaults.suggestionSettings).toEqual({ replyDueMonths: 3, reassignmentWorkingDays: 5, motionMinCoSigners: 10, dueSoonDays: 14, version: 1, updatedAt: null });

    const changed = await env.api.data(UPDATE, { c: wuhua, input: { motionMinCoSigners: 5, version: 1 } }, admin);
    expect(changed.updateSuggestionSettings).toEqual({ replyDueMonths: 3, reassignmentWorkingDays: 5, motionMinCoSigners: 5, dueSoonDays: 14, version: 2 });

    const stale = await env.api.run(UPDATE, { c: wuhua, input: { dueSoonDays: 7, version: 1 } }, admin);
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect((await env.api.data(SETTINGS, { c: wuhua }, admin)).suggestionSettings).toMatchObject({ dueSoonDays: 14, motionMinCoSigners: 5, version: 2 });
    expect(await env.db.prisma.auditEvent.count({ where: { action: "updateSuggestionSettings" } })).toBe(1);
  });

  it("refuses values out of bounds, naming the field, in Chinese by default", async () => {
    const admin = await viewer("wh.admin");
    const { version } = (await env.api.data(SETTINGS, { c: wuhua }, admin)).suggestionSettings;
    const zero = await env.api.run(UPDATE, { c: wuhua, input: { replyDueMonths: 0, reassignmentWorkingDays: 31, version } }, admin, "127.0.0.1", "zh-CN");
    expect(codes(zero)).toEqual(["BAD_USER_INPUT"]);
    const fields = zero.errors![0].extensions!.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(["input.reassignmentWorkingDays", "input.replyDueMonths"]);
    expect(fields.find((f) => f.field === "input.replyDueMonths")!.message).toContain("答复期限（月）至少为 1");
    const reminderAfterDeadline = await env.api.run(UPDATE, { c: wuhua, input: { replyDueMonths: 1, dueSoonDays: 40, version } }, admin);
    expect(codes(reminderAfterDeadline)).toEqual(["BAD_USER_INPUT"]);
    expect(reminderAfterDeadline.errors![0].extensions!.fields).toEqual([{ field: "input.dueSoonDays", message: "must be under 28 days" }]);
    expect((await env.api.data(SETTINGS, { c: wuhua }, admin)).suggestionSettings.version).toBe(version);
  });

  it("lets administrators of the congress or above change them; staff are refused and a sibling's administrator finds no congress", async () => {
    const current = async () => (await env.api.data(SETTINGS, { c: wuhua }, await viewer("wh.admin"))).suggestionSettings.version as number;
    expect(codes(await env.api.run(UPDATE, { c: wuhua, input: { dueSoonDays: 10, version: await current() } }, await viewer("wh.staff")))).toEqual(["FORBIDDEN"]);
    expect(codes(await env.api.run(UPDATE, { c: wuhua, input: { dueSoonDays: 10, version: await current() } }, await viewer("dl.admin")))).toEqual(["NOT_FOUND"]);
    expect(codes(await env.api.run(SET_DAYS, { c: wuhua, days: [{ date: "2030-01-01", workday: false, name: "元旦" }] }, await viewer("dl.admin")))).toEqual(["NOT_FOUND"]);
    expect(codes(await env.api.run(UPDATE, { c: wuhua, input: { dueSoonDays: 10, version: await current() } }, await viewer("km.admin")))).toEqual([]);
  });
});

describe("working calendar", () => {
  it("sets a year's days in one call, replaces a day of the same date, lists a range and removes days", async () => {
    const admin = await viewer("wh.admin");
    const days = [
      { date: "2027-10-01", workday: false, name: "国庆节" },
      { date: "2027-10-04", workday: false, name: "国庆节" },
      { date: "2027-10-09", workday: true, name: "国庆调休" },
    ];
    expect((await env.api.data(SET_DAYS, { c: wuhua, days }, admin)).setCalendarDays).toEqual(days);
    await env.api.data(SET_DAYS, { c: wuhua, days: [{ date: "2027-10-04", workday: false, name: "国庆假期" }] }, admin);
    const listed = await env.api.data(DAYS, { c: wuhua, from: "2027-10-02", to: "2027-10-31" }, await viewer("wh.deputy"));
    expect(listed.calendarDays).toEqual([{ date: "2027-10-04", workday: false, name: "国庆假期" }, days[2]]);
    expect((await env.api.data(REMOVE_DAYS, { c: wuhua, dates: ["2027-10-04", "2027-10-05"] }, admin)).removeCalendarDays).toEqual(["2027-10-04"]);
    expect(await env.db.prisma.calendarDay.count({ where: { date: { gte: new Date("2027-10-01"), lte: new Date("2027-10-31") } } })).toBe(2);
  });

  it("refuses a holiday on a weekend, a worked weekday, a repeated date and a range over three years, changing nothing", async () => {
    const admin = await viewer("wh.admin");
    const before = await env.db.prisma.calendarDay.count();
    const wrong = await env.api.run(
      SET_DAYS,
      {
        c: wuhua,
        days: [
          { date: "2028-01-03", workday: false, name: "正确" },
          { date: "2028-01-08", workday: false, name: "周六放假" },
          { date: "2028-01-10", workday: true, name: "周一上班" },
          { date: "2028-01-03", workday: false, name: "重复" },
        ],
      },
      admin,
    );
    expect(codes(wrong)).toEqual(["BAD_USER_INPUT"]);
    expect((wrong.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(["days.1.date", "days.2.date", "days.3.date"]);
    expect(await env.db.prisma.calendarDay.count()).toBe(before);
    const tooLong = await env.api.run(DAYS, { c: wuhua, from: "2026-01-01", to: "2030-01-01" }, admin);
    expect(codes(tooLong)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("assignment follows the settings and the calendar", () => {
  it("dates the reply by the congress's months and the reassignment window by its working days, skipping a holiday and counting a 调休 day", async () => {
    const admin = await viewer("wh.admin");
    const { version } = (await env.api.data(SETTINGS, { c: wuhua }, admin)).suggestionSettings;
    await env.api.data(UPDATE, { c: wuhua, input: { replyDueMonths: 2, reassignmentWorkingDays: 3, version } }, admin);
    const today = chinaToday();
    const firstWeekday = [1, 2, 3, 4, 5, 6, 7].map((n) => plusDays(today, n)).find((d) => !weekend(d))!;
    const firstWeekend = [1, 2, 3, 4, 5, 6, 7].map((n) => plusDays(today, n)).find(weekend)!;
    await env.api.data(SET_DAYS, { c: wuhua, days: [{ date: key(firstWeekday), workday: false, name: "测试假日" }, { date: key(firstWeekend), workday: true, name: "测试调休" }] }, admin);

    // Written out here: the third day after today that is a weekday and not the holiday, or the 调休 day.
    let until = today;
    for (let counted = 0; counted < 3; ) {
      until = plusDays(until, 1);
      if (key(until) === key(firstWeekend) || (!weekend(until) && key(until) !== key(firstWeekday))) counted++;
    }
    const f = await suggestionIn(env.db.prisma, w, "ACCEPTED");
    const assigned = await act(env.api, env.db.prisma, w.viewers.staff, "assignSuggestion", f.id, { leadUnitId: globalId("HandlingUnit", w.leadUnitId), coUnitIds: [] });
    expect(assigned.errors).toBeUndefined();
    const row = await env.db.prisma.suggestion.findUniqueOrThrow({ where: { id: f.id } });
    expect(key(row.replyDueOn!)).toBe(key(addCalendarMonths(today, 2)));
    expect(key(row.reassignableUntil!)).toBe(key(until));
    expect(key(row.replyDueOn!)).not.toBe(key(addCalendarMonths(today, 3)));
  });
});
