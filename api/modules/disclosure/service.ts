// Staff publish a suggestion and its reply (审核公开), publish it again after a change, or withdraw it.
import { z } from "zod";
import { DEPUTY_MANAGERS, requireRecordInReach } from "../../auth/guard";
import { accountId } from "../../auth/viewer";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { msg } from "../../lib/i18n";
import { VERSION } from "../../lib/patch";
import { zmsg } from "../../lib/zod-messages";
import { recordAudit, type Actor } from "../audit/record";
import { loadSource, PUBLISHABLE_STATES, redactSource, snapshotOf, type DisclosureSource } from "./snapshot";

type Tx = Parameters<Parameters<Actor["prisma"]["$transaction"]>[0]>[0];

const MarkedNames = z
  .array(z.string().trim().min(1, zmsg("不能为空", "cannot be empty")).max(50, zmsg("最多 50 个字", "at most 50 characters")))
  .max(100, zmsg("最多 100 项", "at most 100 entries"))
  .default([]);

const PublishInput = z.object({ markedNames: MarkedNames });
const UnpublishInput = z.object({ reason: z.string().trim().min(2, zmsg("请写明撤回理由", "give the reason for withdrawing it")).max(500, zmsg("最多 500 个字", "at most 500 characters")) });

/** The suggestion, if the caller is staff of its congress or one above; otherwise answered as missing. */
async function sourceForStaff(tx: Tx, actor: Actor, id: string): Promise<DisclosureSource> {
  const source = await loadSource(tx, id);
  if (!source) throw Errors.notFound("Suggestion", id);
  requireRecordInReach(actor.viewer, DEPUTY_MANAGERS, source.congressPath, "Suggestion", id);
  return source;
}

function requirePublishable(source: DisclosureSource): void {
  if (source.kind !== "SUGGESTION") {
    throw Errors.invalidTransition(msg("议案不在公开范围内：只有代表建议及其答复可以公开。", "Motions are not disclosed: only suggestions and their replies are published."));
  }
  if (!PUBLISHABLE_STATES.includes(source.state) || !source.replies.length) {
    throw Errors.invalidTransition(
      msg("承办单位答复后才能公开（已答复、重新办理、落实中或已办结）。", "A suggestion can be published once its lead unit has replied (REPLIED, REHANDLING, IMPLEMENTING or CLOSED)."),
    );
  }
}

/** What would be published, with every redaction and where it stands, for staff to review. */
export async function previewDisclosure(actor: Actor, id: string, markedNames: unknown) {
  const names = parseInput(MarkedNames, markedNames ?? [], "markedNames");
  return inTransaction(actor.prisma, "Suggestion", async (tx: Tx) => {
    const source = await sourceForStaff(tx, actor, id);
    requirePublishable(source);
    return { suggestionVersion: source.version, ...redactSource(source, names) };
  });
}

/**
 * Publishes the suggestion as it is at `version` (the one previewed): a new snapshot, replacing the
 * current one; the earlier versions are kept.
 */
export async function publishSuggestion(actor: Actor, id: string, version: unknown, rawInput: unknown) {
  const expected = parseInput(VERSION, version, "version");
  const input = parseInput(PublishInput, rawInput ?? {});
  return inTransaction(actor.prisma, "Suggestion", async (tx: Tx) => {
    // Locked, so that an edit cannot slip between the version check and the snapshot.
    await tx.$queryRaw`SELECT id FROM "Suggestion" WHERE id = ${id}::uuid FOR UPDATE`;
    const source = await sourceForStaff(tx, actor, id);
    if (source.version !== expected) throw Errors.staleVersion("Suggestion");
    requirePublishable(source);
    const redacted = redactSource(source, input.markedNames);
    const snapshot = snapshotOf(source, redacted);
    const now = new Date();
    const by = accountId(actor.viewer);
    const before = await tx.disclosedSuggestion.findUnique({ where: { suggestionId: id } });
    const published = { ...snapshot, publishedAt: now, publishedById: by, withdrawnAt: null, withdrawnById: null, withdrawReason: null };
    const row = before
      ? await tx.disclosedSuggestion.update({ where: { id: before.id }, data: { ...published, version: before.version + 1 } })
      : await tx.disclosedSuggestion.create({ data: { ...published, suggestionId: id, version: 1 } });
    await tx.disclosedSuggestionVersion.create({
      data: { disclosureId: row.id, version: row.version, snapshot: JSON.parse(JSON.stringify(snapshot)), publishedAt: now, publishedById: by },
    });
    const redactions = [redacted.title, redacted.body, redacted.replyText].reduce((n, r) => n + (r?.redactions.length ?? 0), 0);
    await recordAudit(tx, actor, {
      action: "publishSuggestion",
      entityType: "DisclosedSuggestion",
      entityId: row.id,
      congressPath: row.congressPath,
      before: before && { version: before.version, title: before.title, withdrawnAt: before.withdrawnAt },
      after: { suggestionId: id, suggestionVersion: source.version, version: row.version, title: row.title, redactions },
    });
    return row;
  });
}

/** Withdraws the suggestion from publication, with a reason; publishing it again brings it back. */
export async function unpublishSuggestion(actor: Actor, id: string, rawInput: unknown) {
  const input = parseInput(UnpublishInput, rawInput);
  return inTransaction(actor.prisma, "Suggestion", async (tx: Tx) => {
    await sourceForStaff(tx, actor, id);
    const current = await tx.disclosedSuggestion.findUnique({ where: { suggestionId: id } });
    if (!current || current.withdrawnAt) {
      throw Errors.invalidTransition(msg("此建议当前未公开，无需撤回。", "This suggestion is not published now: there is nothing to withdraw."));
    }
    const row = await tx.disclosedSuggestion.update({
      where: { id: current.id },
      data: { withdrawnAt: new Date(), withdrawnById: accountId(actor.viewer), withdrawReason: input.reason },
    });
    await recordAudit(tx, actor, {
      action: "unpublishSuggestion",
      entityType: "DisclosedSuggestion",
      entityId: row.id,
      congressPath: row.congressPath,
      before: { version: current.version, withdrawnAt: null },
      after: { version: row.version, withdrawnAt: row.withdrawnAt, reason: input.reason },
    });
    return row;
  });
}
