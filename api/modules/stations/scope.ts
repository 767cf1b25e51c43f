import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { parseInput } from "../../graphql/validate";
import { NearPoint } from "./inputs";

/** Mean Earth radius (IUGG), the sphere the distances are measured on. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

export type Near = z.infer<typeof NearPoint>;

/** The latitude/longitude square around the circle: the (latitude, longitude) index cuts the rows to it before the exact distance. */
export function squareAround({ latitude, longitude, radiusKm }: Near) {
  const dLat = radiusKm / KM_PER_DEGREE;
  const cosLat = Math.cos((latitude * Math.PI) / 180);
  const dLng = cosLat > radiusKm / EARTH_RADIUS_KM ? Math.min(180, dLat / cosLat) : 180;
  return { latitude: { gte: latitude - dLat, lte: latitude + dLat }, longitude: { gte: longitude - dLng, lte: longitude + dLng } };
}

/** The stations within `near.radiusKm` great-circle kilometres of the point, nearest first: station id → distance in km. */
export async function stationsNear(prisma: PrismaClient, rawNear: unknown): Promise<Map<string, number>> {
  const near = parseInput(NearPoint, rawNear, "filter.near");
  const { latitude, longitude, radiusKm } = near;
  const square = squareAround(near);
  const rows = await prisma.$queryRaw<{ id: string; km: number }[]>`
    SELECT id, km FROM (
      SELECT id, 2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
        power(sin(radians(latitude::float8 - ${latitude}::float8) / 2), 2) +
        cos(radians(${latitude}::float8)) * cos(radians(latitude::float8)) * power(sin(radians(longitude::float8 - ${longitude}::float8) / 2), 2)
      ))) AS km
      FROM "Station"
      WHERE latitude BETWEEN ${square.latitude.gte}::numeric AND ${square.latitude.lte}::numeric
        AND longitude BETWEEN ${square.longitude.gte}::numeric AND ${square.longitude.lte}::numeric
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
