import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { createEmptyDatabase } from "../helpers/db";

const run = promisify(execFile);
const root = path.resolve(__dirname, "..", "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

/** Every state appears, and each suggestion's events chain from DRAFT to its state, one event per version. */
async function expectConsistentSuggestions(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: states } = await client.query(`SELECT DISTINCT state::text FROM "Suggestion"`);
    expect(states.map((r) => r.state as string).sort()).toEqual(["ACCEPTED", "ASSIGNED", "CLOSED", "DRAFT", "HANDLED_AS_LETTER", "HANDLING", "IMPLEMENTING", "REHANDLING", "REPLIED", "RETURNED", "SUBMITTED", "WITHDRAWN"]);
    const { rows: [bad] } = await client.query(`
      SELECT count(*)::int AS n FROM "Suggestion" s
       WHERE s.version <> (SELECT count(*) FROM "SuggestionEvent" e WHERE e."suggestionId" = s.id)
          OR s.state <> (SELECT e."toState" FROM "SuggestionEvent" e WHERE e."suggestionId" = s.id ORDER BY e."createdAt" DESC LIMIT 1)
          OR (s.state IN ('REPLIED', 'IMPLEMENTING', 'CLOSED') AND NOT EXISTS (SELECT 1 FROM "SuggestionReply" r WHERE r."suggestionId" = s.id))
          OR (s."acceptedAt" IS NOT NULL) <> (s.number IS NOT NULL)`);
    expect(bad.n).toBe(0);
  } finally {
    await client.end();
  }
}

// A small-scale run of the generator and the benchmark: they work end to end (their timings are not judged here).
describe("datagen and bench", () => {
  it("generate a county-scale data set and benchmark it", async () => {
    const db = await createEmptyDatabase();
    try {
      const env = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: "warn" };
      const generated = await run(process.execPath, [tsx, "scripts/datagen/index.ts", "--scale", "county"], { cwd: root, env, maxBuffer: 1 << 24 });
      expect(generated.stdout).toMatch(/Loaded [\d,]+ rows .* \(county scale\)/);
      expect(generated.stdout).toMatch(/DeputyMembership\s+[1-9][\d,]* rows/);
      expect(generated.stdout).toMatch(/Suggestion\s+[1-9][\d,]* rows/);
      expect(generated.stdout).toMatch(/SuggestionEvent\s+[1-9][\d,]* rows/);
      await expectConsistentSuggestions(db.url);

      const bench = await run(process.execPath, [tsx, "scripts/bench/index.ts", "--quick"], { cwd: root, env, maxBuffer: 1 << 24 });
      expect(bench.stdout).toMatch(/deputy\(id\) public profile\s+\d+/);
      for (const name of [/unit's queue \(20, soonest due first\)/, /county's suggestions: states \+ search \(50\)/, /a suggestion's timeline/]) {
        expect(bench.stdout).toMatch(new RegExp(`${name.source}\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+\\d+ \\|\\s+\\d+`));
      }
      expect(bench.stdout).toMatch(/hello world \(Apollo, no database\)\s+\d+/);
      expect(bench.stdout).toMatch(/Permission layer on a 1000-row users page/);
      expect(bench.stdout).not.toMatch(/Errors or non-2xx/);
    } finally {
      await db.drop();
    }
  }, 180_000);
});
