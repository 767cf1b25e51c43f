import type { ApolloServer } from "@apollo/server";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import type { Viewer } from "../../api/auth/viewer";
import { anonymousViewer } from "../../api/auth/viewer";
import type { Prisma } from "../../api/db/prisma";
import { createApolloServer } from "../../api/graphql/apollo";
import { apiSettings, type ApiSettings } from "../../api/graphql/limits/settings";
import { loadConfig } from "../../api/config";
import type { Context } from "../../api/graphql/context";
import type { Language } from "../../api/lib/i18n";
import { inRequestLanguage } from "../../api/lib/language";
import { createLogger } from "../../api/logger";
import { RateLimiter } from "../../api/auth/rate-limit";
import { AccessTokens } from "../../api/auth/tokens";
import { loadDemo } from "../../prisma/seed/demo";
import { createTestDatabase, type TestDatabase } from "./db";

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export const platformAdmin: Viewer = { userId: "test-admin", grants: [{ role: "PLATFORM_ADMIN", congressId: null, congressPath: null }] };

/** Runs operations in-process through the real Apollo server (validation, errors, plugins) as a given viewer. */
export class TestApi {
  private constructor(
    private readonly apollo: ApolloServer<Context>,
    private readonly prisma: Prisma,
  ) {}

  readonly auth = { tokens: new AccessTokens("test-secret-of-at-least-thirty-two-characters", 900), limiter: new RateLimiter() };

  static async start(prisma: Prisma, settings: ApiSettings = apiSettings(loadConfig({}))): Promise<TestApi> {
    const apollo = createApolloServer({ log: createLogger("silent"), settings });
    await apollo.start();
    return new TestApi(apollo, prisma);
  }

  async run<T = Record<string, any>, V extends Record<string, unknown> = Record<string, any>>(
    query: string | TypedDocumentNode<T, V>,
    variables: V = {} as V,
    viewer: Viewer = anonymousViewer,
    clientIp = "127.0.0.1",
    // The suites written before localization assert English reasons; the zh-CN default is proven in localized-messages.test.ts.
    language: Language = "en",
  ) {
    const response = await inRequestLanguage(language, () => this.apollo.executeOperation<T>(
      { query: typeof query === "string" ? query : print(query), variables },
      {
        contextValue: { prisma: this.prisma, viewer, requestId: "test", log: createLogger("silent"), maxPageSize: 1000, auth: this.auth, clientIp },
      },
    ));
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult as GraphQLResult<T>;
  }

  /** Runs and fails the test on any GraphQL error. */
  async data<T = Record<string, any>, V extends Record<string, unknown> = Record<string, any>>(
    query: string | TypedDocumentNode<T, V>,
    variables: V = {} as V,
    viewer: Viewer = anonymousViewer,
    language: Language = "en",
  ) {
    const result = await this.run<T, V>(query, variables, viewer, "127.0.0.1", language);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }
}

export function codes(result: GraphQLResult): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code as string | undefined);
}

/**
 * A database with the demo data and an API on it, for one test file:
 * `const env = useDemoApi();` then `env.api`, `env.db` inside tests.
 */
export function useDemoApi(): { readonly api: TestApi; readonly db: TestDatabase } {
  const env = {} as { api: TestApi; db: TestDatabase };
  beforeAll(async () => {
    env.db = await createTestDatabase();
    await loadDemo(env.db.prisma);
    env.api = await TestApi.start(env.db.prisma);
  });
  afterAll(async () => {
    await env.api?.stop();
    await env.db?.drop();
  });
  return env;
}
