import { GraphQLError } from "graphql";
import { resolveViewer } from "../../api/auth/resolve-viewer";
import type { Viewer } from "../../api/auth/viewer";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { codes, useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }`;
const REFRESH = `mutation ($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = `mutation ($t: String!) { logout(refreshToken: $t) }`;
const CHANGE = `mutation ($c: String!, $n: String!) { changeMyPassword(input: { currentPassword: $c, newPassword: $n }) }`;

let nextIp = 0;
/** A fresh address per call site, so the per-address limit never mixes tests. */
const ip = () => `10.20.${Math.floor(++nextIp / 200)}.${nextIp % 200}`;

async function signIn(username: string, password = DEMO_PASSWORD) {
  const result = await env.api.run(LOGIN, { u: username, p: password }, undefined, ip());
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.login as { accessToken: string; refreshToken: string };
}

async function viewerOrError(authorization: string): Promise<Viewer | GraphQLError> {
  return resolveViewer(env.db.prisma, env.api.auth, { authorization }).catch((e: GraphQLError) => e);
}

function expect401(outcome: Viewer | GraphQLError) {
  expect(outcome).toBeInstanceOf(GraphQLError);
  expect((outcome as GraphQLError).extensions).toMatchObject({ code: "UNAUTHENTICATED", http: { status: 401 } });
}

describe("the Authorization header", () => {
  it("refuses every scheme but Bearer, a bare Bearer and malformed values with a 401; an empty header stays anonymous", async () => {
    const { accessToken } = await signIn("wh.unit");
    for (const header of [`Basic ${Buffer.from("admin:x").toString("base64")}`, "Bearer", "Bearer ", `Token ${accessToken}`, `Bearer ${accessToken} extra`, "garbage"]) {
      expect401(await viewerOrError(header));
    }
    expect(await viewerOrError("")).toMatchObject({ userId: null });
    expect(await viewerOrError(`Bearer ${accessToken}`)).toMatchObject({ grants: [{ role: "UNIT_STAFF" }] });
  });
});

describe("uniform sign-in answers", () => {
  it("a disabled account answers the right and the wrong password exactly like an unknown name", async () => {
    await env.db.prisma.user.update({ where: { username: "km.supervisor" }, data: { active: false } });
    const right = await env.api.run(LOGIN, { u: "km.supervisor", p: DEMO_PASSWORD }, undefined, ip());
    const wrong = await env.api.run(LOGIN, { u: "km.supervisor", p: "wrong-password-1" }, undefined, ip());
    const unknown = await env.api.run(LOGIN, { u: "no.such.user", p: DEMO_PASSWORD }, undefined, ip());
    for (const r of [right, wrong, unknown]) expect(codes(r)).toEqual(["UNAUTHENTICATED"]);
    expect(right.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    await env.db.prisma.user.update({ where: { username: "km.supervisor" }, data: { active: true } });
  });

  it("an unknown name locks after the same five failures as a real one, with the same answer", async () => {
    const answers = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) {
        const result = await env.api.run(LOGIN, { u: username, p: "wrong-password-1" }, undefined, ip());
        out.push(`${codes(result)[0]}:${result.errors![0].message.replace(/until \S+\./, "until T.")}`);
      }
      return out;
    };
    const real = await answers("dl.admin");
    const ghost = await answers("ghost.account");
    expect(real).toEqual(ghost);
    expect(real.slice(4).every((a) => a.startsWith("ACCOUNT_LOCKED"))).toBe(true);
    expect(codes(await env.api.run(LOGIN, { u: "GHOST.Account", p: "wrong-password-1" }, undefined, ip()))).toEqual(["ACCOUNT_LOCKED"]);
  });

  it("changeMyPassword shares the throttle: wrong current passwords lock it, and then the right one is refused", async () => {
    const session = await signIn("wh.staff");
    const viewer = (await viewerOrError(`Bearer ${session.accessToken}`)) as Viewer;
    const tries: string[] = [];
    for (let i = 0; i < 6; i++) tries.push(codes(await env.api.run(CHANGE, { c: `guess-${i}-password`, n: "new-password-2026" }, viewer, ip()))[0]!);
    expect(tries).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT", "BAD_USER_INPUT", "BAD_USER_INPUT", "ACCOUNT_LOCKED", "ACCOUNT_LOCKED"]);
    expect(codes(await env.api.run(CHANGE, { c: DEMO_PASSWORD, n: "new-password-2026" }, viewer, ip()))).toEqual(["ACCOUNT_LOCKED"]);
    const staff = await env.db.prisma.user.findUniqueOrThrow({ where: { username: "wh.staff" } });
    await env.api.data(`mutation ($id: ID!) { unlockUser(id: $id) { id } }`, { id: globalId("User", staff.id) }, await demoViewer(env.db.prisma, "wh.admin"));
  });
});

describe("access tokens end with their session", () => {
  it("logout ends that session's access token, not the account's other sessions", async () => {
    const a = await signIn("wh.deputy");
    const b = await signIn("wh.deputy");
    await env.api.data(LOGOUT, { t: a.refreshToken });
    expect401(await viewerOrError(`Bearer ${a.accessToken}`));
    expect(await viewerOrError(`Bearer ${b.accessToken}`)).toMatchObject({ grants: [{ role: "DEPUTY" }] });
  });

  it("a password reset and disabling end every access token at once", async () => {
    const session = await signIn("hs.keeper");
    expect(await viewerOrError(`Bearer ${session.accessToken}`)).toMatchObject({ grants: [{ role: "STATION_KEEPER" }] });
    const keeper = await env.db.prisma.user.findUniqueOrThrow({ where: { username: "hs.keeper" } });
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    await env.api.data(`mutation ($id: ID!) { resetUserPassword(id: $id, password: "reset-password-2026") { id } }`, { id: globalId("User", keeper.id) }, wh);
    expect401(await viewerOrError(`Bearer ${session.accessToken}`));

    const again = await signIn("hs.keeper", "reset-password-2026");
    const { version } = await env.db.prisma.user.findUniqueOrThrow({ where: { id: keeper.id } });
    await env.api.data(`mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { displayName: "停用", active: false, version: $v }) { id } }`, { id: globalId("User", keeper.id), v: version }, wh);
    expect401(await viewerOrError(`Bearer ${again.accessToken}`));
  });

  it("refresh-token reuse detection ends every access token", async () => {
    const victim = await signIn("km.admin");
    const other = await signIn("km.admin");
    await env.api.data(REFRESH, { t: victim.refreshToken });
    await env.db.prisma.refreshToken.updateMany({ where: { replacedBy: { not: null } }, data: { revokedAt: new Date(Date.now() - 60_000) } });
    expect(codes(await env.api.run(REFRESH, { t: victim.refreshToken }))).toEqual(["UNAUTHENTICATED"]);
    expect401(await viewerOrError(`Bearer ${other.accessToken}`));
  });

  it("changeMyPassword keeps the current session and ends the others", async () => {
    const current = await signIn("wh.unit");
    const other = await signIn("wh.unit");
    const viewer = (await viewerOrError(`Bearer ${current.accessToken}`)) as Viewer;
    expect((await env.api.data(CHANGE, { c: DEMO_PASSWORD, n: "changed-password-2026" }, viewer)).changeMyPassword).toBe(true);
    expect(await viewerOrError(`Bearer ${current.accessToken}`)).toMatchObject({ grants: [{ role: "UNIT_STAFF" }] });
    expect401(await viewerOrError(`Bearer ${other.accessToken}`));
    expect(codes(await env.api.run(REFRESH, { t: other.refreshToken }))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await env.api.run(REFRESH, { t: current.refreshToken }))).toEqual([]);
  });

  it("checks the session with no extra SQL statement per request", async () => {
    const session = await signIn("yn.admin");
    const { sessionCache } = await import("../../api/auth/session-cache");
    const user = await env.db.prisma.user.findUniqueOrThrow({ where: { username: "yn.admin" } });
    sessionCache.forget(user.id);
    const before = env.db.statements.length;
    await viewerOrError(`Bearer ${session.accessToken}`);
    const first = env.db.statements.length - before;
    await viewerOrError(`Bearer ${session.accessToken}`);
    expect({ first, cached: env.db.statements.length - before - first }).toEqual({ first: 1, cached: 0 });
  });
});

describe("refresh races and sign-out", () => {
  it("two tabs refreshing with one token within the grace window both keep a session, and no other session ends", async () => {
    const tabs = await signIn("wh.admin");
    const elsewhere = await signIn("wh.admin");
    const [one, two] = await Promise.all([env.api.run(REFRESH, { t: tabs.refreshToken }), env.api.run(REFRESH, { t: tabs.refreshToken })]);
    expect([codes(one), codes(two)]).toEqual([[], []]);
    expect(one.data!.refreshToken.refreshToken).not.toBe(two.data!.refreshToken.refreshToken);
    expect(await viewerOrError(`Bearer ${elsewhere.accessToken}`)).toMatchObject({ grants: [{ role: "CONGRESS_ADMIN" }] });
    expect(codes(await env.api.run(REFRESH, { t: one.data!.refreshToken.refreshToken }))).toEqual([]);
    expect(codes(await env.api.run(REFRESH, { t: two.data!.refreshToken.refreshToken }))).toEqual([]);
  });

  it("refreshing with a token already signed out answers 'signed out' and does not end the other sessions", async () => {
    const b = await signIn("km.supervisor");
    const other = await signIn("km.supervisor");
    await env.api.data(LOGOUT, { t: b.refreshToken });
    const result = await env.api.run(REFRESH, { t: b.refreshToken });
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
    expect(result.errors![0].message).toMatch(/was signed out/);
    expect(codes(await env.api.run(REFRESH, { t: other.refreshToken }))).toEqual([]);
  });
});
