import { builder } from "./builder";
import { Errors } from "./errors";

export const SortDirection = builder.enumType("SortDirection", {
  description: "Sort direction.",
  values: {
    ASC: { description: "Smallest first (A→Z, oldest first)." },
    DESC: { description: "Largest first (Z→A, newest first)." },
  },
});

export const OFFSET_ARG_DESCRIPTION =
  "Skip this many rows before the page, for page-numbered screens. Use with `first` only, not with `after`, `before` or `last`.";

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  offset?: number | null;
}

/** Adds page-number access (`offset`) to the query Pothos plans for a Relay connection. */
export function withOffset<Q extends { skip?: number }>(query: Q, args: ConnectionArgs): Q {
  if (args.offset == null) return query;
  if (args.offset < 0) throw Errors.badInput("`offset` cannot be negative.", [{ field: "offset", message: "must be ≥ 0" }]);
  if (args.after || args.before || args.last != null) {
    throw Errors.badInput("`offset` works with `first` only; drop `after`, `before` and `last`, or drop `offset`.", [
      { field: "offset", message: "cannot be combined with cursor arguments" },
    ]);
  }
  return { ...query, skip: (query.skip ?? 0) + args.offset };
}

/** Prisma orderBy for a chosen field, with the id as a tie-breaker so pages are stable. */
export function orderBy<F extends string>(field: F, direction: "ASC" | "DESC" | null | undefined) {
  const dir = direction === "DESC" ? ("desc" as const) : ("asc" as const);
  return [{ [field]: dir } as Record<F, "asc" | "desc">, { id: dir } as Record<"id", "asc" | "desc">];
}
