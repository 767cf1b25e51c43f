import type { PrismaClient } from "../generated/prisma/client";
import type { Logger } from "../logger";
import { isDatabaseUnavailable } from "../db/unavailable";

/** starting: not serving yet; ready: serving; draining: shutting down, finishing what is in flight. */
export type Phase = "starting" | "ready" | "draining";

export interface DatabaseState {
  database: "ok" | "unreachable" | "timeout" | "error";
  pendingMigrations: string[];
}

export interface HealthAnswer {
  status: 200 | 503;
  body: Record<string, unknown>;
}

const CACHE_MS = 1_000;

/**
 * /healthz (the database answers in time) and /readyz (serving, database up, every migration on disk
 * applied). One probe at a time, its result shared for a second, so a load balancer polling hard or
 * a hung database never ties up more than one pool connection.
 */
export class Health {
  phase: Phase = "starting";
  private cached: { at: number; state: DatabaseState } | undefined;
  private running: Promise<DatabaseState> | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: { timeoutMs: number; expectedMigrations: string[]; log: Logger },
  ) {}

  async liveness(): Promise<HealthAnswer> {
    const { database } = await this.probe();
    return { status: database === "ok" ? 200 : 503, body: { status: database === "ok" ? "ok" : "unavailable", database } };
  }

  async readiness(): Promise<HealthAnswer> {
    if (this.phase !== "ready") return { status: 503, body: { ready: false, phase: this.phase } };
    const state = await this.probe();
    const ready = state.database === "ok" && state.pendingMigrations.length === 0;
    return { status: ready ? 200 : 503, body: { ready, phase: this.phase, ...state } };
  }

  private async probe(): Promise<DatabaseState> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.state;
    this.running ??= this.query().finally(() => (this.running = undefined));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<DatabaseState>((resolve) => {
      timer = setTimeout(() => resolve({ database: "timeout", pendingMigrations: [] }), this.options.timeoutMs);
    });
    const state = await Promise.race([this.running, timedOut]).finally(() => clearTimeout(timer));
    this.cached = { at: Date.now(), state };
    return state;
  }

  private async query(): Promise<DatabaseState> {
    try {
      const rows = await this.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const applied = new Set(rows.map((row) => row.migration_name));
      return { database: "ok", pendingMigrations: this.options.expectedMigrations.filter((name) => !applied.has(name)) };
    } catch (error) {
      this.options.log.warn({ err: error }, "health check: the database did not answer");
      return { database: isDatabaseUnavailable(error) ? "unreachable" : "error", pendingMigrations: [] };
    }
  }
}
