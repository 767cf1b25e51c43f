import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parse, print } from "graphql";
import type { Viewer } from "../../api/auth/viewer";
import { loadConfig } from "../../api/config";
import { apiSettings } from "../../api/graphql/limits/settings";
import { OPERATIONS_DIR } from "../../api/graphql/limits/trusted-documents";
import { useDemoApi } from "../helpers/api";
import { demoViewer } from "../helpers/fixtures";
import { LimitedApi, codeOf } from "../helpers/limits";

const env = useDemoApi();
let production: LimitedApi;
let apiKeysOnly: LimitedApi;
let signedIn: Viewer;
const apiKeyClient: Viewer = { userId: null, grants: [], apiKey: { id: "k1", scopes: ["read"] } };
const sessionOperations = fs.readFileSync(path.join(OPERATIONS_DIR, "session.graphql"), "utf8");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const adHoc = `{ me { id } }`;
const login = { username: "wh.admin", password: "renda2026demo" };

beforeAll(async () => {
  const settings = apiSettings(loadConfig({ NODE_ENV: "production" }));
  production = await LimitedApi.start(env.db.prisma, settings);
  apiKeysOnly = await LimitedApi.start(env.db.prisma, { ...settings, trustedDocuments: "all" });
  signedIn = await demoViewer(env.db.prisma, "wh.admin");
});
afterAll(async () => {
  await production?.stop();
  await apiKeysOnly?.stop();
});

describe("production settings", () => {
  it("turn introspection off and trusted documents on for anonymous callers, unless configured", () => {
    expect(apiSettings(loadConfig({ NODE_ENV: "production" }))).toMatchObject({ introspection: false, trustedDocuments: "anonymous" });
    expect(apiSettings(loadConfig({ NODE_ENV: "production", ALLOW_INTROSPECTION: "true", TRUSTED_DOCUMENTS: "off" }))).toMatchObject({
      introspection: true,
      trustedDocuments: "off",
    });
    expect(apiSettings(loadConfig({}))).toMatchObject({ introspection: true, trustedDocuments: "off" });
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: "some" })).toThrow(/TRUSTED_DOCUMENTS/);
    expect(() => loadConfig({ MAX_QUERY_COST: "-1" })).toThrow(/MAX_QUERY_COST/);
  });

  it("refuse introspection, even to a signed-in user", async () => {
    const answer = await production.send({ query: `{ __schema { types { name } } }`, viewer: signedIn });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.errors![0].message).toMatch(/introspection/i);
  });

  it("leave schema hints out of validation errors", async () => {
    const answer = await production.send({ query: `{ deputie { totalCount } }`, viewer: signedIn });
    expect(codeOf(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.errors![0].message).not.toMatch(/Did you mean/);
  });

  it("mask an internal error's message and stack", async () => {
    const broken = await LimitedApi.start(
      new Proxy(env.db.prisma, {
        get: (target, name) => (name === "deputyMembership" ? { findMany: () => Promise.reject(new Error("connection to 10.0.0.7 lost")) } : Reflect.get(target, name)),
      }),
      apiSettings(loadConfig({ NODE_ENV: "production" })),
    );
    const answer = await broken.send({ query: `{ deputies(first: 1) { edges { node { id } } } }`, viewer: signedIn });
    await broken.stop();
    const raw = JSON.stringify(answer.errors);
    expect(codeOf(answer)).toBe("INTERNAL_SERVER_ERROR");
    expect(raw).not.toMatch(/10\.0\.0\.7|stacktrace|at .*\.ts/);
  });
});

describe("trusted documents (TRUSTED_DOCUMENTS=anonymous, production's default)", () => {
  it("an anonymous ad-hoc document is refused with a code that says what to do", async () => {
    const answer = await production.send({ query: adHoc });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("TRUSTED_DOCUMENT_REQUIRED");
    expect(answer.errors![0].message).toMatch(/先登录.*API 密钥/);
    expect((await production.send({ query: adHoc, language: "en" })).errors![0].message).toMatch(/sign in|API key/);
  });

  it("the console's sign-in document is accepted by text, and by its hash alone", async () => {
    const byText = await production.send({ query: sessionOperations, operationName: "Login", variables: login });
    expect(byText.errors).toBeUndefined();
    expect(byText.data!.login.accessToken).toEqual(expect.any(String));

    const byHash = await production.send({
      operationName: "Login",
      variables: login,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(sessionOperations) } },
    });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data!.login.refreshToken).toEqual(expect.any(String));
  });

  it("one published operation sent alone (as generated clients do) is accepted, by text or hash", async () => {
    const list = fs.readFileSync(path.join(OPERATIONS_DIR, "organisation.graphql"), "utf8");
    const operation = print({ kind: parse(list).kind, definitions: [parse(list).definitions[0]] });
    const byText = await production.send({ query: operation, variables: { first: 2 } });
    expect(codeOf(byText)).toBeUndefined();
    const byHash = await production.send({ variables: { first: 2 }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(operation) } } });
    expect(codeOf(byHash)).toBeUndefined();
  });

  it("a client cannot register its own document as a persisted query", async () => {
    const register = await production.send({ query: adHoc, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(adHoc) } } });
    expect(codeOf(register)).toBe("TRUSTED_DOCUMENT_REQUIRED");
    const replay = await production.send({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(adHoc) } } });
    expect(codeOf(replay)).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("a published operation with an extra field is ad-hoc", async () => {
    const altered = sessionOperations.replace("refreshToken\n}", "refreshToken\n  user { id }\n}");
    expect(altered).not.toBe(sessionOperations);
    expect(codeOf(await production.send({ query: altered, operationName: "Login", variables: login }))).toBe("TRUSTED_DOCUMENT_REQUIRED");
  });

  it("signed-in users and API-key clients may send their own documents", async () => {
    expect((await production.send({ query: adHoc, viewer: signedIn })).data!.me.id).toEqual(expect.any(String));
    expect(codeOf(await production.send({ query: `{ __typename }`, viewer: apiKeyClient }))).toBeUndefined();
  });

  it("with TRUSTED_DOCUMENTS=all only API-key clients may", async () => {
    expect(codeOf(await apiKeysOnly.send({ query: adHoc, viewer: signedIn }))).toBe("TRUSTED_DOCUMENT_REQUIRED");
    expect(codeOf(await apiKeysOnly.send({ query: `{ __typename }`, viewer: apiKeyClient }))).toBeUndefined();
  });
});
