import type { Viewer } from "../../api/auth/viewer";
import type { Prisma } from "../../api/db/prisma";

/** A viewer holding `role` at the congress of the region named `regionName` in the demo data. */
export async function viewerAt(prisma: Prisma, role: Viewer["grants"][number]["role"], regionName: string): Promise<Viewer> {
  const congress = await prisma.congress.findFirstOrThrow({ where: { region: { name: regionName } } });
  return { userId: `${role}@${regionName}`, grants: [{ role, congressId: congress.id, congressPath: congress.path }] };
}

export async function congressIdOf(prisma: Prisma, regionName: string): Promise<string> {
  const congress = await prisma.congress.findFirstOrThrow({ where: { region: { name: regionName } } });
  return globalId("Congress", congress.id);
}

export async function regionIdOf(prisma: Prisma, name: string): Promise<string> {
  const region = await prisma.region.findFirstOrThrow({ where: { name } });
  return globalId("Region", region.id);
}

export function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString("base64");
}
