import type { Prisma } from "../../generated/prisma/client";
import { containsText } from "../../lib/search";

interface UserFilterInput {
  homeCongressId?: { id: string } | null;
  withinCongressId?: { id: string } | null;
  role?: Prisma.RoleGrantWhereInput["role"] | null;
  active?: boolean | null;
  search?: string | null;
}

/** The account filter's conditions, except `withinCongressId` (a lookup: see `withinCongressWhere`). */
export function userFilterWhere(filter: UserFilterInput | null | undefined): Prisma.UserWhereInput {
  if (!filter) return {};
  const and: Prisma.UserWhereInput[] = [];
  if (filter.homeCongressId) and.push({ homeCongressId: filter.homeCongressId.id });
  if (filter.role) and.push({ grants: { some: { role: filter.role } } });
  if (filter.active != null) and.push({ active: filter.active });
  const search = filter.search?.trim();
  if (search) and.push({ OR: [{ username: containsText(search.toLowerCase()) }, { displayName: containsText(search) }] });
  return { AND: and };
}
