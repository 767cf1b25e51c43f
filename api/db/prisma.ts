import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type Prisma = PrismaClient;

/** A Prisma client on the `pg` driver adapter (no Rust engine). */
export function createPrisma(url: string, options: { poolSize?: number; logQueries?: boolean } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? 10 });
  return new PrismaClient({
    adapter,
    log: options.logQueries ? [{ emit: "event", level: "query" }] : [],
  });
}
