import type { GraphQLFormattedError } from "graphql";
import { inLanguage, type MessageText } from "../lib/i18n";
import { currentLanguage } from "../lib/language";
import { issueText } from "../lib/zod-messages";
import { localizedMessageOf, type FieldProblem } from "./errors";

/** The formatted error written in the caller's language: its message and each field problem's. Codes stay. */
export function localizeFormatted(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const language = currentLanguage();
  const localized = localizedMessageOf(error);
  const fields = formatted.extensions?.fields as FieldProblem[] | undefined;
  if (!localized && !fields?.length) return formatted;
  return {
    ...formatted,
    message: localized ? inLanguage(localized, language) : formatted.message,
    ...(formatted.extensions && {
      extensions: {
        ...formatted.extensions,
        ...(fields && { fields: fields.map((f) => ({ field: f.field, message: inLanguage(typeof f.message === "string" ? issueText(f.message) : f.message, language) })) }),
      },
    }),
  };
}

/** Text the API writes itself (not from an error it caught), in the caller's language. */
export function inCallerLanguage(text: MessageText): string {
  return inLanguage(text, currentLanguage());
}
