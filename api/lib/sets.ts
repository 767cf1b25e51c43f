import { Prisma } from "../generated/prisma/client";

/** Tables whose rows own a set (a group's members and stations, an account's role grants) changed by set-type mutations. */
export type SetOwnerTable = "WorkingGroup" | "User";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Locks the owner row until the transaction ends, so two changes to its set run one after the other and
 * the second reads what the first wrote (an add cannot be lost to a replacement that read too early).
 * FOR NO KEY UPDATE rather than FOR UPDATE: inserting a link takes FOR KEY SHARE on the owner through
 * the foreign key, which FOR UPDATE would block. Returns false when the row does not exist.
 */
export async function lockSetOwner(tx: Prisma.TransactionClient, table: SetOwnerTable, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
  return rows.length > 0;
}

export type SetChangeMode = "add" | "replace";

/**
 * What a set-type mutation must write: `add` keeps the current links and inserts the missing ones;
 * `replace` makes the set exactly `given`. Repeating either is a no-op.
 */
export function planSetChange(current: readonly string[], given: readonly string[], mode: SetChangeMode) {
  const have = new Set(current);
  const wanted = new Set(given);
  const toInsert = [...wanted].filter((id) => !have.has(id));
  const toDelete = mode === "replace" ? current.filter((id) => !wanted.has(id)) : [];
  const after = mode === "replace" ? [...wanted] : [...current, ...toInsert];
  return { toInsert, toDelete, after };
}
