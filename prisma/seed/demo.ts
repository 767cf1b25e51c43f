import type { PrismaClient } from "../../api/generated/prisma/client";
import type { CongressLevel } from "../../api/generated/prisma/enums";
import type { Viewer } from "../../api/auth/viewer";
import type { Logger } from "../../api/logger";
import { STARTUP_LOCKS, withAdvisoryLockOn } from "../../api/db/advisory-lock";
import type { Actor } from "../../api/modules/audit/record";
import { createCongress, createCongressBody } from "../../api/modules/congresses/service";
import { createHandlingUnit } from "../../api/modules/handling-units/service";
import { createRegion } from "../../api/modules/regions/service";
import { createCongressSession, createTerm } from "../../api/modules/terms/service";
import { createUser, grantRole } from "../../api/modules/accounts/users";
import { loadDemoDeputies } from "./demo-deputies";
import { loadDemoLinks } from "./demo-links";
import { loadDemoSuggestions } from "./demo-suggestions";
import { DEMO_BODIES_ABOVE_TOWNSHIP, DEMO_DEPARTMENTS, DEMO_LOGINS, DEMO_PASSWORD, DEMO_PROVINCE, DEMO_TERMS, type DemoRegion } from "./demo-data";

/** Loading goes through the same services as the API, as a platform administrator. */
const SYSTEM: Viewer = { userId: "system", displayName: "系统（演示数据）", grants: [{ role: "PLATFORM_ADMIN", congressId: null, congressPath: null }] };

const UNIT_SUFFIX: Record<CongressLevel, string> = { PROVINCIAL: "省", MUNICIPAL: "市", COUNTY: "", TOWNSHIP: "" };

async function loadCongress(system: Actor, regionId: string, region: DemoRegion) {
  const congress = await createCongress(system, { regionId, name: region.congressName! });
  if (congress.kind === "STREET_WORKING_COMMITTEE") return;
  const bodies = congress.level === "TOWNSHIP" ? [{ kind: "PRESIDIUM", name: "主席团" }] : DEMO_BODIES_ABOVE_TOWNSHIP;
  for (const body of bodies) await createCongressBody(system, { congressId: congress.id, ...body });

  const plan = DEMO_TERMS[congress.level];
  const term = await createTerm(system, { congressId: congress.id, number: plan.number, startDate: plan.start, endDate: plan.end });
  for (const [index, start] of plan.sessions.entries()) {
    const end = new Date(new Date(`${start}T00:00:00Z`).getTime() + 4 * 86_400_000).toISOString().slice(0, 10);
    await createCongressSession(system, { termId: term.id, number: index + 1, startDate: start, endDate: end });
  }

  const government = await createHandlingUnit(system, {
    congressId: congress.id,
    name: `${region.name}人民政府`,
    kind: "GOVERNMENT",
  });
  if (congress.level === "TOWNSHIP") return;
  const prefix = region.name.replace(/(省|市|区|县|白族自治州)$/, "") + UNIT_SUFFIX[congress.level];
  for (const department of DEMO_DEPARTMENTS) {
    await createHandlingUnit(system, { congressId: congress.id, name: `${prefix}${department}`, kind: "DEPARTMENT", parentId: government.id });
  }
  await createHandlingUnit(system, { congressId: congress.id, name: `${region.name}监察委员会`, kind: "SUPERVISORY_COMMISSION" });
  await createHandlingUnit(system, { congressId: congress.id, name: `${region.name}人民法院`, kind: "COURT" });
  await createHandlingUnit(system, { congressId: congress.id, name: `${region.name}人民检察院`, kind: "PROCURATORATE" });
}

async function loadRegion(system: Actor, region: DemoRegion, parentId: string | null): Promise<number> {
  const created = await createRegion(system, { code: region.code, name: region.name, kind: region.kind, parentId });
  if (region.congressName) await loadCongress(system, created.id, region);
  let count = 1;
  for (const child of region.children ?? []) count += await loadRegion(system, child, created.id);
  return count;
}

async function loadLogins(system: Actor): Promise<void> {
  for (const login of DEMO_LOGINS) {
    const congress = await system.prisma.congress.findFirstOrThrow({ where: { region: { name: login.region } } });
    const user = await createUser(system, {
      username: login.username,
      displayName: login.displayName,
      password: DEMO_PASSWORD,
      phone: "phone" in login ? login.phone : null,
      homeCongressId: congress.id,
    });
    await grantRole(system, { userId: user.id, role: login.role, congressId: login.role === "PLATFORM_ADMIN" ? null : congress.id });
  }
}

/** Loads the demo province and its demo accounts; expects an empty database. */
export async function loadDemo(prisma: PrismaClient): Promise<number> {
  const system: Actor = { prisma, viewer: SYSTEM, requestId: "demo-seed" };
  const regions = await loadRegion(system, DEMO_PROVINCE, null);
  await loadLogins(system);
  await loadDemoDeputies(system);
  await loadDemoLinks(system);
  await loadDemoSuggestions(prisma);
  return regions;
}

/** Whether the demo accounts exist (start-up then prints them). */
export async function hasDemoLogins(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: { username: { in: DEMO_LOGINS.map((l) => l.username) } } })) > 0;
}

/**
 * Loads the demo data when the database has no regions. Instances starting together on one empty
 * database take turns on an advisory lock and re-check under it, so the data is loaded once; the
 * platform serves only after this returns, so nobody reads it half-loaded.
 */
export async function loadDemoIfEmpty(prisma: PrismaClient, log: Logger, databaseUrl: string): Promise<boolean> {
  if ((await prisma.region.count()) > 0) return false;
  return withAdvisoryLockOn(databaseUrl, STARTUP_LOCKS.demoData, async () => {
    if ((await prisma.region.count()) > 0) return false;
    const started = Date.now();
    const regions = await loadDemo(prisma);
    log.info({ regions, ms: Date.now() - started }, "demo data loaded");
    return true;
  });
}

/** Empties every table of the platform (not the migrations record). */
export async function wipe(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"${t.tablename}"`).join(", ");
  await prisma.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}
