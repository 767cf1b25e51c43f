import { z } from "zod";
import { optionalPhone, optionalText, requiredText } from "../../lib/validation";
import { StationKind } from "../../generated/prisma/enums";

const latitude = z.number().min(-90, "between -90 and 90").max(90, "between -90 and 90");
const longitude = z.number().min(-180, "between -180 and 180").max(180, "between -180 and 180");

const StationFields = {
  name: requiredText(100),
  address: optionalText(200),
  latitude: latitude.nullish(),
  longitude: longitude.nullish(),
  openingHours: optionalText(200),
  receptionDays: optionalText(200),
  keeperName: optionalText(50),
  keeperPhone: optionalPhone,
};

const bothOrNeither = (v: { latitude?: number | null; longitude?: number | null }) => (v.latitude == null) === (v.longitude == null);

export const CreateStationInput = z
  .object({ congressId: z.string().uuid(), regionId: z.string().uuid(), kind: z.enum(StationKind), ...StationFields })
  .refine(bothOrNeither, { message: "give both latitude and longitude, or neither", path: ["longitude"] });

export const UpdateStationInput = z
  .object({ ...StationFields, active: z.boolean(), version: z.number().int().min(1) })
  .refine(bothOrNeither, { message: "give both latitude and longitude, or neither", path: ["longitude"] });

/** A point and a radius to search around (`StationFilter.near`). */
export const NearPoint = z.object({
  latitude,
  longitude,
  radiusKm: z.number().positive("more than 0").max(100, "at most 100"),
});
