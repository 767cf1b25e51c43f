// Writing a draft: its content, its category and session, and the deputies invited to co-sign.
import { z } from "zod";
import { SuggestionKind } from "../../generated/prisma/enums";
import { Errors, type FieldProblem } from "../../graphql/errors";
import { msg } from "../../lib/i18n";
import { setFields } from "../../lib/patch";
import { optionalText, requiredText } from "../../lib/validation";
import { ATTACHMENT_IDS, attachFiles } from "./attachments";
import type { Step, Tx } from "./record";

const ID = z.string().uuid();

export const DRAFT_FIELDS = {
  kind: z.enum(SuggestionKind),
  title: requiredText(200),
  body: requiredText(50000),
  categoryId: ID.nullable(),
  sessionId: ID.nullable(),
  delegation: optionalText(100),
  coSignerIds: z.array(ID).max(200, "at most 200 co-signers"),
  attachmentIds: ATTACHMENT_IDS,
};

/** Patch semantics: an omitted field keeps its value, null clears an optional one. */
export const EditDraftInput = z.object(DRAFT_FIELDS).partial();
export type DraftPatch = z.infer<typeof EditDraftInput>;

interface DraftOwner {
  id?: string;
  congressId: string;
  leadMembershipId: string;
}

/** Category and session of the suggestion's congress; co-signers active deputies of it, not the lead. */
export async function checkDraft(tx: Tx, owner: DraftOwner, patch: DraftPatch): Promise<void> {
  const problems: FieldProblem[] = [];
  if (patch.categoryId && !(await tx.suggestionCategory.count({ where: { id: patch.categoryId, congressId: owner.congressId, active: true } }))) {
    problems.push({ field: "input.categoryId", message: msg("不是本级人大的建议分类", "not a category of this congress") });
  }
  if (patch.sessionId && !(await tx.congressSession.count({ where: { id: patch.sessionId, term: { congressId: owner.congressId } } }))) {
    problems.push({ field: "input.sessionId", message: msg("不是本级人大的会议", "not a session of this congress") });
  }
  const ids = patch.coSignerIds ?? [];
  if (ids.length) {
    const found = await tx.deputyMembership.findMany({ where: { id: { in: ids }, congressId: owner.congressId, status: "ACTIVE" }, select: { id: true } });
    ids.forEach((id, i) => {
      if (id === owner.leadMembershipId) problems.push({ field: `input.coSignerIds.${i}`, message: msg("领衔代表不能附议自己的建议", "the lead deputy cannot co-sign") });
      else if (!found.some((f) => f.id === id)) problems.push({ field: `input.coSignerIds.${i}`, message: msg("不是本级人大的在任代表", "not an active deputy of this congress") });
    });
  }
  if (problems.length) throw Errors.badInput(msg("请检查建议的内容。", "Check the suggestion's fields."), problems);
}

/** Replaces the invited co-signers: answers of deputies still invited are kept, the others' rows go. */
export async function setCoSigners(tx: Tx, suggestionId: string, ids: readonly string[]): Promise<void> {
  await tx.suggestionCoSigner.deleteMany({ where: { suggestionId, membershipId: { notIn: [...ids] } } });
  await tx.suggestionCoSigner.createMany({ data: [...new Set(ids)].map((membershipId) => ({ suggestionId, membershipId })), skipDuplicates: true });
}

export async function editDraft({ tx, actor, record, input }: Step<DraftPatch>) {
  await checkDraft(tx, record, input);
  const { coSignerIds, attachmentIds, ...columns } = setFields(input);
  if (coSignerIds) await setCoSigners(tx, record.id, coSignerIds);
  if (attachmentIds) await attachFiles(tx, actor, record.id, attachmentIds, { replace: true });
  return columns;
}
