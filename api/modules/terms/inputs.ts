import { z } from "zod";
import { patchOf } from "../../lib/patch";
import { DAY } from "../../lib/validation";

/** An open-ended term has no end; an update judges this on the merged dates. */
export const endsAfterStart = (v: { startDate: Date; endDate?: Date | null }) => !v.endDate || v.endDate > v.startDate;
export const END_AFTER_START = "must be after the start date";

export const CreateTermInput = z
  .object({
    congressId: z.string().uuid(),
    number: z.number().int().min(1, "term numbers start at 1").max(99, "at most 99"),
    startDate: DAY,
    endDate: DAY.nullish(),
  })
  .refine(endsAfterStart, { message: END_AFTER_START, path: ["endDate"] });

export const UpdateTermInput = patchOf({ startDate: DAY, endDate: DAY.nullable() });

export const CreateCongressSessionInput = z
  .object({
    termId: z.string().uuid(),
    number: z.number().int().min(1, "session numbers start at 1").max(20, "at most 20"),
    startDate: DAY,
    endDate: DAY,
  })
  .refine((v) => v.endDate >= v.startDate, { message: "cannot be before the start date", path: ["endDate"] });
