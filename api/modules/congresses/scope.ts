import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Viewer } from "../../auth/viewer";
import { containsText } from "../../lib/search";

/** Congresses and their organs are public: every caller may read them. */
export function congressReadScope(_viewer: Viewer): Prisma.CongressWhereInput {
  return {};
}

/** A congress and every congress below it, by the ancestor-id columns (each indexed). */
export function congressSubtreeWhere(congressId: string): Prisma.CongressWhereInput {
  return {
    OR: [
      { id: congressId },
      { provincialCongressId: congressId },
      { municipalCongressId: congressId },
      { countyCongressId: congressId },
      { townshipCongressId: congressId },
    ],
  };
}

/**
 * Rows of any congress-scoped model whose `congressPath` lies in a congress's subtree (an indexed prefix
 * match); an unknown congress matches nothing.
 */
export async function withinCongressWhere(
  prisma: PrismaClient,
  congressId: string,
): Promise<{ congressPath: { startsWith: string } } | { id: { in: string[] } }> {
  const congress = await prisma.congress.findUnique({ where: { id: congressId }, select: { path: true } });
  return congress ? { congressPath: { startsWith: congress.path } } : { id: { in: [] } };
}

interface CongressFilterInput {
  level?: Prisma.CongressWhereInput["level"] | null;
  kind?: Prisma.CongressWhereInput["kind"] | null;
  parentId?: { id: string } | null;
  withinId?: { id: string } | null;
  search?: string | null;
}

export function congressFilterWhere(filter: CongressFilterInput | null | undefined): Prisma.CongressWhereInput {
  if (!filter) return {};
  const and: Prisma.CongressWhereInput[] = [];
  if (filter.level) and.push({ level: filter.level });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.parentId) and.push({ parentId: filter.parentId.id });
  if (filter.withinId) and.push(congressSubtreeWhere(filter.withinId.id));
  const search = filter.search?.trim();
  if (search) and.push({ OR: [{ name: containsText(search) }, { shortName: containsText(search) }] });
  return { AND: and };
}
