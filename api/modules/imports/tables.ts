import ExcelJS from "exceljs";
import { msg, type Localized } from "../../lib/i18n";

export type Table = { header: string[]; rows: string[][] };

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; a UTF-8 BOM (Excel's) is dropped. */
export function parseCsv(text: string): Table {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  const input = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  const nonEmpty = rows.filter((r) => r.some((cell) => cell.trim() !== ""));
  return { header: (nonEmpty[0] ?? []).map((h) => h.trim()), rows: nonEmpty.slice(1) };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

/** The first worksheet of an .xlsx file as text cells. */
export async function parseXlsx(data: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const rows: string[][] = [];
  // `row.values` is 1-based; `sheet.columnCount` would rescan the whole sheet on every call.
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1]).trim()));
  });
  return { header: rows[0] ?? [], rows: rows.slice(1) };
}

/** An .xlsx file with one sheet: a bold header row and the given rows. */
export async function writeXlsx(sheetName: string, header: string[], rows: (string | number | boolean | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column) => (column.width = 16));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface Column<K extends string = string> {
  key: K;
  zh: string;
  required: boolean;
  /** What the cell must hold, in the clerk's words: the template's instructions and the row error say it. */
  rule: Localized;
  /** The template's example row. */
  example: string;
}

export interface RowProblem {
  row: number;
  column: string;
  message: Localized;
}

/** Where each known column is, by its Chinese or English header; a missing required column is a problem on row 1. */
export function columnIndexes<K extends string>(table: Table, columns: readonly Column<K>[]): { indexes: Map<K, number>; problems: RowProblem[] } {
  const indexes = new Map<K, number>();
  table.header.forEach((name, i) => {
    const column = columns.find((c) => c.zh === name || c.key.toLowerCase() === name.toLowerCase());
    if (column) indexes.set(column.key, i);
  });
  const missing = columns.filter((c) => c.required && !indexes.has(c.key)).map((c) => c.zh);
  const problems = missing.length
    ? [
        {
          row: 1,
          column: missing.join("、"),
          message: msg(
            `缺少必填列：${missing.join("、")}。第一行应为列名：${columns.map((c) => c.zh).join("、")}（可下载导入模板对照）。`,
            `Missing required columns: ${missing.join(", ")}. The first row holds the headers: ${columns.map((c) => c.zh).join(", ")} (compare with the downloadable template).`,
          ),
        },
      ]
    : [];
  return { indexes, problems };
}
