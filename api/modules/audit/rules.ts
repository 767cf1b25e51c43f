import { connectionTypes, fields, isAdministrator } from "../../auth/rules";

export const auditRules = {
  Query: { auditEvents: isAdministrator },
  AuditEvent: fields("id", "action", "entityType", "entityId", "actorName", "before", "after", "requestId", "createdAt"),
  ...connectionTypes("AuditEvent"),
};
