import { GraphQLError } from "graphql";
import { Errors } from "../graphql/errors";

interface KnownPrismaError {
  code: string;
  meta?: Record<string, unknown>;
}

function isKnownPrismaError(error: unknown): error is KnownPrismaError {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" &&
    /^P\d{4}$/.test((error as { code: string }).code);
}

/** Turns database constraint failures into errors a person can act on; anything else is rethrown. */
export function translateDatabaseError(error: unknown, what: string): never {
  if (error instanceof GraphQLError) throw error;
  if (isKnownPrismaError(error)) {
    if (error.code === "P2002") {
      const target = JSON.stringify(error.meta?.target ?? error.meta?.driverAdapterError ?? "");
      throw Errors.conflict(`${what} already exists with the same unique value ${target}. Choose another value.`);
    }
    if (error.code === "P2003") {
      throw Errors.conflict(`${what} is still referenced by other records (or refers to a missing one). Remove those references first.`);
    }
    if (error.code === "P2025") throw Errors.notFound(what);
  }
  throw error;
}

/** Runs `work` in one transaction; constraint failures come back as CONFLICT or NOT_FOUND errors. */
export async function inTransaction<T, TX>(
  prisma: { $transaction: <R>(fn: (tx: TX) => Promise<R>, options?: { timeout?: number; maxWait?: number }) => Promise<R> },
  what: string,
  work: (tx: TX) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  try {
    return await prisma.$transaction(work, options);
  } catch (error) {
    translateDatabaseError(error, what);
  }
}
