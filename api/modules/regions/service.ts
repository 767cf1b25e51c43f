import { randomUUID } from "node:crypto";
import type { Prisma, Region } from "../../generated/prisma/client";
import type { RegionKind, RegionLevel } from "../../generated/prisma/enums";
import { ADMIN_ROLES, requireRecordInReach, requireSignedIn } from "../../auth/guard";
import { isPlatformAdmin, type Viewer } from "../../auth/viewer";
import { recordAudit, type Actor } from "../audit/record";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { updateVersioned } from "../../lib/patch";
import { CreateRegionInput, UpdateRegionInput } from "./inputs";
import { msg } from "../../lib/i18n";

export const LEVEL_OF_KIND: Record<RegionKind, RegionLevel> = {
  PROVINCE: "PROVINCE",
  AUTONOMOUS_REGION: "PROVINCE",
  MUNICIPALITY: "PROVINCE",
  CITY: "CITY",
  PREFECTURE: "CITY",
  COUNTY: "COUNTY",
  DISTRICT: "COUNTY",
  COUNTY_LEVEL_CITY: "COUNTY",
  TOWNSHIP: "TOWNSHIP",
  TOWN: "TOWNSHIP",
  STREET: "TOWNSHIP",
  VILLAGE: "VILLAGE",
  COMMUNITY: "VILLAGE",
};
export const LEVEL_DEPTH: Record<RegionLevel, number> = { PROVINCE: 0, CITY: 1, COUNTY: 2, TOWNSHIP: 3, VILLAGE: 4 };
/** Digits of the division code that identify a region at each level (2+2+2+3+3). */
export const CODE_PREFIX_LENGTH: Record<RegionLevel, number> = { PROVINCE: 2, CITY: 4, COUNTY: 6, TOWNSHIP: 9, VILLAGE: 12 };
const ANCESTOR_COLUMN = { PROVINCE: "provinceId", CITY: "cityId", COUNTY: "countyId", TOWNSHIP: "townshipId" } as const;

type Tx = Prisma.TransactionClient;

type RegionRef = Pick<Region, "id" | "provinceId" | "cityId" | "countyId" | "townshipId">;

/** The congress path that governs a region: the nearest congress at or above it. */
async function governingCongressPath(tx: Tx, region: RegionRef): Promise<string | null> {
  const ids = [region.id, region.townshipId, region.countyId, region.cityId, region.provinceId].filter(
    (id): id is string => Boolean(id),
  );
  const congresses = await tx.congress.findMany({ where: { regionId: { in: ids } }, select: { regionId: true, path: true } });
  for (const id of ids) {
    const found = congresses.find((c) => c.regionId === id);
    if (found) return found.path;
  }
  return null;
}

/**
 * Requires an administrator over the region's governing congress. A region outside the viewer's reach
 * (or outside every congress, which only platform administrators reach) is reported as missing under `what`.
 */
export async function requireRegionAdmin(tx: Tx, viewer: Viewer, region: RegionRef, what = "Region") {
  requireSignedIn(viewer);
  if (isPlatformAdmin(viewer)) return;
  const path = await governingCongressPath(tx, region);
  if (!path) throw Errors.notFound(what, region.id);
  requireRecordInReach(viewer, ADMIN_ROLES, path, what, region.id);
}

function checkPlacement(code: string, level: RegionLevel, parent: Region | null): void {
  const own = CODE_PREFIX_LENGTH[level];
  if (!/^0*$/.test(code.slice(own))) {
    throw Errors.badInput(msg(`${level} 级区划代码须以 ${12 - own} 个 0 结尾，${code} 不符合。`, `A ${level} code ends in ${12 - own} zeros; ${code} does not.`), [
      { field: "input.code", message: msg(`第 ${own} 位之后须为 0`, `digits after position ${own} must be 0`) },
    ]);
  }
  if (!parent) {
    if (level !== "PROVINCE") {
      throw Errors.badInput(msg("只有省级行政区划没有上级，请选择上级行政区划。", "Only a province-level region has no parent; choose the parent region."), [
        { field: "input.parentId", message: msg("省级以下必填", "required below province level") },
      ]);
    }
    return;
  }
  const skipsCity = parent.level === "PROVINCE" && level === "COUNTY" && parent.kind === "MUNICIPALITY";
  if (LEVEL_DEPTH[level] !== LEVEL_DEPTH[parent.level] + 1 && !skipsCity) {
    throw Errors.badInput(msg(`${level} 级区划不能直接隶属于 ${parent.level} 级区划。`, `A ${level} region cannot sit directly under a ${parent.level} region.`), [
      { field: "input.parentId", message: msg("上级须高一级", "parent must be one level up") },
    ]);
  }
  const prefix = parent.code.slice(0, CODE_PREFIX_LENGTH[parent.level]);
  if (!code.startsWith(prefix)) {
    throw Errors.badInput(msg(`${parent.name}下的区划代码须以 ${prefix} 开头。`, `The code of a region under ${parent.name} starts with ${prefix}.`), [
      { field: "input.code", message: msg(`须以 ${prefix} 开头`, `must start with ${prefix}`) },
    ]);
  }
}

export async function createRegion(actor: Actor, rawInput: unknown) {
  const { prisma, viewer } = actor;
  const input = parseInput(CreateRegionInput, rawInput);
  const level = LEVEL_OF_KIND[input.kind];
  return inTransaction(prisma, `Region ${input.code}`, async (tx: Tx) => {
    const parent = input.parentId ? await tx.region.findUnique({ where: { id: input.parentId } }) : null;
    if (input.parentId && !parent) throw Errors.notFound("Parent region", input.parentId);
    if (parent) await requireRegionAdmin(tx, viewer, parent, "Parent region");
    else if (!isPlatformAdmin(viewer)) {
      requireSignedIn(viewer);
      throw Errors.forbidden(msg("只有平台管理员可以添加省份。", "Only a platform administrator may add a province."));
    }
    checkPlacement(input.code, level, parent);
    const id = randomUUID();
    const ancestors = {
      provinceId: parent?.provinceId ?? null,
      cityId: parent?.cityId ?? null,
      countyId: parent?.countyId ?? null,
      townshipId: parent?.townshipId ?? null,
    };
    if (level !== "VILLAGE") ancestors[ANCESTOR_COLUMN[level]] = id;
    const created = await tx.region.create({
      data: {
        id,
        code: input.code,
        name: input.name,
        kind: input.kind,
        level,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? ""}${input.code}/`,
        depth: LEVEL_DEPTH[level],
        ...ancestors,
      },
    });
    const congressPath = await governingCongressPath(tx, created);
    await recordAudit(tx, actor, { action: "createRegion", entityType: "Region", entityId: id, congressPath, after: created });
    return created;
  });
}

export async function updateRegion(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(UpdateRegionInput, rawInput);
  return updateVersioned(actor, id, input, {
    entity: "Region",
    action: "updateRegion",
    label: `Region ${input.name ?? ""}`.trim(),
    table: (tx) => tx.region,
    load: async (tx) => {
      const region = await tx.region.findUnique({ where: { id } });
      if (!region) throw Errors.notFound("Region", id);
      await requireRegionAdmin(tx, actor.viewer, region);
      return region;
    },
    auditPath: (tx, region) => governingCongressPath(tx, region),
  });
}

export async function deleteRegion(actor: Actor, id: string) {
  const { prisma, viewer } = actor;
  return inTransaction(prisma, "Region", async (tx: Tx) => {
    const region = await tx.region.findUnique({ where: { id }, include: { _count: { select: { children: true } }, congress: true } });
    if (!region) throw Errors.notFound("Region", id);
    await requireRegionAdmin(tx, viewer, region);
    if (region._count.children > 0 || region.congress) {
      throw Errors.conflict(msg(`${region.name}下还有下级区划或人大，请先删除。`, `${region.name} still has sub-regions or a congress; delete those first.`));
    }
    await tx.region.delete({ where: { id } });
    const congressPath = await governingCongressPath(tx, region);
    await recordAudit(tx, actor, { action: "deleteRegion", entityType: "Region", entityId: id, congressPath, before: region });
    return region;
  });
}
