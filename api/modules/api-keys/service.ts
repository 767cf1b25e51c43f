import type { Prisma } from "../../generated/prisma/client";
import { z } from "zod";
import { ApiKeyScope } from "../../generated/prisma/enums";
import { ADMIN_ROLES, requireRecordInReach, requireSignedIn } from "../../auth/guard";
import { randomSecret, sha256 } from "../../auth/tokens";
import { accountId, reaches } from "../../auth/viewer";
import { inTransaction } from "../../db/prisma-errors";
import { Errors } from "../../graphql/errors";
import { parseInput } from "../../graphql/validate";
import { recordAudit, type Actor } from "../audit/record";
import { zmsg } from "../../lib/zod-messages";

type Tx = Prisma.TransactionClient;

const CreateApiKeyInput = z.object({
  name: z.string().trim().min(1, zmsg("不能为空", "cannot be empty")).max(100, zmsg("最多 100 个字符", "at most 100 characters")),
  congressId: z.string().uuid(),
  scopes: z.array(z.enum(ApiKeyScope)).min(1, zmsg("至少选择一项权限", "choose at least one scope")),
  rateLimitPerMinute: z.number().int().min(1, zmsg("至少为 1", "at least 1")).max(100_000, zmsg("最多为 100000", "at most 100000")).default(600),
});

/** Creates a key; the secret is returned once and only its hash is kept. */
export async function createApiKey(actor: Actor, rawInput: unknown) {
  const { prisma, viewer } = actor;
  const input = parseInput(CreateApiKeyInput, rawInput);
  return inTransaction(prisma, "API key", async (tx: Tx) => {
    const congress = await tx.congress.findUnique({ where: { id: input.congressId } });
    if (!congress) throw Errors.notFound("Congress", input.congressId);
    requireRecordInReach(viewer, ADMIN_ROLES, congress.path, "Congress", input.congressId);
    const secret = randomSecret("dpk");
    const created = await tx.apiKey.create({
      data: {
        name: input.name,
        prefix: secret.slice(0, 12),
        keyHash: sha256(secret),
        scopes: [...new Set(input.scopes)],
        congressId: congress.id,
        congressPath: congress.path,
        rateLimitPerMinute: input.rateLimitPerMinute,
        createdById: accountId(viewer),
      },
    });
    await recordAudit(tx, actor, { action: "createApiKey", entityType: "ApiKey", entityId: created.id, congressPath: congress.path, after: created });
    return { apiKey: created, secret };
  });
}

export async function revokeApiKey(actor: Actor, id: string) {
  const { prisma, viewer } = actor;
  return inTransaction(prisma, "API key", async (tx: Tx) => {
    requireSignedIn(viewer);
    const key = await tx.apiKey.findUnique({ where: { id } });
    if (!key || !reaches(viewer, ADMIN_ROLES, key.congressPath)) throw Errors.notFound("API key", id);
    const after = key.revokedAt ? key : await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, { action: "revokeApiKey", entityType: "ApiKey", entityId: id, congressPath: key.congressPath, before: key, after });
    return after;
  });
}
