import { GraphQLError } from "graphql";
import { resolveViewer } from "../../api/auth/resolve-viewer";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { codes, useDemoApi } from "../helpers/api";
import { congressIdOf, demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken user { username grants { role } } } }`;
const REFRESH = `mutation ($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { username displayName phone grants { role congress { name } } } }`;

async function signIn(username: string, ip = "10.0.0.1") {
  const result = await env.api.run(LOGIN, { u: username, p: DEMO_PASSWORD }, undefined, ip);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.login as { accessToken: string; refreshToken: string };
}

const viewerOf = (token: string) => resolveViewer(env.db.prisma, env.api.auth, { authorization: `Bearer ${token}` });

describe("signing in", () => {
  it("issues tokens whose viewer carries the account's grants, and `me` shows the account", async () => {
    const session = await signIn("wh.admin");
    const viewer = await viewerOf(session.accessToken);
    expect(viewer.grants.map((g) => g.role)).toEqual(["CONGRESS_ADMIN"]);
    const { me } = await env.api.data(ME, {}, viewer);
    expect(me).toMatchObject({ username: "wh.admin", grants: [{ role: "CONGRESS_ADMIN", congress: { name: "五华区人民代表大会" } }] });
    expect((await env.api.data(ME)).me).toBeNull();
  });

  it("refuses a wrong password without saying whether the account exists", async () => {
    const wrong = await env.api.run(LOGIN, { u: "wh.staff", p: "not-the-password1" }, undefined, "10.0.0.2");
    const unknown = await env.api.run(LOGIN, { u: "nobody", p: "not-the-password1" }, undefined, "10.0.0.2");
    expect(codes(wrong)).toEqual(["UNAUTHENTICATED"]);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it("locks an account after five failures, even for the right password, until an administrator unlocks it", async () => {
    for (let i = 0; i < 4; i++) expect(codes(await env.api.run(LOGIN, { u: "hs.keeper", p: "wrong-password-1" }, undefined, "10.0.1.1"))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await env.api.run(LOGIN, { u: "hs.keeper", p: "wrong-password-1" }, undefined, "10.0.1.1"))).toEqual(["ACCOUNT_LOCKED"]);
    const locked = await env.api.run(LOGIN, { u: "hs.keeper", p: DEMO_PASSWORD }, undefined, "10.0.1.1");
    expect(codes(locked)).toEqual(["ACCOUNT_LOCKED"]);
    expect(locked.errors![0].message).toMatch(/ask an administrator to unlock/);

    const keeper = await env.db.prisma.user.findUniqueOrThrow({ where: { username: "hs.keeper" } });
    const admin = await demoViewer(env.db.prisma, "wh.admin");
    await env.api.data(`mutation ($id: ID!) { unlockUser(id: $id) { lockedUntil } }`, { id: globalId("User", keeper.id) }, admin);
    expect((await signIn("hs.keeper", "10.0.1.1")).accessToken).toBeTruthy();
  });

  it("refuses a network address after twenty failures", async () => {
    for (let i = 0; i < 20; i++) await env.api.run(LOGIN, { u: `ghost${i}`, p: "wrong-password-1" }, undefined, "10.0.2.1");
    const result = await env.api.run(LOGIN, { u: "wh.unit", p: DEMO_PASSWORD }, undefined, "10.0.2.1");
    expect(codes(result)).toEqual(["RATE_LIMITED"]);
    expect((await signIn("wh.unit", "10.0.2.2")).accessToken).toBeTruthy();
  });

  it("refuses a forged or expired access token with a 401 rather than treating the caller as anonymous", async () => {
    const session = await signIn("km.admin");
    const forged = session.accessToken.slice(0, -4) + "AAAA";
    const error = await viewerOf(forged).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: "UNAUTHENTICATED", http: { status: 401 } });
  });
});

describe("refresh tokens", () => {
  it("rotate on use; reusing an old one after the grace window signs the account out everywhere", async () => {
    const first = await signIn("km.supervisor");
    const second = (await env.api.data(REFRESH, { t: first.refreshToken })).refreshToken;
    expect(second.accessToken).toBeTruthy();
    await env.db.prisma.refreshToken.updateMany({ where: { replacedBy: { not: null } }, data: { revokedAt: new Date(Date.now() - 11_000) } });
    const reuse = await env.api.run(REFRESH, { t: first.refreshToken });
    expect(codes(reuse)).toEqual(["UNAUTHENTICATED"]);
    expect(reuse.errors![0].message).toMatch(/signed out/);
    expect(codes(await env.api.run(REFRESH, { t: second.refreshToken }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("stop working after logout", async () => {
    const session = await signIn("wh.deputy");
    expect((await env.api.data(`mutation ($t: String!) { logout(refreshToken: $t) }`, { t: session.refreshToken })).logout).toBe(true);
    expect(codes(await env.api.run(REFRESH, { t: session.refreshToken }))).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("accounts and privacy", () => {
  const USERS = `{ users(first: 100) { totalCount edges { node { username phone } } } }`;

  it("an administrator sees the accounts of its jurisdiction, with phones; a sibling sees none of them", async () => {
    const km = await env.api.data(USERS, {}, await demoViewer(env.db.prisma, "km.admin"));
    const names = km.users.edges.map((e: { node: { username: string } }) => e.node.username);
    expect(names).toEqual(expect.arrayContaining(["km.admin", "wh.admin", "wh.deputy", "hs.keeper"]));
    expect(names).not.toContain("dl.admin");
    expect(names).not.toContain("yn.admin");
    expect(km.users.edges.find((e: { node: { username: string } }) => e.node.username === "wh.deputy").node.phone).toBe("13800000001");

    const deputy = await env.db.prisma.user.findUniqueOrThrow({ where: { username: "wh.deputy" } });
    const dl = await demoViewer(env.db.prisma, "dl.admin");
    const node = await env.api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: globalId("User", deputy.id) }, dl);
    expect(node.node).toBeNull();
  });

  it("narrows accounts to a congress's subtree", async () => {
    const within = await congressIdOf(env.db.prisma, "五华区");
    const result = await env.api.data(`query ($c: ID!) { users(first: 100, filter: { withinCongressId: $c }) { edges { node { username } } } }`, { c: within }, await demoViewer(env.db.prisma, "km.admin"));
    const names = result.users.edges.map((e: { node: { username: string } }) => e.node.username);
    expect(names).toEqual(expect.arrayContaining(["wh.admin", "wh.deputy", "hs.keeper"]));
    expect(names).not.toContain("km.admin");
  });

  it("a deputy sees its own phone through `me`, and may not list accounts", async () => {
    const deputy = await demoViewer(env.db.prisma, "wh.deputy");
    expect((await env.api.data(ME, {}, deputy)).me.phone).toBe("13800000001");
    expect(codes(await env.api.run(USERS, {}, deputy))).toEqual(["FORBIDDEN"]);
  });

  it("an administrator cannot grant roles above its own congress, nor make a platform administrator", async () => {
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const staff = await env.db.prisma.user.findUniqueOrThrow({ where: { username: "wh.staff" } });
    const GRANT = `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { role congress { name } } }`;
    const up = await env.api.run(GRANT, { input: { userId: globalId("User", staff.id), role: "CONGRESS_ADMIN", congressId: await congressIdOf(env.db.prisma, "昆明市") } }, wh);
    expect(codes(up)).toEqual(["NOT_FOUND"]);
    const platform = await env.api.run(GRANT, { input: { userId: globalId("User", staff.id), role: "PLATFORM_ADMIN" } }, wh);
    expect(codes(platform)).toEqual(["FORBIDDEN"]);
    const down = await env.api.data(GRANT, { input: { userId: globalId("User", staff.id), role: "CONGRESS_ADMIN", congressId: await congressIdOf(env.db.prisma, "沙朗白族乡") } }, wh);
    expect(down.grantRole).toEqual({ role: "CONGRESS_ADMIN", congress: { name: "沙朗白族乡人民代表大会" } });
  });
});

describe("API keys", () => {
  const CREATE = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes } } }`;

  it("are shown once, stored hashed, limited per minute, scoped and revocable", async () => {
    const admin = await demoViewer(env.db.prisma, "km.admin");
    const congressId = await congressIdOf(env.db.prisma, "昆明市");
    const created = (await env.api.data(CREATE, { input: { name: "市民App", congressId, scopes: ["PUBLIC_READ"], rateLimitPerMinute: 3 } }, admin)).createApiKey;
    expect(created.secret).toMatch(/^dpk_/);
    const stored = await env.db.prisma.apiKey.findFirstOrThrow({ where: { name: "市民App" } });
    expect(JSON.stringify(stored)).not.toContain(created.secret);

    const viewer = await resolveViewer(env.db.prisma, env.api.auth, { apiKey: created.secret });
    expect(viewer.apiKey?.scopes).toEqual(["PUBLIC_READ"]);
    expect((await env.api.data(`{ congresses(first: 1) { totalCount } }`, {}, viewer)).congresses.totalCount).toBeGreaterThan(0);
    await resolveViewer(env.db.prisma, env.api.auth, { apiKey: created.secret });
    await resolveViewer(env.db.prisma, env.api.auth, { apiKey: created.secret });
    const limited = await resolveViewer(env.db.prisma, env.api.auth, { apiKey: created.secret }).catch((e: GraphQLError) => e);
    expect((limited as GraphQLError).extensions?.code).toBe("RATE_LIMITED");

    await env.api.data(`mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: created.apiKey.id }, admin);
    const revoked = await resolveViewer(env.db.prisma, env.api.auth, { apiKey: created.secret }).catch((e: GraphQLError) => e);
    expect((revoked as GraphQLError).extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("without PUBLIC_READ cannot read public lists", async () => {
    const admin = await demoViewer(env.db.prisma, "km.admin");
    const congressId = await congressIdOf(env.db.prisma, "昆明市");
    const created = (await env.api.data(CREATE, { input: { name: "意见箱", congressId, scopes: ["OPINION_SUBMIT"] } }, admin)).createApiKey;
    const viewer = await resolveViewer(env.db.prisma, env.api.auth, { apiKey: created.secret });
    expect(codes(await env.api.run(`{ congresses(first: 1) { totalCount } }`, {}, viewer))).toEqual(["FORBIDDEN"]);
  });
});

describe("the audit log", () => {
  it("records who changed what with before and after, visible to the jurisdiction's administrators only", async () => {
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const id = await congressIdOf(env.db.prisma, "五华区");
    await env.api.data(`mutation ($id: ID!) { updateCongress(id: $id, input: { name: "五华区人民代表大会", shortName: "五华人大", version: 1 }) { version } }`, { id }, wh);
    const EVENTS = `{ auditEvents(first: 50, filter: { action: "updateCongress" }) { totalCount edges { node { actorName before after } } } }`;
    const seen = (await env.api.data(EVENTS, {}, await demoViewer(env.db.prisma, "km.admin"))).auditEvents;
    expect(seen.totalCount).toBe(1);
    expect(seen.edges[0].node.actorName).toBe("五华区人大管理员");
    expect(JSON.parse(seen.edges[0].node.before).shortName).toBeNull();
    expect(JSON.parse(seen.edges[0].node.after).shortName).toBe("五华人大");
    expect((await env.api.data(EVENTS, {}, await demoViewer(env.db.prisma, "dl.admin"))).auditEvents.totalCount).toBe(0);
  });

  it("never stores password hashes", async () => {
    const events = await env.db.prisma.auditEvent.findMany({ where: { entityType: "User" } });
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toMatch(/passwordHash|argon2/);
  });

  it("is written in the same transaction: a refused change leaves no event", async () => {
    const before = await env.db.prisma.auditEvent.count();
    const id = await congressIdOf(env.db.prisma, "五华区");
    await env.api.run(`mutation ($id: ID!) { updateCongress(id: $id, input: { name: "x", version: 99 }) { version } }`, { id }, await demoViewer(env.db.prisma, "wh.admin"));
    expect(await env.db.prisma.auditEvent.count()).toBe(before);
  });
});
