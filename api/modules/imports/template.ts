// The file a clerk fills in: the import's header row, one example row, and what each column takes.
import ExcelJS from "exceljs";
import { DEPUTY_COLUMNS } from "./deputies";
import { STATION_COLUMNS } from "./stations";
import type { Column } from "./tables";

export type ImportKind = "DEPUTIES" | "STATIONS";

const TEMPLATES: Record<ImportKind, { sheet: string; filename: string; columns: readonly Column[] }> = {
  DEPUTIES: { sheet: "代表", filename: "代表导入模板.xlsx", columns: DEPUTY_COLUMNS },
  STATIONS: { sheet: "联络站", filename: "联络站导入模板.xlsx", columns: STATION_COLUMNS },
};

export const INSTRUCTIONS_SHEET = "填写说明";

/** An .xlsx whose first sheet is what the import reads (header and an example row to replace) and whose second explains each column. */
export async function importTemplate(kind: ImportKind): Promise<{ filename: string; data: Buffer; rows: number }> {
  const { sheet: sheetName, filename, columns } = TEMPLATES[kind];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map((c) => c.zh)).font = { bold: true };
  sheet.addRow(columns.map((c) => c.example));
  sheet.columns.forEach((column) => (column.width = 18));
  // Text format keeps ID numbers, region codes and leading zeros as typed instead of as numbers.
  sheet.columns.forEach((column) => (column.numFmt = "@"));

  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  instructions.addRow(["列名", "是否必填", "填写要求"]).font = { bold: true };
  for (const column of columns) instructions.addRow([column.zh, column.required ? "必填" : "选填", column.rule.zh]);
  instructions.addRow([]);
  instructions.addRow(["说明", "", "第一行是列名，请勿修改；第二行是示例，请替换为实际内容。先点“检查”，全部无误后再点“导入”；有任何错误时不会写入任何一行。"]);
  instructions.columns = [{ width: 14 }, { width: 10 }, { width: 80 }];
  return { filename, data: Buffer.from(await workbook.xlsx.writeBuffer()), rows: 1 };
}
