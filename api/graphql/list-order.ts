// A list's sort options and its standard arguments, each written once: the `…OrderField` enum and
// the columns behind its values come from one table, and every list takes the same four arguments.
import type { ArgBuilder, EnumRef, InputObjectRef } from "@pothos/core";
import { builder } from "./builder";
import type { ListSorts, SortColumn } from "./connections";
import type { Direction } from "./cursors";
import { OFFSET_ARG_DESCRIPTION, SortDirection } from "./pagination";

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

interface SortChoice<V extends string> {
  /** What the resolver sees in `args.sortBy`. */
  value: V;
  /** Absent when the resolver orders this choice itself (e.g. by distance). */
  column?: SortColumn | readonly SortColumn[];
  description: string;
}

/** The GraphQL enum `name` and the list's `ListSorts`, from one table keyed by enum value. */
export function sortChoices<V extends string>(
  name: string,
  rows: string,
  sorts: { list: string; defaultSort: NoInfer<V>; defaultDirection?: Direction; choices: Record<string, SortChoice<V>> },
) {
  const values = Object.fromEntries(Object.entries(sorts.choices).map(([key, c]) => [key, { value: c.value, description: c.description }]));
  const order = builder.enumType(name, { description: `Fields ${rows} can be sorted by.`, values }) as EnumRef<BuilderTypes, V, V>;
  const columns = Object.fromEntries(Object.values(sorts.choices).flatMap((c) => (c.column ? [[c.value, c.column]] : []))) as ListSorts<V>["columns"];
  const listSorts: ListSorts<V> = { list: sorts.list, defaultSort: sorts.defaultSort, defaultDirection: sorts.defaultDirection, columns };
  return { order, sorts: listSorts as ListSorts };
}

/** `filter`, `sortBy`, `sortDirection` and `offset`, the arguments every list field takes. */
export function listArgs<F, V extends string>(
  arg: ArgBuilder<BuilderTypes>,
  options: {
    filter: InputObjectRef<BuilderTypes, F>;
    filterDescription: string;
    order: EnumRef<BuilderTypes, V, V>;
    sortDescription: string;
    directionDescription?: string;
  },
) {
  return {
    filter: arg({ type: options.filter, description: options.filterDescription }),
    sortBy: arg({ type: options.order, description: options.sortDescription }),
    sortDirection: arg({ type: SortDirection, description: options.directionDescription ?? "Sort direction (default ASC)." }),
    offset: arg.int({ description: OFFSET_ARG_DESCRIPTION }),
  };
}
