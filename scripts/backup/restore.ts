import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import readline from "node:readline";
import { finished } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { migrate, readMigrations } from "../../api/db/migrate";
import { COMPLETE_MARK, copySql, DATA_END, END_MARK, FORMAT, FORMAT_VERSION, quoteIdent, TABLE_MARK, type BackupHeader, type TableEnd, type TableSpec } from "./format";
import { Progress } from "./progress";

/** A restore that cannot go ahead; the message says what to do. */
export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreError";
  }
}

type Lines = AsyncIterator<string>;

async function nextLine(lines: Lines, expecting: string): Promise<string> {
  const { value, done } = await lines.next();
  if (done) throw new RestoreError(`The backup file ends early (expected ${expecting}): it is truncated. Use a complete backup.`);
  return value;
}

function readHeader(line: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line);
  } catch {
    throw new RestoreError("This is not a backup written by `npm run backup` (no header).");
  }
  if (header.format !== FORMAT) throw new RestoreError("This is not a backup written by `npm run backup` (unknown format).");
  if (header.version !== FORMAT_VERSION) throw new RestoreError(`Backup format version ${header.version} is not supported (this code reads ${FORMAT_VERSION}).`);
  return header;
}

/** The backup must come from the same schema as this checkout: the same migrations, unedited. */
function checkMigrations(header: BackupHeader): void {
  const ours = readMigrations();
  const theirs = new Map(header.migrations.map((m) => [m.name, m.checksum]));
  const missingHere = header.migrations.filter((m) => !ours.some((o) => o.name === m.name)).map((m) => m.name);
  const missingThere = ours.filter((o) => !theirs.has(o.name)).map((o) => o.name);
  const edited = ours.filter((o) => theirs.has(o.name) && theirs.get(o.name) !== o.checksum).map((o) => o.name);
  if (missingHere.length + missingThere.length + edited.length === 0) return;
  const problems = [
    missingHere.length ? `migrations in the backup but not in this checkout: ${missingHere.join(", ")}` : "",
    missingThere.length ? `migrations in this checkout but not in the backup: ${missingThere.join(", ")}` : "",
    edited.length ? `migrations that differ: ${edited.join(", ")}` : "",
  ].filter(Boolean);
  throw new RestoreError(`The backup was taken with another schema (${problems.join("; ")}). Check out the version of the code that wrote it, restore, then upgrade.`);
}

async function requireEmpty(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations' ORDER BY 1`,
  );
  for (const { table } of rows) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${quoteIdent(table)} LIMIT 1`);
    if (rowCount) {
      throw new RestoreError(`The target database is not empty (table ${table} has rows). Restore into a new, empty database (CREATE DATABASE …) and point DATABASE_URL at it, or use a new DATA_DIR.`);
    }
  }
}

/** Streams one table's lines into COPY FROM, checking the row count and checksum the backup recorded. */
async function loadTable(client: pg.Client, spec: TableSpec, lines: Lines, progress: Progress, bytesRead: () => number): Promise<number> {
  const copy = client.query(copyFrom(copySql(spec, "FROM STDIN")));
  const done = finished(copy);
  done.catch(() => undefined);
  const hash = createHash("sha256");
  let rows = 0;
  let batch = "";
  const flush = async () => {
    if (!copy.write(batch)) await Promise.race([once(copy, "drain"), done]);
    batch = "";
  };
  try {
    for (let line = await nextLine(lines, `the rows of ${spec.table}`); line !== DATA_END; line = await nextLine(lines, `the rows of ${spec.table}`)) {
      const row = `${line}\n`;
      hash.update(row);
      batch += row;
      rows++;
      if (batch.length >= 1 << 16) {
        await flush();
        progress.advance(bytesRead(), spec.table);
      }
    }
    if (batch) await flush();
    copy.end();
    await done;
  } catch (error) {
    // Abort the COPY (CopyFail) so the connection is free for the ROLLBACK.
    copy.destroy(error as Error);
    await done.catch(() => undefined);
    throw error;
  }
  const endLine = await nextLine(lines, `the end of ${spec.table}`);
  const end: TableEnd = endLine.startsWith(END_MARK) ? JSON.parse(endLine.slice(END_MARK.length)) : null;
  if (!end || end.table !== spec.table || end.rows !== rows || end.sha256 !== hash.digest("hex")) {
    throw new RestoreError(`The backup file is damaged at table ${spec.table} (rows or checksum do not match what was written). Nothing was restored.`);
  }
  progress.advance(bytesRead(), spec.table);
  return rows;
}

async function resetSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(`
    SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`);
  for (const r of rows) {
    await client.query(`SELECT setval($1, COALESCE(MAX(${quoteIdent(r.column)}), 1), MAX(${quoteIdent(r.column)}) IS NOT NULL) FROM ${quoteIdent(r.table)}`, [r.sequence]);
  }
}

/**
 * Loads a backup into the EMPTY database at `url`: checks the file and the migrations, creates the schema
 * from this checkout's migrations, then loads every table with COPY in the file's (foreign-key) order, all
 * in one transaction: a damaged or truncated file leaves the database as empty as it was.
 */
export async function restoreDatabase(url: string, file: string, options: { progress?: boolean } = {}): Promise<{ tables: number; rows: number }> {
  if (!fs.existsSync(file)) throw new RestoreError(`No backup file at ${file}.`);
  const input = fs.createReadStream(file);
  const gunzip = input.pipe(createGunzip());
  const reader = readline.createInterface({ input: gunzip, crlfDelay: Infinity });
  const lines: Lines = reader[Symbol.asyncIterator]();
  const failed = new Promise<never>((_, reject) => gunzip.on("error", () => reject(new RestoreError(`${file} is not a readable gzip backup (damaged or not a backup).`))));
  failed.catch(() => undefined);
  const client = new pg.Client({ connectionString: url });
  let connected = false;
  try {
    const header = readHeader(await Promise.race([nextLine(lines, "the header"), failed]));
    checkMigrations(header);
    await client.connect();
    connected = true;
    await requireEmpty(client);
    await migrate(url);
    const progress = new Progress("restore", fs.statSync(file).size, options.progress ?? true);
    let loadedBytes = 0;
    const bytesRead = () => {
      const delta = input.bytesRead - loadedBytes;
      loadedBytes = input.bytesRead;
      return delta;
    };
    await client.query("SET client_encoding = 'UTF8'");
    await client.query("BEGIN");
    await client.query(`DELETE FROM "_prisma_migrations"`);
    let tables = 0;
    let rows = 0;
    for (let line = await nextLine(lines, "a table"); !line.startsWith(COMPLETE_MARK); line = await nextLine(lines, "a table")) {
      if (!line.startsWith(TABLE_MARK)) throw new RestoreError(`The backup file is damaged (unexpected line after table ${tables}).`);
      const spec: TableSpec = JSON.parse(line.slice(TABLE_MARK.length));
      progress.step(spec.table);
      rows += await Promise.race([loadTable(client, spec, lines, progress, bytesRead), failed]);
      tables++;
    }
    if (tables !== header.tables.length) throw new RestoreError(`The backup file lists ${header.tables.length} tables but holds ${tables}. Nothing was restored.`);
    await resetSequences(client);
    await client.query("COMMIT");
    progress.finish(`${tables} tables, ${rows.toLocaleString("en")} rows from ${file}`);
    return { tables, rows };
  } catch (error) {
    if (connected) await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    reader.close();
    input.destroy();
    if (connected) await client.end().catch(() => undefined);
  }
}
