import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { createEmptyDatabase } from "../helpers/db";

const run = promisify(execFile);
const root = path.resolve(__dirname, "..", "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

// A small-scale run of the generator and the benchmark: they work end to end (their timings are not judged here).
describe("datagen and bench", () => {
  it("generate a county-scale data set and benchmark it", async () => {
    const db = await createEmptyDatabase();
    try {
      const env = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: "warn" };
      const generated = await run(process.execPath, [tsx, "scripts/datagen/index.ts", "--scale", "county"], { cwd: root, env, maxBuffer: 1 << 24 });
      expect(generated.stdout).toMatch(/Loaded [\d,]+ rows .* \(county scale\)/);
      expect(generated.stdout).toMatch(/DeputyMembership\s+[1-9][\d,]* rows/);

      const bench = await run(process.execPath, [tsx, "scripts/bench/index.ts", "--quick"], { cwd: root, env, maxBuffer: 1 << 24 });
      expect(bench.stdout).toMatch(/deputy\(id\) public profile\s+\d+/);
      expect(bench.stdout).toMatch(/hello world \(Apollo, no database\)\s+\d+/);
      expect(bench.stdout).toMatch(/Permission layer on a 1000-row users page/);
      expect(bench.stdout).not.toMatch(/Errors or non-2xx/);
    } finally {
      await db.drop();
    }
  }, 180_000);
});
