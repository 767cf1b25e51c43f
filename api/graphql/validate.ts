import type { z } from "zod";
import { Errors } from "./errors";

/** A required field sent as null: in an update, omitting it is how to keep its value. */
const nullForRequired = (issue: { code?: string; input?: unknown }) =>
  issue.code === "invalid_type" && issue.input === null ? "required: it cannot be null (omit it to keep the current value)" : undefined;

/** Parses mutation input with its zod schema; every problem is reported with its field path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = "input"): z.infer<S> {
  const result = schema.safeParse(input, { error: nullForRequired });
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: [root, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join("; ");
  throw Errors.badInput(`Check the input: ${summary}`, fields);
}
