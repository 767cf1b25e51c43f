import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { accountId, type Viewer } from "../../auth/viewer";

/** Who performs a service call: the database, the caller, and the request it came with. */
export interface Actor {
  prisma: PrismaClient;
  viewer: Viewer;
  requestId?: string;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  /** The jurisdiction of the record; null for platform-wide records. */
  congressPath: string | null;
  before?: unknown;
  after?: unknown;
}

const SECRET_KEYS = new Set(["passwordHash", "keyHash", "tokenHash"]);

/** Rows as JSON: dates as ISO strings, secrets left out. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? undefined : v)));
}

/** Writes one audit event; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: accountId(actor.viewer),
      actorName: actor.viewer.displayName ?? actor.viewer.userId ?? "anonymous",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      congressPath: entry.congressPath,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      requestId: actor.requestId ?? null,
    },
  });
}
