import { z } from "zod";
import { DAY, optionalPhone, optionalText, requiredText } from "../../lib/validation";
import { DeputyStatus, Gender, OccupationCategory } from "../../generated/prisma/enums";
import { patchOf } from "../../lib/patch";
import { isValidIdNumber } from "../../lib/id-number";
import { zmsg } from "../../lib/zod-messages";


export const PersonInput = z.object({
  name: requiredText(50),
  gender: z.enum(Gender),
  ethnicity: requiredText(20),
  birthDate: DAY.nullish(),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidIdNumber, zmsg("不是有效的 18 位居民身份证号（请核对末位和出生日期）", "not a valid 18-character resident ID number (check the last character and the birth date)"))
    .nullish()
    .or(z.literal("").transform(() => null)),
  phone: optionalPhone,
});

const MembershipFields = {
  constituency: requiredText(100),
  delegation: optionalText(100),
  occupation: z.enum(OccupationCategory),
  grassroots: z.boolean(),
  party: requiredText(50),
};

export const RegisterDeputyInput = z.object({
  person: PersonInput,
  congressId: z.string().uuid(),
  termId: z.string().uuid(),
  ...MembershipFields,
});

/** Person fields of an update: omitted ones stay; see `updatePerson` for private fields sent back as null. */
export const PersonPatch = PersonInput.partial();

export const UpdateDeputyInput = patchOf({ person: PersonPatch.nullable(), ...MembershipFields });

export const ChangeDeputyStatusInput = z.object({
  status: z.enum(DeputyStatus),
  effectiveOn: DAY,
  review: optionalText(200),
  reason: optionalText(500),
  version: z.number().int().min(1),
});
