import { GraphQLError } from "graphql";
import { Errors, type FieldProblem } from "../graphql/errors";
import { msg } from "../lib/i18n";
import { nounText } from "../lib/nouns";

interface KnownPrismaError {
  code: string;
  meta?: Record<string, unknown>;
}

function isKnownPrismaError(error: unknown): error is KnownPrismaError {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" &&
    /^P\d{4}$/.test((error as { code: string }).code);
}

/**
 * The columns a unique or not-null constraint names. Prisma gives them in `meta.target` (its own engine) or
 * `meta.driverAdapterError.cause.constraint.fields` (driver adapters); the constraint's name is the fallback.
 */
function constraintColumns(meta: Record<string, unknown> | undefined): string[] {
  if (Array.isArray(meta?.target)) return meta.target.map(String);
  const constraint = (meta?.driverAdapterError as { cause?: { constraint?: { fields?: unknown; index?: unknown } } } | undefined)?.cause?.constraint;
  if (Array.isArray(constraint?.fields)) return constraint.fields.map((f) => String(f).replace(/^"|"$/g, ""));
  // An index name like Station_congressId_name_key: the model's name, the columns, then the suffix.
  const index = typeof constraint?.index === "string" ? constraint.index : typeof meta?.target === "string" ? meta.target : "";
  return index.split("_").slice(1, -1);
}

/** Columns that are fixed by the parent (e.g. congressId in a per-congress unique name) are not the user's to change. */
const SCOPE_COLUMNS = /Id$|Path$/;

function uniqueViolation(what: string, meta: Record<string, unknown> | undefined): GraphQLError {
  const columns = constraintColumns(meta);
  const editable = columns.filter((c) => !SCOPE_COLUMNS.test(c));
  const named = editable.length ? editable : columns;
  const fields: FieldProblem[] = named.map((c) => ({ field: `input.${c}`, message: msg("已被占用，请换一个", "already taken") }));
  const which = named.length ? ` with the same ${named.join(" and ")}` : "";
  const thing = nounText(what);
  return Errors.conflict(msg(`${thing.zh}已存在（${named.join("、")}重复），请换一个。`, `${thing.en} already exists${which}. Choose another value.`), fields);
}

/** Turns database constraint failures into errors a person can act on, never with driver or SQL text; anything else is rethrown. */
export function translateDatabaseError(error: unknown, what: string): never {
  if (error instanceof GraphQLError) throw error;
  if (isKnownPrismaError(error)) {
    switch (error.code) {
      case "P2002":
        throw uniqueViolation(what, error.meta);
      case "P2003":
        throw Errors.conflict(msg(`${nounText(what).zh}仍被其他记录引用（或引用了不存在的记录），请先解除引用。`, `${what} is still referenced by other records (or refers to a missing one). Remove those references first.`));
      case "P2025":
        throw Errors.notFound(what);
      case "P2000":
        throw Errors.badInput(msg(`${nounText(what).zh}的某项内容超出长度限制，请缩短。`, `A value for ${what} is longer than allowed. Shorten it.`));
      case "P2011":
        throw Errors.badInput(
          msg(`${nounText(what).zh}缺少必填项：${constraintColumns(error.meta).join("、") || "请检查必填项"}。`, `${what} is missing a required value: ${constraintColumns(error.meta).join(", ") || "check the required fields"}.`),
        );
    }
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
