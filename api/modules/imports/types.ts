import { builder } from "../../graphql/builder";
import { inLanguage } from "../../lib/i18n";
import { currentLanguage } from "../../lib/language";
import { DeputyFilter } from "../deputies/types";
import { StationFilter, stationWhere } from "../stations/types";
import { exportDeputies, importDeputies, readTable, type ImportProblem, type ImportReport } from "./deputies";
import { exportStations, importStations } from "./stations";
import { importTemplate } from "./template";
import { CongressNode } from "../congresses/types";
import { TermNode } from "../terms/types";

const ImportFormat = builder.enumType("ImportFormat", {
  description: "File formats for imports.",
  values: {
    CSV: { description: "Comma-separated values in UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 (Excel's plain “CSV” on Chinese Windows)." },
    XLSX: { description: "Excel workbook; the first sheet is read." },
  } as const,
});

const ImportKind = builder.enumType("ImportKind", {
  description: "What an import file holds.",
  values: {
    DEPUTIES: { description: "Deputies of one congress and term (`importDeputies`)." },
    STATIONS: { description: "Stations of one congress (`importStations`)." },
  } as const,
});

const ImportProblemRef = builder.objectRef<ImportProblem>("ImportProblem").implement({
  description: "Why one row (or the header) cannot be imported.",
  fields: (t) => ({
    row: t.exposeInt("row", { description: "Row number in the file, counting the header as row 1." }),
    column: t.exposeString("column", { description: "The column, by its header." }),
    message: t.string({ description: "What is wrong and what is expected, in the caller's language.", resolve: (problem) => inLanguage(problem.message, currentLanguage()) }),
  }),
});

const ImportReportRef = builder.objectRef<ImportReport>("ImportReport").implement({
  description: "The outcome of an import: with any error, nothing is written.",
  fields: (t) => ({
    dryRun: t.exposeBoolean("dryRun", { description: "True when only checked." }),
    applied: t.exposeBoolean("applied", { description: "True when the rows were written (all of them)." }),
    rows: t.exposeInt("rows", { description: "Data rows in the file." }),
    created: t.exposeInt("created", { description: "Memberships written." }),
    reusedPersons: t.exposeInt("reusedPersons", { description: "Rows whose person (by ID number) already existed." }),
    errors: t.field({ type: [ImportProblemRef], description: "Every problem, by row.", resolve: (r) => r.errors }),
  }),
});

const ExportFile = builder.objectRef<{ filename: string; data: Buffer; rows: number }>("ExportFile").implement({
  description: "A generated file.",
  fields: (t) => ({
    filename: t.exposeString("filename", { description: "Suggested file name." }),
    mimeType: t.string({ description: "Media type.", resolve: () => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    rows: t.exposeInt("rows", { description: "Data rows in the file." }),
    base64: t.string({ description: "The file's bytes, base64-encoded.", resolve: (f) => f.data.toString("base64") }),
  }),
});

const ImportDeputiesInput = builder.inputType("ImportDeputiesInput", {
  description: "A file of deputies for one congress and term. Columns (Chinese or English header): 姓名 name, 性别 gender, 民族 ethnicity, 出生日期 birthDate, 身份证号 idNumber, 电话 phone, 原选区 constituency, 代表团 delegation, 职业构成 occupation, 基层代表 grassroots (是/否), 政治面貌 party.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress." }),
    termId: t.globalID({ for: TermNode, required: true, description: "Its term." }),
    format: t.field({ type: ImportFormat, required: true, description: "File format." }),
    fileBase64: t.string({ required: true, description: "The file's bytes, base64-encoded (up to about 18 MB)." }),
    dryRun: t.boolean({ required: true, description: "True: only check and report. False: write all rows, or none if any is bad." }),
  }),
});

const ImportStationsInput = builder.inputType("ImportStationsInput", {
  description: "A file of stations for one congress. Columns (Chinese or English header): 名称 name, 类别 kind (代表之家, 代表工作站, 代表联络室, 专业代表工作站, 网上阵地), 区划代码 regionCode, 地址 address, 纬度 latitude, 经度 longitude, 开放时间 openingHours, 接待日 receptionDays, 联络员 keeperName, 联络员电话 keeperPhone.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress that runs them." }),
    format: t.field({ type: ImportFormat, required: true, description: "File format." }),
    fileBase64: t.string({ required: true, description: "The file's bytes, base64-encoded." }),
    dryRun: t.boolean({ required: true, description: "True: only check and report. False: write all rows, or none if any is bad." }),
  }),
});

builder.mutationFields((t) => ({
  importStations: t.field({
    type: ImportReportRef,
    description: "Imports stations from Excel or CSV under the same rules as `createStation`; writes all rows or none.",
    args: { input: t.arg({ type: ImportStationsInput, required: true, description: "The file and the congress." }) },
    resolve: async (_root, args, ctx) =>
      importStations(ctx, { congressId: args.input.congressId.id, dryRun: args.input.dryRun, table: await readTable(args.input.format, args.input.fileBase64) }),
  }),
  importDeputies: t.field({
    type: ImportReportRef,
    description: "Imports deputies from Excel or CSV: reports every bad row with its column and reason; writes all rows or none.",
    args: { input: t.arg({ type: ImportDeputiesInput, required: true, description: "The file and where it goes." }) },
    resolve: async (_root, args, ctx) =>
      importDeputies(ctx, {
        congressId: args.input.congressId.id,
        termId: args.input.termId.id,
        dryRun: args.input.dryRun,
        table: await readTable(args.input.format, args.input.fileBase64),
      }),
  }),
}));

builder.queryFields((t) => ({
  importTemplate: t.field({
    type: ExportFile,
    description: "An Excel template for an import: the header row the import expects, one example row, and a second sheet “填写说明” with each column's meaning and allowed values.",
    args: { kind: t.arg({ type: ImportKind, required: true, description: "Which import." }) },
    resolve: (_root, args) => importTemplate(args.kind),
  }),
  exportDeputies: t.field({
    type: ExportFile,
    description: "The deputies a filter selects, as an Excel file in the import's layout (at most 100,000 rows).",
    args: { filter: t.arg({ type: DeputyFilter, description: "Conditions, as for `deputies`." }) },
    resolve: (_root, args, ctx) => exportDeputies(ctx, args.filter),
  }),
  exportStations: t.field({
    type: ExportFile,
    description: "The stations a filter selects, as an Excel file in the import's layout (at most 100,000 rows).",
    args: { filter: t.arg({ type: StationFilter, description: "Conditions, as for `stations`." }) },
    resolve: async (_root, args, ctx) => exportStations(ctx, await stationWhere(ctx.prisma, args.filter)),
  }),
}));
