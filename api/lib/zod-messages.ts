import { z } from "zod";
import { msg, type Localized } from "./i18n";

/**
 * zod keeps one string per issue; the Chinese text of each English message zod reports is kept here,
 * so a schema's message (`zmsg`) and zod's own (`localizedIssue`) both reach the caller in two languages.
 */
const CHINESE_OF = new Map<string, Localized>();
const MAX_REMEMBERED = 10_000;

/** A schema's message in both languages, given to zod as its English text. */
export function zmsg(zh: string, en: string): string {
  if (CHINESE_OF.size < MAX_REMEMBERED) CHINESE_OF.set(en, { zh, en });
  return en;
}

/** Both texts of a message a zod issue carries. */
export function issueText(message: string): Localized {
  return CHINESE_OF.get(message) ?? msg(message, message);
}

const TYPE_NAMES: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "是或否",
  date: "日期",
  array: "列表",
  object: "对象",
  bigint: "整数",
};

type RawIssue = Parameters<ReturnType<typeof z.locales.en>["localeError"]>[0];

function chineseOf(issue: RawIssue): string {
  const i = issue as RawIssue & { expected?: string; origin?: string; minimum?: number | bigint; maximum?: number | bigint; values?: unknown[]; format?: string };
  switch (i.code) {
    case "invalid_type":
      return i.input === undefined ? "必填。" : `应为${TYPE_NAMES[i.expected ?? ""] ?? i.expected}。`;
    case "too_small":
      if (i.origin === "string") return Number(i.minimum) <= 1 ? "不能为空。" : `至少 ${i.minimum} 个字符。`;
      if (i.origin === "array" || i.origin === "set") return `至少 ${i.minimum} 项。`;
      return `不能小于 ${i.minimum}。`;
    case "too_big":
      if (i.origin === "string") return `最多 ${i.maximum} 个字符。`;
      if (i.origin === "array" || i.origin === "set") return `最多 ${i.maximum} 项。`;
      return `不能大于 ${i.maximum}。`;
    case "invalid_value":
      return `应为以下之一：${(i.values ?? []).map(String).join("、")}。`;
    case "invalid_format":
      return i.format === "email" ? "电子邮件地址格式不正确。" : "格式不正确。";
    case "unrecognized_keys":
      return "含有无法识别的字段。";
    default:
      return "输入无效。";
  }
}

const english = z.locales.en().localeError;

/** zod's own message for an issue no schema message covers, in both languages (a per-parse error map). */
export function localizedIssue(issue: RawIssue): string {
  const en = english(issue);
  const text = typeof en === "string" ? en : (en?.message ?? "Invalid input");
  return zmsg(chineseOf(issue), text);
}
