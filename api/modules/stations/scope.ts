import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { parseInput } from "../../graphql/validate";
import { NearPoint } from "./inputs";

/** Mean Earth radius (IUGG), the sphere the distances are measured on. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

export type Near = z.infer<typeof NearPoint>;

/** The stations within `near.radiusKm` great-circle kilometres of the point, nearest first: station id → distance in km. */
export async function stationsNear(prisma: PrismaClient, rawNear: unknown): Promise<Map<string, number>> {
  const { latitude, longitude, radiusKm } = parseInput(NearPoint, rawNear, "filter.near");
  // The square around the circle lets the (latitude, longitude) index cut the rows to a few before the exact distance.
  const dLat = radiusKm / KM_PER_DEGREE;
  const cosLat = Math.cos((latitude * Math.PI) / 180);
  const dLng = cosLat > radiusKm / EARTH_RADIUS_KM ? Math.min(180, dLat / cosLat) : 180;
  const rows = await prisma.$queryRaw<{ id: string; km: number }[]>`
    SELECT id, km FROM (
      SELECT id, 2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
        power(sin(radians(latitude::float8 - ${latitude}::float8) / 2), 2) +
        cos(radians(${latitude}::float8)) * cos(radians(latitude::float8)) * power(sin(radians(longitude::float8 - ${longitude}::float8) / 2), 2)
      ))) AS km
      FROM "Station"
      WHERE latitude BETWEEN ${latitude - dLat}::numeric AND ${latitude + dLat}::numeric
        AND longitude BETWEEN ${longitude - dLng}::numeric AND ${longitude + dLng}::numeric
    ) AS candidates
    WHERE km <= ${radiusKm}::float8
    ORDER BY km, id`;
  return new Map(rows.map((row) => [row.id, row.km]));
}

/** Each listed station row's distance from the point of the `near` filter that found it, for `Station.distanceKm`. */
const distanceByRow = new WeakMap<object, number>();

export function rememberDistances(rows: readonly { id: string }[], distances: ReadonlyMap<string, number>): void {
  for (const row of rows) {
    const km = distances.get(row.id);
    if (km !== undefined) distanceByRow.set(row, km);
  }
}

export function distanceOf(row: object): number | null {
  return distanceByRow.get(row) ?? null;
}
