import path from "node:path";
import pg from "pg";
import { migrate } from "../../api/db/migrate";
import { diffSql } from "../../scripts/lib/schema-sql";
import { describeSchema } from "../helpers/catalog";
import { createEmptyDatabase } from "../helpers/db";

const SCHEMA = path.resolve(__dirname, "..", "..", "prisma", "schema.prisma");

/** Columns a migration gives the pinyin collation; Prisma cannot express a column collation in schema.prisma. */
const PINYIN_COLLATED = ["Congress.name", "HandlingUnit.name", "Person.name", "Region.name", "Station.name", "WorkingGroup.name"];

/** What migrations add that Prisma cannot express: partial unique indexes and CHECKs (20261123203000_suggestion_invariants, …_supervision), the trigram index (20261123233142_disclosure). */
const DATABASE_ONLY = [
  "SuggestionUnit_current_lead_key", "SuggestionUnit_current_unit_key", "Suggestion_rehandlingCount_check", "Suggestion_number_check",
  "DisclosedSuggestion_searchText_trgm_idx",
  "SupervisionTopic_year_check", "SupervisionTopic_decision_check", "SupervisionTopic_judgement_check", "SupervisionAssignment_target_check",
  "SupervisionAssignment_supervisor_key", "SupervisionAssignment_one_lead_key", "SupervisionRecord_progress_check",
];

function withoutDatabaseOnly(catalog: Record<string, string[]>): Record<string, string[]> {
  const keep = (line: string) => !DATABASE_ONLY.some((name) => line.includes(` | ${name} | `));
  return { ...catalog, constraints: catalog.constraints.filter(keep), indexes: catalog.indexes.filter(keep) };
}

/** The catalog Prisma's schema describes, with the pinyin collation on exactly the listed columns. */
function withPinyinCollation(schema: Record<string, string[]>): Record<string, string[]> {
  const columns = schema.columns.map((line) => {
    const [table, column] = line.split(" | ");
    return PINYIN_COLLATED.includes(`${table}.${column}`) ? line.replace(/ \| $/, " | zh-x-icu") : line;
  });
  return { ...schema, columns: columns.sort() };
}

describe("migrations and schema.prisma", () => {
  it("a database built by the migrations equals one built from schema.prisma by Prisma's own engine", async () => {
    const migrated = await createEmptyDatabase();
    const canonical = await createEmptyDatabase();
    try {
      await migrate(migrated.url);
      const sql = diffSql({ from: { kind: "empty" }, toFile: SCHEMA, databaseUrl: canonical.url });
      expect(sql).toContain("CREATE TABLE");
      const client = new pg.Client({ connectionString: canonical.url });
      await client.connect();
      await client.query(sql);
      await client.end();

      const fromMigrations = await describeSchema(migrated.url);
      const fromSchema = await describeSchema(canonical.url);
      expect(fromMigrations.tables.length).toBeGreaterThan(5);
      expect(fromMigrations.indexes.filter((line) => DATABASE_ONLY.some((name) => line.includes(name)))).toHaveLength(5);
      expect(withoutDatabaseOnly(fromMigrations)).toEqual(withPinyinCollation(fromSchema));
    } finally {
      await migrated.drop();
      await canonical.drop();
    }
  });
});
