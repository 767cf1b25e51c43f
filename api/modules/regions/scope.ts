import type { Prisma } from "../../generated/prisma/client";
import type { Viewer } from "../../auth/viewer";
import { containsText, startsWithText } from "../../lib/search";

/** Regions are public reference data: every caller may read all of them. */
export function regionReadScope(_viewer: Viewer): Prisma.RegionWhereInput {
  return {};
}

/** The subtree of a region: itself, or a row whose ancestor id at some level is that region. */
export function regionSubtreeWhere(regionId: string): Prisma.RegionWhereInput {
  return {
    OR: [
      { id: regionId },
      { provinceId: regionId },
      { cityId: regionId },
      { countyId: regionId },
      { townshipId: regionId },
    ],
  };
}

interface RegionFilterInput {
  level?: Prisma.RegionWhereInput["level"] | null;
  kind?: Prisma.RegionWhereInput["kind"] | null;
  parentId?: { id: string } | null;
  withinId?: { id: string } | null;
  search?: string | null;
}

export function regionFilterWhere(filter: RegionFilterInput | null | undefined): Prisma.RegionWhereInput {
  if (!filter) return {};
  const and: Prisma.RegionWhereInput[] = [];
  if (filter.level) and.push({ level: filter.level });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.parentId) and.push({ parentId: filter.parentId.id });
  if (filter.withinId) and.push(regionSubtreeWhere(filter.withinId.id));
  const search = filter.search?.trim();
  if (search) and.push({ OR: [{ name: containsText(search) }, { code: startsWithText(search) }] });
  return { AND: and };
}
