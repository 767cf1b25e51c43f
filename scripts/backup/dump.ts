import { createHash } from "node:crypto";
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { COMPLETE_MARK, copySql, DATA_END, END_MARK, FORMAT, FORMAT_VERSION, TABLE_MARK, tablesInLoadOrder, type BackupHeader, type TableEnd } from "./format";
import { Progress } from "./progress";

export interface DumpResult {
  file: string;
  tables: TableEnd[];
  rows: number;
  bytes: number;
}

const NEWLINE = 0x0a;

function countLines(chunk: Buffer): number {
  let lines = 0;
  for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) lines++;
  return lines;
}

/**
 * Writes every table of the database at `url` to `file`, all read in one REPEATABLE READ READ ONLY
 * transaction: one snapshot, so the backup is consistent even while the platform keeps writing.
 * The file appears only when complete (written to `<file>.partial`, then renamed).
 */
export async function dumpDatabase(url: string, file: string, options: { progress?: boolean } = {}): Promise<DumpResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await client.query("SET client_encoding = 'UTF8'");
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInLoadOrder(client);
    const { rows: migrations } = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const { rows: estimates } = await client.query<{ total: string }>(
      `SELECT COALESCE(SUM(GREATEST(c.reltuples, 0)), 0)::bigint AS total FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`,
    );
    const header: BackupHeader = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version,
      migrations,
      tables,
    };
    const progress = new Progress("backup", Number(estimates[0].total), options.progress ?? true);
    const ends: TableEnd[] = [];

    async function* content() {
      yield `${JSON.stringify(header)}\n`;
      for (const spec of tables) {
        progress.step(spec.table);
        yield `${TABLE_MARK}${JSON.stringify(spec)}\n`;
        const hash = createHash("sha256");
        let rows = 0;
        for await (const chunk of client.query(copyTo(copySql(spec, "TO STDOUT"))) as AsyncIterable<Buffer>) {
          hash.update(chunk);
          const lines = countLines(chunk);
          rows += lines;
          progress.advance(lines, spec.table);
          yield chunk;
        }
        const end: TableEnd = { table: spec.table, rows, sha256: hash.digest("hex") };
        ends.push(end);
        yield `${DATA_END}\n${END_MARK}${JSON.stringify(end)}\n`;
      }
      yield `${COMPLETE_MARK}${JSON.stringify({ tables: ends.length, rows: ends.reduce((n, e) => n + e.rows, 0) })}\n`;
    }

    await pipeline(content, createGzip(), fs.createWriteStream(partial));
    await client.query("COMMIT");
    fs.renameSync(partial, file);
    const rows = ends.reduce((n, e) => n + e.rows, 0);
    const bytes = fs.statSync(file).size;
    progress.finish(`${ends.length} tables, ${rows.toLocaleString("en")} rows, ${(bytes / 1024).toFixed(0)} KiB → ${file}`);
    return { file, tables: ends, rows, bytes };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
