import { connectionTypes, fields, isSignedIn } from "../../auth/rules";

/** Signed-in accounts only; which rows is `ownNotificationsWhere` (the owner, nobody else). */
export const notificationRules = {
  Query: { notifications: isSignedIn, unreadNotificationCount: isSignedIn, notificationPreferences: isSignedIn },
  Mutation: { markNotificationsRead: isSignedIn, setNotificationPreference: isSignedIn },
  Notification: fields("id", "kind", "title", "body", "suggestionId", "read", "readAt", "createdAt"),
  NotificationPreference: fields("kind", "enabled", "optional"),
  ...connectionTypes("Notification"),
};
