/**
 * `npm run backup [-- <file>]`: writes a consistent, gzip'd COPY export of the platform's database
 * (DATABASE_URL, or the embedded one under DATA_DIR) to <file>, by default backups/deputy-<time>.backup.gz.
 */
import fs from "node:fs";
import path from "node:path";
import { dumpDatabase } from "./backup/dump";
import { openTarget } from "./backup/target";

async function main(): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(process.argv[2] ?? path.join("backups", `deputy-${stamp}.backup.gz`));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const target = await openTarget("backup");
  try {
    process.stderr.write(`backup: reading ${target.description}\n`);
    await dumpDatabase(target.url, file);
  } finally {
    await target.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`\nbackup failed: ${error.message}\n`);
  process.exit(1);
});
