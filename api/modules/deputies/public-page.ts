import { encodeGlobalID } from "@pothos/plugin-relay";
import type { PrismaClient } from "../../generated/prisma/client";
import { birthYearMonth } from "./policy";

/** A deputy's public profile (代表码): memberships, groups and stations; birth year and month only, never ID number or phone. */
export async function publicDeputy(prisma: PrismaClient, code: string) {
  const person = await prisma.person.findUnique({
    where: { publicCode: code },
    select: {
      id: true,
      name: true,
      gender: true,
      ethnicity: true,
      birthDate: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          constituency: true,
          occupation: true,
          party: true,
          status: true,
          congress: { select: { name: true, level: true } },
          term: { select: { number: true } },
          groups: { select: { group: { select: { name: true, stations: { select: { station: { select: { name: true, publicCode: true, address: true } } } } } } } },
        },
      },
    },
  });
  if (!person) return null;
  return {
    id: encodeGlobalID("Person", person.id),
    name: person.name,
    gender: person.gender,
    ethnicity: person.ethnicity,
    birthYearMonth: birthYearMonth(person.birthDate),
    memberships: person.memberships.map((m) => ({
      id: encodeGlobalID("Deputy", m.id),
      congress: m.congress.name,
      level: m.congress.level,
      term: m.term.number,
      constituency: m.constituency,
      party: m.party,
      status: m.status,
      groups: m.groups.map((g) => g.group.name),
      stations: m.groups.flatMap((g) => g.group.stations.map((s) => ({ name: s.station.name, code: s.station.publicCode, address: s.station.address }))),
    })),
  };
}
