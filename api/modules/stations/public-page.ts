import { encodeGlobalID } from "@pothos/plugin-relay";
import type { PrismaClient } from "../../generated/prisma/client";

/** What anyone who scans a station's QR code sees: never private fields. */
export async function publicStation(prisma: PrismaClient, code: string) {
  const station = await prisma.station.findUnique({
    where: { publicCode: code },
    select: {
      id: true,
      name: true,
      kind: true,
      address: true,
      latitude: true,
      longitude: true,
      openingHours: true,
      receptionDays: true,
      keeperName: true,
      active: true,
      congress: { select: { name: true } },
      region: { select: { name: true, code: true } },
      groups: {
        select: {
          group: {
            select: {
              name: true,
              members: {
                where: { membership: { status: "ACTIVE" } },
                select: { membership: { select: { id: true, person: { select: { id: true, name: true, publicCode: true } }, congress: { select: { name: true, level: true } } } } },
              },
            },
          },
        },
      },
    },
  });
  if (!station) return null;
  const deputies = new Map<string, { id: string; personId: string; name: string; code: string; congress: string; level: string }>();
  for (const { group } of station.groups) {
    for (const { membership } of group.members) {
      deputies.set(membership.id, {
        id: encodeGlobalID("Deputy", membership.id),
        personId: encodeGlobalID("Person", membership.person.id),
        name: membership.person.name,
        code: membership.person.publicCode,
        congress: membership.congress.name,
        level: membership.congress.level,
      });
    }
  }
  return {
    id: encodeGlobalID("Station", station.id),
    name: station.name,
    kind: station.kind,
    congress: station.congress.name,
    region: station.region.name,
    address: station.address,
    latitude: station.latitude == null ? null : Number(station.latitude),
    longitude: station.longitude == null ? null : Number(station.longitude),
    openingHours: station.openingHours,
    receptionDays: station.receptionDays,
    keeperName: station.keeperName,
    active: station.active,
    groups: station.groups.map((g) => g.group.name),
    deputies: [...deputies.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
  };
}
