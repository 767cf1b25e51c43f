import type pg from "pg";

/**
 * A backup is one gzip'd text file of lines:
 *   1. a header (JSON): format, version, when, the applied migrations, and every table with its columns;
 *   2. per table, in foreign-key order: `@table {"table","columns"}`, the table's rows in COPY text format
 *      (tabs between columns, `\N` for NULL, backslash escapes: a row is always one line), a `\.` line,
 *      and `@end {"table","rows","sha256"}` where sha256 covers the row lines exactly as written;
 *   3. a trailer `@complete {"tables","rows"}`: a file without it is truncated and is refused.
 */
export const FORMAT = "deputy-platform-backup";
export const FORMAT_VERSION = 1;
export const TABLE_MARK = "@table ";
export const END_MARK = "@end ";
export const COMPLETE_MARK = "@complete ";
export const DATA_END = "\\.";

export interface TableSpec {
  table: string;
  columns: string[];
}

export interface Migration {
  name: string;
  checksum: string;
}

export interface BackupHeader {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  migrations: Migration[];
  tables: TableSpec[];
}

export interface TableEnd {
  table: string;
  rows: number;
  sha256: string;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function copySql(spec: TableSpec, direction: "TO STDOUT" | "FROM STDIN"): string {
  return `COPY ${quoteIdent(spec.table)} (${spec.columns.map(quoteIdent).join(", ")}) ${direction}`;
}

/**
 * Every table of the current schema with its writable columns (generated ones are recomputed), parents
 * before children so that a plain COPY in this order satisfies every foreign key. `_prisma_migrations` comes first.
 */
export async function tablesInLoadOrder(client: pg.ClientBase): Promise<TableSpec[]> {
  const { rows: columns } = await client.query<{ table: string; column: string }>(`
    SELECT c.relname AS table, a.attname AS column
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`);
  const { rows: references } = await client.query<{ child: string; parent: string }>(`
    SELECT DISTINCT c.relname AS child, p.relname AS parent
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.oid <> p.oid`);
  const byTable = new Map<string, string[]>();
  for (const { table, column } of columns) byTable.set(table, [...(byTable.get(table) ?? []), column]);
  const names = [...byTable.keys()].sort((a, b) => (a === "_prisma_migrations" ? -1 : b === "_prisma_migrations" ? 1 : a.localeCompare(b)));
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: string, path: string[]) => {
    if (state.get(table) === "done") return;
    if (state.get(table) === "visiting") throw new Error(`Foreign keys form a cycle (${[...path, table].join(" → ")}); a plain COPY order cannot load it.`);
    state.set(table, "visiting");
    for (const r of references) if (r.child === table) visit(r.parent, [...path, table]);
    state.set(table, "done");
    ordered.push(table);
  };
  for (const name of names) visit(name, []);
  return ordered.map((table) => ({ table, columns: byTable.get(table)! }));
}
