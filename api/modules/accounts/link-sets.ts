// The sets of records an account can be linked to (units it works for, stations it keeps): how each is
// read, checked and written, shared by the set mutations (links.ts) and role revocation (users.ts).
import type { Prisma } from "../../generated/prisma/client";
import type { Role } from "../../auth/viewer";
import { msg, type Localized } from "../../lib/i18n";

type Tx = Prisma.TransactionClient;

/** A set of linked records (units, stations): how to read, check and write it. */
export interface LinkSet {
  action: "setAccountUnits" | "setAccountStations";
  field: "unitIds" | "stationIds";
  /** The type name a missing or unreachable id is reported as. */
  what: string;
  role: Role;
  roleMissing: Localized;
  targets: (tx: Tx, ids: string[]) => Promise<{ id: string; name: string; congressPath: string }[]>;
  current: (tx: Tx, userId: string) => Promise<string[]>;
  write: (tx: Tx, userId: string, insert: string[], remove: string[]) => Promise<void>;
}

export const UNIT_LINKS: LinkSet = {
  action: "setAccountUnits",
  field: "unitIds",
  what: "HandlingUnit",
  role: "UNIT_STAFF",
  roleMissing: msg("只有持有“承办单位人员”角色的账号才能关联承办单位，请先授予该角色。", "Only an account holding UNIT_STAFF can be linked to handling units; grant the role first."),
  targets: (tx, ids) => tx.handlingUnit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, congressPath: true } }),
  current: async (tx, userId) => (await tx.userHandlingUnit.findMany({ where: { userId }, select: { unitId: true } })).map((l) => l.unitId),
  write: async (tx, userId, insert, remove) => {
    if (remove.length) await tx.userHandlingUnit.deleteMany({ where: { userId, unitId: { in: remove } } });
    if (insert.length) await tx.userHandlingUnit.createMany({ data: insert.map((unitId) => ({ userId, unitId })) });
  },
};

export const STATION_LINKS: LinkSet = {
  action: "setAccountStations",
  field: "stationIds",
  what: "Station",
  role: "STATION_KEEPER",
  roleMissing: msg("只有持有“联络站管理员”角色的账号才能关联阵地，请先授予该角色。", "Only an account holding STATION_KEEPER can be linked to stations; grant the role first."),
  targets: (tx, ids) => tx.station.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, congressPath: true } }),
  current: async (tx, userId) => (await tx.userStation.findMany({ where: { userId }, select: { stationId: true } })).map((l) => l.stationId),
  write: async (tx, userId, insert, remove) => {
    if (remove.length) await tx.userStation.deleteMany({ where: { userId, stationId: { in: remove } } });
    if (insert.length) await tx.userStation.createMany({ data: insert.map((stationId) => ({ userId, stationId })) });
  },
};

/**
 * Once an account no longer holds a role anywhere, the links that role needs end with it: other modules
 * read the links alone (a unit's suggestions are read by the unit's linked staff), so a stale link would
 * keep the access the revocation meant to take away. Returns what ended, for the audit row.
 */
export async function endLinksOfRevokedRole(tx: Tx, userId: string, role: Role | string): Promise<Record<string, unknown>> {
  if (await tx.roleGrant.count({ where: { userId, role: role as Role } })) return {};
  if (role === "DEPUTY") {
    const { personId } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { personId: true } });
    if (!personId) return {};
    await tx.user.update({ where: { id: userId }, data: { personId: null, version: { increment: 1 } } });
    return { personId };
  }
  if (role === "UNIT_STAFF") {
    const unitIds = await UNIT_LINKS.current(tx, userId);
    await UNIT_LINKS.write(tx, userId, [], unitIds);
    return unitIds.length ? { unitIds } : {};
  }
  if (role === "STATION_KEEPER") {
    const stationIds = await STATION_LINKS.current(tx, userId);
    await STATION_LINKS.write(tx, userId, [], stationIds);
    return stationIds.length ? { stationIds } : {};
  }
  return {};
}
