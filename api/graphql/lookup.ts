import { Errors } from "./errors";
import { msg } from "../lib/i18n";

/**
 * The key of a one-record lookup that takes an id or a code: exactly one must be given, so a
 * caller never gets a record matched by something it did not mean.
 */
export function lookupKey(args: { id?: { id: string } | null; code?: string | null }): { id: string } | { code: string } {
  const given = [args.id != null, args.code != null].filter(Boolean).length;
  if (given !== 1) {
    throw Errors.badInput(msg("id 和 code 须且只能给一个。", "Give exactly one of `id` and `code`."), [
      { field: "id", message: msg("请给出 id 或 code", "give either id or code") },
      { field: "code", message: msg("请给出 id 或 code", "give either id or code") },
    ]);
  }
  return args.id ? { id: args.id.id } : { code: args.code!.trim() };
}
