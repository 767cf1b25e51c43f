// Files on a suggestion: the lead deputy's on the suggestion itself, the lead unit's on its reply.
import { z } from "zod";
import { accountId } from "../../auth/viewer";
import { Errors } from "../../graphql/errors";
import { msg } from "../../lib/i18n";
import { zmsg } from "../../lib/zod-messages";
import type { Actor } from "../audit/record";
import type { Tx } from "./record";

export const ATTACHMENT_IDS = z.array(z.string().uuid()).max(20, zmsg("最多 20 个附件", "at most 20 attachments"));

/**
 * Attaches files the actor uploaded (`POST /files`) that belong to no other suggestion. `replace`
 * makes the suggestion's own files exactly `fileIds`; otherwise they are added to the reply.
 */
export async function attachFiles(tx: Tx, actor: Actor, suggestionId: string, fileIds: readonly string[], target: { replace: true } | { replyId: string }): Promise<void> {
  const ids = [...new Set(fileIds)];
  const usable = await tx.storedFile.findMany({
    where: { id: { in: ids }, uploadedById: accountId(actor.viewer) ?? undefined, suggestionAttachments: { every: { suggestionId } } },
    select: { id: true },
  });
  const problems = fileIds
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !usable.some((f) => f.id === id))
    .map(({ i }) => ({ field: `input.attachmentIds.${i}`, message: msg("不是您上传且未用于其他建议的文件", "not a file you uploaded that no other suggestion uses") }));
  if (!accountId(actor.viewer) || problems.length) {
    throw Errors.badInput(msg("请先通过 POST /files 上传附件，再引用返回的编号。", "Upload attachments with POST /files first, then send the ids it answered."), problems);
  }
  if ("replace" in target) {
    await tx.suggestionAttachment.deleteMany({ where: { suggestionId, replyId: null, fileId: { notIn: ids } } });
  }
  const replyId = "replyId" in target ? target.replyId : null;
  await tx.suggestionAttachment.createMany({ data: ids.map((fileId) => ({ suggestionId, fileId, replyId })), skipDuplicates: true });
}
