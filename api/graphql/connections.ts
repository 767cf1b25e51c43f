// One helper for every list: keyset pages over a Prisma model, one shared connection type per node.
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { ObjectRef } from "@pothos/core";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "./builder";
import type { Context } from "./context";
import {
  atOrBeforeWhere,
  decodeCursor,
  encodeCursor,
  keysetWhere,
  listOrder,
  orderByFor,
  reverse,
  type Direction,
  type ListOrder,
  type SortColumn,
  type SortValue,
} from "./cursors";
import { Errors } from "./errors";
import { msg } from "../lib/i18n";

export { sortOn, type SortColumn } from "./cursors";

const DEFAULT_PAGE_SIZE = 20;
type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
type Where = Record<string, unknown>;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  offset?: number | null;
}

/** A list's possible orders: sort name (the GraphQL enum value) → column, and the default. */
export interface ListSorts<S extends string = string> {
  list: string;
  columns: Record<S, SortColumn | readonly SortColumn[]>;
  defaultSort: S;
  defaultDirection?: Direction;
}

/** What a page of `T` resolves to; `totalCount` is only counted when asked for. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number> | number;
}

export interface PagePlan {
  order: ListOrder;
  size: number;
  backward: boolean;
  offset: number;
  /** The sort values of the `after` and `before` cursors. */
  after: SortValue[] | null;
  before: SortValue[] | null;
  /** Keyset bounds from `after`/`before`. */
  bounds: Where[];
  /** Rows on the far side of the cursor the page starts from; any such row means a page precedes (or follows). */
  outside: Where | null;
  orderBy: Where[];
}

function checkSize(name: "first" | "last", value: number | null | undefined, max: number) {
  if (value == null) return;
  if (value < 0) throw Errors.badInput(msg(`${name} 不能为负数。`, `\`${name}\` cannot be negative.`), [{ field: name, message: msg("须大于或等于 0", "must be ≥ 0") }]);
  if (value > max) {
    throw Errors.badInput(msg(`${name} 最多为 ${max}，每页请不超过 ${max} 行。`, `\`${name}\` can be at most ${max}; ask for pages of ${max} rows or fewer.`), [
      { field: name, message: msg(`最多为 ${max}`, `at most ${max}`) },
    ]);
  }
}

export function chooseOrder(sorts: ListSorts, sortBy: string | null | undefined, direction: "ASC" | "DESC" | null | undefined): ListOrder {
  const sortName = sortBy ?? sorts.defaultSort;
  const dir: Direction = direction ? (direction === "DESC" ? "desc" : "asc") : (sorts.defaultDirection ?? "asc");
  const columns = sorts.columns[sortName as keyof typeof sorts.columns] ?? [];
  return listOrder(sorts.list, sortName, Array.isArray(columns) ? columns : [columns as SortColumn], dir);
}

export function planPage(order: ListOrder, args: PageArgs, maxPageSize: number): PagePlan {
  checkSize("first", args.first, maxPageSize);
  checkSize("last", args.last, maxPageSize);
  if (args.first != null && args.last != null) {
    throw Errors.badInput(msg("first 和 last 只能给一个。", "Give `first` or `last`, not both."), [{ field: "last", message: msg("不能与 first 同时使用", "cannot be combined with first") }]);
  }
  const offset = args.offset ?? 0;
  if (offset < 0) throw Errors.badInput(msg("offset 不能为负数。", "`offset` cannot be negative."), [{ field: "offset", message: msg("须大于或等于 0", "must be ≥ 0") }]);
  if (args.offset != null && (args.after || args.before || args.last != null)) {
    throw Errors.badInput(msg("offset 只能与 first 一起使用；请去掉 after、before 和 last，或去掉 offset。", "`offset` works with `first` only; drop `after`, `before` and `last`, or drop `offset`."), [
      { field: "offset", message: msg("不能与游标参数同时使用", "cannot be combined with cursor arguments") },
    ]);
  }
  const backward = args.last != null;
  const after = args.after ? decodeCursor(order, args.after, "after") : null;
  const before = args.before ? decodeCursor(order, args.before, "before") : null;
  const bounds: Where[] = [];
  if (after) bounds.push(keysetWhere(order, after, order.direction));
  if (before) bounds.push(keysetWhere(order, before, reverse(order.direction)));
  const start = backward ? before : after;
  const outside = start ? atOrBeforeWhere(order, start, backward ? reverse(order.direction) : order.direction) : null;
  return {
    order,
    size: args.first ?? args.last ?? DEFAULT_PAGE_SIZE,
    backward,
    offset,
    after,
    before,
    bounds,
    outside,
    orderBy: orderByFor(order, backward ? reverse(order.direction) : order.direction),
  };
}

/** The findMany arguments of a page (one row more than asked, to learn whether more follow). */
export function pageQuery(plan: PagePlan, where: Where) {
  return { where: { AND: [where, ...plan.bounds] }, orderBy: plan.orderBy, take: plan.size + 1, skip: plan.offset };
}

export function pageFromRows<T>(plan: PagePlan, rows: T[], outsideExists: boolean, totalCount: Page<T>["totalCount"]): Page<T> {
  const page = rows.slice(0, plan.size);
  if (plan.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(plan.order, node), node }));
  const more = rows.length > plan.size;
  return {
    edges,
    pageInfo: {
      hasNextPage: plan.backward ? outsideExists : more,
      hasPreviousPage: plan.backward ? more : plan.offset > 0 || outsideExists,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** The columns a cursor needs, as a Prisma select, merged into the selection GraphQL asks for. */
function sortSelection(order: ListOrder): Where {
  const select: Where = {};
  for (const { path } of order.columns) {
    let target = select;
    path.forEach((key, i) => {
      if (i === path.length - 1) target[key] = true;
      else target = ((target[key] ??= { select: {} }) as { select: Where }).select;
    });
  }
  return select;
}

/** The parts of a Prisma model delegate a list needs (method syntax keeps every generated delegate assignable). */
export interface ListModel<T> {
  findMany(args: object): PromiseLike<T[]>;
  findFirst(args: object): PromiseLike<unknown>;
  count(args: { where: object }): Promise<number>;
}

export interface ListRequest<T> {
  model: ListModel<T>;
  /** The GraphQL type name of the node, for the nested selection. */
  typeName: string;
  /** Rows the viewer may see, and the rows the filter asks for. */
  scope: object;
  filter: object;
  sorts: ListSorts;
  args: PageArgs & { sortBy?: string | null; sortDirection?: "ASC" | "DESC" | null };
}

/** A top-level list: one findMany with the nested selection batched, a count only when asked for, and one existence check after a cursor. */
export async function resolveList<T extends object>(ctx: Context, info: GraphQLResolveInfo, request: ListRequest<T>): Promise<Page<T>> {
  const { model, args } = request;
  const plan = planPage(chooseOrder(request.sorts, args.sortBy, args.sortDirection), args, ctx.maxPageSize);
  const where = { AND: [request.scope, request.filter] };
  const selection = queryFromInfo({ context: ctx, info, typeName: request.typeName, path: ["edges", "node"], select: sortSelection(plan.order) as never });
  const rows = await model.findMany({ ...selection, ...pageQuery(plan, where) });
  return pageFromRows(plan, rows, await rowsOutside(plan, model, where), () => model.count({ where }));
}

async function rowsOutside(plan: PagePlan, model: ListModel<unknown>, where: object): Promise<boolean> {
  if (!plan.outside) return false;
  return (await model.findFirst({ where: { AND: [where, plan.outside] }, select: { id: true } })) != null;
}

/**
 * The relation query for a page of a nested list, so the page loads with its parent rows (no query
 * per parent). `selection` is what `nestedSelection` planned for the nodes; the sort columns are
 * added to it, as the cursors need them even when no node field is asked for. `scope` limits the
 * rows to those the viewer may read, as the top-level list of the same node does.
 */
export function relatedPageQuery<Q extends object>(sorts: ListSorts, args: PageArgs, ctx: Context, selection: Q, scope: Where = {}): Q {
  const plan = planPage(chooseOrder(sorts, null, null), args, ctx.maxPageSize);
  const planned = selection as { select?: Where };
  const select = planned.select ? { select: { ...sortSelection(plan.order), ...planned.select } } : {};
  return { ...selection, ...select, ...pageQuery(plan, scope) };
}

/**
 * A nested list's page from the rows and `_count` its parent loaded. Only a page after a cursor
 * costs a query of its own: whether rows precede the cursor among `siblings` (the same list as a where).
 */
export async function relatedPage<T extends object>(
  ctx: Context,
  loaded: { rows: T[]; totalCount: number },
  sorts: ListSorts,
  args: PageArgs,
  siblings: { model: ListModel<unknown>; where: object },
): Promise<Page<T>> {
  const plan = planPage(chooseOrder(sorts, null, null), args, ctx.maxPageSize);
  return pageFromRows(plan, loaded.rows, await rowsOutside(plan, siblings.model, siblings.where), () => loaded.totalCount);
}

/** The shared `<Node>Connection` and `<Node>Edge` types of a node, with `totalCount`. */
export function nodeConnection<T extends object>(node: ObjectRef<BuilderTypes, T>, name: string, rows: string) {
  return builder.connectionObject(
    {
      type: node,
      name: `${name}Connection`,
      description: `A page of ${rows} (Relay connection) with the total count.`,
      fields: (t) => ({
        totalCount: t.int({
          description: "Rows in the whole list (every page) under the same filter.",
          resolve: (connection) => (connection as unknown as Page<T>).totalCount(),
        }),
      }),
    },
    { name: `${name}Edge`, description: `One of the ${rows} in a page, with its cursor.` },
  );
}
