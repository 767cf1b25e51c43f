import { GraphQLError, type DocumentNode } from "graphql";
import { Errors, type QueryLimitCode } from "../errors";
import { inLanguage, msg, type Localized } from "../../lib/i18n";
import { currentLanguage } from "../../lib/language";
import { countFieldPairs } from "./overlaps";
import { measureDocument, type DocumentShape } from "./shape";
import type { ApiSettings } from "./settings";

interface ShapeLimit {
  code: QueryLimitCode;
  limit: string;
  actual: (shape: DocumentShape) => number;
  max: (settings: ApiSettings) => number;
  message: (actual: number, max: number) => Localized;
}

/** Checked in this order; the first one exceeded is the answer. */
const SHAPE_LIMITS: ShapeLimit[] = [
  {
    code: "QUERY_TOO_COMPLEX",
    limit: "MAX_QUERY_SELECTIONS",
    actual: (s) => s.selections,
    max: (s) => s.maxSelections,
    message: (actual, max) =>
      msg(
        `这个查询展开片段后选择了 ${countZh(actual)} 个字段，上限为 ${max}。请少选一些字段，或拆成几个查询。`,
        `This query selects ${countEn(actual)} fields once its fragments are expanded; the limit is ${max}. Select fewer fields, or split it into several queries.`,
      ),
  },
  {
    code: "QUERY_TOO_DEEP",
    limit: "MAX_QUERY_DEPTH",
    actual: (s) => s.depth,
    max: (s) => s.maxDepth,
    message: (actual, max) =>
      msg(`这个查询嵌套了 ${countZh(actual)} 层，上限为 ${max}。请拆成几个查询。`, `This query nests ${countEn(actual)} levels deep; the limit is ${max}. Split it into several queries.`),
  },
  {
    code: "TOO_MANY_ALIASES",
    limit: "MAX_QUERY_ALIASES",
    actual: (s) => s.aliases,
    max: (s) => s.maxAliases,
    message: (actual, max) =>
      msg(
        `这个查询使用了 ${countZh(actual)} 个别名，上限为 ${max}。请分几次请求，或改用带筛选条件的列表字段。`,
        `This query uses ${countEn(actual)} aliases; the limit is ${max}. Send several requests, or use a list field with a filter.`,
      ),
  },
  {
    code: "TOO_MANY_DIRECTIVES",
    limit: "MAX_QUERY_DIRECTIVES",
    actual: (s) => s.directives,
    max: (s) => s.maxDirectives,
    message: (actual, max) =>
      msg(`这个查询使用了 ${countZh(actual)} 个指令，上限为 ${max}。请去掉重复的指令。`, `This query uses ${countEn(actual)} directives; the limit is ${max}. Remove the repeated ones.`),
  },
];

/** A refusal's extensions as the caller sees them: the HTTP status travels in the response, not the body. */
export function publicExtensions(error: GraphQLError): Record<string, unknown> {
  return Object.fromEntries(Object.entries(error.extensions).filter(([key]) => key !== "http"));
}

/** Expanded counts can reach 2^1000; say "more than a billion" rather than print that. */
function countEn(n: number): string {
  return n > 1e9 ? "more than a billion" : String(n);
}

function countZh(n: number): string {
  return n > 1e9 ? "超过十亿" : String(n);
}

export function shapeRefusal(shape: DocumentShape, settings: ApiSettings): GraphQLError | undefined {
  for (const check of SHAPE_LIMITS) {
    const actual = check.actual(shape);
    const max = check.max(settings);
    if (actual > max) return Errors.queryLimit(check.code, check.message(actual, max), { limit: check.limit, max, actual: Math.min(actual, Number.MAX_SAFE_INTEGER) });
  }
  return undefined;
}

/** Why a parsed document must not reach graphql-js validation, if it must not. */
export function documentRefusal(document: DocumentNode, settings: ApiSettings): GraphQLError | undefined {
  const shape = measureDocument(document);
  const refusal = shapeRefusal(shape, settings);
  if (refusal) return refusal;
  if (shape.cycle) {
    const message = msg(`片段 "${shape.cycle}" 展开了它自己，请去掉这个循环。`, `Cannot spread fragment "${shape.cycle}" within itself. Remove the cycle.`);
    return new GraphQLError(inLanguage(message, currentLanguage()), { extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } } });
  }
  const pairs = countFieldPairs(document, settings.maxFieldPairs);
  if (pairs <= settings.maxFieldPairs) return undefined;
  return Errors.queryLimit(
    "QUERY_TOO_COMPLEX",
    msg(
      `这个查询在同一名称下重复了太多字段，检查它需要比较超过 ${settings.maxFieldPairs} 对字段。请在每个选择集中只请求每个字段一次。`,
      `This query repeats fields under the same name so often that checking it means comparing more than ${settings.maxFieldPairs} pairs of fields. Ask for each field once per selection.`,
    ),
    { limit: "MAX_FIELD_PAIRS", max: settings.maxFieldPairs, actual: pairs },
  );
}

export function costRefusal(cost: number, settings: ApiSettings): GraphQLError | undefined {
  if (cost <= settings.maxCost) return undefined;
  return Errors.queryLimit(
    "QUERY_TOO_COMPLEX",
    msg(
      `这个查询可能涉及 ${countZh(cost)} 行（每个字段计 1，乘以每个列表的每页行数），上限为 ${settings.maxCost}。请减小每页行数（first/last）或减少嵌套的列表。`,
      `This query may touch ${countEn(cost)} rows (each field 1, times the page size of each list); the limit is ${settings.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
    ),
    { limit: "MAX_QUERY_COST", max: settings.maxCost, actual: Math.min(cost, Number.MAX_SAFE_INTEGER) },
  );
}

export function tokenRefusal(settings: ApiSettings): GraphQLError {
  return Errors.queryLimit(
    "QUERY_TOO_LARGE",
    msg(
      `这个请求文档超过 ${settings.maxTokens} 个词法单元。请发送更短的文档（长的值请用变量传递）。`,
      `This document holds more than ${settings.maxTokens} tokens. Send a shorter one (pass long values as variables).`,
    ),
    { limit: "MAX_QUERY_TOKENS", max: settings.maxTokens },
  );
}

export function responseTooLarge(bytes: number, settings: ApiSettings): GraphQLError {
  return Errors.queryLimit(
    "RESPONSE_TOO_LARGE",
    msg(
      `结果将有 ${bytes} 字节，上限为 ${settings.maxResponseBytes}。请减小每页行数或少选一些字段。`,
      `The result would be ${bytes} bytes; the limit is ${settings.maxResponseBytes}. Ask for smaller pages or fewer fields.`,
    ),
    { limit: "MAX_RESPONSE_BYTES", max: settings.maxResponseBytes, actual: bytes },
  );
}

export function requestTimeout(settings: ApiSettings): GraphQLError {
  return Errors.queryLimit(
    "REQUEST_TIMEOUT",
    msg(
      `查询运行超过 ${settings.timeoutMs} 毫秒，已被停止。请减小每页行数、减少嵌套的列表或缩小筛选范围。`,
      `The query ran longer than ${settings.timeoutMs} ms and was stopped. Ask for smaller pages, fewer nested lists or a narrower filter.`,
    ),
    { limit: "REQUEST_TIMEOUT_MS", max: settings.timeoutMs },
    503,
  );
}

export function trustedDocumentRequired(): GraphQLError {
  return Errors.queryLimit(
    "TRUSTED_DOCUMENT_REQUIRED",
    msg(
      "未登录的调用方只能运行本服务器发布的操作（schema/operations/*.graphql）。请按原文或 sha256 哈希（持久化查询）发送其中之一，或先登录，或使用 API 密钥。",
      "This server only runs its published operations (schema/operations/*.graphql) for callers that are not signed in. Send one of those by text or by its sha256 hash (persisted query), sign in, or use an API key.",
    ),
    { limit: "TRUSTED_DOCUMENTS", max: 0 },
  );
}
