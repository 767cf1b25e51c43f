// What an import says about a file or a row: Chinese sentences a county clerk can act on.
import type { z } from "zod";
import type { StationKind } from "../../generated/prisma/enums";
import type { Column } from "./tables";

/** A row's schema problem, said for its column: empty, too long, or not what the column's rule asks. */
export function rowIssueMessage(column: Column | undefined, cell: string, issue: z.core.$ZodIssue): string {
  if (!column) return "内容不正确";
  if (cell.trim() === "" && column.required) return `必填，不能为空。${column.rule}`;
  if (issue.code === "too_big") return `不能超过 ${String(issue.maximum)} 个字`;
  return column.rule;
}

export const FILE_MESSAGES = {
  unreadable: (format: "CSV" | "XLSX") =>
    format === "CSV"
      ? "无法读取这个 CSV 文件。请在 Excel 中“另存为” CSV 或 Excel 工作簿（.xlsx）后重试。"
      : "无法读取这个 Excel 文件。请确认它是 .xlsx 工作簿（不是 .xls 或改了扩展名的文件），另存后重试。",
  tooManyRows: "一次最多导入 20,000 行，请把文件拆分后分批导入。",
  termOfOtherCongress: "所选届次不属于所选人大，请重新选择届次。",
};

export const DEPUTY_ROW_MESSAGES = {
  sameIdAsRow: (row: number) => `与第 ${row} 行的身份证号相同，同一人只需填写一行`,
  idUnderOtherName: "该身份证号已登记在另一个姓名下，请核对身份证号和姓名",
  alreadyDeputy: "该身份证号的代表已在本级人大本届登记，无需重复导入",
};

/** Where each kind of station may stand (the rules of `PLACEMENT` in stations/service.ts). */
const PLACEMENT_RULES: Partial<Record<StationKind, string>> = {
  DEPUTY_HOME: "代表之家只能由县级及以上人大设立",
  WORKSTATION: "代表工作站只能由乡镇人大或街道工委设立，并位于本乡镇（街道）",
  LIAISON_ROOM: "代表联络室应设在村或社区",
};

export const STATION_ROW_MESSAGES = {
  unknownRegion: "没有这个区划代码，请核对 12 位行政区划代码",
  outsideRegion: (region: string) => `该区划不在${region}范围内`,
  placement: (kind: StationKind) => PLACEMENT_RULES[kind] ?? "这一类别不能设在该区划",
  addressRequired: "实体联络站必须填写地址（只有网上阵地可以不填）",
  bothCoordinates: "纬度和经度要么都填，要么都不填",
  nameTaken: "本级人大已有同名联络站（或与文件中前面某行重名），请换一个名称",
};
