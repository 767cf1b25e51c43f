import type { AuthProvider } from "react-admin";
import { i18nProvider } from "./i18n";
import { GraphQLRequestError, accessToken, call, readSession, signIn, signOut } from "./session";

export interface Grant {
  role: string;
  congress: { id: string; name: string; region: { id: string; path: string } | null } | null;
}

export interface Permissions {
  roles: string[];
  grants: Grant[];
  isAdmin: boolean;
  /** Administrators and deputy affairs staff keep the deputy rolls. */
  keepsRolls: boolean;
}

interface Me {
  id: string;
  displayName: string;
  username: string;
  grants: Grant[];
}

let me: Promise<Me | null> | null = null;

async function loadMe(): Promise<Me | null> {
  me ??= (async () => {
    const token = await accessToken();
    if (!token) return null;
    const data = await call<{ me: Me | null }>(`{ me { id username displayName grants { role congress { id name region { id path } } } } }`, {}, token);
    return data.me;
  })().catch(() => null);
  return me;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    me = null;
    try {
      await signIn(username, password);
    } catch (error) {
      // The API writes its reason in the console's language (Accept-Language); a network failure has none.
      if (error instanceof GraphQLRequestError && error.message) throw new Error(error.message);
      throw new Error(i18nProvider.translate("app.signIn.failed"));
    }
  },
  async logout() {
    me = null;
    await signOut();
  },
  async checkAuth() {
    if (!readSession() || !(await accessToken())) throw new Error("ra.auth.auth_check_error");
  },
  async checkError(error: { status?: number; graphQLErrors?: { extensions?: { code?: string } }[]; networkError?: { statusCode?: number } }) {
    const unauthenticated =
      error?.status === 401 ||
      error?.networkError?.statusCode === 401 ||
      error?.graphQLErrors?.some((e) => e.extensions?.code === "UNAUTHENTICATED");
    if (unauthenticated) {
      me = null;
      throw new Error("ra.auth.auth_check_error");
    }
  },
  async getIdentity() {
    const user = await loadMe();
    if (!user) throw new Error("ra.auth.auth_check_error");
    return { id: user.id, fullName: user.displayName };
  },
  async getPermissions(): Promise<Permissions> {
    const user = await loadMe();
    const grants = user?.grants ?? [];
    const roles = [...new Set(grants.map((g) => g.role))];
    const isAdmin = roles.includes("PLATFORM_ADMIN") || roles.includes("CONGRESS_ADMIN");
    return { roles, grants, isAdmin, keepsRolls: isAdmin || roles.includes("DEPUTY_AFFAIRS") };
  },
};
