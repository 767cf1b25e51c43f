import pg from "pg";

/** Lock ids of the start-up work that must run once across instances sharing a database. */
export const STARTUP_LOCKS = {
  /** The id Prisma's own migrate commands take, so ours and theirs exclude each other. */
  migrations: 72707369,
  demoData: 72707370,
  /** pg-boss's queue and schedule set-up deadlocks when two processes run it at once. */
  jobQueues: 72707371,
} as const;

/**
 * Runs `work` holding a session-level PostgreSQL advisory lock on a connection of its own; a second
 * instance waits here until the first is done. `work` must re-check whether it is still needed.
 */
export async function withAdvisoryLock<T>(client: pg.Client, lockId: number, work: () => Promise<T>): Promise<T> {
  await client.query("SELECT pg_advisory_lock($1)", [lockId]);
  try {
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [lockId]).catch(() => undefined);
  }
}

/** `withAdvisoryLock` on a new connection to `url`, closed afterwards. */
export async function withAdvisoryLockOn<T>(url: string, lockId: number, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await withAdvisoryLock(client, lockId, work);
  } finally {
    await client.end();
  }
}
