import type { PrismaClient } from "../generated/prisma/client";
import { anonymousViewer, type Viewer } from "./viewer";

/**
 * Who is calling. Until sign-in lands (accounts and tokens), every request is anonymous: public
 * reads work, and every write is refused with UNAUTHENTICATED.
 */
export async function resolveViewer(_prisma: PrismaClient, _authorization: string | undefined): Promise<Viewer> {
  return anonymousViewer;
}
