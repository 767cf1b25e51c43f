import type { PrismaClient } from "../generated/prisma/client";
import type { Logger } from "../logger";
import type { AuthRuntime } from "../auth/resolve-viewer";
import type { Viewer } from "../auth/viewer";

export interface Context {
  prisma: PrismaClient;
  viewer: Viewer;
  requestId: string;
  log: Logger;
  maxPageSize: number;
  auth: AuthRuntime;
  /** The caller's network address, for sign-in throttling. */
  clientIp: string;
}
