// Chinese search over published snapshots with pg_trgm (STACK.md: the database's ctype must be UTF-8).
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { escapeLike } from "../../lib/search";

/** Near-duplicate matches kept per search (the best first); substring matches are not limited. */
export const SIMILAR_LIMIT = 500;

/** pg_trgm's trigrams need three characters; shorter words (人大, 路灯) are matched as substrings only. */
export const MIN_SIMILARITY_LENGTH = 3;

/**
 * pg_trgm's default word-similarity threshold (0.6) misses Chinese near-duplicates: a phrase in the
 * middle of a sentence never matches the query's two padded leading trigrams ("  华", " 华山"), so
 * 华山街道路灯坏了 against …华山街道路灯损坏… scores 4/9. 0.4 finds such rewordings.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.4;

export const normaliseQuery = (text: string) => text.trim().replace(/\s+/g, " ");

/**
 * Snapshots whose title, text or reply contain `text` (ILIKE, which the trigram index serves from
 * three characters on), or hold a phrase close to it (`<%`, word similarity ≥ NEAR_DUPLICATE_THRESHOLD, the same index).
 */
export async function disclosedSearchWhere(prisma: PrismaClient, text: string): Promise<Prisma.DisclosedSuggestionWhereInput> {
  const query = normaliseQuery(text);
  const substring: Prisma.DisclosedSuggestionWhereInput = { searchText: { contains: escapeLike(query), mode: "insensitive" } };
  if ([...query].length < MIN_SIMILARITY_LENGTH) return substring;
  const similar = await prisma.$transaction(async (tx) => {
    // The operator reads its threshold from this setting; LOCAL keeps it to this transaction.
    await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${NEAR_DUPLICATE_THRESHOLD}`);
    return tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "DisclosedSuggestion"
      WHERE "withdrawnAt" IS NULL AND ${query} <% "searchText"
      ORDER BY word_similarity(${query}, "searchText") DESC, id
      LIMIT ${SIMILAR_LIMIT}`;
  });
  return similar.length ? { OR: [substring, { id: { in: similar.map((row) => row.id) } }] } : substring;
}
