// Chinese search over published snapshots with pg_trgm (STACK.md: the database's ctype must be UTF-8).
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { escapeLike } from "../../lib/search";

/** Near-duplicate matches kept per search (the best first); substring matches are not limited. */
export const SIMILAR_LIMIT = 500;

/** pg_trgm's trigrams need three characters; shorter words (人大, 路灯) are matched as substrings only. */
export const MIN_SIMILARITY_LENGTH = 3;

export const normaliseQuery = (text: string) => text.trim().replace(/\s+/g, " ");

/**
 * Snapshots whose title, text or reply contain `text` (ILIKE, which the trigram index serves from
 * three characters on), or hold a phrase close to it (`<%`, word similarity ≥ 0.6, the same index).
 */
export async function disclosedSearchWhere(prisma: PrismaClient, text: string): Promise<Prisma.DisclosedSuggestionWhereInput> {
  const query = normaliseQuery(text);
  const substring: Prisma.DisclosedSuggestionWhereInput = { searchText: { contains: escapeLike(query), mode: "insensitive" } };
  if ([...query].length < MIN_SIMILARITY_LENGTH) return substring;
  const similar = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM "DisclosedSuggestion"
    WHERE "withdrawnAt" IS NULL AND ${query} <% "searchText"
    ORDER BY word_similarity(${query}, "searchText") DESC, id
    LIMIT ${SIMILAR_LIMIT}`;
  return similar.length ? { OR: [substring, { id: { in: similar.map((row) => row.id) } }] } : substring;
}
