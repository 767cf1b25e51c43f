import { z } from "zod";
import { patchOf } from "../../lib/patch";
import { DAY } from "../../lib/validation";
import { zmsg } from "../../lib/zod-messages";

/** An open-ended term has no end; an update judges this on the merged dates. */
export const endsAfterStart = (v: { startDate: Date; endDate?: Date | null }) => !v.endDate || v.endDate > v.startDate;
export const END_AFTER_START = zmsg("须晚于开始日期", "must be after the start date");

export const CreateTermInput = z
  .object({
    congressId: z.string().uuid(),
    number: z.number().int().min(1, zmsg("届次从 1 开始", "term numbers start at 1")).max(99, zmsg("最多为 99", "at most 99")),
    startDate: DAY,
    endDate: DAY.nullish(),
  })
  .refine(endsAfterStart, { message: END_AFTER_START, path: ["endDate"] });

export const UpdateTermInput = patchOf({ startDate: DAY, endDate: DAY.nullable() });

export const CreateCongressSessionInput = z
  .object({
    termId: z.string().uuid(),
    number: z.number().int().min(1, zmsg("会次从 1 开始", "session numbers start at 1")).max(20, zmsg("最多为 20", "at most 20")),
    startDate: DAY,
    endDate: DAY,
  })
  .refine((v) => v.endDate >= v.startDate, { message: zmsg("不能早于开始日期", "cannot be before the start date"), path: ["endDate"] });
