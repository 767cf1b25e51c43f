// What an import says about a file or a row: sentences a county clerk can act on, in both languages.
import type { z } from "zod";
import type { StationKind } from "../../generated/prisma/enums";
import { msg, type Localized } from "../../lib/i18n";
import type { Column } from "./tables";

/** A row's schema problem, said for its column: empty, too long, or not what the column's rule asks. */
export function rowIssueMessage(column: Column | undefined, cell: string, issue: z.core.$ZodIssue): Localized {
  if (!column) return msg("内容不正确", "invalid content");
  if (cell.trim() === "" && column.required) return msg(`必填，不能为空。${column.rule.zh}`, `Required, cannot be empty: ${column.rule.en}`);
  if (issue.code === "too_big") return msg(`不能超过 ${String(issue.maximum)} 个字`, `at most ${String(issue.maximum)} characters`);
  return column.rule;
}

export const FILE_MESSAGES = {
  unreadable: (format: "CSV" | "XLSX") =>
    format === "CSV"
      ? msg("无法读取这个 CSV 文件。请在 Excel 中“另存为” CSV 或 Excel 工作簿（.xlsx）后重试。", "This CSV file cannot be read. Save it again from Excel as CSV or as an Excel workbook (.xlsx) and retry.")
      : msg(
          "无法读取这个 Excel 文件。请确认它是 .xlsx 工作簿（不是 .xls 或改了扩展名的文件），另存后重试。",
          "This Excel file cannot be read. Make sure it is an .xlsx workbook (not .xls, nor a renamed file), save it again and retry.",
        ),
  unreadableField: msg("无法读取文件", "cannot be read"),
  tooManyRows: msg("一次最多导入 20,000 行，请把文件拆分后分批导入。", "At most 20,000 rows per import: split the file and import it in parts."),
  tooManyRowsField: msg("行数过多", "too many rows"),
  termOfOtherCongress: msg("所选届次不属于所选人大，请重新选择届次。", "The chosen term belongs to another congress: choose a term of this congress."),
  termOfOtherCongressField: msg("不是本人大的届次", "not a term of this congress"),
};

export const DEPUTY_ROW_MESSAGES = {
  sameIdAsRow: (row: number) => msg(`与第 ${row} 行的身份证号相同，同一人只需填写一行`, `same ID number as row ${row}: one row per person`),
  idUnderOtherName: msg("该身份证号已登记在另一个姓名下，请核对身份证号和姓名", "this ID number is registered under another name: check the ID number and the name"),
  alreadyDeputy: msg("该身份证号的代表已在本级人大本届登记，无需重复导入", "a deputy with this ID number is already registered in this congress and term"),
};

/** Where each kind of station may stand (the rules of `PLACEMENT` in stations/service.ts). */
const PLACEMENT_RULES: Partial<Record<StationKind, Localized>> = {
  DEPUTY_HOME: msg("代表之家只能由县级及以上人大设立", "a deputy home (代表之家) belongs to a county-level or higher congress"),
  WORKSTATION: msg("代表工作站只能由乡镇人大或街道工委设立，并位于本乡镇（街道）", "a workstation (代表工作站) belongs to a township congress or street working committee, in its township or street"),
  LIAISON_ROOM: msg("代表联络室应设在村或社区", "a liaison room (代表联络室) sits in a village or community"),
};

export const STATION_ROW_MESSAGES = {
  unknownRegion: msg("没有这个区划代码，请核对 12 位行政区划代码", "no such division code: check the 12-digit code"),
  outsideRegion: (region: string) => msg(`该区划不在${region}范围内`, `this division is not inside ${region}`),
  placement: (kind: StationKind) => PLACEMENT_RULES[kind] ?? msg("这一类别不能设在该区划", "this kind of station cannot stand in this division"),
  addressRequired: msg("实体联络站必须填写地址（只有网上阵地可以不填）", "a physical station needs an address (only online stations may leave it empty)"),
  bothCoordinates: msg("纬度和经度要么都填，要么都不填", "give both latitude and longitude, or neither"),
  nameTaken: msg("本级人大已有同名联络站（或与文件中前面某行重名），请换一个名称", "the congress already has a station of this name (or an earlier row uses it): choose another name"),
};
