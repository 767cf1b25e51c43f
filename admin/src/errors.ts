import { i18nProvider } from "./i18n";

interface WithGraphQLErrors {
  message?: string;
  code?: string;
  graphQLErrors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
  /** ra-data-graphql wraps Apollo's error in an HttpError and keeps the original here. */
  body?: WithGraphQLErrors;
}

/** The GraphQL errors of an Apollo error, directly or inside ra-data-graphql's wrapper. */
export function graphQLErrorsOf(error: unknown): WithGraphQLErrors["graphQLErrors"] {
  const e = (error ?? {}) as WithGraphQLErrors;
  return e.graphQLErrors ?? e.body?.graphQLErrors;
}

/** The error's stable code (`extensions.code`), when the API gave one. */
export function errorCode(error: unknown): string | undefined {
  return graphQLErrorsOf(error)?.[0]?.extensions?.code ?? (error as WithGraphQLErrors | null)?.code;
}

/**
 * The error in the console's language. Codes whose meaning needs no detail get a whole sentence
 * (`app.errorSentences`); others keep the API's message led by the code's label ("输入有误：…").
 */
export function describeError(error: unknown): string {
  const e = (error ?? {}) as WithGraphQLErrors;
  const code = errorCode(error);
  const sentence = code ? i18nProvider.translate(`app.errorSentences.${code}`, { _: "" }) : "";
  if (sentence) return sentence;
  // The API writes its message in the console's language (Accept-Language), so it is shown as it is.
  return graphQLErrorsOf(error)?.[0]?.message ?? e.message ?? String(error);
}

/**
 * The API's field problems as react-admin form errors: `input.person.idNumber` is the form's
 * `person.idNumber`. Undefined when the error names no field.
 */
export function fieldErrorsOf(error: unknown): Record<string, unknown> | undefined {
  const fields = graphQLErrorsOf(error)?.flatMap((e) => e.extensions?.fields ?? []) ?? [];
  if (!fields.length) return undefined;
  const errors: Record<string, unknown> = {};
  for (const { field, message } of fields) {
    const path = field.replace(/^input\./, "").split(".");
    let node = errors;
    path.slice(0, -1).forEach((key) => (node = (node[key] ??= {}) as Record<string, unknown>));
    node[path[path.length - 1]] ??= message;
  }
  return errors;
}
