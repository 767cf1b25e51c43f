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

/** The columns a value was too long for (P2000), looked up by the caller: the error itself names only the limit. */
export interface TooLong {
  max: number;
  columns: string[];
}

function tooLongFields(tooLong: TooLong | null | undefined): FieldProblem[] {
  return (tooLong?.columns ?? []).map((c) => ({ field: `input.${c}`, message: msg(`最多 ${tooLong!.max} 个字符`, `at most ${tooLong!.max} characters`) }));
}

/** Turns database constraint failures into errors a person can act on, never with driver or SQL text; anything else is rethrown. */
export function translateDatabaseError(error: unknown, what: string, tooLong?: TooLong | null): never {
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
        throw Errors.badInput(msg(`${nounText(what).zh}的某项内容超出长度限制，请缩短。`, `A value for ${what} is longer than allowed. Shorten it.`), tooLongFields(tooLong));
      case "P2007":
        throw Errors.badInput(msg("编号格式不对：请原样使用 API 返回的编号。", "An id is malformed: send ids exactly as the API returned them."));
      case "P2034":
        throw Errors.conflict(msg(`${nounText(what).zh}：其他人正在同时修改相关记录，请稍后重试。`, `${what}: someone else changed the same records at the same moment. Try again.`));
      case "P2011":
        throw Errors.badInput(
          msg(`${nounText(what).zh}缺少必填项：${constraintColumns(error.meta).join("、") || "请检查必填项"}。`, `${what} is missing a required value: ${constraintColumns(error.meta).join(", ") || "check the required fields"}.`),
        );
    }
  }
  throw error;
}

/** A write conflict or deadlock (PostgreSQL 40001/40P01): the transaction was rolled back and may simply run again. */
function isWriteConflict(error: unknown): boolean {
  return isKnownPrismaError(error) && error.code === "P2034";
}

const ATTEMPTS = 3;

interface RawQueries {
  $queryRawUnsafe<R>(query: string, ...values: unknown[]): PromiseLike<R>;
}

/** The columns of the table whose length limit a P2000 hit; its message gives the limit, its meta the model (= table). */
async function tooLongColumns(prisma: Partial<RawQueries>, error: unknown): Promise<TooLong | null> {
  if (!isKnownPrismaError(error) || error.code !== "P2000" || !prisma.$queryRawUnsafe) return null;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalMessage?: unknown } } | undefined)?.cause;
  const max = Number(/character varying\((\d+)\)/.exec(String(cause?.originalMessage ?? ""))?.[1]);
  const table = error.meta?.modelName;
  if (!Number.isSafeInteger(max) || typeof table !== "string") return null;
  const rows = await prisma.$queryRawUnsafe<{ column_name: string }[]>(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND character_maximum_length = $2 ORDER BY ordinal_position",
    table,
    max,
  );
  return { max, columns: rows.map((row) => row.column_name) };
}

/**
 * Runs `work` in one transaction; constraint failures come back as CONFLICT, NOT_FOUND or BAD_USER_INPUT
 * errors. A transaction that lost a write conflict or deadlock runs again (it was rolled back), a few times.
 */
export async function inTransaction<T, TX>(
  prisma: { $transaction: <R>(fn: (tx: TX) => Promise<R>, options?: { timeout?: number; maxWait?: number }) => Promise<R> } & Partial<RawQueries>,
  what: string,
  work: (tx: TX) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(work, options);
    } catch (error) {
      if (isWriteConflict(error) && attempt < ATTEMPTS) {
        // A short random pause, so two retrying transactions do not collide again in step.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        continue;
      }
      translateDatabaseError(error, what, await tooLongColumns(prisma, error));
    }
  }
}
