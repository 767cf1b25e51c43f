// The demo province: real division names and codes of Yunnan (云南省), trimmed to a small tree.
import type { RegionKind } from "../../api/generated/prisma/enums";

export interface DemoRegion {
  code: string;
  name: string;
  kind: RegionKind;
  congressName?: string;
  children?: DemoRegion[];
}

const street = (code: string, name: string): DemoRegion => ({ code, name, kind: "STREET", congressName: `${name}人大工作委员会` });
const town = (code: string, name: string, kind: RegionKind, villages: [string, string, RegionKind][] = []): DemoRegion => ({
  code,
  name,
  kind,
  congressName: `${name}人民代表大会`,
  children: villages.map(([c, n, k]) => ({ code: c, name: n, kind: k })),
});

export const DEMO_PROVINCE: DemoRegion = {
  code: "530000000000",
  name: "云南省",
  kind: "PROVINCE",
  congressName: "云南省人民代表大会",
  children: [
    {
      code: "530100000000",
      name: "昆明市",
      kind: "CITY",
      congressName: "昆明市人民代表大会",
      children: [
        {
          code: "530102000000",
          name: "五华区",
          kind: "DISTRICT",
          congressName: "五华区人民代表大会",
          children: [
            street("530102001000", "华山街道"),
            street("530102002000", "护国街道"),
            town("530102201000", "沙朗白族乡", "TOWNSHIP", [
              ["530102201201", "桃园村", "VILLAGE"],
              ["530102201202", "东村", "VILLAGE"],
            ]),
          ],
        },
        {
          code: "530103000000",
          name: "盘龙区",
          kind: "DISTRICT",
          congressName: "盘龙区人民代表大会",
          children: [street("530103001000", "拓东街道"), town("530103101000", "松华镇", "TOWN")],
        },
        {
          code: "530111000000",
          name: "官渡区",
          kind: "DISTRICT",
          congressName: "官渡区人民代表大会",
          children: [street("530111005000", "小板桥街道"), street("530111102000", "阿拉街道")],
        },
      ],
    },
    {
      code: "532900000000",
      name: "大理白族自治州",
      kind: "PREFECTURE",
      congressName: "大理白族自治州人民代表大会",
      children: [
        {
          code: "532901000000",
          name: "大理市",
          kind: "COUNTY_LEVEL_CITY",
          congressName: "大理市人民代表大会",
          children: [
            town("532901101000", "大理镇", "TOWN"),
            town("532901103000", "喜洲镇", "TOWN", [
              ["532901103201", "喜洲村", "VILLAGE"],
              ["532901103202", "周城村", "VILLAGE"],
            ]),
          ],
        },
        {
          code: "532924000000",
          name: "宾川县",
          kind: "COUNTY",
          congressName: "宾川县人民代表大会",
          children: [town("532924101000", "金牛镇", "TOWN"), town("532924201000", "拉乌彝族乡", "TOWNSHIP")],
        },
      ],
    },
  ],
};

/** Terms by congress level: number, first day, last day, and the sessions held so far. */
export const DEMO_TERMS = {
  PROVINCIAL: { number: 14, start: "2023-01-13", end: "2028-01-12", sessions: ["2023-01-13", "2024-01-24", "2025-02-09", "2026-01-26"] },
  MUNICIPAL: { number: 15, start: "2022-01-08", end: "2027-01-07", sessions: ["2022-01-08", "2023-01-05", "2024-01-10", "2025-01-08", "2026-01-07"] },
  COUNTY: { number: 18, start: "2021-12-20", end: "2026-12-19", sessions: ["2021-12-20", "2022-12-28", "2023-12-26", "2024-12-24", "2025-12-23"] },
  TOWNSHIP: { number: 18, start: "2021-12-15", end: "2026-12-14", sessions: ["2021-12-15", "2023-01-06", "2024-01-05", "2025-01-04", "2026-01-03"] },
} as const;

export const DEMO_BODIES_ABOVE_TOWNSHIP = [
  { kind: "STANDING_COMMITTEE", name: "常务委员会" },
  { kind: "DIRECTORS_MEETING", name: "主任会议" },
  { kind: "SPECIAL_COMMITTEE", name: "法制委员会" },
  { kind: "SPECIAL_COMMITTEE", name: "财政经济委员会" },
  { kind: "SPECIAL_COMMITTEE", name: "教育科学文化卫生委员会" },
  { kind: "DEPUTY_WORK_AGENCY", name: "人事代表工作委员会" },
] as const;

/**
 * Where each demo station stands (latitude, longitude, WGS 84), by region code: near the seat of
 * that district, town or village, so "stations near a point" finds them.
 */
export const DEMO_STATION_COORDINATES: Record<string, [number, number]> = {
  "530102000000": [25.0434, 102.7042], // 五华区, 西昌路
  "530102201000": [25.1697, 102.6128], // 沙朗白族乡
  "530102201201": [25.1781, 102.6035], // 桃园村
  "530102201202": [25.1612, 102.6241], // 东村
  "530103000000": [25.0856, 102.7212], // 盘龙区
  "530103101000": [25.2319, 102.8389], // 松华镇
  "530111000000": [24.9987, 102.7465], // 官渡区, 关上
  "532901000000": [25.6066, 100.2674], // 大理市, 下关
  "532901101000": [25.6944, 100.1634], // 大理镇, 古城
  "532901103000": [25.8527, 100.1341], // 喜洲镇
  "532901103201": [25.8551, 100.1302], // 喜洲村
  "532901103202": [25.8871, 100.1112], // 周城村
  "532924000000": [25.8273, 100.5753], // 宾川县, 金牛镇 seat
  "532924101000": [25.8219, 100.5702], // 金牛镇
  "532924201000": [25.6627, 100.6841], // 拉乌彝族乡
};

/** Departments under each county-or-higher government. */
export const DEMO_DEPARTMENTS = ["教育体育局", "住房和城乡建设局", "交通运输局", "卫生健康委员会", "农业农村局"];

/** The password of every demo account (meets the password rules: 10+ characters, letters and digits). */
export const DEMO_PASSWORD = "renda2026demo";

/** Demo accounts: each role, at several levels. `region` names the congress the role is granted at. */
export const DEMO_LOGINS = [
  { username: "admin", displayName: "平台管理员", role: "PLATFORM_ADMIN", region: "云南省" },
  { username: "yn.admin", displayName: "云南省人大管理员", role: "CONGRESS_ADMIN", region: "云南省" },
  { username: "km.admin", displayName: "昆明市人大管理员", role: "CONGRESS_ADMIN", region: "昆明市" },
  { username: "dl.admin", displayName: "大理州人大管理员", role: "CONGRESS_ADMIN", region: "大理白族自治州" },
  { username: "wh.admin", displayName: "五华区人大管理员", role: "CONGRESS_ADMIN", region: "五华区" },
  { username: "wh.staff", displayName: "五华区代表工作人员", role: "DEPUTY_AFFAIRS", region: "五华区" },
  { username: "km.supervisor", displayName: "昆明市督办人", role: "SUPERVISOR", region: "昆明市" },
  { username: "wh.deputy", displayName: "李明（五华区代表）", role: "DEPUTY", region: "五华区", phone: "13800000001" },
  { username: "wh.unit", displayName: "五华区教育体育局经办人", role: "UNIT_STAFF", region: "五华区" },
  { username: "hs.keeper", displayName: "华山街道联络站管理员", role: "STATION_KEEPER", region: "华山街道" },
] as const;
