// Builds the rows of a generated province in memory (a province is ~200,000 rows: fine for 24 GiB).
import { withCheckCharacter } from "../../api/lib/id-number";
import { ETHNICITIES, OCCUPATIONS, PARTIES, pad, personName, placeName, type SCALES } from "./model";
import type { Random } from "./random";
import type { GeneratedCongress } from "./suggestions";

type Shape = (typeof SCALES)[keyof typeof SCALES];
type Row = (string | number | boolean | Date | null | string[])[];
export interface Table {
  name: string;
  columns: string[];
  rows: Row[];
  ms?: number;
}

interface Node {
  id: string;
  code: string;
  name: string;
  level: "PROVINCE" | "CITY" | "COUNTY" | "TOWNSHIP" | "VILLAGE";
  parent: Node | null;
  path: string;
  ancestors: Record<"provinceId" | "cityId" | "countyId" | "townshipId", string | null>;
  congress?: { id: string; path: string; level: string; kind: string; ancestors: Record<string, string | null>; termId?: string };
  street?: boolean;
}

const LEVEL_OF = { PROVINCE: "PROVINCIAL", CITY: "MUNICIPAL", COUNTY: "COUNTY", TOWNSHIP: "TOWNSHIP" } as const;
const ANCESTOR = { PROVINCE: "provinceId", CITY: "cityId", COUNTY: "countyId", TOWNSHIP: "townshipId" } as const;
const CONGRESS_ANCESTOR = { PROVINCIAL: "provincialCongressId", MUNICIPAL: "municipalCongressId", COUNTY: "countyCongressId", TOWNSHIP: "townshipCongressId" } as const;

export function buildProvince(shape: Shape, random: Random) {
  // The alphabet of api/lib/codes.ts, drawn from the seeded generator so the data set is reproducible.
  const publicCode = () => Array.from({ length: 16 }, () => "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[random.int(32)]).join("");
  const regions: Node[] = [];
  const add = (code: string, name: string, level: Node["level"], parent: Node | null, street = false): Node => {
    const id = random.uuid();
    const ancestors = { ...(parent?.ancestors ?? { provinceId: null, cityId: null, countyId: null, townshipId: null }) };
    if (level !== "VILLAGE") ancestors[ANCESTOR[level]] = id;
    const node: Node = { id, code, name, level, parent, path: `${parent?.path ?? ""}${code}/`, ancestors, street };
    regions.push(node);
    return node;
  };
  const province = add("520000000000", "黔南演示省", "PROVINCE", null);
  for (let c = 1; c <= shape.cities; c++) {
    const city = add(`52${pad(c, 2)}00000000`, placeName(random, "市"), "CITY", province);
    for (let k = 1; k <= shape.countiesPerCity; k++) {
      const county = add(`52${pad(c, 2)}${pad(k, 2)}000000`, placeName(random, random.chance(0.4) ? "区" : "县"), "COUNTY", city);
      for (let t = 1; t <= shape.townshipsPerCounty; t++) {
        const street = random.chance(0.15);
        const township = add(`${county.code.slice(0, 6)}${pad(t, 3)}000`, placeName(random, street ? "街道" : random.chance(0.5) ? "镇" : "乡"), "TOWNSHIP", county, street);
        for (let v = 1; v <= shape.villagesPerTownship; v++) add(`${township.code.slice(0, 9)}${pad(v, 3)}`, placeName(random, street ? "社区" : "村"), "VILLAGE", township);
      }
    }
  }

  // Congresses, one current term each (street working committees have none), handling units.
  const congressRows: Row[] = [];
  const termRows: Row[] = [];
  const unitRows: Row[] = [];
  const congresses = new Map<string, GeneratedCongress>();
  for (const region of regions) {
    if (region.level === "VILLAGE") continue;
    const level = LEVEL_OF[region.level];
    const parent = region.parent?.congress;
    const id = random.uuid();
    const ancestors: Record<string, string | null> = { ...(parent?.ancestors ?? { provincialCongressId: null, municipalCongressId: null, countyCongressId: null, townshipCongressId: null }) };
    ancestors[CONGRESS_ANCESTOR[level]] = id;
    const kind = region.street ? "STREET_WORKING_COMMITTEE" : "CONGRESS";
    region.congress = { id, path: `${parent?.path ?? ""}${id}/`, level, kind, ancestors };
    const name = `${region.name}${region.street ? "人大工作委员会" : "人民代表大会"}`;
    congressRows.push([id, region.id, name, level, kind, parent?.id ?? null, region.congress.path, ancestors.provincialCongressId, ancestors.municipalCongressId, ancestors.countyCongressId, ancestors.townshipCongressId]);
    if (kind === "CONGRESS") {
      region.congress.termId = random.uuid();
      termRows.push([region.congress.termId, id, level === "PROVINCIAL" || level === "MUNICIPAL" ? 15 : 18, new Date("2021-12-20T00:00:00Z"), new Date("2026-12-19T00:00:00Z")]);
      const units = [{ id: random.uuid(), name: `${region.name}人民政府`, kind: "GOVERNMENT" }];
      if (level !== "TOWNSHIP") for (const d of ["教育局", "住建局", "交通运输局", "卫健委", "农业农村局"]) units.push({ id: random.uuid(), name: `${region.name}${d}`, kind: "DEPARTMENT" });
      for (const u of units) unitRows.push([u.id, id, u.name, u.kind, region.congress.path]);
      congresses.set(id, { id, path: region.congress.path, level, name, members: [], units });
    }
  }

  // Deputies and their persons; each placed later in a township group (all levels are placed in stations).
  const personRows: Row[] = [];
  const memberRows: Row[] = [];
  const statusRows: Row[] = [];
  const townships = regions.filter((r) => r.level === "TOWNSHIP");
  const placements = new Map<string, string[]>(); // township region id → membership ids
  const grassrootsByCounty = new Map<string, string[]>();
  let serial = 0;
  for (const region of regions) {
    const congress = region.congress;
    if (!congress?.termId) continue;
    const count = shape.deputies[congress.level as keyof Shape["deputies"]];
    const below = townships.filter((t) => t.path.startsWith(region.path));
    for (let i = 0; i < count; i++) {
      serial++;
      const personId = random.uuid();
      const membershipId = random.uuid();
      const female = random.chance(0.32);
      const birth = `19${55 + random.int(45)}${pad(1 + random.int(12), 2)}${pad(1 + random.int(28), 2)}`;
      const idNumber = withCheckCharacter(`${region.code.slice(0, 6)}${birth}${pad(serial % 1000, 3)}`);
      const code = publicCode();
      personRows.push([personId, personName(random), female ? "FEMALE" : "MALE", random.pick(ETHNICITIES), new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`), idNumber, `13${pad(random.int(1e9), 9)}`, code, congress.path]);
      const roll = random.next();
      const status = roll < 0.97 ? "ACTIVE" : roll < 0.985 ? "RESIGNED" : roll < 0.993 ? "TERMINATED" : roll < 0.997 ? "RECALLED" : "DECEASED";
      const grassroots = random.chance(congress.level === "TOWNSHIP" ? 0.85 : 0.55);
      if (status === "ACTIVE") congresses.get(congress.id)!.members.push(membershipId);
      memberRows.push([membershipId, personId, congress.id, congress.path, congress.termId, congress.level === "PROVINCIAL" || congress.level === "MUNICIPAL" ? `${region.name}选举单位` : `第${1 + random.int(40)}选区`, null, random.pick(OCCUPATIONS), grassroots, random.pick(PARTIES), status]);
      statusRows.push([random.uuid(), membershipId, null, "ACTIVE", new Date("2021-12-20T00:00:00Z"), null, null, "datagen"]);
      if (status !== "ACTIVE") statusRows.push([random.uuid(), membershipId, "ACTIVE", status, new Date(`202${3 + random.int(3)}-0${1 + random.int(9)}-15T00:00:00Z`), "代表资格审查委员会报告", null, "datagen"]);
      if (below.length && random.chance(0.98)) {
        const township = random.pick(below);
        placements.set(township.id, [...(placements.get(township.id) ?? []), membershipId]);
      }
      if (congress.level === "COUNTY" && grassroots) grassrootsByCounty.set(congress.id, [...(grassrootsByCounty.get(congress.id) ?? []), membershipId]);
    }
  }

  // Stations: a deputy home per county and city, a workstation per township or street, liaison rooms in most villages.
  const stationRows: Row[] = [];
  const groupRows: Row[] = [];
  const memberLinkRows: Row[] = [];
  const groupStationRows: Row[] = [];
  const point = () => [(24 + random.next() * 4).toFixed(6), (103 + random.next() * 5).toFixed(6)];
  const namesTaken = new Set<string>();
  const station = (congressNode: Node, region: Node, kind: string, wanted: string) => {
    const id = random.uuid();
    let name = wanted;
    for (let n = 2; namesTaken.has(`${congressNode.congress!.id}/${name}`); n++) name = `${wanted}（${n}）`;
    namesTaken.add(`${congressNode.congress!.id}/${name}`);
    const [lat, lng] = point();
    stationRows.push([id, congressNode.congress!.id, congressNode.congress!.path, region.id, kind, name, `${region.name}人民路${1 + random.int(300)}号`, lat, lng, "周一至周五 9:00–17:00", "每月第一个星期三", personName(random), `0${800 + random.int(99)}-${pad(random.int(1e7), 8)}`, publicCode(), true]);
    return id;
  };
  for (const region of regions) {
    if (region.level === "CITY" || region.level === "COUNTY") station(region, region, "DEPUTY_HOME", `${region.name}人大代表之家`);
    if (region.level !== "TOWNSHIP") continue;
    const workstation = station(region, region, "WORKSTATION", `${region.name}人大代表工作站`);
    const rooms = regions.filter((v) => v.parent === region && random.chance(0.9)).map((v) => station(region, v, "LIAISON_ROOM", `${v.name}代表联络室`));
    const members = placements.get(region.id) ?? [];
    const groupCongress = region.congress!.kind === "CONGRESS" ? region.congress! : region.parent!.congress!;
    const groupId = random.uuid();
    groupRows.push([groupId, groupCongress.id, groupCongress.path, "DEPUTY_GROUP", `${region.name}代表小组（${region.code.slice(6, 9)}）`, members[0] ?? null]);
    for (const m of members) memberLinkRows.push([groupId, m]);
    groupStationRows.push([groupId, workstation]);
    for (const room of rooms.slice(0, Math.ceil(rooms.length / 2))) groupStationRows.push([groupId, room]);
  }

  // 双联系: about 30 standing committee members per county, six grassroots deputies each.
  const contactRows: Row[] = [];
  for (const region of regions.filter((r) => r.level === "COUNTY")) {
    const congress = region.congress!;
    const pool = grassrootsByCounty.get(congress.id) ?? [];
    for (let m = 0; m < 30 && pool.length; m++) {
      const member = `${personName(random)}委员`;
      for (let k = 0; k < 6; k++) {
        const deputy = pool[(m * 6 + k) % pool.length];
        contactRows.push([random.uuid(), congress.id, congress.path, member, deputy]);
      }
    }
  }

  // Accounts: the platform administrator, an administrator and a staff member at each city and county, one deputy.
  const logins: string[] = [];
  const users = (passwordHash: string) => {
    const userRows: Row[] = [];
    const grantRows: Row[] = [];
    const account = (username: string, name: string, home: Node, role: string, congressOfGrant: Node | null) => {
      const id = random.uuid();
      userRows.push([id, username, name, passwordHash, home.congress!.id, home.congress!.path]);
      grantRows.push([random.uuid(), id, role, congressOfGrant?.congress!.id ?? null, congressOfGrant?.congress!.path ?? null]);
      if (logins.length < 8) logins.push(username);
    };
    account("admin", "平台管理员", province, "PLATFORM_ADMIN", null);
    account("province.admin", "省人大管理员", province, "CONGRESS_ADMIN", province);
    regions.filter((r) => r.level === "CITY" || r.level === "COUNTY").forEach((r, i) => {
      account(`${r.level === "CITY" ? "city" : "county"}${i}.admin`, `${r.name}人大管理员`, r, "CONGRESS_ADMIN", r);
      account(`${r.level === "CITY" ? "city" : "county"}${i}.staff`, `${r.name}代表工作人员`, r, "DEPUTY_AFFAIRS", r);
    });
    return { userRows, grantRows };
  };

  return {
    logins,
    congresses: [...congresses.values()],
    tables(passwordHash: string): Table[] {
      const { userRows, grantRows } = users(passwordHash);
      return [
        { name: "Region", columns: ["id", "code", "name", "level", "kind", "parentId", "path", "depth", "provinceId", "cityId", "countyId", "townshipId"], rows: regions.map((r) => [r.id, r.code, r.name, r.level, kindOf(r), r.parent?.id ?? null, r.path, ["PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE"].indexOf(r.level), r.ancestors.provinceId, r.ancestors.cityId, r.ancestors.countyId, r.ancestors.townshipId]) },
        { name: "Congress", columns: ["id", "regionId", "name", "level", "kind", "parentId", "path", "provincialCongressId", "municipalCongressId", "countyCongressId", "townshipCongressId"], rows: congressRows },
        { name: "Term", columns: ["id", "congressId", "number", "startDate", "endDate"], rows: termRows },
        { name: "HandlingUnit", columns: ["id", "congressId", "name", "kind", "congressPath"], rows: unitRows },
        { name: "Person", columns: ["id", "name", "gender", "ethnicity", "birthDate", "idNumber", "phone", "publicCode", "congressPath"], rows: personRows },
        { name: "DeputyMembership", columns: ["id", "personId", "congressId", "congressPath", "termId", "constituency", "delegation", "occupation", "grassroots", "party", "status"], rows: memberRows },
        { name: "DeputyStatusChange", columns: ["id", "membershipId", "fromStatus", "toStatus", "effectiveOn", "review", "reason", "actorName"], rows: statusRows },
        { name: "Station", columns: ["id", "congressId", "congressPath", "regionId", "kind", "name", "address", "latitude", "longitude", "openingHours", "receptionDays", "keeperName", "keeperPhone", "publicCode", "active"], rows: stationRows },
        { name: "WorkingGroup", columns: ["id", "congressId", "congressPath", "kind", "name", "leaderMembershipId"], rows: groupRows },
        { name: "WorkingGroupMember", columns: ["groupId", "membershipId"], rows: memberLinkRows },
        { name: "WorkingGroupStation", columns: ["groupId", "stationId"], rows: groupStationRows },
        { name: "ContactAssignment", columns: ["id", "congressId", "congressPath", "memberName", "deputyMembershipId"], rows: contactRows },
        { name: "User", columns: ["id", "username", "displayName", "passwordHash", "homeCongressId", "congressPath"], rows: userRows },
        { name: "RoleGrant", columns: ["id", "userId", "role", "congressId", "congressPath"], rows: grantRows },
      ];
    },
  };
}

function kindOf(region: Node): string {
  if (region.level === "PROVINCE") return "PROVINCE";
  if (region.level === "CITY") return "CITY";
  if (region.level === "COUNTY") return region.name.endsWith("区") ? "DISTRICT" : "COUNTY";
  if (region.level === "TOWNSHIP") return region.street ? "STREET" : region.name.endsWith("镇") ? "TOWN" : "TOWNSHIP";
  return region.name.endsWith("社区") ? "COMMUNITY" : "VILLAGE";
}
