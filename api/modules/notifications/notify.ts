import type { NotificationKind, Prisma } from "../../generated/prisma/client";
import type { Localized } from "../../lib/i18n";

type Tx = Prisma.TransactionClient;

/** Who is concerned by a step of a suggestion, resolved to the accounts linked to them. */
export type SuggestionAudience =
  | "LEAD_DEPUTY"
  | "CO_SIGNERS"
  | "LEAD_UNIT"
  | "ALL_UNITS"
  /** DEPUTY_AFFAIRS staff at the suggestion's own congress. */
  | "STAFF"
  /** DEPUTY_AFFAIRS staff at the congress above it (escalations). */
  | "PARENT_STAFF";

export interface SuggestionNotice {
  kind: NotificationKind;
  suggestionId: string;
  audience: readonly SuggestionAudience[];
  title: Localized;
  body?: Localized;
  /** Same key twice = one notification per account (reminders sent by jobs). */
  dedupeKey?: string;
}

/** The accounts a notice reaches: linked to the audience, active, and not opted out of its kind. */
export async function recipientsOf(tx: Tx, notice: Pick<SuggestionNotice, "kind" | "suggestionId" | "audience">): Promise<string[]> {
  const s = await tx.suggestion.findUniqueOrThrow({
    where: { id: notice.suggestionId },
    select: { congressId: true, congress: { select: { parentId: true } }, lead: { select: { personId: true } } },
  });
  const who: Prisma.UserWhereInput[] = [];
  for (const audience of new Set(notice.audience)) {
    if (audience === "LEAD_DEPUTY") who.push({ personId: s.lead.personId });
    if (audience === "CO_SIGNERS")
      who.push({ person: { memberships: { some: { coSigned: { some: { suggestionId: notice.suggestionId, status: { not: "DECLINED" } } } } } } });
    if (audience === "LEAD_UNIT" || audience === "ALL_UNITS")
      who.push({
        units: {
          some: {
            unit: {
              suggestionAssignments: {
                some: { suggestionId: notice.suggestionId, endedAt: null, ...(audience === "LEAD_UNIT" ? { role: "LEAD" as const } : {}) },
              },
            },
          },
        },
      });
    if (audience === "STAFF") who.push({ grants: { some: { role: "DEPUTY_AFFAIRS", congressId: s.congressId } } });
    if (audience === "PARENT_STAFF" && s.congress.parentId) who.push({ grants: { some: { role: "DEPUTY_AFFAIRS", congressId: s.congress.parentId } } });
  }
  if (who.length === 0) return [];
  const users = await tx.user.findMany({
    where: { active: true, OR: who, notificationPreferences: { none: { kind: notice.kind, enabled: false } } },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

/** Writes the notice for every account concerned, inside the caller's transaction. */
export async function notify(tx: Tx, notice: SuggestionNotice): Promise<number> {
  const userIds = await recipientsOf(tx, notice);
  if (userIds.length === 0) return 0;
  const created = await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: notice.kind,
      suggestionId: notice.suggestionId,
      // Stored in Chinese, the platform's language; the API localizes titles it can rebuild.
      title: notice.title.zh,
      body: notice.body?.zh ?? null,
      dedupeKey: notice.dedupeKey ? `${notice.dedupeKey}:${userId}` : null,
    })),
    skipDuplicates: true,
  });
  return created.count;
}
