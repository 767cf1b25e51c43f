import { ApiKeyScope } from "../../generated/prisma/enums";
import { adminPathWhere } from "../../auth/scope";
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import { nodeConnection, resolveList, sortOn, type ListSorts } from "../../graphql/connections";
import { OFFSET_ARG_DESCRIPTION } from "../../graphql/pagination";
import { createApiKey, revokeApiKey } from "./service";
import { CongressNode } from "../congresses/types";

const ApiKeyScopeEnum = describedEnum<ApiKeyScope>("ApiKeyScope", "接口密钥权限 What a third-party API key may do.", {
  PUBLIC_READ: "Read public data (stations, deputies' public profiles, disclosed suggestions).",
  OPINION_SUBMIT: "Submit constituents' opinions.",
});

const apiKeyScope = (viewer: Parameters<typeof adminPathWhere>[0]) => adminPathWhere(viewer, "congressPath");

const ApiKeyNode = builder.prismaNode("ApiKey", {
  description: "接口密钥 A key a third-party frontend sends as `X-Api-Key`. Only administrators over its congress see it.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [apiKeyScope(ctx.viewer)] }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "What it is for, e.g. the app's name." }),
    prefix: t.exposeString("prefix", { description: "First characters of the key, to recognise it." }),
    scopes: t.expose("scopes", { type: [ApiKeyScopeEnum], description: "What it may do." }),
    congress: t.relation("congress", { description: "The congress that issued it." }),
    rateLimitPerMinute: t.exposeInt("rateLimitPerMinute", { description: "Requests allowed per minute." }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true, description: "Last use (to the minute)." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true, description: "When it was revoked; null while valid." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was issued." }),
  }),
});

const CreatedApiKey = builder.objectRef<{ apiKey: { id: string }; secret: string }>("CreatedApiKey").implement({
  description: "A new API key. The secret is shown this once: store it now.",
  fields: (t) => ({
    secret: t.exposeString("secret", { description: "The key to send as `X-Api-Key`; it cannot be shown again." }),
    apiKey: t.prismaField({
      type: "ApiKey",
      description: "The key's record.",
      resolve: (query, parent, _args, ctx) => ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: parent.apiKey.id } }),
    }),
  }),
});

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  description: "A new API key for a third-party frontend.",
  fields: (t) => ({
    name: t.string({ required: true, description: "What it is for." }),
    congressId: t.globalID({ for: CongressNode, required: true, description: "The issuing congress (one you administer)." }),
    scopes: t.field({ type: [ApiKeyScopeEnum], required: true, description: "What it may do." }),
    rateLimitPerMinute: t.int({ description: "Requests allowed per minute (default 600)." }),
  }),
});

const API_KEY_SORTS: ListSorts = { list: "apiKeys", defaultSort: "createdAt", defaultDirection: "desc", columns: { createdAt: sortOn.date("createdAt") } };

const ApiKeyConnection = nodeConnection(ApiKeyNode, "ApiKey", "API keys");

builder.queryFields((t) => ({
  apiKeys: t.connection(
    {
      type: ApiKeyNode,
      description: "接口密钥 API keys issued in your jurisdiction (administrators), newest first.",
      args: {
        includeRevoked: t.arg.boolean({ description: "Also list revoked keys (default false)." }),
        offset: t.arg.int({ description: OFFSET_ARG_DESCRIPTION }),
      },
      resolve: (_root, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.apiKey,
          typeName: "ApiKey",
          scope: apiKeyScope(ctx.viewer),
          filter: args.includeRevoked ? {} : { revokedAt: null },
          sorts: API_KEY_SORTS,
          args,
        }),
    },
    ApiKeyConnection,
  ),
}));

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreatedApiKey,
    description: "Issues an API key; the secret is in the answer and nowhere else.",
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: "The key." }) },
    resolve: (_root, args, ctx) =>
      createApiKey(ctx, { ...args.input, congressId: args.input.congressId.id, rateLimitPerMinute: args.input.rateLimitPerMinute ?? undefined }),
  }),
  revokeApiKey: t.prismaField({
    type: "ApiKey",
    description: "Revokes an API key at once.",
    args: { id: t.arg.globalID({ for: ApiKeyNode, required: true, description: "The key." }) },
    resolve: async (query, _root, args, ctx) => {
      await revokeApiKey(ctx, args.id.id);
      return ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));

export { ApiKeyNode };
