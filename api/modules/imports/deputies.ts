// Bulk import and export of deputies (Excel or CSV), with the column names people use.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import { DEPUTY_MANAGERS, requireRecordInReach } from "../../auth/guard";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { newPublicCode } from "../../lib/codes";
import { chinaToday } from "../../lib/time";
import { recordAudit, type Actor } from "../audit/record";
import { PersonInput } from "../deputies/inputs";
import { keepsAllRollsOf, PERSON_POLICY_SELECT } from "../deputies/policy";
import { deputyFilterWhere, type DeputyFilterInput } from "../deputies/scope";
import { z } from "zod";
import { OccupationCategory } from "../../generated/prisma/enums";
import { decodeText } from "./encoding";
import { DEPUTY_ROW_MESSAGES, FILE_MESSAGES, rowIssueMessage } from "./messages";
import { columnIndexes, parseCsv, parseXlsx, writeXlsx, type RowProblem, type Table } from "./tables";
import { msg } from "../../lib/i18n";

const OCCUPATION_LABELS: Record<OccupationCategory, string> = {
  WORKER: "工人", FARMER: "农民", PROFESSIONAL: "专业技术人员", OFFICIAL: "党政领导干部", ENTERPRISE: "企业负责人", MILITARY: "解放军和武警", OTHER: "其他",
};

/** Columns in the order of the export; an import accepts the Chinese or the English name. */
export const DEPUTY_COLUMNS = [
  { key: "name", zh: "姓名", required: true, rule: msg("填写姓名，不超过 50 个字", "the name, at most 50 characters"), example: "张丽" },
  { key: "gender", zh: "性别", required: true, rule: msg("填写“男”或“女”", "“男” (male) or “女” (female)"), example: "女" },
  { key: "ethnicity", zh: "民族", required: true, rule: msg("填写民族全称，如“汉族”“白族”", "the full name of the ethnic group, e.g. “汉族”, “白族”"), example: "汉族" },
  { key: "birthDate", zh: "出生日期", required: false, rule: msg("日期写成 1980-01-31 这样的格式，可不填", "a date written like 1980-01-31; may be left empty"), example: "1980-01-31" },
  { key: "idNumber", zh: "身份证号", required: false, rule: msg("18 位居民身份证号（请核对最后一位校验码和其中的出生日期），可不填", "an 18-character resident ID number (check its last check character and the birth date in it); may be left empty"), example: "" },
  { key: "phone", zh: "电话", required: false, rule: msg("只能包含数字、空格、“+”或“-”，5 到 32 位，可不填", "digits, spaces, “+” or “-” only, 5 to 32 characters; may be left empty"), example: "13800000000" },
  { key: "constituency", zh: "原选区", required: true, rule: msg("填写当选时的选区，不超过 100 个字", "the constituency the deputy was elected in, at most 100 characters"), example: "第1选区" },
  { key: "delegation", zh: "代表团", required: false, rule: msg("所在代表团，不超过 100 个字，可不填", "the delegation, at most 100 characters; may be left empty"), example: "" },
  { key: "occupation", zh: "职业构成", required: true, rule: msg(`填写以下之一：${Object.values(OCCUPATION_LABELS).join("、")}`, `one of: ${Object.values(OCCUPATION_LABELS).join(", ")}`), example: "农民" },
  { key: "grassroots", zh: "基层代表", required: true, rule: msg("填写“是”或“否”", "“是” (yes) or “否” (no)"), example: "是" },
  { key: "party", zh: "政治面貌", required: true, rule: msg("如“中共党员”“群众”，不超过 50 个字", "e.g. “中共党员”, “群众”, at most 50 characters"), example: "群众" },
] as const;
type ColumnKey = (typeof DEPUTY_COLUMNS)[number]["key"];

const RowSchema = PersonInput.extend({
  constituency: z.string().trim().min(1).max(100),
  delegation: z.string().trim().max(100).transform((v) => v || null),
  occupation: z.enum(OccupationCategory),
  grassroots: z.boolean(),
  party: z.string().trim().min(1).max(50),
});

export type ImportProblem = RowProblem;

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  rows: number;
  created: number;
  reusedPersons: number;
  errors: ImportProblem[];
}

function normalise(key: ColumnKey, value: string): unknown {
  const v = value.trim();
  if (key === "gender") return { 男: "MALE", 女: "FEMALE" }[v] ?? v.toUpperCase();
  if (key === "occupation") return Object.entries(OCCUPATION_LABELS).find(([, label]) => label === v)?.[0] ?? v.toUpperCase();
  if (key === "grassroots") return ["是", "true", "yes", "1", "y"].includes(v.toLowerCase()) ? true : ["否", "false", "no", "0", "n"].includes(v.toLowerCase()) ? false : v;
  if (key === "birthDate") return v || null;
  return v;
}

export async function readTable(format: "CSV" | "XLSX", base64: string): Promise<Table> {
  const data = Buffer.from(base64, "base64");
  try {
    return format === "CSV" ? parseCsv(decodeText(data)) : await parseXlsx(data);
  } catch {
    throw Errors.badInput(FILE_MESSAGES.unreadable(format), [{ field: "input.fileBase64", message: FILE_MESSAGES.unreadableField }]);
  }
}

/**
 * Validates every row (reporting row number, column and reason) and, unless it is a dry run or any
 * row is bad, writes all of them in one transaction with batched inserts.
 */
export async function importDeputies(actor: Actor, input: { congressId: string; termId: string; table: Table; dryRun: boolean }): Promise<ImportReport> {
  const { prisma, viewer } = actor;
  const congress = await prisma.congress.findUnique({ where: { id: input.congressId } });
  if (!congress) throw Errors.notFound("Congress", input.congressId);
  requireRecordInReach(viewer, DEPUTY_MANAGERS, congress.path, "Congress", input.congressId);
  const term = await prisma.term.findUnique({ where: { id: input.termId } });
  if (!term || term.congressId !== congress.id) throw Errors.badInput(FILE_MESSAGES.termOfOtherCongress, [{ field: "input.termId", message: FILE_MESSAGES.termOfOtherCongressField }]);
  if (input.table.rows.length > 20_000) throw Errors.badInput(FILE_MESSAGES.tooManyRows, [{ field: "input.fileBase64", message: FILE_MESSAGES.tooManyRowsField }]);

  const { indexes, problems } = columnIndexes(input.table, DEPUTY_COLUMNS);
  const errors: ImportProblem[] = [...problems];
  const valid: { row: number; data: z.infer<typeof RowSchema> }[] = [];
  if (problems.length === 0) {
    const seenIds = new Map<string, number>();
    input.table.rows.forEach((cells, i) => {
      const row = i + 2;
      const cell = (key: ColumnKey) => (indexes.has(key) ? (cells[indexes.get(key)!] ?? "") : "");
      const parsed = RowSchema.safeParse(Object.fromEntries(DEPUTY_COLUMNS.map((c) => [c.key, normalise(c.key, cell(c.key))])));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const column = DEPUTY_COLUMNS.find((c) => c.key === issue.path[0]);
          errors.push({ row, column: column?.zh ?? String(issue.path[0]), message: rowIssueMessage(column, column ? cell(column.key) : "", issue) });
        }
        return;
      }
      const id = parsed.data.idNumber;
      if (id && seenIds.has(id)) {
        errors.push({ row, column: "身份证号", message: DEPUTY_ROW_MESSAGES.sameIdAsRow(seenIds.get(id)!) });
        return;
      }
      if (id) seenIds.set(id, row);
      valid.push({ row, data: parsed.data });
    });
  }

  const idNumbers = valid.map((v) => v.data.idNumber).filter((id): id is string => Boolean(id));
  // Persons are shared: a known ID number links to its person under the same name only, and the row's person fields are not applied.
  const existing = idNumbers.length ? await prisma.person.findMany({ where: { idNumber: { in: idNumbers } }, select: { id: true, idNumber: true, name: true } }) : [];
  const existingByIdNumber = new Map(existing.map((p) => [p.idNumber!, p]));
  if (existing.length) {
    const already = await prisma.deputyMembership.findMany({
      where: { personId: { in: existing.map((p) => p.id) }, congressId: congress.id, termId: term.id },
      select: { personId: true },
    });
    const taken = new Set(already.map((m) => m.personId));
    for (const v of valid) {
      const person = v.data.idNumber ? existingByIdNumber.get(v.data.idNumber) : undefined;
      if (person && person.name !== v.data.name) errors.push({ row: v.row, column: "身份证号", message: DEPUTY_ROW_MESSAGES.idUnderOtherName });
      else if (person && taken.has(person.id)) errors.push({ row: v.row, column: "身份证号", message: DEPUTY_ROW_MESSAGES.alreadyDeputy });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const report: ImportReport = { dryRun: input.dryRun, applied: false, rows: input.table.rows.length, created: 0, reusedPersons: 0, errors };
  if (input.dryRun || errors.length || valid.length === 0) return report;

  const effectiveOn = term.startDate > chinaToday() ? term.startDate : chinaToday();
  const persons: Prisma.PersonCreateManyInput[] = [];
  const memberships: Prisma.DeputyMembershipCreateManyInput[] = [];
  for (const { data } of valid) {
    let personId = data.idNumber ? existingByIdNumber.get(data.idNumber)?.id : undefined;
    if (!personId) {
      personId = randomUUID();
      persons.push({
        id: personId, name: data.name, gender: data.gender, ethnicity: data.ethnicity, birthDate: data.birthDate ?? null,
        idNumber: data.idNumber ?? null, phone: data.phone ?? null, publicCode: newPublicCode(), congressPath: congress.path,
      });
    }
    memberships.push({
      id: randomUUID(), personId, congressId: congress.id, congressPath: congress.path, termId: term.id, constituency: data.constituency,
      delegation: data.delegation, occupation: data.occupation, grassroots: data.grassroots, party: data.party,
    });
  }
  await inTransaction(
    prisma,
    "These deputies",
    async (tx: Prisma.TransactionClient) => {
      for (let i = 0; i < persons.length; i += 2000) await tx.person.createMany({ data: persons.slice(i, i + 2000) });
      for (let i = 0; i < memberships.length; i += 2000) await tx.deputyMembership.createMany({ data: memberships.slice(i, i + 2000) });
      const changes = memberships.map((m) => ({ membershipId: m.id!, toStatus: "ACTIVE" as const, effectiveOn, review: "批量导入", actorName: viewer.displayName ?? "system" }));
      for (let i = 0; i < changes.length; i += 2000) await tx.deputyStatusChange.createMany({ data: changes.slice(i, i + 2000) });
      await recordAudit(tx, actor, { action: "importDeputies", entityType: "Congress", entityId: congress.id, congressPath: congress.path, after: { term: term.number, created: memberships.length, newPersons: persons.length } });
    },
    { timeout: 120_000 },
  );
  return { ...report, applied: true, created: memberships.length, reusedPersons: memberships.length - persons.length };
}

/** The deputies a filter selects, as an .xlsx file in the import's column layout; private columns (birth date included) only where the person policy shows them. */
export async function exportDeputies(actor: Actor, filter: DeputyFilterInput | null | undefined): Promise<{ filename: string; data: Buffer; rows: number }> {
  const where = await deputyFilterWhere(actor.prisma, filter);
  const total = await actor.prisma.deputyMembership.count({ where });
  if (total > 100_000) throw Errors.badInput(msg(`筛选结果有 ${total} 名代表，请缩小到 100,000 名以内。`, `The filter selects ${total} deputies; narrow it to at most 100,000.`), [{ field: "filter", message: msg("行数过多", "too many rows") }]);
  const deputies = await actor.prisma.deputyMembership.findMany({
    where,
    include: { person: { include: { memberships: PERSON_POLICY_SELECT.memberships } }, congress: { select: { name: true } } },
    orderBy: [{ congressPath: "asc" }, { person: { name: "asc" } }],
  });
  const rows = deputies.map((d) => {
    const own = keepsAllRollsOf(actor.viewer, d.person);
    return [
      d.person.name, d.person.gender === "MALE" ? "男" : "女", d.person.ethnicity, own ? (d.person.birthDate?.toISOString().slice(0, 10) ?? "") : "",
      own ? (d.person.idNumber ?? "") : "", own ? (d.person.phone ?? "") : "", d.constituency, d.delegation ?? "",
      OCCUPATION_LABELS[d.occupation], d.grassroots ? "是" : "否", d.party, d.congress.name, d.status,
    ];
  });
  const header = [...DEPUTY_COLUMNS.map((c) => c.zh), "所属人大", "状态"];
  const stamp = chinaToday().toISOString().slice(0, 10);
  return { filename: `代表名册-${stamp}.xlsx`, data: await writeXlsx("代表", header, rows), rows: rows.length };
}
