import { z } from "zod";
import { zmsg } from "./zod-messages";

/** Text that must be present: trimmed, 1 to `max` characters. */
export const requiredText = (max: number) => z.string().trim().min(1, zmsg("不能为空", "cannot be empty")).max(max, `at most ${max} characters`);

/** Text that may be absent: trimmed; empty becomes null, omitted stays undefined (an update keeps it). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

/** A phone number that may be absent; empty becomes null. */
export const optionalPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,32}$/, zmsg("5–32 个数字、空格、“+”或“-”", "digits, spaces, '+' or '-', 5–32 characters"))
  .nullish()
  .or(z.literal("").transform(() => null));

/**
 * A calendar day, given as YYYY-MM-DD or a Date. Not `z.coerce.date()`: that turns null into
 * 1970-01-01, so a required date sent as null would be silently rewritten instead of refused.
 */
export const DAY = z.preprocess((v) => (typeof v === "string" ? new Date(v) : v), z.date({ message: zmsg("日期格式为 年-月-日，如 2026-03-05", "a date is written YYYY-MM-DD") }));
