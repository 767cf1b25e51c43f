import type { Congress, Prisma, Region, Station } from "../../generated/prisma/client";
import type { StationKind } from "../../generated/prisma/enums";
import { ADMIN_ROLES, requireRecordInReach, requireSignedIn } from "../../auth/guard";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { newPublicCode } from "../../lib/codes";
import { recordAudit, type Actor } from "../audit/record";
import { requireRegionAdmin } from "../regions/service";
import { updateVersioned } from "../../lib/patch";
import { bothOrNeither, COORDINATES_RULE, CreateStationInput, UpdateStationInput } from "./inputs";
import { msg } from "../../lib/i18n";
import { zmsg } from "../../lib/zod-messages";
import { issueText } from "../../lib/zod-messages";

type Tx = Prisma.TransactionClient;

/** Where each kind of position may be set up (DOMAIN.md §3); `null` means no further condition. */
export const PLACEMENT: Record<StationKind, { check: (congress: Congress, region: Region) => boolean; rule: string } | null> = {
  DEPUTY_HOME: {
    check: (c) => c.kind === "CONGRESS" && c.level !== "TOWNSHIP",
    rule: zmsg("代表之家设在县级及以上人大", "a deputy home (代表之家) belongs to a county-level or higher congress"),
  },
  WORKSTATION: {
    check: (c, r) => c.level === "TOWNSHIP" && r.level === "TOWNSHIP",
    rule: zmsg("代表工作站设在乡镇人大或街道人大工委，位于本乡镇或街道", "a workstation (代表工作站) belongs to a township congress or street working committee, in its township or street"),
  },
  LIAISON_ROOM: {
    check: (_c, r) => r.level === "VILLAGE",
    rule: zmsg("代表联络室设在村或社区", "a liaison room (代表联络室) sits in a village or community"),
  },
  PROFESSIONAL_STATION: null,
  ONLINE: null,
};

export async function createStation(actor: Actor, rawInput: unknown) {
  const input = parseInput(CreateStationInput, rawInput);
  return inTransaction(actor.prisma, `Station ${input.name}`, async (tx: Tx) => {
    const congress = await tx.congress.findUnique({ where: { id: input.congressId }, include: { region: true } });
    if (!congress) throw Errors.notFound("Congress", input.congressId);
    requireRecordInReach(actor.viewer, ADMIN_ROLES, congress.path, "Congress", input.congressId);
    const region = await tx.region.findUnique({ where: { id: input.regionId } });
    if (!region) throw Errors.notFound("Region", input.regionId);
    await requireRegionAdmin(tx, actor.viewer, region);
    if (!region.path.startsWith(congress.region.path)) {
      throw Errors.badInput(msg(`联络站须位于${congress.region.name}范围内。`, `The station must lie within ${congress.region.name}.`), [{ field: "input.regionId", message: msg("不在本人大的行政区划内", "outside the congress's region") }]);
    }
    const placement = PLACEMENT[input.kind];
    if (placement && !placement.check(congress, region)) {
      throw Errors.badInput(msg(`不能设在此处：${issueText(placement.rule).zh}。`, `Not allowed here: ${placement.rule}.`), [{ field: "input.kind", message: placement.rule }]);
    }
    if (input.kind !== "ONLINE" && !input.address) {
      throw Errors.badInput(msg("请填写群众可找到该联络站的地址。", "Give the address where constituents find the station."), [{ field: "input.address", message: msg("实体联络站必填", "required for a physical station") }]);
    }
    const { congressId, regionId, ...fields } = input;
    const created = await tx.station.create({
      data: { ...fields, congressId, regionId, congressPath: congress.path, publicCode: newPublicCode() },
    });
    await recordAudit(tx, actor, { action: "createStation", entityType: "Station", entityId: created.id, congressPath: congress.path, after: created });
    return created;
  });
}

async function managedStation(tx: Tx, actor: Actor, id: string): Promise<Station> {
  requireSignedIn(actor.viewer);
  const station = await tx.station.findUnique({ where: { id } });
  if (!station) throw Errors.notFound("Station", id);
  requireRecordInReach(actor.viewer, ADMIN_ROLES, station.congressPath, "Station", id);
  return station;
}

export async function updateStation(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(UpdateStationInput, rawInput);
  return updateVersioned(actor, id, input, {
    entity: "Station",
    action: "updateStation",
    label: `Station ${input.name ?? ""}`.trim(),
    table: (tx) => tx.station,
    load: (tx) => managedStation(tx, actor, id),
    check: (_tx, merged) => {
      if (merged.kind !== "ONLINE" && !merged.address) {
        throw Errors.badInput(msg("请填写群众可找到该联络站的地址。", "Give the address where constituents find the station."), [{ field: "input.address", message: msg("实体联络站必填", "required for a physical station") }]);
      }
      if (!bothOrNeither(merged)) throw Errors.badInput(msg(`输入有误：${issueText(COORDINATES_RULE).zh}。`, `Check the input: input.longitude: ${COORDINATES_RULE}`), [{ field: "input.longitude", message: COORDINATES_RULE }]);
    },
    auditPath: (_tx, station) => station.congressPath,
  });
}

/** Issues a new station code; the old QR code stops working. */
export async function rotateStationCode(actor: Actor, id: string) {
  return inTransaction(actor.prisma, "Station", async (tx: Tx) => {
    const station = await managedStation(tx, actor, id);
    const after = await tx.station.update({ where: { id }, data: { publicCode: newPublicCode(), version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "rotateStationCode", entityType: "Station", entityId: id, congressPath: station.congressPath });
    return after;
  });
}
