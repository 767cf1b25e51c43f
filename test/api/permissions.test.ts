import { buildSchema } from "../../api/graphql/schema";
import { undeclaredFields } from "../../api/graphql/permissions";
import { ROLES as ALL_ROLES, type Role, type Viewer } from "../../api/auth/viewer";
import { loadDemo } from "../../prisma/seed/demo";
import { TestApi, codes, type GraphQLResult } from "../helpers/api";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { globalId, viewerAt } from "../helpers/fixtures";

describe("the permission rule tree", () => {
  it("declares every field of the schema (deny by default: an undeclared field is refused at run time)", () => {
    expect(undeclaredFields(buildSchema())).toEqual([]);
  });
});

// The caller's roles are granted at 五华区 (a county). Each operation targets a record at its own
// congress, one below it, a sibling county and the parent city.
const HOME = "五华区";
const PLACES = { own: "五华区", descendant: "沙朗白族乡", sibling: "盘龙区", parent: "昆明市" } as const;
type Place = keyof typeof PLACES;
const ROLES: (Role | "ANONYMOUS")[] = ["ANONYMOUS", ...ALL_ROLES];

interface Target {
  congressId: string;
  congressGid: string;
  userGid: string;
  deputyGid: string;
  regionGid: string;
  version: number;
}

interface Operation {
  name: string;
  /** Runs the operation; returns whether it was allowed (denied writes answer FORBIDDEN/UNAUTHENTICATED, denied reads look missing). */
  run(api: TestApi, viewer: Viewer, target: Target): Promise<boolean>;
  /** Which cells should be allowed. */
  allowed(role: Role | "ANONYMOUS", place: Place): boolean;
}

const adminOver = (role: Role | "ANONYMOUS", place: Place) =>
  role === "PLATFORM_ADMIN" || (role === "CONGRESS_ADMIN" && (place === "own" || place === "descendant"));
const rollKeeperOver = (role: Role | "ANONYMOUS", place: Place) =>
  adminOver(role, place) || (role === "DEPUTY_AFFAIRS" && (place === "own" || place === "descendant"));

function writeAllowed(result: GraphQLResult): boolean {
  const errorCodes = codes(result);
  if (errorCodes.length === 0) return true;
  if (errorCodes.every((c) => c === "FORBIDDEN" || c === "UNAUTHENTICATED" || c === "NOT_FOUND")) return false;
  throw new Error(`unexpected errors ${JSON.stringify(result.errors)}`);
}

let unique = 0;
// A different role each time, so that two allowed grants to one account never collide.
const GRANTABLE = ["DEPUTY", "SUPERVISOR", "UNIT_STAFF", "STATION_KEEPER", "DEPUTY_AFFAIRS"];
const OPERATIONS: Operation[] = [
  {
    name: "read a congress (public)",
    allowed: () => true,
    run: async (api, viewer, t) => Boolean((await api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: t.congressGid }, viewer)).node),
  },
  {
    name: "updateCongress",
    allowed: adminOver,
    run: async (api, viewer, t) =>
      writeAllowed(await api.run(`mutation ($id: ID!, $v: Int!) { updateCongress(id: $id, input: { name: "测试人大", version: $v }) { id } }`, { id: t.congressGid, v: t.version }, viewer)),
  },
  {
    name: "createHandlingUnit",
    allowed: adminOver,
    run: async (api, viewer, t) =>
      writeAllowed(
        await api.run(`mutation ($c: ID!, $n: String!) { createHandlingUnit(input: { congressId: $c, name: $n, kind: OTHER }) { id } }`, { c: t.congressGid, n: `单位${++unique}` }, viewer),
      ),
  },
  {
    name: "createUser",
    allowed: adminOver,
    run: async (api, viewer, t) =>
      writeAllowed(
        await api.run(
          `mutation ($c: ID!, $u: String!) { createUser(input: { username: $u, displayName: "测试", password: "abcdef12345", homeCongressId: $c }) { id } }`,
          { c: t.congressGid, u: `matrix${++unique}` },
          viewer,
        ),
      ),
  },
  {
    name: "grantRole",
    allowed: adminOver,
    run: async (api, viewer, t) => {
      const role = GRANTABLE[++unique % GRANTABLE.length];
      return writeAllowed(await api.run(`mutation ($u: ID!, $c: ID!, $r: Role!) { grantRole(input: { userId: $u, role: $r, congressId: $c }) { id } }`, { u: t.userGid, c: t.congressGid, r: role }, viewer));
    },
  },
  {
    name: "read an account by node(id)",
    allowed: adminOver,
    run: async (api, viewer, t) => Boolean((await api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: t.userGid }, viewer)).node),
  },
  {
    name: "find an account in users()",
    allowed: adminOver,
    run: async (api, viewer, t) => {
      const result = await api.run(`query ($c: ID!) { users(first: 100, filter: { homeCongressId: $c }) { edges { node { id } } } }`, { c: t.congressGid }, viewer);
      if (!writeAllowed(result)) return false;
      return result.data!.users.edges.some((e: { node: { id: string } }) => e.node.id === t.userGid);
    },
  },
  {
    name: "see the account's phone through a grant's congress edge",
    allowed: adminOver,
    run: async (api, viewer, t) => {
      const result = await api.run(`query ($id: ID!) { node(id: $id) { ... on User { phone } } }`, { id: t.userGid }, viewer);
      return Boolean(result.data?.node?.phone);
    },
  },
  {
    name: "see a deputy's ID number",
    allowed: rollKeeperOver,
    run: async (api, viewer, t) => {
      const result = await api.data(`query ($id: ID!) { node(id: $id) { ... on Deputy { person { idNumber } } } }`, { id: t.deputyGid }, viewer);
      return Boolean(result.node?.person?.idNumber);
    },
  },
  {
    name: "stationCoverage",
    allowed: rollKeeperOver,
    run: async (api, viewer, t) => writeAllowed(await api.run(`query ($id: ID!) { stationCoverage(congressId: $id) { activeDeputies } }`, { id: t.congressGid }, viewer)),
  },
  {
    name: "createWorkingGroup",
    allowed: rollKeeperOver,
    run: async (api, viewer, t) =>
      writeAllowed(await api.run(`mutation ($c: ID!, $n: String!) { createWorkingGroup(input: { congressId: $c, kind: DEPUTY_GROUP, name: $n }) { id } }`, { c: t.congressGid, n: `小组${++unique}` }, viewer)),
  },
  {
    name: "createStation",
    allowed: adminOver,
    run: async (api, viewer, t) =>
      writeAllowed(
        await api.run(
          `mutation ($c: ID!, $r: ID!, $n: String!) { createStation(input: { congressId: $c, regionId: $r, kind: PROFESSIONAL_STATION, name: $n, address: "测试地址" }) { id } }`,
          { c: t.congressGid, r: t.regionGid, n: `专业站${++unique}` },
          viewer,
        ),
      ),
  },
  {
    name: "read the audit log of the congress",
    allowed: adminOver,
    run: async (api, viewer, t) => {
      const result = await api.run(`query ($e: String!) { auditEvents(first: 5, filter: { entityId: $e }) { totalCount } }`, { e: t.congressId }, viewer);
      return writeAllowed(result) && result.data!.auditEvents.totalCount > 0;
    },
  },
  // Shared persons: the target deputy's person is also registered as a deputy of 大理州 (outside every
  // cell's jurisdiction but the platform's). Person fields belong to those who reach every membership.
  {
    name: "see the ID number of a deputy whose person is also a 大理州 deputy",
    allowed: (role) => role === "PLATFORM_ADMIN",
    run: async (api, viewer, t) => {
      await shareWithDali(api, t.deputyGid);
      const result = await api.data(`query ($id: ID!) { node(id: $id) { ... on Deputy { person { idNumber phone birthDate } } } }`, { id: t.deputyGid }, viewer);
      const person = result.node.person;
      return Boolean(person.idNumber && person.phone && person.birthDate);
    },
  },
  {
    name: "rename the person of a deputy who is also a 大理州 deputy",
    allowed: (role) => role === "PLATFORM_ADMIN",
    run: async (api, viewer, t) => {
      const deputy = await shareWithDali(api, t.deputyGid);
      const input = { ...deputy.membership, version: await deputyVersion(api, t.deputyGid), person: { name: `共享${++unique}`, gender: deputy.gender, ethnicity: deputy.ethnicity } };
      return writeAllowed(await api.run(`mutation ($id: ID!, $input: UpdateDeputyInput!) { updateDeputy(id: $id, input: $input) { id } }`, { id: t.deputyGid, input }, viewer));
    },
  },
  {
    name: "edit the membership of a deputy who is also a 大理州 deputy",
    allowed: rollKeeperOver,
    run: async (api, viewer, t) => {
      const deputy = await shareWithDali(api, t.deputyGid);
      const input = { ...deputy.membership, party: `党派${++unique}`, version: await deputyVersion(api, t.deputyGid) };
      return writeAllowed(await api.run(`mutation ($id: ID!, $input: UpdateDeputyInput!) { updateDeputy(id: $id, input: $input) { id } }`, { id: t.deputyGid, input }, viewer));
    },
  },
];

const sharingAdmin: Viewer = { userId: "matrix-sharing-admin", grants: [{ role: "PLATFORM_ADMIN", congressId: null, congressPath: null }] };
const shared = new Map<string, Promise<{ gender: string; ethnicity: string; membership: Record<string, unknown> }>>();

async function deputyVersion(api: TestApi, deputyGid: string): Promise<number> {
  return (await api.data(`query ($id: ID!) { node(id: $id) { ... on Deputy { version } } }`, { id: deputyGid }, sharingAdmin)).node.version;
}

/** Registers the deputy's person as a 大理州 deputy too (once per deputy), as a platform administrator would. */
function shareWithDali(api: TestApi, deputyGid: string) {
  if (!shared.has(deputyGid)) {
    shared.set(
      deputyGid,
      (async () => {
        const { node } = await api.data(
          `query ($id: ID!) { node(id: $id) { ... on Deputy { constituency occupation grassroots party person { name gender ethnicity idNumber } } } }`,
          { id: deputyGid },
          sharingAdmin,
        );
        const { congresses } = await api.data(`{ congresses(first: 100) { edges { node { id name terms { id } } } } }`, {}, sharingAdmin);
        const dali = congresses.edges.map((e: { node: { id: string; name: string; terms: { id: string }[] } }) => e.node).find((c: { name: string }) => c.name === "大理白族自治州人民代表大会");
        const { person, ...membership } = node;
        await api.data(
          `mutation ($input: RegisterDeputyInput!) { registerDeputy(input: $input) { id } }`,
          { input: { person, congressId: dali.id, termId: dali.terms[0].id, constituency: "大理市", occupation: "OTHER", grassroots: false, party: "群众" } },
          sharingAdmin,
        );
        return { gender: person.gender, ethnicity: person.ethnicity, membership };
      })(),
    );
  }
  return shared.get(deputyGid)!;
}

describe("permission matrix: role at a county × operation × where the record is", () => {
  let db: TestDatabase;
  let api: TestApi;
  const targets = {} as Record<Place, Target>;
  const viewers = {} as Record<string, Viewer>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadDemo(db.prisma);
    api = await TestApi.start(db.prisma);
    for (const [place, region] of Object.entries(PLACES) as [Place, string][]) {
      const congress = await db.prisma.congress.findFirstOrThrow({ where: { region: { name: region } } });
      const user = await db.prisma.user.create({
        data: { username: `target.${place}`, displayName: `目标${place}`, passwordHash: "x", phone: "13900000000", homeCongressId: congress.id, congressPath: congress.path },
      });
      await db.prisma.auditEvent.create({ data: { actorName: "seed", action: "seed", entityType: "Congress", entityId: congress.id, congressPath: congress.path } });
      const deputy = await db.prisma.deputyMembership.findFirstOrThrow({ where: { congressId: congress.id } });
      targets[place] = {
        congressId: congress.id,
        congressGid: globalId("Congress", congress.id),
        userGid: globalId("User", user.id),
        deputyGid: globalId("Deputy", deputy.id),
        regionGid: globalId("Region", congress.regionId),
        version: congress.version,
      };
    }
    for (const role of ROLES) {
      viewers[role] = role === "ANONYMOUS" ? { userId: null, grants: [] } : await viewerAt(db.prisma, role, HOME);
    }
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const cells = OPERATIONS.flatMap((op) =>
    ROLES.flatMap((role) => (Object.keys(PLACES) as Place[]).map((place) => [op.name, role, place, op.allowed(role, place) ? "allow" : "deny", op] as const)),
  );

  it.each(cells)("%s as %s on a record in the %s congress: %s", async (_name, role, place, expected, op) => {
    const target = targets[place];
    const viewer = role === "PLATFORM_ADMIN" ? { userId: "matrix-platform-admin", grants: [{ role: "PLATFORM_ADMIN" as const, congressId: null, congressPath: null }] } : viewers[role];
    const allowed = await op.run(api, viewer, target);
    if (allowed && op.name === "updateCongress") target.version += 1;
    expect(allowed ? "allow" : "deny").toBe(expected);
  });
});

// Account management: the accounts are at home in the caller's county (五华区) and each holds one role
// at a different place; an administrator manages an account only when every role it holds lies in its
// own reach, and an account holding PLATFORM_ADMIN only when it is a platform administrator itself.
const HOLDINGS = { ...PLACES, platform: null } as const;
type Holding = keyof typeof HOLDINGS;

interface Holder {
  id: string;
  gid: string;
}

interface AccountOperation {
  name: string;
  run(api: TestApi, db: TestDatabase, viewer: Viewer, holder: Holder): Promise<boolean>;
}

const managerOf = (role: Role | "ANONYMOUS", holding: Holding) =>
  role === "PLATFORM_ADMIN" || (role === "CONGRESS_ADMIN" && (holding === "own" || holding === "descendant"));

const ACCOUNT_OPERATIONS: AccountOperation[] = [
  {
    name: "resetUserPassword",
    run: async (api, _db, viewer, h) =>
      writeAllowed(await api.run(`mutation ($id: ID!) { resetUserPassword(id: $id, password: "matrix-password-1") { id } }`, { id: h.gid }, viewer)),
  },
  {
    name: "updateUser",
    run: async (api, db, viewer, h) => {
      const { version } = await db.prisma.user.findUniqueOrThrow({ where: { id: h.id } });
      return writeAllowed(
        await api.run(`mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { displayName: "矩阵", active: true, version: $v }) { id } }`, { id: h.gid, v: version }, viewer),
      );
    },
  },
  {
    name: "unlockUser",
    run: async (api, _db, viewer, h) => writeAllowed(await api.run(`mutation ($id: ID!) { unlockUser(id: $id) { id } }`, { id: h.gid }, viewer)),
  },
  {
    name: "grantRole at the caller's own congress",
    run: async (api, db, viewer, h) => {
      const own = await db.prisma.congress.findFirstOrThrow({ where: { region: { name: HOME } } });
      await db.prisma.roleGrant.deleteMany({ where: { userId: h.id, role: "SUPERVISOR", congressId: own.id } });
      return writeAllowed(
        await api.run(`mutation ($u: ID!, $c: ID!) { grantRole(input: { userId: $u, role: SUPERVISOR, congressId: $c }) { id } }`, { u: h.gid, c: globalId("Congress", own.id) }, viewer),
      );
    },
  },
  {
    name: "revokeRole of a grant at the caller's own congress",
    run: async (api, db, viewer, h) => {
      const own = await db.prisma.congress.findFirstOrThrow({ where: { region: { name: HOME } } });
      await db.prisma.roleGrant.deleteMany({ where: { userId: h.id, role: "UNIT_STAFF", congressId: own.id } });
      const grant = await db.prisma.roleGrant.create({ data: { userId: h.id, role: "UNIT_STAFF", congressId: own.id, congressPath: own.path } });
      return writeAllowed(await api.run(`mutation ($id: ID!) { revokeRole(id: $id) }`, { id: globalId("RoleGrant", grant.id) }, viewer));
    },
  },
  {
    name: "read the account and its phone by node(id)",
    run: async (api, db, viewer, h) => {
      // updateUser above clears the phone it is not sent.
      await db.prisma.user.update({ where: { id: h.id }, data: { phone: "13900000000" } });
      const node = (await api.data(`query ($id: ID!) { node(id: $id) { ... on User { phone viewerCanManage } } }`, { id: h.gid }, viewer)).node;
      if (node) expect(node).toEqual({ phone: "13900000000", viewerCanManage: true });
      return Boolean(node);
    },
  },
  {
    name: "find the account in users()",
    run: async (api, _db, viewer, h) => {
      const result = await api.run(`{ users(first: 1000) { edges { node { id } } } }`, {}, viewer);
      return writeAllowed(result) && result.data!.users.edges.some((e: { node: { id: string } }) => e.node.id === h.gid);
    },
  },
];

describe("permission matrix: role at a county × account operation × where the account's role is", () => {
  let db: TestDatabase;
  let api: TestApi;
  const holders = {} as Record<Holding, Holder>;
  const viewers = {} as Record<string, Viewer>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadDemo(db.prisma);
    api = await TestApi.start(db.prisma);
    const home = await db.prisma.congress.findFirstOrThrow({ where: { region: { name: HOME } } });
    for (const [holding, region] of Object.entries(HOLDINGS) as [Holding, string | null][]) {
      const user = await db.prisma.user.create({
        data: { username: `holder.${holding}`, displayName: `持有${holding}`, passwordHash: "x", phone: "13900000000", homeCongressId: home.id, congressPath: home.path },
      });
      const at = region ? await db.prisma.congress.findFirstOrThrow({ where: { region: { name: region } } }) : null;
      await db.prisma.roleGrant.create({ data: { userId: user.id, role: at ? "CONGRESS_ADMIN" : "PLATFORM_ADMIN", congressId: at?.id ?? null, congressPath: at?.path ?? null } });
      holders[holding] = { id: user.id, gid: globalId("User", user.id) };
    }
    for (const role of ROLES) {
      viewers[role] = role === "ANONYMOUS" ? { userId: null, grants: [] } : await viewerAt(db.prisma, role, HOME);
    }
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const cells = ACCOUNT_OPERATIONS.flatMap((op) =>
    ROLES.flatMap((role) => (Object.keys(HOLDINGS) as Holding[]).map((holding) => [op.name, role, holding, managerOf(role, holding) ? "allow" : "deny", op] as const)),
  );

  it.each(cells)("%s as %s on an account holding a role at %s: %s", async (_name, role, holding, expected, op) => {
    const viewer = role === "PLATFORM_ADMIN" ? { userId: "matrix-platform-admin", grants: [{ role: "PLATFORM_ADMIN" as const, congressId: null, congressPath: null }] } : viewers[role];
    const allowed = await op.run(api, db, viewer, holders[holding]);
    expect(allowed ? "allow" : "deny").toBe(expected);
  });
});
