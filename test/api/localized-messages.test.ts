import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLInputType } from "graphql";
import { loadConfig } from "../../api/config";
import { Errors } from "../../api/graphql/errors";
import { localizeFormatted } from "../../api/graphql/localize";
import { buildSchema } from "../../api/graphql/schema";
import { inRequestLanguage, negotiateLanguage } from "../../api/lib/language";
import { createLogger } from "../../api/logger";
import { startPlatform, type Platform } from "../../api/platform";
import { useDemoApi, type GraphQLResult } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform(
    loadConfig({ DATABASE_URL: env.db.url, PORT: "0", SEED_DEMO: "false", LOG_LEVEL: "silent", JWT_SECRET: "x".repeat(40) }),
    createLogger("silent"),
  );
});
afterAll(async () => {
  await platform?.stop();
});

/** Latin words a Chinese message may carry: codes (UPPER_CASE), names from the schema (arguments, fields), and a few proper names. */
const PROPER_NAMES = new Set(["API", "ID", "UTF", "JSON", "Bearer", "Authorization", "Excel", "CSV", "XLSX"]);
let schemaNames = new Set<string>();

function englishWords(message: string): string[] {
  return (message.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).filter((word) => !/^[A-Z0-9_]+$/.test(word) && !PROPER_NAMES.has(word) && !schemaNames.has(word));
}

function messagesOf(result: GraphQLResult): string[] {
  return (result.errors ?? []).flatMap((e) => [e.message, ...((e.extensions?.fields as { message: string }[] | undefined) ?? []).map((f) => f.message)]);
}

/** A value of the argument's type that no mutation accepts: empty input objects, an unknown id, empty text. */
function invalidLiteral(type: GraphQLInputType): string {
  if (isNonNullType(type)) return invalidLiteral(type.ofType);
  if (isListType(type)) return "[]";
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${invalidLiteral(f.type)}`).join(", ")} }`;
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  switch (type.name) {
    case "ID":
      return JSON.stringify(globalId("Station", "00000000-0000-0000-0000-000000000000"));
    case "Int":
      return "-1";
    case "Boolean":
      return "false";
    default:
      return '""';
  }
}

async function mutationCalls(): Promise<{ name: string; query: string }[]> {
  const schema = buildSchema();
  schemaNames = new Set(Object.values(schema.getTypeMap()).flatMap((t) => (isObjectType(t) || isInputObjectType(t) ? Object.values(t.getFields()).flatMap((f) => [f.name, ...("args" in f ? f.args.map((a: { name: string }) => a.name) : [])]) : [])));
  return Object.values(schema.getMutationType()!.getFields()).map((field) => {
    const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${invalidLiteral(a.type)}`);
    const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
    return { name: field.name, query: `mutation { ${field.name}${args.length ? `(${args.join(", ")})` : ""}${selection} }` };
  });
}

describe("messages in the caller's language", () => {
  it("negotiates Accept-Language with q-values; anything else reads Chinese", () => {
    expect(negotiateLanguage(undefined)).toBe("zh-CN");
    expect(negotiateLanguage("fr-FR, de;q=0.8")).toBe("zh-CN");
    expect(negotiateLanguage("zh-Hans")).toBe("zh-CN");
    expect(negotiateLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLanguage("zh-CN;q=0.5, en;q=0.9")).toBe("en");
    expect(negotiateLanguage("en;q=0.3, zh;q=0.8")).toBe("zh-CN");
    expect(negotiateLanguage("en;q=0")).toBe("zh-CN");
  });

  it("every mutation, sent empty or invalid, answers in Chinese by default and in English on request, with the same codes", async () => {
    const calls = await mutationCalls();
    expect(calls.length).toBeGreaterThan(20);
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    const offenders: string[] = [];
    const seenCodes = new Set<string>();
    for (const viewer of [undefined, admin]) {
      for (const call of calls) {
        const zh = await env.api.run(call.query, {}, viewer, "127.0.0.1", "zh-CN");
        const en = await env.api.run(call.query, {}, viewer, "127.0.0.1", "en");
        expect((en.errors ?? []).map((e) => e.extensions?.code)).toEqual((zh.errors ?? []).map((e) => e.extensions?.code));
        for (const e of zh.errors ?? []) seenCodes.add(String(e.extensions?.code));
        for (const message of messagesOf(zh)) if (englishWords(message).length) offenders.push(`${call.name} (zh): ${message}`);
        for (const message of messagesOf(en)) if (!/[A-Za-z]{3,}/.test(message)) offenders.push(`${call.name} (en): ${message}`);
      }
    }
    expect(offenders).toEqual([]);
    expect([...seenCodes]).toEqual(expect.arrayContaining(["UNAUTHENTICATED", "BAD_USER_INPUT"]));
  });

  it("a refusal of each kind reads in Chinese, and in English on request", async () => {
    const deputy = await demoViewer(env.db.prisma, "wh.deputy");
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    const provoked: { code: string; query: string; viewer?: typeof admin }[] = [
      { code: "FORBIDDEN", query: `mutation { createRegion(input: { name: "某地", code: "530102999000", kind: COUNTY }) { id } }`, viewer: deputy },
      { code: "NOT_FOUND", query: `mutation { updateStation(id: "${globalId("Station", "00000000-0000-0000-0000-000000000000")}", input: { version: 1, name: "某站" }) { id } }`, viewer: admin },
    ];
    for (const { code, query, viewer } of provoked) {
      const zh = await env.api.run(query, {}, viewer, "127.0.0.1", "zh-CN");
      expect(zh.errors?.[0]?.extensions?.code).toBe(code);
      expect(englishWords(zh.errors![0].message)).toEqual([]);
      const en = await env.api.run(query, {}, viewer, "127.0.0.1", "en");
      expect(en.errors?.[0]?.extensions?.code).toBe(code);
      expect(en.errors![0].message).toMatch(/[A-Za-z]{3,}/);
    }
    // Codes that need a locked account, an outage or a flood: their texts, formatted as the server does.
    const others = [Errors.rateLimited(30), Errors.accountLocked(new Date()), Errors.serviceUnavailable(), Errors.staleVersion("Station 五华站"), Errors.unauthenticated(), Errors.forbidden()];
    for (const error of others) {
      const zh = inRequestLanguage("zh-CN", () => localizeFormatted({ message: error.message, extensions: error.extensions }, error));
      const en = inRequestLanguage("en", () => localizeFormatted({ message: error.message, extensions: error.extensions }, error));
      expect(englishWords(zh.message)).toEqual([]);
      expect(en.message).toMatch(/[A-Za-z]{3,}/);
      expect(en.extensions?.code).toBe(zh.extensions?.code);
    }
  });

  it("over HTTP: Chinese without Accept-Language, English with it, Content-Language says which; field problems too", async () => {
    const body = JSON.stringify({ query: `mutation { login(username: "", password: "") { accessToken } }` });
    const post = (headers: Record<string, string>) => fetch(`${platform.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    const zh = await post({});
    expect(zh.headers.get("content-language")).toBe("zh-CN");
    const zhBody = (await zh.json()) as GraphQLResult;
    expect(zhBody.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(messagesOf(zhBody).flatMap(englishWords)).toEqual([]);
    expect((zhBody.errors![0].extensions?.fields as { field: string }[]).map((f) => f.field)).toContain("input.username");

    const en = await post({ "accept-language": "en-US,en;q=0.9" });
    expect(en.headers.get("content-language")).toBe("en");
    const enBody = (await en.json()) as GraphQLResult;
    expect(enBody.errors![0].message).toMatch(/Check the input/);

    const missing = await fetch(`${platform.url}/nowhere`);
    expect(missing.headers.get("content-language")).toBe("zh-CN");
    expect(((await missing.json()) as { error: string }).error).toMatch(/未找到/);
    const badJson = await fetch(`${platform.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "accept-language": "en" }, body: "{" });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as GraphQLResult).errors![0].message).toMatch(/not valid JSON/);
  });
});
