// Lists ordered by a value the table does not hold (a distance to a point): keyset pages over the
// rows' ranks, computed for every candidate row before paging, so the order holds across pages.
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "./context";
import { listOrder, type Direction, type SortValue } from "./cursors";
import { pageFromRows, planPage, type ListModel, type Page, type PageArgs } from "./connections";

/** A row's place in a ranked list: its rank, then its id as tie-breaker. */
interface RankedKey {
  rank: number;
  id: string;
}

export interface RankedListRequest<T> {
  model: ListModel<T>;
  /** The GraphQL type name of the node, for the nested selection. */
  typeName: string;
  /** Rows the viewer may see, and the rows the filter asks for (a cheap superset of the ranked rows keeps the query small: no list of ids is sent). */
  scope: object;
  filter: object;
  /** Names the list and what the ranks measure (e.g. the point distances are taken from); a cursor made under another tag is refused. */
  tag: { list: string; sortName: string };
  /** Every candidate row's rank by id; rows without one are not listed. */
  ranks: ReadonlyMap<string, number>;
  direction: Direction;
  args: PageArgs;
}

function compareKeys(a: RankedKey, b: RankedKey, direction: Direction): number {
  const ascending = a.rank !== b.rank ? a.rank - b.rank : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return direction === "asc" ? ascending : -ascending;
}

function keyOf(values: SortValue[] | null): RankedKey | null {
  return values ? { rank: values[0] as number, id: values[1] as string } : null;
}

/** One query for the ids the viewer may see among the ranked rows, one for the page's nodes with their nested selection. */
export async function resolveRankedList<T extends { id: string }>(ctx: Context, info: GraphQLResolveInfo, request: RankedListRequest<T>): Promise<Page<T>> {
  const { model, args, direction, ranks } = request;
  const order = listOrder(request.tag.list, request.tag.sortName, [{ path: ["rank"], kind: "number" }], direction);
  const plan = planPage(order, args, ctx.maxPageSize);
  const visible = (await model.findMany({ where: { AND: [request.scope, request.filter] }, select: { id: true } })) as unknown as { id: string }[];
  const keys = visible.flatMap(({ id }) => (ranks.has(id) ? [{ rank: ranks.get(id)!, id }] : [])).sort((a, b) => compareKeys(a, b, direction));

  const after = keyOf(plan.after);
  const before = keyOf(plan.before);
  const between = keys.filter((key) => (!after || compareKeys(key, after, direction) > 0) && (!before || compareKeys(key, before, direction) < 0));
  if (plan.backward) between.reverse();
  const taken = between.slice(plan.offset, plan.offset + plan.size + 1);
  const start = plan.backward ? before : after;
  const outsideExists = start != null && keys.some((key) => (plan.backward ? compareKeys(key, start, direction) >= 0 : compareKeys(key, start, direction) <= 0));
  const keyPage = pageFromRows(plan, taken, outsideExists, () => keys.length);

  const pageIds = keyPage.edges.map((edge) => edge.node.id);
  const selection = queryFromInfo({ context: ctx, info, typeName: request.typeName, path: ["edges", "node"], select: { id: true } as never });
  const nodes = new Map((await model.findMany({ ...selection, where: { id: { in: pageIds } } })).map((node) => [node.id, node]));
  // A row deleted between the two queries drops out of the page rather than failing it.
  const edges = keyPage.edges.flatMap((edge) => {
    const node = nodes.get(edge.node.id);
    return node ? [{ cursor: edge.cursor, node }] : [];
  });
  return { ...keyPage, edges, pageInfo: { ...keyPage.pageInfo, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null } };
}
