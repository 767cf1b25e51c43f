import type { NotificationKind, PrismaClient } from "../../generated/prisma/client";
import { accountId, type Viewer } from "../../auth/viewer";
import { Errors } from "../../graphql/errors";
import { msg } from "../../lib/i18n";
import { KIND_LABELS, OPTIONAL_KINDS } from "./messages";

/** Only the owner ever reads a notification: every query starts from this. */
export function ownNotificationsWhere(viewer: Viewer) {
  const userId = accountId(viewer);
  return userId ? { userId } : { id: { in: [] as string[] } };
}

function signedInAccount(viewer: Viewer): string {
  const userId = accountId(viewer);
  if (!userId) throw Errors.unauthenticated(msg("请先登录：通知属于登录的账号。", "Sign in first: notifications belong to an account."));
  return userId;
}

export function unreadCount(prisma: PrismaClient, viewer: Viewer): Promise<number> {
  return prisma.notification.count({ where: { ...ownNotificationsWhere(viewer), readAt: null } });
}

/**
 * Marks the given notifications (or all) read; answers how many are still unread. An id that is not
 * the caller's is NOT_FOUND, exactly like one that does not exist, and nothing is marked.
 */
export async function markRead(prisma: PrismaClient, viewer: Viewer, target: { ids?: string[] | null; all?: boolean | null }): Promise<number> {
  const userId = signedInAccount(viewer);
  const ids = [...new Set(target.ids ?? [])];
  if (!target.all && ids.length === 0) {
    throw Errors.badInput(msg("请指定要标记为已读的通知（ids），或用 all 标记全部。", "Give the notification ids to mark read, or all: true."), [
      { field: "ids", message: msg("至少一个", "at least one") },
    ]);
  }
  if (target.all && ids.length) {
    throw Errors.badInput(msg("ids 与 all 只能二选一。", "Give ids or all, not both."), [{ field: "all", message: msg("不能与 ids 同时使用", "cannot be combined with ids") }]);
  }
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    if (target.all) await tx.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
    else {
      const own = await tx.notification.findMany({ where: { userId, id: { in: ids } }, select: { id: true } });
      if (own.length !== ids.length) throw Errors.notFound("Notification");
      await tx.notification.updateMany({ where: { userId, id: { in: ids }, readAt: null }, data: { readAt: now } });
    }
    return tx.notification.count({ where: { userId, readAt: null } });
  });
}

export interface PreferenceRow {
  kind: NotificationKind;
  enabled: boolean;
  optional: boolean;
}

export async function preferencesOf(prisma: PrismaClient, viewer: Viewer): Promise<PreferenceRow[]> {
  const userId = signedInAccount(viewer);
  const off = new Set((await prisma.notificationPreference.findMany({ where: { userId, enabled: false }, select: { kind: true } })).map((p) => p.kind));
  return (Object.keys(KIND_LABELS) as NotificationKind[]).map((kind) => ({ kind, enabled: !off.has(kind), optional: OPTIONAL_KINDS.includes(kind) }));
}

export async function setPreference(prisma: PrismaClient, viewer: Viewer, kind: NotificationKind, enabled: boolean): Promise<PreferenceRow> {
  const userId = signedInAccount(viewer);
  if (!OPTIONAL_KINDS.includes(kind)) {
    throw Errors.badInput(
      msg("只有到期提醒、逾期提醒和督办提醒可以关闭；办理过程中的通知始终发送。", "Only the due-soon, overdue and escalation reminders can be turned off; notifications of a suggestion's steps are always sent."),
      [{ field: "kind", message: msg("不能关闭", "cannot be turned off") }],
    );
  }
  await prisma.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, enabled }, update: { enabled } });
  return { kind, enabled, optional: true };
}
