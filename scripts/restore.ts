/**
 * `npm run restore -- <file>`: loads a backup into an EMPTY database (DATABASE_URL, or the embedded one under
 * DATA_DIR, e.g. a new DATA_DIR): schema from this checkout's migrations, then every table with COPY.
 */
import { openTarget } from "./backup/target";
import { restoreDatabase } from "./backup/restore";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("Name the backup file: npm run restore -- backups/deputy-….backup.gz");
  const target = await openTarget("restore");
  try {
    process.stderr.write(`restore: into ${target.description}\n`);
    await restoreDatabase(target.url, file);
  } finally {
    await target.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`\nrestore failed: ${error.message}\n`);
  process.exit(1);
});
