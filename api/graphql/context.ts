import type { PrismaClient } from "../generated/prisma/client";
import type { Logger } from "../logger";
import type { Viewer } from "../auth/viewer";

export interface Context {
  prisma: PrismaClient;
  viewer: Viewer;
  requestId: string;
  log: Logger;
  maxPageSize: number;
}
