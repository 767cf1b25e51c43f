import { z } from "zod";
import { patchOf } from "../../lib/patch";
import { optionalPhone, optionalText, requiredText } from "../../lib/validation";
import { StationKind } from "../../generated/prisma/enums";
import { zmsg } from "../../lib/zod-messages";

const latitude = z.number().min(-90, zmsg("应在 -90 到 90 之间", "between -90 and 90")).max(90, zmsg("应在 -90 到 90 之间", "between -90 and 90"));
const longitude = z.number().min(-180, zmsg("应在 -180 到 180 之间", "between -180 and 180")).max(180, zmsg("应在 -180 到 180 之间", "between -180 and 180"));

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

/** Both coordinates or neither; an update judges it on the merged row. */
export const bothOrNeither = (v: { latitude?: unknown; longitude?: unknown }) => (v.latitude == null) === (v.longitude == null);
export const COORDINATES_RULE = zmsg("经度和纬度须同时填写或同时不填", "give both latitude and longitude, or neither");

export const CreateStationInput = z
  .object({ congressId: z.string().uuid(), regionId: z.string().uuid(), kind: z.enum(StationKind), ...StationFields })
  .refine(bothOrNeither, { message: COORDINATES_RULE, path: ["longitude"] });

export const UpdateStationInput = patchOf({ ...StationFields, active: z.boolean() });

/** A point and a radius to search around (`StationFilter.near`). */
export const NearPoint = z.object({
  latitude,
  longitude,
  radiusKm: z.number().positive(zmsg("须大于 0", "more than 0")).max(100, zmsg("最多为 100", "at most 100")),
});
