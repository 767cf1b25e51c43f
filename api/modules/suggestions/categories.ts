// A congress's category catalogue (建议分类): the default one given at the congress's creation, then
// kept by its administrators (add, rename, reorder, deactivate).
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { ADMIN_ROLES, requireRecordInReach } from "../../auth/guard";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { patchOf, updateVersioned } from "../../lib/patch";
import { zmsg } from "../../lib/zod-messages";
import { recordAudit, type Actor } from "../audit/record";
import { administeredCongress } from "./settings";

type Tx = Prisma.TransactionClient;

/** Kept in step with the migration that gave congresses created before it their catalogue (default_suggestion_categories). */
export const DEFAULT_CATEGORIES = ["经济发展", "城乡建设", "教育科技", "医疗卫生", "社会保障", "生态环境", "交通运输", "农业农村", "政法社会治理", "其他"];

/** Writes the default catalogue of a new congress, in the transaction that creates it. */
export async function addDefaultCategories(tx: Tx, congress: { id: string; path: string }): Promise<void> {
  await tx.suggestionCategory.createMany({
    data: DEFAULT_CATEGORIES.map((name, sortOrder) => ({ congressId: congress.id, congressPath: congress.path, name, sortOrder })),
    skipDuplicates: true,
  });
}

const NAME = z.string().trim().min(1, zmsg("不能为空", "cannot be empty")).max(50, zmsg("最多 50 个字符", "at most 50 characters"));
const SORT_ORDER = z
  .number()
  .int(zmsg("须为整数", "must be a whole number"))
  .min(0, zmsg("不能小于 0", "cannot be negative"))
  .max(10_000, zmsg("最大为 10000", "at most 10000"));

const CreateCategoryInput = z.object({ congressId: z.string().uuid(), name: NAME, sortOrder: SORT_ORDER.optional() });
const UpdateCategoryInput = patchOf({ name: NAME, sortOrder: SORT_ORDER, active: z.boolean() });

/** Adds a category at the end of the catalogue unless a position is given. A taken name is CONFLICT. */
export async function createSuggestionCategory(actor: Actor, rawInput: unknown) {
  const input = parseInput(CreateCategoryInput, rawInput);
  return inTransaction(actor.prisma, "Suggestion category", async (tx: Tx) => {
    const congress = await administeredCongress(tx, actor, input.congressId);
    const last = await tx.suggestionCategory.aggregate({ where: { congressId: congress.id }, _max: { sortOrder: true } });
    const created = await tx.suggestionCategory.create({
      data: { congressId: congress.id, congressPath: congress.path, name: input.name, sortOrder: input.sortOrder ?? (last._max.sortOrder ?? -1) + 1 },
    });
    await recordAudit(tx, actor, { action: "createSuggestionCategory", entityType: "SuggestionCategory", entityId: created.id, congressPath: congress.path, after: created });
    return created;
  });
}

/** Renames, moves or (de)activates a category; suggestions keep a deactivated category, new drafts cannot choose it. */
export async function updateSuggestionCategory(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(UpdateCategoryInput, rawInput);
  return updateVersioned(actor, id, input, {
    entity: "SuggestionCategory",
    action: "updateSuggestionCategory",
    label: "Suggestion category",
    table: (tx) => tx.suggestionCategory,
    load: async (tx) => {
      const category = await tx.suggestionCategory.findUnique({ where: { id } });
      if (!category) throw Errors.notFound("Suggestion category", id);
      requireRecordInReach(actor.viewer, ADMIN_ROLES, category.congressPath, "Suggestion category", id);
      return category;
    },
    auditPath: (_tx, category) => category.congressPath,
  });
}
