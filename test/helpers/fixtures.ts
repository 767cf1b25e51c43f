import type { Viewer } from "../../api/auth/viewer";
import type { Prisma } from "../../api/db/prisma";
import { viewerForUser } from "../../api/auth/resolve-viewer";

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

/** The viewer a demo account gets when it signs in (its grants, loaded as the server does). */
export async function demoViewer(prisma: Prisma, username: string): Promise<Viewer> {
  const user = await prisma.user.findUniqueOrThrow({ where: { username } });
  const viewer = await viewerForUser(prisma, user.id);
  if (!viewer) throw new Error(`${username} is disabled`);
  return viewer;
}
