import { loadConfig } from "../../api/config";
import { createLogger } from "../../api/logger";
import { startPlatform } from "../../api/platform";
import { REMINDER_QUEUE } from "../../api/jobs/runner";
import { useDemoApi } from "../helpers/api";

const env = useDemoApi();
const settings = () => ({ DATABASE_URL: env.db.url, PORT: "0", SEED_DEMO: "false", LOG_LEVEL: "silent", JWT_SECRET: "x".repeat(40) });

const runnerConnections = () =>
  env.db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'renda-jobs'`);

it("JOBS=off starts no runner: pg-boss never creates its schema", async () => {
  const platform = await startPlatform(loadConfig({ ...settings(), JOBS: "off" }), createLogger("silent"));
  await platform.stop();
  const [schema] = await env.db.prisma.$queryRawUnsafe<{ found: string | null }[]>(`SELECT to_regnamespace('pgboss')::text AS found`);
  expect(schema.found).toBeNull();
});

it("the platform runs the job runner when JOBS=on: the daily schedule and the start-up scan exist, and stop() drains it", async () => {
  const platform = await startPlatform(loadConfig({ ...settings(), JOBS: "on" }), createLogger("silent"));
  try {
    const schedules = await env.db.prisma.$queryRawUnsafe<{ cron: string; timezone: string }[]>(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, REMINDER_QUEUE);
    expect(schedules).toEqual([{ cron: "0 8 * * *", timezone: "Asia/Shanghai" }]);
    const jobs = await env.db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = $1`, REMINDER_QUEUE);
    expect(Number(jobs[0].n)).toBeGreaterThanOrEqual(1);
    expect(Number((await runnerConnections())[0].n)).toBeGreaterThan(0);
  } finally {
    await platform.stop();
  }
  // A backend leaves pg_stat_activity a moment after its client hung up.
  for (let i = 0; i < 30 && Number((await runnerConnections())[0].n) > 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect(Number((await runnerConnections())[0].n)).toBe(0);
}, 60_000);

