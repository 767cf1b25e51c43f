// Bulk import and export of stations (Excel or CSV).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { StationKind } from "../../generated/prisma/enums";
import { ADMIN_ROLES, requireRecordInReach } from "../../auth/guard";
import { reaches } from "../../auth/viewer";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { msg, type Localized } from "../../lib/i18n";
import { newPublicCode } from "../../lib/codes";
import { chinaToday } from "../../lib/time";
import { recordAudit, type Actor } from "../audit/record";
import { PLACEMENT } from "../stations/service";
import type { ImportReport } from "./deputies";
import { FILE_MESSAGES, rowIssueMessage, STATION_ROW_MESSAGES } from "./messages";
import { columnIndexes, writeXlsx, type RowProblem, type Table } from "./tables";

const KIND_LABELS: Record<StationKind, string> = {
  DEPUTY_HOME: "代表之家", WORKSTATION: "代表工作站", LIAISON_ROOM: "代表联络室", PROFESSIONAL_STATION: "专业代表工作站", ONLINE: "网上阵地",
};

export const STATION_COLUMNS = [
  { key: "name", zh: "名称", required: true, rule: msg("联络站名称，不超过 100 个字，本级人大内不能重名", "the station's name, at most 100 characters, unique within the congress"), example: "桃园村代表联络室" },
  { key: "kind", zh: "类别", required: true, rule: msg(`填写以下之一：${Object.values(KIND_LABELS).join("、")}`, `one of: ${Object.values(KIND_LABELS).join(", ")}`), example: "代表联络室" },
  { key: "regionCode", zh: "区划代码", required: true, rule: msg("所在地的 12 位行政区划代码，须在本级人大的行政区域内", "the 12-digit division code of its place, inside the congress's region"), example: "530102201201" },
  { key: "address", zh: "地址", required: false, rule: msg("详细地址，不超过 200 个字；除网上阵地外必填", "the full address, at most 200 characters; required except for online stations"), example: "桃园村委会" },
  { key: "latitude", zh: "纬度", required: false, rule: msg("-90 到 90 之间的数字，与经度同时填写或都不填", "a number from -90 to 90, given together with the longitude or not at all"), example: "25.1" },
  { key: "longitude", zh: "经度", required: false, rule: msg("-180 到 180 之间的数字，与纬度同时填写或都不填", "a number from -180 to 180, given together with the latitude or not at all"), example: "102.6" },
  { key: "openingHours", zh: "开放时间", required: false, rule: msg("不超过 200 个字，可不填", "at most 200 characters; may be left empty"), example: "周一至周五 9:00-17:00" },
  { key: "receptionDays", zh: "接待日", required: false, rule: msg("不超过 200 个字，可不填", "at most 200 characters; may be left empty"), example: "每月15日" },
  { key: "keeperName", zh: "联络员", required: false, rule: msg("不超过 50 个字，可不填", "at most 50 characters; may be left empty"), example: "李明" },
  { key: "keeperPhone", zh: "联络员电话", required: false, rule: msg("不超过 32 个字符，可不填", "at most 32 characters; may be left empty"), example: "0871-12345678" },
] as const;

const text = (max: number) => z.string().trim().max(max).transform((v) => v || null);
const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!Number.isFinite(n) || Math.abs(n) > limit) ctx.addIssue({ code: "custom", message: "out of range" });
      return n;
    });

const RowSchema = z.object({
  name: z.string().trim().min(1).max(100),
  kind: z.string().transform((v, ctx) => {
    const kind = (Object.entries(KIND_LABELS).find(([, label]) => label === v.trim())?.[0] ?? v.trim().toUpperCase()) as StationKind;
    if (!Object.values(StationKind).includes(kind)) ctx.addIssue({ code: "custom", message: "unknown kind" });
    return kind;
  }),
  regionCode: z.string().trim().regex(/^\d{12}$/),
  address: text(200),
  latitude: coordinate(90),
  longitude: coordinate(180),
  openingHours: text(200),
  receptionDays: text(200),
  keeperName: text(50),
  keeperPhone: text(32),
});

/** Validates every row against the same rules as `createStation`; writes all rows or none. */
export async function importStations(actor: Actor, input: { congressId: string; table: Table; dryRun: boolean }): Promise<ImportReport> {
  const { prisma } = actor;
  const congress = await prisma.congress.findUnique({ where: { id: input.congressId }, include: { region: true } });
  if (!congress) throw Errors.notFound("Congress", input.congressId);
  requireRecordInReach(actor.viewer, ADMIN_ROLES, congress.path, "Congress", input.congressId);
  if (input.table.rows.length > 20_000) throw Errors.badInput(FILE_MESSAGES.tooManyRows, [{ field: "input.fileBase64", message: FILE_MESSAGES.tooManyRowsField }]);

  const { indexes, problems } = columnIndexes(input.table, STATION_COLUMNS);
  const errors: RowProblem[] = [...problems];
  const parsed: { row: number; data: z.infer<typeof RowSchema> }[] = [];
  if (!problems.length) {
    input.table.rows.forEach((cells, i) => {
      const raw: Record<string, string> = Object.fromEntries(STATION_COLUMNS.map((c) => [c.key, indexes.has(c.key) ? (cells[indexes.get(c.key)!] ?? "") : ""]));
      const result = RowSchema.safeParse(raw);
      if (result.success) parsed.push({ row: i + 2, data: result.data });
      else
        for (const issue of result.error.issues) {
          const column = STATION_COLUMNS.find((c) => c.key === issue.path[0]);
          errors.push({ row: i + 2, column: column?.zh ?? "", message: rowIssueMessage(column, column ? raw[column.key] : "", issue) });
        }
    });
  }
  const regions = await prisma.region.findMany({ where: { code: { in: [...new Set(parsed.map((p) => p.data.regionCode))] } } });
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const taken = new Set((await prisma.station.findMany({ where: { congressId: congress.id }, select: { name: true } })).map((s) => s.name));
  const stations: Prisma.StationCreateManyInput[] = [];
  for (const { row, data } of parsed) {
    const region = regionByCode.get(data.regionCode);
    const placement = PLACEMENT[data.kind];
    const problem: [string, Localized] | null = !region
      ? ["区划代码", STATION_ROW_MESSAGES.unknownRegion]
      : !region.path.startsWith(congress.region.path)
        ? ["区划代码", STATION_ROW_MESSAGES.outsideRegion(congress.region.name)]
        : placement && !placement.check(congress, region)
          ? ["类别", STATION_ROW_MESSAGES.placement(data.kind)]
          : data.kind !== "ONLINE" && !data.address
            ? ["地址", STATION_ROW_MESSAGES.addressRequired]
            : (data.latitude == null) !== (data.longitude == null)
              ? ["经度", STATION_ROW_MESSAGES.bothCoordinates]
              : taken.has(data.name)
                ? ["名称", STATION_ROW_MESSAGES.nameTaken]
                : null;
    if (problem) {
      errors.push({ row, column: problem[0], message: problem[1] });
      continue;
    }
    taken.add(data.name);
    const { regionCode: _code, ...fields } = data;
    stations.push({ ...fields, id: randomUUID(), congressId: congress.id, congressPath: congress.path, regionId: region!.id, publicCode: newPublicCode() });
  }
  errors.sort((a, b) => a.row - b.row);
  const report: ImportReport = { dryRun: input.dryRun, applied: false, rows: input.table.rows.length, created: 0, reusedPersons: 0, errors };
  if (input.dryRun || errors.length || !stations.length) return report;
  await inTransaction(
    prisma,
    "These stations",
    async (tx: Prisma.TransactionClient) => {
      for (let i = 0; i < stations.length; i += 2000) await tx.station.createMany({ data: stations.slice(i, i + 2000) });
      await recordAudit(tx, actor, { action: "importStations", entityType: "Congress", entityId: congress.id, congressPath: congress.path, after: { created: stations.length } });
    },
    { timeout: 120_000 },
  );
  return { ...report, applied: true, created: stations.length };
}

/** Stations as an .xlsx file in the import's layout; the keeper's phone only where the caller administers. */
export async function exportStations(actor: Actor, where: Prisma.StationWhereInput): Promise<{ filename: string; data: Buffer; rows: number }> {
  const stations = await actor.prisma.station.findMany({ where, include: { region: { select: { code: true } }, congress: { select: { name: true } } }, orderBy: [{ congressPath: "asc" }, { name: "asc" }], take: 100_000 });
  const rows = stations.map((s) => [
    s.name, KIND_LABELS[s.kind], s.region.code, s.address ?? "", s.latitude == null ? "" : Number(s.latitude), s.longitude == null ? "" : Number(s.longitude),
    s.openingHours ?? "", s.receptionDays ?? "", s.keeperName ?? "", reaches(actor.viewer, ADMIN_ROLES, s.congressPath) ? (s.keeperPhone ?? "") : "", s.congress.name, s.publicCode,
  ]);
  const header = [...STATION_COLUMNS.map((c) => c.zh), "所属人大", "联络站码"];
  return { filename: `联络站-${chinaToday().toISOString().slice(0, 10)}.xlsx`, data: await writeXlsx("联络站", header, rows), rows: rows.length };
}
