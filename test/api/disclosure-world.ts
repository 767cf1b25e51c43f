// Replied suggestions written straight into the database, and the operations of the disclosure API.
import type { Prisma } from "../../api/db/prisma";
import type { TestApi } from "../helpers/api";
import type { Viewer } from "../../api/auth/viewer";
import { globalId } from "../helpers/fixtures";
import { insertSuggestion } from "../helpers/suggestion-rows";

/** A replied suggestion of `regionName`'s congress with this text and reply. */
export async function repliedSuggestion(prisma: Prisma, regionName: string, text: { title: string; body: string; reply?: string }) {
  const row = await insertSuggestion(prisma, regionName, { state: "REPLIED", title: text.title });
  await prisma.suggestion.update({ where: { id: row.id }, data: { body: text.body, repliedAt: new Date("2026-06-01T02:00:00Z") } });
  await prisma.suggestionReply.create({
    data: { suggestionId: row.id, unitId: row.leadUnitId, class: "A", body: text.reply ?? "已采纳，正在落实。", signedBy: "王局长", repliedOn: new Date("2026-06-01") },
  });
  return { ...row, gid: globalId("Suggestion", row.id) };
}

export const PREVIEW = `query Preview($id: ID!, $names: [String!]) {
  disclosurePreview(id: $id, markedNames: $names) {
    suggestionVersion
    title { text }
    body { text redactions { kind start end original } }
    replyText { text redactions { kind start end original } }
  }
}`;
export const PUBLISH = `mutation Publish($id: ID!, $version: Int!, $input: PublishSuggestionInput) {
  publishSuggestion(id: $id, version: $version, input: $input) { id title body replyText version leadUnit units replyClass repliedOn congress number year }
}`;
export const UNPUBLISH = `mutation Unpublish($id: ID!, $reason: String!) { unpublishSuggestion(id: $id, reason: $reason) }`;
export const ONE = `query One($id: ID!) { disclosedSuggestion(id: $id) { id title body replyText version } }`;
export const LIST = `query List($filter: DisclosedSuggestionFilter, $first: Int, $after: String) {
  disclosedSuggestions(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor } }
}`;

/** Publishes as `viewer` at the suggestion's current version; answers the published snapshot. */
export async function publish(api: TestApi, prisma: Prisma, viewer: Viewer, id: string, markedNames: string[] = []) {
  const { version } = await prisma.suggestion.findUniqueOrThrow({ where: { id }, select: { version: true } });
  const data = await api.data(PUBLISH, { id: globalId("Suggestion", id), version, input: { markedNames } }, viewer);
  return data.publishSuggestion as { id: string; title: string; body: string; replyText: string; version: number };
}
