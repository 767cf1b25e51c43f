import { builder } from "./builder";

export const SortDirection = builder.enumType("SortDirection", {
  description: "Sort direction.",
  values: {
    ASC: { description: "Smallest first (A→Z, oldest first)." },
    DESC: { description: "Largest first (Z→A, newest first)." },
  },
});

export const OFFSET_ARG_DESCRIPTION =
  "Skip this many rows before the page, for page-numbered screens. Use with `first` only, not with `after`, `before` or `last`.";
