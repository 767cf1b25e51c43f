import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { withinCongressWhere } from "../congresses/scope";
import { containsText } from "../../lib/search";

export interface DeputyFilterInput {
  congressId?: { id: string } | null;
  withinCongressId?: { id: string } | null;
  level?: Prisma.CongressWhereInput["level"] | null;
  termId?: { id: string } | null;
  status?: Prisma.DeputyMembershipWhereInput["status"] | null;
  grassroots?: boolean | null;
  groupId?: { id: string } | null;
  stationId?: { id: string } | null;
  occupation?: Prisma.DeputyMembershipWhereInput["occupation"] | null;
  search?: string | null;
}

/**
 * Deputies' public profiles are public (DOMAIN.md §10); private fields are nulled field by field.
 * The subtree filter is a prefix match on the denormalized congress path (indexed with text_pattern_ops).
 */
export async function deputyFilterWhere(prisma: PrismaClient, filter: DeputyFilterInput | null | undefined): Promise<Prisma.DeputyMembershipWhereInput> {
  if (!filter) return {};
  const and: Prisma.DeputyMembershipWhereInput[] = [];
  if (filter.congressId) and.push({ congressId: filter.congressId.id });
  if (filter.withinCongressId) and.push(await withinCongressWhere(prisma, filter.withinCongressId.id));
  if (filter.level) and.push({ congress: { level: filter.level } });
  if (filter.termId) and.push({ termId: filter.termId.id });
  if (filter.status) and.push({ status: filter.status });
  if (filter.grassroots != null) and.push({ grassroots: filter.grassroots });
  if (filter.occupation) and.push({ occupation: filter.occupation });
  if (filter.groupId) and.push({ groups: { some: { groupId: filter.groupId.id } } });
  if (filter.stationId) and.push({ groups: { some: { group: { stations: { some: { stationId: filter.stationId.id } } } } } });
  const search = filter.search?.trim();
  if (search) and.push({ person: { name: containsText(search) } });
  return { AND: and };
}
