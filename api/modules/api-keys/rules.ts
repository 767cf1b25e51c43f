import { connectionTypes, fields, isAdministrator } from "../../auth/rules";

export const apiKeyRules = {
  Query: { apiKeys: isAdministrator },
  Mutation: { createApiKey: isAdministrator, revokeApiKey: isAdministrator },
  ApiKey: fields("id", "name", "prefix", "scopes", "congress", "rateLimitPerMinute", "lastUsedAt", "revokedAt", "createdAt"),
  CreatedApiKey: fields("secret", "apiKey"),
  ...connectionTypes("ApiKey"),
};
