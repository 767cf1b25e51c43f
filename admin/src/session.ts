// The signed-in session: tokens in localStorage, the access token renewed shortly before it expires.
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
export async function call<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(GRAPHQL, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new GraphQLRequestError(first.message, first.extensions?.code, response.status);
  }
  return body.data as T;
}

const SESSION_FIELDS = "accessToken accessTokenExpiresAt refreshToken";

export async function signIn(username: string, password: string): Promise<void> {
  const data = await call<{ login: StoredSession }>(
    `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { ${SESSION_FIELDS} } }`,
    { u: username, p: password },
  );
  writeSession(data.login);
}

export async function signOut(): Promise<void> {
  const session = readSession();
  writeSession(null);
  if (session) await call(`mutation Logout($t: String!) { logout(refreshToken: $t) }`, { t: session.refreshToken }).catch(() => undefined);
}

let refreshing: Promise<string | null> | null = null;

/** A valid access token, refreshed first when it expires within 30 s; null when signed out. */
export async function accessToken(): Promise<string | null> {
  const session = readSession();
  if (!session) return null;
  if (new Date(session.accessTokenExpiresAt).getTime() - Date.now() > 30_000) return session.accessToken;
  refreshing ??= call<{ refreshToken: StoredSession }>(
    `mutation Refresh($t: String!) { refreshToken(refreshToken: $t) { ${SESSION_FIELDS} } }`,
    { t: session.refreshToken },
  )
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
