import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { resolveViewer } from "../../api/auth/resolve-viewer";
import { resetUserPassword } from "../../api/modules/accounts/users";
import { codes, useDemoApi } from "../helpers/api";
import { demoViewer, globalId } from "../helpers/fixtures";

const env = useDemoApi();

const RESET = `mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, password: $p) { id } }`;
const UNLOCK = `mutation ($id: ID!) { unlockUser(id: $id) { id } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { displayName: "改名", active: true, version: $v }) { id } }`;
const NODE = `query ($id: ID!) { node(id: $id) { ... on User { username phone viewerCanManage } } }`;
const USERS = `{ users(first: 200) { totalCount edges { node { username viewerCanManage } } } }`;

async function account(username: string) {
  return env.db.prisma.user.findUniqueOrThrow({ where: { username } });
}

/** An account at home in `region`'s congress that also holds `role` at `grantRegion` (or PLATFORM_ADMIN). */
async function accountWithRole(username: string, region: string, role: "PLATFORM_ADMIN" | "CONGRESS_ADMIN" | "DEPUTY", grantRegion?: string) {
  const home = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: region } } });
  const user = await env.db.prisma.user.create({
    data: { username, displayName: username, passwordHash: "x", phone: "13911112222", homeCongressId: home.id, congressPath: home.path },
  });
  const at = grantRegion ? await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: grantRegion } } }) : null;
  await env.db.prisma.roleGrant.create({ data: { userId: user.id, role, congressId: at?.id ?? null, congressPath: at?.path ?? null } });
  return user;
}

describe("account takeover: an administrator manages only accounts whose every role lies in its reach", () => {
  it("a province admin cannot reset, unlock or edit a platform administrator at home in its province, nor see it", async () => {
    const yn = await demoViewer(env.db.prisma, "yn.admin");
    const platform = await account("admin");
    const id = globalId("User", platform.id);
    expect(codes(await env.api.run(RESET, { id, p: "takeover-2026" }, yn))).toEqual(["NOT_FOUND"]);
    expect(codes(await env.api.run(UNLOCK, { id }, yn))).toEqual(["NOT_FOUND"]);
    expect(codes(await env.api.run(UPDATE, { id, v: platform.version }, yn))).toEqual(["NOT_FOUND"]);
    expect((await env.api.data(NODE, { id }, yn)).node).toBeNull();
    const names = (await env.api.data(USERS, {}, yn)).users.edges.map((e: { node: { username: string } }) => e.node.username);
    expect(names).not.toContain("admin");
    expect(names).toContain("km.admin");
    // The password did not change: the platform administrator still signs in with the demo password.
    const login = await env.api.run(`mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { accessToken } }`, {}, undefined, "10.9.0.1");
    expect(codes(login)).toEqual([]);
  });

  it("a county admin cannot take over an account of its county that administers the parent city", async () => {
    const user = await accountWithRole("wh.cityadmin", "五华区", "CONGRESS_ADMIN", "昆明市");
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const id = globalId("User", user.id);
    expect(codes(await env.api.run(RESET, { id, p: "takeover-2026" }, wh))).toEqual(["NOT_FOUND"]);
    expect((await env.api.data(NODE, { id }, wh)).node).toBeNull();
    // The city administrator manages it, phone included.
    const km = await demoViewer(env.db.prisma, "km.admin");
    expect((await env.api.data(NODE, { id }, km)).node).toEqual({ username: "wh.cityadmin", phone: "13911112222", viewerCanManage: true });
  });

  it("a city admin cannot manage an account of its city that holds a role in a sibling prefecture", async () => {
    const user = await accountWithRole("km.dldeputy", "昆明市", "DEPUTY", "大理白族自治州");
    const km = await demoViewer(env.db.prisma, "km.admin");
    const id = globalId("User", user.id);
    expect(codes(await env.api.run(RESET, { id, p: "takeover-2026" }, km))).toEqual(["NOT_FOUND"]);
    expect(codes(await env.api.run(UNLOCK, { id }, km))).toEqual(["NOT_FOUND"]);
    const revoke = await env.db.prisma.roleGrant.findFirstOrThrow({ where: { userId: user.id } });
    expect(codes(await env.api.run(`mutation ($id: ID!) { revokeRole(id: $id) }`, { id: globalId("RoleGrant", revoke.id) }, km))).toEqual(["NOT_FOUND"]);
  });

  it("revoking a grant in reach on an account out of reach is refused", async () => {
    const user = await accountWithRole("wh.parentdeputy", "五华区", "DEPUTY", "昆明市");
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const here = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "五华区" } } });
    const grant = await env.db.prisma.roleGrant.create({ data: { userId: user.id, role: "STATION_KEEPER", congressId: here.id, congressPath: here.path } });
    const result = await env.api.run(`mutation ($id: ID!) { revokeRole(id: $id) }`, { id: globalId("RoleGrant", grant.id) }, wh);
    expect(codes(result)).toEqual(["NOT_FOUND"]);
    expect(await env.db.prisma.roleGrant.count({ where: { id: grant.id } })).toBe(1);
  });

  it("a grant that races a reset cannot slip a higher role under it: the reset waits for the grant and then refuses", async () => {
    const target = await accountWithRole("wh.race", "五华区", "DEPUTY", "五华区");
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const city = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "昆明市" } } });
    let reset: Promise<unknown> | undefined;
    // A city-level grant, not yet committed, while the county admin resets the password.
    await env.db.prisma.$transaction(async (tx) => {
      await tx.roleGrant.create({ data: { userId: target.id, role: "CONGRESS_ADMIN", congressId: city.id, congressPath: city.path } });
      reset = resetUserPassword({ prisma: env.db.prisma, viewer: wh }, target.id, "raced-password-1").then(
        () => "reset",
        (e: { extensions?: { code?: string } }) => e.extensions?.code,
      );
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
    expect(await reset).toBe("NOT_FOUND");
    expect((await env.db.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).passwordHash).toBe("x");
  });
});

describe("platform administrators", () => {
  it("see every account through `users` (the real demo account, and through a real sign-in token)", async () => {
    const total = await env.db.prisma.user.count();
    const admin = await demoViewer(env.db.prisma, "admin");
    const listed = (await env.api.data(USERS, {}, admin)).users;
    expect(listed.totalCount).toBe(total);
    expect(listed.edges.every((e: { node: { viewerCanManage: boolean } }) => e.node.viewerCanManage)).toBe(true);

    const login = await env.api.data<{ login: { accessToken: string } }>(
      `mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { accessToken } }`,
    );
    const viewer = await resolveViewer(env.db.prisma, env.api.auth, { authorization: `Bearer ${login.login.accessToken}` });
    expect((await env.api.data(USERS, {}, viewer)).users.totalCount).toBe(total);
  });
});

describe("relations apply the read scope of node()", () => {
  it("a city admin does not see a sibling prefecture's grant through User.grants", async () => {
    const user = await accountWithRole("km.dlstaff", "昆明市", "DEPUTY", "大理白族自治州");
    const km = await demoViewer(env.db.prisma, "km.admin");
    const grant = await env.db.prisma.roleGrant.findFirstOrThrow({ where: { userId: user.id } });
    expect((await env.api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: globalId("RoleGrant", grant.id) }, km)).node).toBeNull();
    // The account itself is out of reach; its own grants read through `me` stay visible to it.
    const wh = await demoViewer(env.db.prisma, "wh.admin");
    const me = await env.api.data(`{ me { grants { role } } }`, {}, wh);
    expect(me.me.grants).toEqual([{ role: "CONGRESS_ADMIN" }]);
    const deputy = await account("wh.deputy");
    await env.db.prisma.roleGrant.create({
      data: { userId: deputy.id, role: "SUPERVISOR", congressId: grant.congressId, congressPath: grant.congressPath },
    });
    const seen = await env.api.data(`query ($id: ID!) { node(id: $id) { ... on User { grants { role } } } }`, { id: globalId("User", deputy.id) }, km);
    expect(seen.node).toBeNull();
    const dl = await demoViewer(env.db.prisma, "dl.admin");
    expect((await env.api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: globalId("User", deputy.id) }, dl)).node).toBeNull();
    // Its own view shows both grants.
    const self = await demoViewer(env.db.prisma, "wh.deputy");
    expect((await env.api.data(`{ me { grants { role } } }`, {}, self)).me.grants.map((g: { role: string }) => g.role).sort()).toEqual(["DEPUTY", "SUPERVISOR"]);
    await env.db.prisma.roleGrant.deleteMany({ where: { userId: deputy.id, role: "SUPERVISOR" } });
  });

  it("User.grants shows a platform administrator every grant; a city admin reads an in-reach grant but not the mixed account", async () => {
    const admin = await demoViewer(env.db.prisma, "admin");
    const user = await accountWithRole("yn.mixed", "云南省", "DEPUTY", "大理白族自治州");
    const city = await env.db.prisma.congress.findFirstOrThrow({ where: { region: { name: "昆明市" } } });
    await env.db.prisma.roleGrant.create({ data: { userId: user.id, role: "SUPERVISOR", congressId: city.id, congressPath: city.path } });
    const GRANTS = `query ($id: ID!) { node(id: $id) { ... on User { grants { role } } } }`;
    const seen = await env.api.data(GRANTS, { id: globalId("User", user.id) }, admin);
    expect(seen.node.grants.map((g: { role: string }) => g.role).sort()).toEqual(["DEPUTY", "SUPERVISOR"]);
    // The city administrator reads the grant at its city by id, but not the account that also holds a prefecture role.
    const km = await demoViewer(env.db.prisma, "km.admin");
    const cityGrant = await env.db.prisma.roleGrant.findFirstOrThrow({ where: { userId: user.id, role: "SUPERVISOR" } });
    expect((await env.api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: globalId("RoleGrant", cityGrant.id) }, km)).node).not.toBeNull();
    expect((await env.api.data(GRANTS, { id: globalId("User", user.id) }, km)).node).toBeNull();
  });
});
