// Search text from a caller is matched literally. Prisma turns `contains` and `startsWith` into
// SQL LIKE patterns without escaping them, so `%` and `_` in the text would match anything.

/** The text with LIKE's wildcards and escape character (`\`, PostgreSQL's default) escaped. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** A Prisma string filter: the column contains `text`, literally. */
export const containsText = (text: string) => ({ contains: escapeLike(text) });

/** A Prisma string filter: the column starts with `text`, literally. */
export const startsWithText = (text: string) => ({ startsWith: escapeLike(text) });
