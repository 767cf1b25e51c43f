import { Kind } from "graphql";
import { builder } from "./builder";
import { Errors } from "./errors";
import { msg } from "../lib/i18n";

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Four-digit years only: PostgreSQL has no year 0, and instants far outside its range fail in the database. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

function refuseYearOutOfRange(date: Date, value: string): Date {
  const year = date.getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw Errors.badInput(msg(`${value} 超出可接受的年份范围 ${FIRST_YEAR}–${LAST_YEAR}。`, `${value} is outside the years ${FIRST_YEAR}–${LAST_YEAR} this API accepts.`));
  }
  return date;
}

function parseDate(value: unknown): Date {
  if (typeof value !== "string" || !DATE_PATTERN.test(value)) {
    throw Errors.badInput(
      msg(
        `日期格式为 年-月-日（北京时间），如 2026-03-05；收到的是 ${JSON.stringify(value)}。`,
        `A Date is written YYYY-MM-DD (China Standard Time calendar day); got ${JSON.stringify(value)}.`,
      ),
    );
  }
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw Errors.badInput(msg(`${value} 不是有效的日期。`, `${value} is not a calendar date.`));
  }
  return refuseYearOutOfRange(date, value);
}

function parseDateTime(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw Errors.badInput(
      msg(
        `时间应为 ISO 8601 格式，如 2026-03-05T09:00:00+08:00；收到的是 ${JSON.stringify(value)}。`,
        `A DateTime is an ISO 8601 instant such as 2026-03-05T09:00:00+08:00; got ${JSON.stringify(value)}.`,
      ),
    );
  }
  return refuseYearOutOfRange(date, value as string);
}

builder.scalarType("Date", {
  description: "A calendar day in China Standard Time, written YYYY-MM-DD.",
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType("DateTime", {
  description: "An instant, ISO 8601 with offset; the API answers in UTC (Z).",
  serialize: (value) => value.toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
