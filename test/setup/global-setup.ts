import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../api/db/embedded";
import { migrate } from "../../api/db/migrate";

declare global {
  var __TEST_POSTGRES__: { stop(): Promise<void>; dir?: string } | undefined;
}

export const TEMPLATE_DB = "deputy_test_template";

/** One PostgreSQL for the whole run (DATABASE_URL's server, or an embedded one) and a migrated template. */
export default async function globalSetup(): Promise<void> {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    globalThis.__TEST_POSTGRES__ = { stop: async () => undefined };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deputy-test-pg-"));
    fs.chmodSync(dir, 0o755);
    const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), database: "postgres", persistent: false });
    adminUrl = db.url;
    globalThis.__TEST_POSTGRES__ = { stop: () => db.stop(), dir };
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await migrate(templateUrl.toString());
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.TEST_TEMPLATE_DB = TEMPLATE_DB;
}
