// Keyset cursors: a cursor carries the sort values of its row, so the next page continues after
// those values even when the row itself was changed, filtered out or deleted in the meantime.
import { Errors } from "./errors";
import { msg } from "../lib/i18n";

/** Bumped whenever the payload layout changes; older cursors are then refused, not misread. */
const CURSOR_VERSION = 1;

export type SortValueKind = "string" | "int" | "number" | "date" | "uuid" | "enum";
export type Direction = "asc" | "desc";

/** One column of a list's order. `path` reaches through to-one relations, e.g. ["person", "name"]. */
export interface SortColumn {
  path: readonly string[];
  kind: SortValueKind;
  nullable?: boolean;
  /** Allowed values of an enum column; anything else in a cursor is refused before reaching SQL. */
  values?: readonly string[];
  /** A secondary column that keeps its own direction whatever direction the list is sorted in. */
  fixed?: Direction;
}

/** The full order of a list: its sort columns, then the id as tie-breaker, in one direction. */
export interface ListOrder {
  /** Names the list and its order; a cursor made under another tag is refused. */
  tag: string;
  columns: readonly SortColumn[];
  direction: Direction;
}

export type SortValue = string | number | Date | null;
type Where = Record<string, unknown>;

const ID_COLUMN: SortColumn = { path: ["id"], kind: "uuid" };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function listOrder(list: string, sortName: string, columns: readonly SortColumn[], direction: Direction): ListOrder {
  return { tag: `${list}:${sortName}:${direction}`, columns: [...columns, ID_COLUMN], direction };
}

/** The direction of one column when the list is walked in `walk` (the list's direction, or its reverse for "before"). */
function columnDirection(order: ListOrder, column: SortColumn, walk: Direction): Direction {
  if (!column.fixed) return walk;
  return walk === order.direction ? column.fixed : reverse(column.fixed);
}

function valueAt(row: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), row);
}

export function encodeCursor(order: ListOrder, row: unknown): string {
  const values = order.columns.map((column) => {
    const value = valueAt(row, column.path);
    return value instanceof Date ? value.toISOString() : (value ?? null);
  });
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, l: order.tag, k: values })).toString("base64url");
}

function decodeValue(column: SortColumn, raw: unknown): SortValue | undefined {
  if (raw === null) return column.nullable ? null : undefined;
  switch (column.kind) {
    case "int":
      return Number.isSafeInteger(raw) ? (raw as number) : undefined;
    case "number":
      return typeof raw === "number" && Number.isFinite(raw) ? raw : undefined;
    case "date": {
      const date = typeof raw === "string" ? new Date(raw) : null;
      return date && !Number.isNaN(date.getTime()) ? date : undefined;
    }
    case "uuid":
      return typeof raw === "string" && UUID.test(raw) ? raw : undefined;
    case "enum":
      return typeof raw === "string" && column.values?.includes(raw) ? raw : undefined;
    case "string":
      return typeof raw === "string" ? raw : undefined;
  }
}

/** The sort values a cursor holds, checked against the list's order; anything else is BAD_USER_INPUT naming `arg`. */
export function decodeCursor(order: ListOrder, cursor: string, arg: "after" | "before"): SortValue[] {
  const refuse = (why: string) =>
    Errors.badInput(msg(`${arg} 不是此列表按此排序的游标，请使用同一列表、同一排序的游标，或不带 ${arg} 重新开始。`, `\`${arg}\` is not a cursor of this list in this order (${why}). Use a cursor from a page of the same list, sort and direction, or start again without \`${arg}\`.`), [
      { field: arg, message: why },
    ]);
  let payload: { v?: unknown; l?: unknown; k?: unknown };
  try {
    payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as typeof payload;
  } catch {
    throw refuse("malformed cursor");
  }
  if (payload === null || typeof payload !== "object") throw refuse("malformed cursor");
  if (payload.v !== CURSOR_VERSION) throw refuse("unknown cursor version");
  if (payload.l !== order.tag) throw refuse("made for another list or sort order");
  const raw = payload.k;
  if (!Array.isArray(raw) || raw.length !== order.columns.length) throw refuse("malformed cursor");
  return order.columns.map((column, i) => {
    const value = decodeValue(column, raw[i]);
    if (value === undefined) throw refuse("malformed cursor");
    return value;
  });
}

function nest(path: readonly string[], leaf: unknown): Where {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf) as Where;
}

/** Rows strictly past `value` on one column in `direction`; PostgreSQL puts NULLs last ascending, first descending. */
function pastValue(column: SortColumn, value: SortValue, direction: Direction): Where | null {
  if (column.kind === "enum" && column.values && typeof value === "string") {
    // Prisma has no gt/lt on enums; PostgreSQL orders an enum by declaration order, which `values` keeps.
    const at = column.values.indexOf(value);
    return nest(column.path, { in: direction === "asc" ? column.values.slice(at + 1) : column.values.slice(0, at) });
  }
  if (direction === "asc") {
    if (value === null) return null;
    const greater = nest(column.path, { gt: value });
    return column.nullable ? { OR: [greater, nest(column.path, null)] } : greater;
  }
  return value === null ? nest(column.path, { not: null }) : nest(column.path, { lt: value });
}

function sameValue(column: SortColumn, value: SortValue): Where {
  return nest(column.path, value);
}

/** Rows after the position `values` in `direction` (pass the reverse direction for "before"). */
export function keysetWhere(order: ListOrder, values: SortValue[], direction: Direction): Where {
  const disjuncts: Where[] = [];
  order.columns.forEach((column, i) => {
    const past = pastValue(column, values[i], columnDirection(order, column, direction));
    if (!past) return;
    disjuncts.push({ AND: [...order.columns.slice(0, i).map((earlier, j) => sameValue(earlier, values[j])), past] });
  });
  return { OR: disjuncts };
}

/** Rows at or before the position `values` in `direction`. */
export function atOrBeforeWhere(order: ListOrder, values: SortValue[], direction: Direction): Where {
  const same = { AND: order.columns.map((column, i) => sameValue(column, values[i])) };
  return { OR: [keysetWhere(order, values, reverse(direction)), same] };
}

export function reverse(direction: Direction): Direction {
  return direction === "asc" ? "desc" : "asc";
}

export function orderByFor(order: ListOrder, direction: Direction): Where[] {
  return order.columns.map((column) => nest(column.path, columnDirection(order, column, direction)));
}

/** Shorthands for a list's sort columns: `sortOn.string("name")`, `sortOn.date("lastLoginAt", { nullable: true })`. */
export const sortOn = {
  string: (...path: string[]): SortColumn => ({ path, kind: "string" }),
  fixed: (column: SortColumn, direction: Direction): SortColumn => ({ ...column, fixed: direction }),
  int: (...path: string[]): SortColumn => ({ path, kind: "int" }),
  date: (field: string, options: { nullable?: boolean } = {}): SortColumn => ({ path: [field], kind: "date", ...options }),
  enum: (field: string, values: Record<string, string>): SortColumn => ({ path: [field], kind: "enum", values: Object.values(values) }),
};
