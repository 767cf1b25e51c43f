import { randomUUID } from "node:crypto";
import type { Congress, Prisma } from "../../generated/prisma/client";
import type { CongressBodyKind, CongressLevel, RegionLevel } from "../../generated/prisma/enums";
import { ADMIN_ROLES, requireRecordInReach, requireRoleOver, requireSignedIn } from "../../auth/guard";
import { isPlatformAdmin, type Viewer } from "../../auth/viewer";
import { recordAudit, type Actor } from "../audit/record";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { updateVersioned } from "../../lib/patch";
import { requireRegionAdmin } from "../regions/service";
import { addDefaultCategories } from "../suggestions/categories";
import { CreateCongressBodyInput, CreateCongressInput, UpdateCongressInput } from "./inputs";
import { msg } from "../../lib/i18n";

type Tx = Prisma.TransactionClient;

export const CONGRESS_LEVEL_OF_REGION: Record<Exclude<RegionLevel, "VILLAGE">, CongressLevel> = {
  PROVINCE: "PROVINCIAL",
  CITY: "MUNICIPAL",
  COUNTY: "COUNTY",
  TOWNSHIP: "TOWNSHIP",
};
const ANCESTOR_COLUMN = {
  PROVINCIAL: "provincialCongressId",
  MUNICIPAL: "municipalCongressId",
  COUNTY: "countyCongressId",
  TOWNSHIP: "townshipCongressId",
} as const;

/** Organs by level: a township congress has a presidium; the levels above have a standing committee. */
const BODY_KINDS_ABOVE_TOWNSHIP: CongressBodyKind[] = [
  "STANDING_COMMITTEE",
  "DIRECTORS_MEETING",
  "SPECIAL_COMMITTEE",
  "WORKING_COMMITTEE",
  "DEPUTY_WORK_AGENCY",
];

export async function createCongress(actor: Actor, rawInput: unknown) {
  const { prisma, viewer } = actor;
  const input = parseInput(CreateCongressInput, rawInput);
  return inTransaction(prisma, "Congress for this region", async (tx: Tx) => {
    const region = await tx.region.findUnique({ where: { id: input.regionId } });
    if (!region) throw Errors.notFound("Region", input.regionId);
    await requireRegionAdmin(tx, viewer, region);
    if (region.level === "VILLAGE") {
      throw Errors.badInput("Villages and communities have no congress; choose a township or higher.", [
        { field: "input.regionId", message: msg("须为乡镇级或以上", "must be township level or higher") },
      ]);
    }
    const level = CONGRESS_LEVEL_OF_REGION[region.level];
    const ancestorRegionIds = [region.townshipId, region.countyId, region.cityId, region.provinceId].filter(
      (id): id is string => Boolean(id) && id !== region.id,
    );
    const candidates = await tx.congress.findMany({ where: { regionId: { in: ancestorRegionIds } } });
    const parent = ancestorRegionIds.map((id) => candidates.find((c) => c.regionId === id)).find(Boolean) ?? null;
    if (level !== "PROVINCIAL" && !parent) {
      throw Errors.badInput(msg("请先建立上级行政区划的人大；省级以下人大都有上级人大。", "Create the congress of the region above first; every congress below a province has a parent."), [
        { field: "input.regionId", message: msg("上级行政区划尚未建立人大", "the region above has no congress yet") },
      ]);
    }
    requireSignedIn(viewer);
    if (parent) requireRoleOver(viewer, ADMIN_ROLES, parent.path, msg("设立下级人大", "set up congresses below theirs"));
    else if (!isPlatformAdmin(viewer)) throw Errors.forbidden(msg("只有平台管理员可以设立省级人大。", "Only a platform administrator may set up a provincial congress."));

    const id = randomUUID();
    const ancestors = {
      provincialCongressId: parent?.provincialCongressId ?? null,
      municipalCongressId: parent?.municipalCongressId ?? null,
      countyCongressId: parent?.countyCongressId ?? null,
      townshipCongressId: parent?.townshipCongressId ?? null,
    };
    ancestors[ANCESTOR_COLUMN[level]] = id;
    const created = await tx.congress.create({
      data: {
        id,
        regionId: region.id,
        name: input.name,
        shortName: input.shortName,
        address: input.address,
        level,
        kind: region.kind === "STREET" ? "STREET_WORKING_COMMITTEE" : "CONGRESS",
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? ""}${id}/`,
        ...ancestors,
      },
    });
    await addDefaultCategories(tx, created);
    await recordAudit(tx, actor, { action: "createCongress", entityType: "Congress", entityId: id, congressPath: created.path, after: created });
    return created;
  });
}

/** A congress the viewer administers; outside the viewer's reach, the record named by id (`target`) is reported missing. */
async function loadForAdmin(tx: Tx, viewer: Viewer, id: string, target = { what: "Congress", id }): Promise<Congress> {
  const congress = await tx.congress.findUnique({ where: { id } });
  if (!congress) throw Errors.notFound(target.what, target.id);
  requireRecordInReach(viewer, ADMIN_ROLES, congress.path, target.what, target.id);
  return congress;
}

export async function updateCongress(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(UpdateCongressInput, rawInput);
  return updateVersioned(actor, id, input, {
    entity: "Congress",
    action: "updateCongress",
    label: `Congress ${input.name ?? ""}`.trim(),
    table: (tx) => tx.congress,
    load: (tx) => loadForAdmin(tx, actor.viewer, id),
    auditPath: (_tx, congress) => congress.path,
  });
}

export async function deleteCongress(actor: Actor, id: string) {
  const { prisma, viewer } = actor;
  return inTransaction(prisma, "Congress", async (tx: Tx) => {
    const congress = await loadForAdmin(tx, viewer, id);
    const counts = await tx.congress.findUniqueOrThrow({
      where: { id },
      select: { _count: { select: { children: true, terms: true, handlingUnits: true } } },
    });
    const { children, terms, handlingUnits } = counts._count;
    if (children + terms + handlingUnits > 0) {
      throw Errors.conflict(
        msg(
          `${congress.name}下还有 ${children} 个下级人大、${terms} 个届次和 ${handlingUnits} 个承办单位，请先删除。`,
          `${congress.name} still has ${children} congresses below it, ${terms} terms and ${handlingUnits} handling units; remove them first.`,
        ),
      );
    }
    await tx.congressBody.deleteMany({ where: { congressId: id } });
    await tx.congress.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "deleteCongress", entityType: "Congress", entityId: id, congressPath: congress.path, before: congress });
    return congress;
  });
}

export async function createCongressBody(actor: Actor, rawInput: unknown) {
  const { prisma, viewer } = actor;
  const input = parseInput(CreateCongressBodyInput, rawInput);
  return inTransaction(prisma, `${input.name}`, async (tx: Tx) => {
    const congress = await loadForAdmin(tx, viewer, input.congressId);
    const allowed: CongressBodyKind[] =
      congress.kind === "STREET_WORKING_COMMITTEE" ? [] : congress.level === "TOWNSHIP" ? ["PRESIDIUM"] : BODY_KINDS_ABOVE_TOWNSHIP;
    if (!allowed.includes(input.kind)) {
      const hint = allowed.length ? msg(`可设：${allowed.join("、")}`, `it may have: ${allowed.join(", ")}`) : msg("街道人大工委不设本级机关", "a street working committee has no organs of its own");
      throw Errors.badInput(msg(`${congress.level} ${congress.kind} 不能设 ${input.kind}；${hint.zh}。`, `A ${congress.level} ${congress.kind} cannot have a ${input.kind}; ${hint.en}.`), [
        { field: "input.kind", message: msg("此级别不允许", "not allowed at this level") },
      ]);
    }
    const single: CongressBodyKind[] = ["STANDING_COMMITTEE", "DIRECTORS_MEETING", "DEPUTY_WORK_AGENCY", "PRESIDIUM"];
    if (single.includes(input.kind) && (await tx.congressBody.count({ where: { congressId: congress.id, kind: input.kind } }))) {
      throw Errors.conflict(msg(`${congress.name}已设 ${input.kind}，只能设一个。`, `${congress.name} already has its ${input.kind}; there is only one.`));
    }
    const created = await tx.congressBody.create({ data: { congressId: congress.id, kind: input.kind, name: input.name } });
    await recordAudit(tx, actor, { action: "createCongressBody", entityType: "CongressBody", entityId: created.id, congressPath: congress.path, after: created });
    return created;
  });
}

export async function deleteCongressBody(actor: Actor, id: string) {
  const { prisma, viewer } = actor;
  return inTransaction(prisma, "Congress organ", async (tx: Tx) => {
    const body = await tx.congressBody.findUnique({ where: { id } });
    if (!body) throw Errors.notFound("Congress organ", id);
    const congress = await loadForAdmin(tx, viewer, body.congressId, { what: "Congress organ", id });
    await tx.congressBody.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "deleteCongressBody", entityType: "CongressBody", entityId: id, congressPath: congress.path, before: body });
    return body;
  });
}
