import { z } from "zod";
import { StationKind } from "../../generated/prisma/enums";

const OPTIONAL = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const StationFields = {
  name: z.string().trim().min(1, "cannot be empty").max(100, "at most 100 characters"),
  address: OPTIONAL(200),
  latitude: z.number().min(-90, "between -90 and 90").max(90, "between -90 and 90").nullish(),
  longitude: z.number().min(-180, "between -180 and 180").max(180, "between -180 and 180").nullish(),
  openingHours: OPTIONAL(200),
  receptionDays: OPTIONAL(200),
  keeperName: OPTIONAL(50),
  keeperPhone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,32}$/, "digits, spaces, '+' or '-', 5–32 characters")
    .nullish()
    .or(z.literal("").transform(() => null)),
};

const bothOrNeither = (v: { latitude?: number | null; longitude?: number | null }) => (v.latitude == null) === (v.longitude == null);

export const CreateStationInput = z
  .object({ congressId: z.string().uuid(), regionId: z.string().uuid(), kind: z.enum(StationKind), ...StationFields })
  .refine(bothOrNeither, { message: "give both latitude and longitude, or neither", path: ["longitude"] });

export const UpdateStationInput = z
  .object({ ...StationFields, active: z.boolean(), version: z.number().int().min(1) })
  .refine(bothOrNeither, { message: "give both latitude and longitude, or neither", path: ["longitude"] });
