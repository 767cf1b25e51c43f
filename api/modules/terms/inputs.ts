import { z } from "zod";

const DAY = z.coerce.date({ message: "a date is written YYYY-MM-DD" });

export const CreateTermInput = z
  .object({
    congressId: z.string().uuid(),
    number: z.number().int().min(1, "term numbers start at 1").max(99, "at most 99"),
    startDate: DAY,
    endDate: DAY.nullish(),
  })
  .refine((v) => !v.endDate || v.endDate > v.startDate, { message: "must be after the start date", path: ["endDate"] });

export const UpdateTermInput = z
  .object({
    startDate: DAY,
    endDate: DAY.nullish(),
    version: z.number().int().min(1),
  })
  .refine((v) => !v.endDate || v.endDate > v.startDate, { message: "must be after the start date", path: ["endDate"] });

export const CreateCongressSessionInput = z
  .object({
    termId: z.string().uuid(),
    number: z.number().int().min(1, "session numbers start at 1").max(20, "at most 20"),
    startDate: DAY,
    endDate: DAY,
  })
  .refine((v) => v.endDate >= v.startDate, { message: "cannot be before the start date", path: ["endDate"] });
