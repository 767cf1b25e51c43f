// Links the demo accounts to whom they act as: wh.deputy is a 五华区 deputy, wh.unit works for a 五华区
// department, hs.keeper keeps the 华山街道 workstation. Safe to run again: each step finds before it creates.
import type { Actor } from "../../api/modules/audit/record";
import { linkAccountToPerson, setAccountStations, setAccountUnits } from "../../api/modules/accounts/links";
import { createStation } from "../../api/modules/stations/service";

export const DEMO_UNIT_OF_WH_UNIT = "五华教育体育局";
export const DEMO_STATION_OF_HS_KEEPER = "华山街道人大代表工作站";

export async function loadDemoLinks(system: Actor): Promise<void> {
  const { prisma } = system;
  const account = (username: string) => prisma.user.findUniqueOrThrow({ where: { username } });

  const deputyUser = await account("wh.deputy");
  const wuhua = await prisma.congress.findFirstOrThrow({ where: { region: { name: "五华区" } } });
  const deputy = await prisma.deputyMembership.findFirstOrThrow({ where: { congressId: wuhua.id }, include: { person: true }, orderBy: { createdAt: "asc" } });
  await linkAccountToPerson(system, { userId: deputyUser.id, personId: deputy.personId });
  const displayName = `${deputy.person.name}（五华区代表）`;
  if (deputyUser.displayName !== displayName) await prisma.user.update({ where: { id: deputyUser.id }, data: { displayName } });

  const unit = await prisma.handlingUnit.findFirstOrThrow({ where: { congressId: wuhua.id, name: DEMO_UNIT_OF_WH_UNIT } });
  await setAccountUnits(system, { userId: (await account("wh.unit")).id, unitIds: [unit.id] });

  const huashan = await prisma.congress.findFirstOrThrow({ where: { region: { name: "华山街道" } } });
  const station =
    (await prisma.station.findFirst({ where: { congressId: huashan.id, name: DEMO_STATION_OF_HS_KEEPER } })) ??
    (await createStation(system, {
      congressId: huashan.id,
      regionId: huashan.regionId,
      kind: "WORKSTATION",
      name: DEMO_STATION_OF_HS_KEEPER,
      address: "云南省昆明市五华区华山南路1号",
      openingHours: "周一至周五 9:00–17:00",
      receptionDays: "每月第二个星期四",
      keeperName: "华山街道联络站管理员",
      keeperPhone: "0871-60000001",
      // No coordinates: the documented "stations near a point" answers stay those of the district's own stations.
    }));
  await setAccountStations(system, { userId: (await account("hs.keeper")).id, stationIds: [station.id] });
}
