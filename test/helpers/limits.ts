import type { ApolloServer } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { RateLimiter } from "../../api/auth/rate-limit";
import { AccessTokens } from "../../api/auth/tokens";
import { anonymousViewer, type Viewer } from "../../api/auth/viewer";
import { loadConfig } from "../../api/config";
import type { Prisma } from "../../api/db/prisma";
import { createApolloServer } from "../../api/graphql/apollo";
import type { Context } from "../../api/graphql/context";
import { apiSettings, type ApiSettings } from "../../api/graphql/limits/settings";
import { createLogger } from "../../api/logger";
import type { Language } from "../../api/lib/i18n";
import { inRequestLanguage } from "../../api/lib/language";

export interface SentRequest {
  query?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
  viewer?: Viewer;
  /** The reader's language; zh-CN, the API's default, when omitted. */
  language?: Language;
}

export interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: readonly GraphQLFormattedError[];
  ms: number;
}

/** An Apollo server with chosen limits, answering with the HTTP status Apollo would send. */
export class LimitedApi {
  private constructor(
    private readonly apollo: ApolloServer<Context>,
    private readonly prisma: Prisma,
  ) {}

  static async start(prisma: Prisma, overrides: Partial<ApiSettings> = {}): Promise<LimitedApi> {
    const apollo = createApolloServer({ log: createLogger("silent"), settings: { ...apiSettings(loadConfig({})), ...overrides } });
    await apollo.start();
    return new LimitedApi(apollo, prisma);
  }

  async send({ viewer = anonymousViewer, language = "zh-CN", ...request }: SentRequest): Promise<Answer> {
    const started = performance.now();
    const response = await inRequestLanguage(language, () => this.apollo.executeOperation(request, {
      contextValue: {
        prisma: this.prisma,
        viewer,
        requestId: "test",
        log: createLogger("silent"),
        maxPageSize: 1000,
        auth: { tokens: new AccessTokens("test-secret-of-at-least-thirty-two-characters", 900), limiter: new RateLimiter() },
        clientIp: "127.0.0.1",
      },
    }));
    if (response.body.kind !== "single") throw new Error("expected a single result");
    const { data, errors } = response.body.singleResult;
    return { status: response.http.status ?? 200, data: data as Answer["data"], errors, ms: performance.now() - started };
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }
}

export const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

/** `fragment F1 on Query { ...F2 ...F2 }` … `levels` deep: 2^levels fields once expanded, a few hundred bytes. */
export function fragmentBomb(levels: number, operationName = "Q"): string {
  const fragments = Array.from({ length: levels - 1 }, (_, i) => `fragment F${i + 1} on Query { ...F${i + 2} ...F${i + 2} }`);
  return [`query ${operationName} { ...F1 }`, ...fragments, `fragment F${levels} on Query { __typename }`].join("\n");
}

/** `n` aliases of one large page of deputies. */
export function aliasFlood(n: number, pageSize = 1000): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: deputies(first: ${pageSize}) { edges { node { id } } }`).join(" ")} }`;
}
