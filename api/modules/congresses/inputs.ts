import { z } from "zod";
import { CongressBodyKind } from "../../generated/prisma/enums";

const NAME = z.string().trim().min(1, "cannot be empty").max(100, "at most 100 characters");
const OPTIONAL_TEXT = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const CreateCongressInput = z.object({
  regionId: z.string().uuid(),
  name: NAME,
  shortName: OPTIONAL_TEXT(50),
  address: OPTIONAL_TEXT(200),
});

export const UpdateCongressInput = z.object({
  name: NAME,
  shortName: OPTIONAL_TEXT(50),
  address: OPTIONAL_TEXT(200),
  version: z.number().int().min(1),
});

export const CreateCongressBodyInput = z.object({
  congressId: z.string().uuid(),
  kind: z.enum(CongressBodyKind),
  name: NAME,
});
