import type { Prisma } from "../../generated/prisma/client";
import { adminPathWhere } from "../../auth/scope";
import { isPlatformAdmin, type Viewer } from "../../auth/viewer";
import { z } from "zod";
import { builder } from "../../graphql/builder";
import { parseInput } from "../../graphql/validate";
import { nodeConnection, resolveList, sortOn, type ListSorts } from "../../graphql/connections";
import { OFFSET_ARG_DESCRIPTION } from "../../graphql/pagination";

/** Events of the viewer's jurisdiction; platform-wide events (no congress) only for platform administrators. */
export function auditReadScope(viewer: Viewer): Prisma.AuditEventWhereInput {
  if (isPlatformAdmin(viewer)) return {};
  return adminPathWhere(viewer, "congressPath") as Prisma.AuditEventWhereInput;
}

const AuditEventNode = builder.prismaNode("AuditEvent", {
  description: "审计日志 One change: who made it, when, and the values before and after.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [auditReadScope(ctx.viewer)] }),
  fields: (t) => ({
    action: t.exposeString("action", { description: "The mutation, e.g. updateCongress." }),
    entityType: t.exposeString("entityType", { description: "The kind of record changed, e.g. Congress." }),
    entityId: t.exposeString("entityId", { nullable: true, description: "The changed record's database id." }),
    actorName: t.exposeString("actorName", { description: "Who made the change." }),
    before: t.field({ type: "String", nullable: true, description: "The record before, as JSON (secrets left out).", resolve: (e) => (e.before == null ? null : JSON.stringify(e.before)) }),
    after: t.field({ type: "String", nullable: true, description: "The record after, as JSON (secrets left out).", resolve: (e) => (e.after == null ? null : JSON.stringify(e.after)) }),
    requestId: t.exposeString("requestId", { nullable: true, description: "The request that made it (matches the server logs)." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When." }),
  }),
});

const AuditEventFilter = builder.inputType("AuditEventFilter", {
  description: "Conditions an audit event must meet; all given conditions apply.",
  fields: (t) => ({
    entityType: t.string({ description: "Only changes to this kind of record, e.g. Congress." }),
    entityId: t.string({ description: "Only changes to this record (database id)." }),
    action: t.string({ description: "Only this mutation, e.g. grantRole." }),
    from: t.field({ type: "DateTime", description: "Only events at or after this instant." }),
    to: t.field({ type: "DateTime", description: "Only events before this instant." }),
  }),
});

const AUDIT_EVENT_SORTS: ListSorts = { list: "auditEvents", defaultSort: "createdAt", defaultDirection: "desc", columns: { createdAt: sortOn.date("createdAt") } };

const AuditEventConnection = nodeConnection(AuditEventNode, "AuditEvent", "audit events");

builder.queryFields((t) => ({
  auditEvents: t.connection(
    {
      type: AuditEventNode,
      description: "审计日志 Changes in your jurisdiction (administrators), newest first.",
      args: {
        filter: t.arg({ type: AuditEventFilter, description: "Conditions; omitted means every event you may see." }),
        offset: t.arg.int({ description: OFFSET_ARG_DESCRIPTION }),
      },
      resolve: (_root, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.auditEvent,
          typeName: "AuditEvent",
          scope: auditReadScope(ctx.viewer),
          filter: auditFilterWhere(args.filter),
          sorts: AUDIT_EVENT_SORTS,
          args,
        }),
    },
    AuditEventConnection,
  ),
}));

function auditFilterWhere(
  filter: { entityType?: string | null; entityId?: string | null; action?: string | null; from?: Date | null; to?: Date | null } | null | undefined,
): Prisma.AuditEventWhereInput {
  if (!filter) return {};
  return {
    entityType: filter.entityType ?? undefined,
    entityId: filter.entityId ? parseInput(z.string().uuid("a record's database id is a UUID"), filter.entityId, "filter.entityId") : undefined,
    action: filter.action ?? undefined,
    createdAt: filter.from || filter.to ? { gte: filter.from ?? undefined, lt: filter.to ?? undefined } : undefined,
  };
}
