// Demo deputies, stations and working groups for the demo province, deterministic (seeded).
import type { Congress, Region } from "../../api/generated/prisma/client";
import type { OccupationCategory } from "../../api/generated/prisma/enums";
import { withCheckCharacter } from "../../api/lib/id-number";
import type { Actor } from "../../api/modules/audit/record";
import { assignContact } from "../../api/modules/contacts/service";
import { registerDeputy } from "../../api/modules/deputies/service";
import { createWorkingGroup, setWorkingGroupMembers, setWorkingGroupStation } from "../../api/modules/groups/service";
import { createStation } from "../../api/modules/stations/service";
import { DEMO_STATION_COORDINATES } from "./demo-data";

const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗段杨普字李";
const GIVEN = ["建华", "丽萍", "志强", "秀英", "海燕", "国平", "红梅", "文斌", "晓东", "玉兰", "德明", "春艳", "云峰", "桂芳", "学军", "丽娟", "永刚", "慧敏", "正华", "金凤"];
const ETHNICITIES = ["汉族", "汉族", "汉族", "白族", "彝族", "回族", "汉族", "哈尼族"];
const OCCUPATIONS: OccupationCategory[] = ["WORKER", "FARMER", "PROFESSIONAL", "OFFICIAL", "ENTERPRISE", "FARMER", "WORKER", "OTHER"];
const PARTIES = ["中共党员", "中共党员", "群众", "民盟盟员", "中共党员", "无党派人士"];
const DEPUTIES_PER_LEVEL = { PROVINCIAL: 3, MUNICIPAL: 4, COUNTY: 5, TOWNSHIP: 5 } as const;

/** A small linear congruential generator: the same demo every time. */
function seeded(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

/** Townships left without a station placement, so the coverage page has something to show. */
const UNPLACED_TOWNSHIP = "拉乌彝族乡";

export async function loadDemoDeputies(system: Actor): Promise<void> {
  const random = seeded(20_260_101);
  const congresses = await system.prisma.congress.findMany({
    where: { kind: "CONGRESS" },
    include: { region: true, terms: { orderBy: { number: "desc" }, take: 1 } },
    orderBy: { path: "asc" },
  });
  let serial = 0;
  for (const congress of congresses) {
    const term = congress.terms[0];
    const ids: string[] = [];
    for (let i = 0; i < DEPUTIES_PER_LEVEL[congress.level]; i++) {
      serial += 1;
      const gender = random(2) === 0 ? "MALE" : "FEMALE";
      const birth = `19${60 + random(35)}${String(1 + random(12)).padStart(2, "0")}${String(1 + random(28)).padStart(2, "0")}`;
      const sequence = String(100 + serial).slice(-3);
      const deputy = await registerDeputy(system, {
        person: {
          name: SURNAMES[random(SURNAMES.length)] + GIVEN[random(GIVEN.length)],
          gender,
          ethnicity: ETHNICITIES[random(ETHNICITIES.length)],
          birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
          idNumber: withCheckCharacter(congress.region.code.slice(0, 6) + birth + sequence),
          phone: `139${String(10_000_000 + serial * 7919).slice(-8)}`,
        },
        congressId: congress.id,
        termId: term.id,
        constituency: congress.level === "PROVINCIAL" || congress.level === "MUNICIPAL" ? `${congress.region.name}下辖选举单位` : `第${i + 1}选区`,
        occupation: OCCUPATIONS[random(OCCUPATIONS.length)],
        grassroots: random(3) > 0,
        party: PARTIES[random(PARTIES.length)],
      });
      ids.push(deputy.id);
    }
    await placeInStation(system, congress, ids);
    if (congress.level === "COUNTY") {
      // One standing committee member per county keeps in touch with three of its grassroots deputies:
      // fewer than the 5-to-7 rule, so the contact report shows its warning.
      const memberName = `${congress.region.name}人大常委会委员${SURNAMES[random(SURNAMES.length)]}某`;
      for (const deputyId of ids.slice(0, 3)) await assignContact(system, { congressId: congress.id, memberName, deputyId });
    }
  }
}

/** A station for the congress's own region, and one group of its deputies placed there. */
async function placeInStation(system: Actor, congress: Congress & { region: Region }, deputyIds: string[]): Promise<void> {
  if (congress.level === "PROVINCIAL" || congress.level === "MUNICIPAL") {
    const group = await createWorkingGroup(system, { congressId: congress.id, kind: "DELEGATION", name: `${congress.region.name}代表团` });
    await setWorkingGroupMembers(system, group.id, deputyIds);
    return;
  }
  const kind = congress.level === "COUNTY" ? "DEPUTY_HOME" : "WORKSTATION";
  const station = await createStation(system, {
    congressId: congress.id,
    regionId: congress.regionId,
    kind,
    name: `${congress.region.name}人大代表${kind === "DEPUTY_HOME" ? "之家" : "工作站"}`,
    address: `云南省${congress.region.name}人民路${10 + deputyIds.length}号`,
    openingHours: "周一至周五 9:00–17:00",
    receptionDays: "每月第一个星期三",
    keeperName: "联络员",
    keeperPhone: "0871-60000000",
    ...coordinatesOf(congress.region),
  });
  const group = await createWorkingGroup(system, { congressId: congress.id, kind: "DEPUTY_GROUP", name: `${congress.region.name}代表小组`, leaderId: deputyIds[0] });
  await setWorkingGroupMembers(system, group.id, deputyIds);
  if (congress.region.name !== UNPLACED_TOWNSHIP) await setWorkingGroupStation(system, group.id, station.id, true);
  const villages = await system.prisma.region.findMany({ where: { parentId: congress.regionId, level: "VILLAGE" }, orderBy: { code: "asc" } });
  for (const village of villages) {
    await createStation(system, {
      congressId: congress.id,
      regionId: village.id,
      kind: "LIAISON_ROOM",
      name: `${village.name}代表联络室`,
      address: `${congress.region.name}${village.name}村委会`,
      receptionDays: "每季度第一个星期五",
      ...coordinatesOf(village),
    });
  }
}

function coordinatesOf(region: Region): { latitude?: number; longitude?: number } {
  const point = DEMO_STATION_COORDINATES[region.code];
  return point ? { latitude: point[0], longitude: point[1] } : {};
}
