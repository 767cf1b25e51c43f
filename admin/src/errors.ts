import { i18nProvider } from "./i18n";

interface WithGraphQLErrors {
  message?: string;
  code?: string;
  graphQLErrors?: { message: string; extensions?: { code?: string } }[];
  /** ra-data-graphql wraps Apollo's error in an HttpError and keeps the original here. */
  body?: WithGraphQLErrors;
}

/** The GraphQL errors of an Apollo error, directly or inside ra-data-graphql's wrapper. */
export function graphQLErrorsOf(error: unknown): WithGraphQLErrors["graphQLErrors"] {
  const e = (error ?? {}) as WithGraphQLErrors;
  return e.graphQLErrors ?? e.body?.graphQLErrors;
}

/** The API's message, led by the error code in the console's language ("权限不足：Only …"). */
export function describeError(error: unknown): string {
  const e = (error ?? {}) as WithGraphQLErrors;
  const first = graphQLErrorsOf(error)?.[0];
  const code = first?.extensions?.code ?? e.code;
  const message = first?.message ?? e.message ?? String(error);
  const label = code ? i18nProvider.translate(`app.errors.${code}`, { _: "" }) : "";
  return label ? `${label}：${message}` : message;
}
