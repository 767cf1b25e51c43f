// Updates with patch semantics: an omitted field keeps its value, an explicit null clears an optional
// field, and a required field refuses null. Every update mutation goes through `updateVersioned`.
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { inTransaction } from "../db/prisma-errors";
import { Errors } from "../graphql/errors";
import { recordAudit, type Actor } from "../modules/audit/record";
import { zmsg } from "./zod-messages";

type Tx = Prisma.TransactionClient;

export const VERSION = z.number().int().min(1, zmsg("请发送加载时的 version", "send the `version` you loaded"));

/**
 * The update input of a create shape: every field optional, plus `version`. The field schemas must
 * leave `undefined` as it is (see `optionalText`), so that omitted and null stay distinct.
 */
export function patchOf<S extends z.ZodRawShape>(shape: S) {
  return z.object(shape).partial().extend({ version: VERSION });
}

/** The fields a patch sets: omitted (undefined) ones are dropped, nulls are kept. */
export function setFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A decoded global-id input field, keeping "omitted" (undefined) apart from "cleared" (null). */
export function idOrNull(value: { id: string } | null | undefined): string | null | undefined {
  return value === null ? null : value?.id;
}

/** The two calls of a Prisma model delegate a versioned update needs. */
export interface VersionedTable<Row> {
  updateMany(args: { where: { id: string; version: number }; data: object }): Promise<{ count: number }>;
  findUniqueOrThrow(args: { where: { id: string } }): Promise<Row>;
}

export interface VersionedUpdate<Row, Patch> {
  /** Audit entity type and action, e.g. "Station" and "updateStation". */
  entity: string;
  action: string;
  /** Names the record in refusals (database conflicts, stale versions). */
  label: string;
  table: (tx: Tx) => VersionedTable<Row>;
  /** Reads the row and applies the policy; outside the caller's reach it reports the row missing. */
  load: (tx: Tx) => Promise<Row>;
  /** Columns written for the set fields when their names differ from the input's (default: the same). */
  columns?: (changes: Partial<Patch>) => object;
  /** Cross-field rules, judged on the row as it will be after the change. */
  check?: (tx: Tx, merged: Row, before: Row) => Promise<void> | void;
  /** Further writes belonging to the same change (nested records, ending sessions), in the same transaction. */
  also?: (tx: Tx, before: Row, merged: Row) => Promise<void>;
  /** The congress path the audit event sits at. */
  auditPath: (tx: Tx, row: Row) => string | null | Promise<string | null>;
}

/**
 * Load, check the policy, merge the set fields over the stored row, run the cross-field rules on
 * the merged row, compare-and-set the version (a lost race is CONFLICT), audit, and re-read: one
 * transaction.
 */
export async function updateVersioned<Row extends { version: number }, Patch extends { version: number }>(
  actor: Actor,
  id: string,
  patch: Patch,
  spec: VersionedUpdate<Row, Omit<Patch, "version">>,
): Promise<Row> {
  const { version, ...fields } = patch;
  const changes = setFields(fields);
  const data = spec.columns ? spec.columns(changes) : changes;
  return inTransaction(actor.prisma, spec.label, async (tx: Tx) => {
    const before = await spec.load(tx);
    // Rules judged on a row the caller never saw would refuse for the wrong reason: stale comes first.
    if (before.version !== version) throw Errors.staleVersion(spec.label);
    const merged: Row = { ...before, ...data };
    await spec.check?.(tx, merged, before);
    const { count } = await spec.table(tx).updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw Errors.staleVersion(spec.label);
    await spec.also?.(tx, before, merged);
    const after = await spec.table(tx).findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, actor, { action: spec.action, entityType: spec.entity, entityId: id, congressPath: await spec.auditPath(tx, before), before, after });
    return after;
  });
}
