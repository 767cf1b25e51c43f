import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Viewer } from "../../auth/viewer";
import { containsText } from "../../lib/search";
import { withinCongressWhere } from "../congresses/scope";

/** Handling units (government departments) are public: every caller may read them. */
export function handlingUnitReadScope(_viewer: Viewer): Prisma.HandlingUnitWhereInput {
  return {};
}

interface HandlingUnitFilterInput {
  congressId?: { id: string } | null;
  withinCongressId?: { id: string } | null;
  kind?: Prisma.HandlingUnitWhereInput["kind"] | null;
  active?: boolean | null;
  search?: string | null;
}

export async function handlingUnitFilterWhere(
  prisma: PrismaClient,
  filter: HandlingUnitFilterInput | null | undefined,
): Promise<Prisma.HandlingUnitWhereInput> {
  if (!filter) return {};
  const and: Prisma.HandlingUnitWhereInput[] = [];
  if (filter.congressId) and.push({ congressId: filter.congressId.id });
  if (filter.withinCongressId) and.push(await withinCongressWhere(prisma, filter.withinCongressId.id));
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.active != null) and.push({ active: filter.active });
  const search = filter.search?.trim();
  if (search) and.push({ name: containsText(search) });
  return { AND: and };
}
