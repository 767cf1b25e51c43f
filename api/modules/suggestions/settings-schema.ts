// GraphQL of a congress's suggestion settings and working calendar: read by anyone signed in, changed by its administrators.
import type { PrismaClient } from "../../generated/prisma/client";
import { requireSignedIn } from "../../auth/guard";
import { builder } from "../../graphql/builder";
import { Errors } from "../../graphql/errors";
import { CongressNode } from "../congresses/types";
import { checkCalendarRange, removeCalendarDays, setCalendarDays, settingsOf, updateSuggestionSettings, type SettingsView } from "./settings";

const SuggestionSettingsType = builder.objectRef<SettingsView>("SuggestionSettings").implement({
  description: "建议办理设置 A congress's deadlines and thresholds for suggestions; the defaults until an administrator changes them.",
  fields: (t) => ({
    replyDueMonths: t.exposeInt("replyDueMonths", { description: "Calendar months from assignment to the reply's due date (1–12, default 3)." }),
    reassignmentWorkingDays: t.exposeInt("reassignmentWorkingDays", { description: "Working days after assignment within which a unit may ask for reassignment (1–30, default 5)." }),
    motionMinCoSigners: t.exposeInt("motionMinCoSigners", { description: "Confirmed co-signers a motion needs unless a delegation submits it (1–100, default 10)." }),
    dueSoonDays: t.exposeInt("dueSoonDays", { description: "Calendar days before the due date when the due-soon reminder goes out (1–60, default 14)." }),
    version: t.exposeInt("version", { description: "Row version (1 while the defaults apply); send it with updateSuggestionSettings." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", nullable: true, description: "Last change; null while the defaults apply." }),
  }),
});

interface CalendarDayView {
  date: Date;
  workday: boolean;
  name: string;
}

const CalendarDayType = builder.objectRef<CalendarDayView>("CalendarDay").implement({
  description: "节假日 A day of a congress's working calendar that differs from Monday-to-Friday.",
  fields: (t) => ({
    date: t.expose("date", { type: "Date", description: "The day (Asia/Shanghai calendar)." }),
    workday: t.exposeBoolean("workday", { description: "true: a weekend day worked in exchange (调休); false: a holiday on a weekday." }),
    name: t.exposeString("name", { description: "What it is, e.g. 国庆节 or 国庆调休." }),
  }),
});

const CalendarDayInput = builder.inputType("CalendarDayInput", {
  description: "A holiday (on a weekday) or a worked weekend day (调休) of the calendar.",
  fields: (t) => ({
    date: t.field({ type: "Date", required: true, description: "The day." }),
    workday: t.boolean({ required: true, description: "true for a worked weekend day (Saturday or Sunday), false for a holiday (Monday to Friday)." }),
    name: t.string({ required: true, description: "What it is, 1–50 characters." }),
  }),
});

const UpdateSuggestionSettingsInput = builder.inputType("UpdateSuggestionSettingsInput", {
  description: "Changes to a congress's suggestion settings: omit a field to keep it.",
  fields: (t) => ({
    replyDueMonths: t.int({ description: "Calendar months from assignment to the reply's due date, 1–12; omit to keep, cannot be null." }),
    reassignmentWorkingDays: t.int({ description: "Working days to ask for reassignment, 1–30; omit to keep, cannot be null." }),
    motionMinCoSigners: t.int({ description: "Confirmed co-signers a motion needs, 1–100; omit to keep, cannot be null." }),
    dueSoonDays: t.int({ description: "Days before the due date for the due-soon reminder, 1–60, fewer than the reply deadline lasts; omit to keep, cannot be null." }),
    version: t.int({ required: true, description: "The `version` you loaded." }),
  }),
});

async function existingCongress(prisma: PrismaClient, id: string) {
  if (!(await prisma.congress.findUnique({ where: { id }, select: { id: true } }))) throw Errors.notFound("Congress", id);
}

const CONGRESS_ARG = { required: true, for: CongressNode, description: "The congress." } as const;

builder.queryFields((t) => ({
  suggestionSettings: t.field({
    type: SuggestionSettingsType,
    description: "建议办理设置 A congress's suggestion settings (the defaults until changed). Anyone signed in.",
    args: { congressId: t.arg.globalID(CONGRESS_ARG) },
    resolve: async (_root, args, ctx) => {
      requireSignedIn(ctx.viewer);
      await existingCongress(ctx.prisma, args.congressId.id);
      return settingsOf(ctx.prisma, args.congressId.id);
    },
  }),
  calendarDays: t.field({
    type: [CalendarDayType],
    description: "工作日历 The holidays and worked weekend days of a congress between two days (both included, at most three years), in date order. Anyone signed in.",
    args: {
      congressId: t.arg.globalID(CONGRESS_ARG),
      from: t.arg({ type: "Date", required: true, description: "First day." }),
      to: t.arg({ type: "Date", required: true, description: "Last day." }),
    },
    resolve: async (_root, args, ctx) => {
      requireSignedIn(ctx.viewer);
      checkCalendarRange(args.from, args.to);
      await existingCongress(ctx.prisma, args.congressId.id);
      return ctx.prisma.calendarDay.findMany({ where: { congressId: args.congressId.id, date: { gte: args.from, lte: args.to } }, orderBy: { date: "asc" } });
    },
  }),
}));

builder.mutationFields((t) => ({
  updateSuggestionSettings: t.field({
    type: SuggestionSettingsType,
    description: "Changes a congress's suggestion settings (administrators of the congress or above). Suggestions assigned later follow them; due dates already set stay.",
    args: { congressId: t.arg.globalID(CONGRESS_ARG), input: t.arg({ type: UpdateSuggestionSettingsInput, required: true, description: "The changes." }) },
    resolve: (_root, args, ctx) => updateSuggestionSettings(ctx, args.congressId.id, args.input),
  }),
  setCalendarDays: t.field({
    type: [CalendarDayType],
    description: "Adds holidays and worked weekend days to a congress's calendar, replacing days of the same date, at most 400 at once (administrators of the congress or above).",
    args: { congressId: t.arg.globalID(CONGRESS_ARG), days: t.arg({ type: [CalendarDayInput], required: true, description: "The days, each date once." }) },
    resolve: (_root, args, ctx) => setCalendarDays(ctx, args.congressId.id, args.days),
  }),
  removeCalendarDays: t.field({
    type: ["Date"],
    description: "Removes days from a congress's calendar, at most 400 at once (administrators of the congress or above); answers the dates that were there.",
    args: { congressId: t.arg.globalID(CONGRESS_ARG), dates: t.arg({ type: ["Date"], required: true, description: "The days to remove." }) },
    resolve: (_root, args, ctx) => removeCalendarDays(ctx, args.congressId.id, args.dates),
  }),
}));
