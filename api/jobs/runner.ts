// Jobs in PostgreSQL (pg-boss, schema `pgboss`): they survive restarts, and with several API processes
// each scheduled run is taken by one of them. The reminders themselves are idempotent besides.
import { STARTUP_LOCKS, withAdvisoryLockOn } from "../db/advisory-lock";
import type { PrismaClient } from "../generated/prisma/client";
import type { Logger } from "../logger";
import { sendMilestoneReminders } from "../modules/supervision/reminders";
import { sendDueReminders, type ReminderOptions } from "./reminders";

// pg-boss 10 ships CommonJS without an ES default export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PgBoss = require("pg-boss") as typeof import("pg-boss");
type Boss = InstanceType<typeof PgBoss>;

export const REMINDER_QUEUE = "suggestion-reminders";
/** Every day at 08:00 in China: reminders arrive at the start of the working day. */
const DAILY = "0 8 * * *";
export const TIME_ZONE = "Asia/Shanghai";

export interface JobRunnerOptions extends ReminderOptions {
  databaseUrl: string;
  prisma: PrismaClient;
  log: Logger;
  /** The clock, replaceable in tests. */
  now?: () => Date;
  /** How often an idle worker looks for jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
}

export interface JobRunner {
  /** The scan queued at start-up (null when another process's was still waiting). */
  startupJob: string | null;
  /** Queues a scan now (at start-up: whatever was missed while no process ran); answers the job id, null if one is already waiting. */
  catchUp(): Promise<string | null>;
  /** Waits for a job to finish; answers its final state. */
  settled(jobId: string, timeoutMs?: number): Promise<string>;
  /** Stops taking jobs, lets a running one finish, then closes its connections. */
  stop(): Promise<void>;
}

export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const now = options.now ?? (() => new Date());
  const boss: Boss = new PgBoss({ connectionString: options.databaseUrl, schema: "pgboss", max: 3, application_name: "renda-jobs" });
  boss.on("error", (error) => options.log.error({ err: error }, "job runner error"));
  try {
    // Measured: two processes starting at once deadlocked in createQueue (PostgreSQL 40P01).
    await withAdvisoryLockOn(options.databaseUrl, STARTUP_LOCKS.jobQueues, async () => {
      await boss.start();
      await boss.createQueue(REMINDER_QUEUE);
      await boss.schedule(REMINDER_QUEUE, DAILY, {}, { tz: TIME_ZONE });
    });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw error;
  }
  await boss.work(REMINDER_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 }, async () => {
    const counts = await sendDueReminders(options.prisma, now(), options);
    const MILESTONE_DUE = await sendMilestoneReminders(options.prisma, now());
    options.log.info({ ...counts, MILESTONE_DUE }, "reminders sent");
  });
  const runner: Omit<JobRunner, "startupJob"> = {
    catchUp: () => boss.send(REMINDER_QUEUE, {}, { singletonKey: "catch-up", retryLimit: 3, retryDelay: 30 }),
    settled: async (jobId, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const job = await boss.getJobById(REMINDER_QUEUE, jobId);
        if (job && ["completed", "failed", "cancelled"].includes(job.state)) return job.state;
        if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job?.state ?? "missing"} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000 }),
  };
  return { ...runner, startupJob: await runner.catchUp() };
}
