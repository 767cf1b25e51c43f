import type { z } from "zod";
import { msg } from "../lib/i18n";
import { issueText, localizedIssue, zmsg } from "../lib/zod-messages";
import { Errors } from "./errors";

/** A required field sent as null: in an update, omitting it is how to keep its value. */
const nullForRequired = (issue: { code?: string; input?: unknown }) =>
  issue.code === "invalid_type" && issue.input === null
    ? zmsg("必填，不能为空值（不修改时请省略此项）。", "required: it cannot be null (omit it to keep the current value)")
    : undefined;

/** Parses mutation input with its zod schema; every problem is reported with its field path, in both languages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = "input"): z.infer<S> {
  const result = schema.safeParse(input, { error: (issue) => nullForRequired(issue) ?? localizedIssue(issue) });
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: [root, ...issue.path.map(String)].join("."),
    message: issueText(issue.message),
  }));
  const zh = fields.map((f) => f.message.zh).join("；");
  const en = fields.map((f) => `${f.field}: ${f.message.en}`).join("; ");
  throw Errors.badInput(msg(`输入有误，请检查标出的项：${zh}`, `Check the input: ${en}`), fields);
}
