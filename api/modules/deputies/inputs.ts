import { z } from "zod";
import { DeputyStatus, Gender, OccupationCategory } from "../../generated/prisma/enums";
import { isValidIdNumber } from "../../lib/id-number";

const TEXT = (max: number) => z.string().trim().min(1, "cannot be empty").max(max, `at most ${max} characters`);
const OPTIONAL = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
const DAY = z.coerce.date({ message: "a date is written YYYY-MM-DD" });

export const PersonInput = z.object({
  name: TEXT(50),
  gender: z.enum(Gender),
  ethnicity: TEXT(20),
  birthDate: DAY.nullish(),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidIdNumber, "not a valid 18-character resident ID number (check the last character and the birth date)")
    .nullish()
    .or(z.literal("").transform(() => null)),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,32}$/, "digits, spaces, '+' or '-', 5–32 characters")
    .nullish()
    .or(z.literal("").transform(() => null)),
});

const MembershipFields = {
  constituency: TEXT(100),
  delegation: OPTIONAL(100),
  occupation: z.enum(OccupationCategory),
  grassroots: z.boolean(),
  party: TEXT(50),
};

export const RegisterDeputyInput = z.object({
  person: PersonInput,
  congressId: z.string().uuid(),
  termId: z.string().uuid(),
  ...MembershipFields,
});

export const UpdateDeputyInput = z.object({
  person: PersonInput,
  ...MembershipFields,
  version: z.number().int().min(1),
});

export const ChangeDeputyStatusInput = z.object({
  status: z.enum(DeputyStatus),
  effectiveOn: DAY,
  review: OPTIONAL(200),
  reason: OPTIONAL(500),
  version: z.number().int().min(1),
});
