import { encodeGlobalID } from "@pothos/plugin-relay";
import type { NotificationKind } from "../../generated/prisma/client";
import { builder } from "../../graphql/builder";
import { nodeConnection, resolveList, sortOn, type ListSorts } from "../../graphql/connections";
import { describedEnum } from "../../graphql/enums";
import { KIND_LABELS, notificationTitle } from "./messages";
import { markRead, ownNotificationsWhere, preferencesOf, setPreference, unreadCount, type PreferenceRow } from "./service";
import { currentLanguage } from "../../lib/language";

const NotificationKindEnum = describedEnum<NotificationKind>(
  "NotificationKind",
  "通知类型 What a notification is about.",
  Object.fromEntries(Object.entries(KIND_LABELS).map(([kind, label]) => [kind, `${label.zh} ${label.en}.`])) as Record<NotificationKind, string>,
);

const NotificationNode = builder.prismaNode("Notification", {
  description: "通知 A message for the signed-in account about a step of a suggestion. Nobody else ever reads it.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [ownNotificationsWhere(ctx.viewer)] }),
  fields: (t) => ({
    kind: t.expose("kind", { type: NotificationKindEnum, description: "What it is about." }),
    title: t.string({
      description: "One line in the caller's language (Accept-Language; Chinese by default), e.g. 答复已逾期：2026-0137 关于…",
      select: { kind: true, title: true, suggestion: { select: { number: true, title: true } } },
      resolve: (row) => notificationTitle(row, currentLanguage()),
    }),
    body: t.exposeString("body", { nullable: true, description: "More detail, when there is any (Chinese)." }),
    suggestionId: t.id({
      nullable: true,
      description: "Global id of the suggestion it concerns.",
      select: { suggestionId: true },
      resolve: (row) => (row.suggestionId ? encodeGlobalID("Suggestion", row.suggestionId) : null),
    }),
    read: t.boolean({ description: "Whether it was marked read.", select: { readAt: true }, resolve: (row) => row.readAt !== null }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true, description: "When it was marked read." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was sent." }),
  }),
});

const NotificationPreferenceType = builder.objectRef<PreferenceRow>("NotificationPreference").implement({
  description: "通知偏好 Whether the signed-in account receives one kind of notification.",
  fields: (t) => ({
    kind: t.field({ type: NotificationKindEnum, description: "The kind.", resolve: (p) => p.kind }),
    enabled: t.exposeBoolean("enabled", { description: "Whether it is sent to this account." }),
    optional: t.exposeBoolean("optional", { description: "Whether it may be turned off (reminders only)." }),
  }),
});

const NOTIFICATION_SORTS: ListSorts = { list: "notifications", defaultSort: "createdAt", defaultDirection: "desc", columns: { createdAt: sortOn.date("createdAt") } };

const NotificationConnection = nodeConnection(NotificationNode, "Notification", "notifications");

builder.queryFields((t) => ({
  notifications: t.connection(
    {
      type: NotificationNode,
      description: "通知 The signed-in account's notifications, newest first.",
      args: { unreadOnly: t.arg.boolean({ description: "Only those not yet marked read (default false)." }) },
      resolve: (_root, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.notification,
          typeName: "Notification",
          scope: ownNotificationsWhere(ctx.viewer),
          filter: args.unreadOnly ? { readAt: null } : {},
          sorts: NOTIFICATION_SORTS,
          args,
        }),
    },
    NotificationConnection,
  ),
  unreadNotificationCount: t.int({
    description: "How many of the signed-in account's notifications are unread (the bell's badge).",
    resolve: (_root, _args, ctx) => unreadCount(ctx.prisma, ctx.viewer),
  }),
  notificationPreferences: t.field({
    type: [NotificationPreferenceType],
    description: "Every kind of notification and whether the signed-in account receives it.",
    resolve: (_root, _args, ctx) => preferencesOf(ctx.prisma, ctx.viewer),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationsRead: t.int({
    description: "Marks some of your notifications read (`ids`), or all of them (`all: true`); answers how many stay unread.",
    args: {
      ids: t.arg.globalIDList({ for: NotificationNode, description: "Your notifications to mark read." }),
      all: t.arg.boolean({ description: "Mark every notification read." }),
    },
    resolve: (_root, args, ctx) => markRead(ctx.prisma, ctx.viewer, { ids: args.ids?.map((id) => id.id), all: args.all }),
  }),
  setNotificationPreference: t.field({
    type: NotificationPreferenceType,
    description: "Turns a kind of reminder (DUE_SOON, OVERDUE, ESCALATED) off or on again for your account.",
    args: {
      kind: t.arg({ type: NotificationKindEnum, required: true, description: "The reminder kind." }),
      enabled: t.arg.boolean({ required: true, description: "false to stop receiving it." }),
    },
    resolve: (_root, args, ctx) => setPreference(ctx.prisma, ctx.viewer, args.kind, args.enabled),
  }),
}));
