// The signed-in session: tokens in localStorage, the access token renewed shortly before it expires.
// The sign-in operations live in schema/operations so the server's trusted-document manifest has them.
import SESSION_OPERATIONS from "../../schema/operations/session.graphql?raw";
import { i18nProvider } from "./i18n";

const KEY = "deputy-platform.session";
const GRAPHQL = new URL("../graphql", window.location.href).toString();

export interface StoredSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

export function readSession(): StoredSession | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "null");
  } catch {
    return null;
  }
}

function writeSession(session: StoredSession | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
}

/** A plain GraphQL call, for sign-in operations that run before the Apollo client has a token. */
export async function call<T>(query: string, variables: Record<string, unknown>, token?: string, operationName?: string): Promise<T> {
  const response = await fetch(GRAPHQL, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": i18nProvider.getLocale(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new GraphQLRequestError(first.message, first.extensions?.code, response.status);
  }
  return body.data as T;
}

const sessionCall = <T>(operationName: string, variables: Record<string, unknown>) => call<T>(SESSION_OPERATIONS, variables, undefined, operationName);

export async function signIn(username: string, password: string): Promise<void> {
  const data = await sessionCall<{ login: StoredSession }>("Login", { username, password });
  writeSession(data.login);
}

export async function signOut(): Promise<void> {
  const session = readSession();
  writeSession(null);
  if (session) await sessionCall("Logout", { refreshToken: session.refreshToken }).catch(() => undefined);
}

let refreshing: Promise<string | null> | null = null;

/** A valid access token, refreshed first when it expires within 30 s; null when signed out. */
export async function accessToken(): Promise<string | null> {
  const session = readSession();
  if (!session) return null;
  if (new Date(session.accessTokenExpiresAt).getTime() - Date.now() > 30_000) return session.accessToken;
  refreshing ??= sessionCall<{ refreshToken: StoredSession }>("Refresh", { refreshToken: session.refreshToken })
    .then((data) => {
      writeSession(data.refreshToken);
      return data.refreshToken.accessToken;
    })
    .catch(() => {
      writeSession(null);
      return null;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}
