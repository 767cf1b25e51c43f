import pg from "pg";
import type { Logger } from "../logger";

export interface ChineseTextSupport {
  /** The database's LC_CTYPE. */
  ctype: string;
  /** How many trigrams pg_trgm finds in 人大代表 (0 under ctype C). */
  trigrams: number;
}

/**
 * Whether the database can split Chinese text into trigrams (disclosed-suggestion search and
 * near-duplicate matching need it). Needs pg_trgm, which the migrations install.
 */
export async function chineseTextSupport(url: string): Promise<ChineseTextSupport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ ctype: string; trigrams: number }>(
      "SELECT datctype AS ctype, coalesce(cardinality(show_trgm('人大代表')), 0)::int AS trigrams FROM pg_database WHERE datname = current_database()",
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

/** Logs a warning (and answers false) when the database cannot split Chinese text; search then finds substrings only. */
export async function warnUnlessChineseTextSearch(url: string, log: Logger): Promise<boolean> {
  const support = await chineseTextSupport(url);
  if (support.trigrams > 0) return true;
  log.warn(
    { ctype: support.ctype },
    `this database (LC_CTYPE ${support.ctype}) cannot split Chinese text into trigrams: disclosed-suggestion search ` +
      "finds exact substrings only, near-duplicate phrases never, and its index is not used. Create the database with " +
      "a UTF-8 ctype, e.g. CREATE DATABASE … TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C.UTF-8', and restore into it",
  );
  return false;
}
