import { DEPUTY_MANAGERS, requireRecordInReach } from "../../auth/guard";
import { builder } from "../../graphql/builder";
import { Errors } from "../../graphql/errors";
import { nodeConnection, resolveList, sortOn, type ListSorts } from "../../graphql/connections";
import { OFFSET_ARG_DESCRIPTION } from "../../graphql/pagination";
import type { Context } from "../../graphql/context";
import { pathInReachWhere } from "../../auth/scope";
import { CONTACT_RANGE, assignContact, recordContactVisit, removeContact } from "./service";
import { CongressNode } from "../congresses/types";
import { withinCongressWhere } from "../congresses/scope";
import { DeputyNode } from "../deputies/types";

/** Contact duties are working records: only those who keep the rolls of the congress (or above) see them. */
function contactScope(ctx: Context) {
  return pathInReachWhere(ctx.viewer, DEPUTY_MANAGERS, "congressPath");
}

export const ContactVisitNode = builder.prismaNode("ContactVisit", {
  description: "走访记录 One contact between a standing committee member and a deputy.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, assignment: contactScope(ctx) }),
  fields: (t) => ({
    visitedOn: t.expose("visitedOn", { type: "Date", description: "The day." }),
    form: t.exposeString("form", { description: "How: 走访, 座谈, 电话…" }),
    notes: t.exposeString("notes", { nullable: true, description: "What was discussed." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was recorded." }),
  }),
});

export const ContactAssignmentNode = builder.prismaNode("ContactAssignment", {
  description: "双联系 A standing committee member's duty to keep in touch with a deputy, with its visits.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [contactScope(ctx)] }),
  fields: (t) => ({
    memberName: t.exposeString("memberName", { description: "The standing committee member (常委会组成人员)." }),
    congress: t.relation("congress", { description: "The congress whose standing committee the member sits on." }),
    deputy: t.relation("deputy", { description: "The deputy contacted." }),
    visits: t.relation("visits", { description: "Visits, newest first.", query: () => ({ orderBy: { visitedOn: "desc" } }) }),
    visitCount: t.relationCount("visits", { description: "How many visits are recorded." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the member was assigned." }),
  }),
});

const MemberLoad = builder.objectRef<{ memberName: string; deputies: number }>("ContactMemberLoad").implement({
  description: "How many deputies one member keeps in touch with.",
  fields: (t) => ({
    memberName: t.exposeString("memberName", { description: "The member." }),
    deputies: t.exposeInt("deputies", { description: "Deputies assigned." }),
    withinRange: t.boolean({ description: `Whether that is ${CONTACT_RANGE.min} to ${CONTACT_RANGE.max}.`, resolve: (m) => m.deputies >= CONTACT_RANGE.min && m.deputies <= CONTACT_RANGE.max }),
  }),
});

interface Report {
  members: { memberName: string; deputies: number }[];
  path: string;
}

const ContactReport = builder.objectRef<Report>("ContactReport");
builder.objectType(ContactReport, {
  description: `双联系 report: each member should contact ${CONTACT_RANGE.min} to ${CONTACT_RANGE.max} grassroots deputies, and every grassroots deputy someone.`,
  fields: (t) => ({
    members: t.field({ type: [MemberLoad], description: "Every member with their number of deputies, fewest first.", resolve: (r) => r.members }),
    membersOutsideRange: t.field({
      type: [MemberLoad],
      description: `Members with fewer than ${CONTACT_RANGE.min} or more than ${CONTACT_RANGE.max} deputies (a warning, not an error).`,
      resolve: (r) => r.members.filter((m) => m.deputies < CONTACT_RANGE.min || m.deputies > CONTACT_RANGE.max),
    }),
    uncontactedGrassrootsDeputies: t.prismaField({
      type: ["DeputyMembership"],
      description: "Up to 100 active grassroots deputies of the congress and below whom no member contacts, by name.",
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.deputyMembership.findMany({
          ...query,
          where: { congressPath: { startsWith: r.path }, status: "ACTIVE", grassroots: true, contactAssignments: { none: {} } },
          orderBy: { person: { name: "asc" } },
          take: 100,
        }),
    }),
  }),
});

const CONTACT_SORTS: ListSorts = { list: "contactAssignments", defaultSort: "memberName", columns: { memberName: sortOn.string("memberName") } };

const ContactAssignmentConnection = nodeConnection(ContactAssignmentNode, "ContactAssignment", "contact assignments");

builder.queryFields((t) => ({
  contactAssignments: t.connection(
    {
      type: ContactAssignmentNode,
      description: "双联系 Contact assignments you may see (those who keep the rolls), by member.",
      args: {
        congressId: t.arg.globalID({ for: CongressNode, description: "Only this congress." }),
        withinCongressId: t.arg.globalID({ for: CongressNode, description: "Only this congress and every congress below it." }),
        memberName: t.arg.string({ description: "Only this member." }),
        offset: t.arg.int({ description: OFFSET_ARG_DESCRIPTION }),
      },
      resolve: async (_root, args, ctx, info) =>
        resolveList(ctx, info, {
          model: ctx.prisma.contactAssignment,
          typeName: "ContactAssignment",
          scope: contactScope(ctx),
          filter: {
            AND: [
              { congressId: args.congressId?.id, memberName: args.memberName ?? undefined },
              args.withinCongressId ? await withinCongressWhere(ctx.prisma, args.withinCongressId.id) : {},
            ],
          },
          sorts: CONTACT_SORTS,
          args,
        }),
    },
    ContactAssignmentConnection,
  ),
  contactReport: t.field({
    type: ContactReport,
    description: "双联系 report of a congress (county level and above).",
    args: { congressId: t.arg.globalID({ for: CongressNode, required: true, description: "The congress." }) },
    resolve: async (_root, args, ctx) => {
      const congress = await ctx.prisma.congress.findUnique({ where: { id: args.congressId.id }, select: { id: true, path: true } });
      if (!congress) throw Errors.notFound("Congress", args.congressId.id);
      requireRecordInReach(ctx.viewer, DEPUTY_MANAGERS, congress.path, "Congress", args.congressId.id);
      const groups = await ctx.prisma.contactAssignment.groupBy({ by: ["memberName"], where: { congressId: congress.id }, _count: { _all: true } });
      const members = groups.map((g) => ({ memberName: g.memberName, deputies: g._count._all })).sort((a, b) => a.deputies - b.deputies || a.memberName.localeCompare(b.memberName));
      return { members, path: congress.path };
    },
  }),
}));

const AssignContactInput = builder.inputType("AssignContactInput", {
  description: "A member's duty to keep in touch with a deputy.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress (county level or above)." }),
    memberName: t.string({ required: true, description: "The standing committee member." }),
    deputyId: t.globalID({ for: DeputyNode, required: true, description: "A deputy of that congress or below." }),
  }),
});

const RecordVisitInput = builder.inputType("RecordContactVisitInput", {
  description: "A visit under a contact assignment.",
  fields: (t) => ({
    assignmentId: t.globalID({ for: ContactAssignmentNode, required: true, description: "The assignment." }),
    visitedOn: t.field({ type: "Date", required: true, description: "The day." }),
    form: t.string({ required: true, description: "How: 走访, 座谈, 电话…" }),
    notes: t.string({ description: "What was discussed." }),
  }),
});

builder.mutationFields((t) => ({
  assignContact: t.prismaField({
    type: "ContactAssignment",
    description: "Assigns a member to keep in touch with a deputy; assigning again answers the existing assignment.",
    args: { input: t.arg({ type: AssignContactInput, required: true, description: "The assignment." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await assignContact(ctx, { ...args.input, congressId: args.input.congressId.id, deputyId: args.input.deputyId.id });
      return ctx.prisma.contactAssignment.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  removeContact: t.field({
    type: "Boolean",
    description: "Ends a contact assignment (its visits go with it).",
    args: { id: t.arg.globalID({ for: ContactAssignmentNode, required: true, description: "The assignment." }) },
    resolve: async (_root, args, ctx) => Boolean(await removeContact(ctx, args.id.id)),
  }),
  recordContactVisit: t.prismaField({
    type: "ContactAssignment",
    description: "Records a visit; answers the assignment with its visits.",
    args: { input: t.arg({ type: RecordVisitInput, required: true, description: "The visit." }) },
    resolve: async (query, _root, args, ctx) => {
      await recordContactVisit(ctx, { ...args.input, assignmentId: args.input.assignmentId.id });
      return ctx.prisma.contactAssignment.findUniqueOrThrow({ ...query, where: { id: args.input.assignmentId.id } });
    },
  }),
}));
