import { builder } from "../../graphql/builder";
import { chinaToday } from "../../lib/time";
import { createCongressSession, createTerm, updateTerm } from "./service";
import { CongressNode } from "../congresses/types";

export const TermNode = builder.prismaNode("Term", {
  description: "届 A five-year term of a congress.",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    number: t.exposeInt("number", { description: "Ordinal, e.g. 14 for the 14th congress (第十四届)." }),
    startDate: t.expose("startDate", { type: "Date", description: "First day." }),
    endDate: t.expose("endDate", { type: "Date", nullable: true, description: "Last day; null while open-ended." }),
    isCurrent: t.boolean({
      description: "Whether today (China Standard Time) falls within the term.",
      resolve: (term) => {
        const today = chinaToday();
        return term.startDate <= today && (!term.endDate || term.endDate >= today);
      },
    }),
    congress: t.relation("congress", { description: "The congress." }),
    sessions: t.relation("sessions", { description: "Its sessions (次会议), in order.", query: () => ({ orderBy: { number: "asc" } }) }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version; send it back on update to detect concurrent edits." }),
  }),
});

export const CongressSessionNode = builder.prismaNode("CongressSession", {
  description: "次会议 A plenary session of a congress within a term (usually one a year).",
  id: { field: "id", description: "Global id." },
  nullable: true,
  fields: (t) => ({
    number: t.exposeInt("number", { description: "Ordinal within the term, e.g. 3 for 第三次会议." }),
    startDate: t.expose("startDate", { type: "Date", description: "Opening day." }),
    endDate: t.expose("endDate", { type: "Date", description: "Closing day." }),
    term: t.relation("term", { description: "The term." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the row last changed." }),
    version: t.exposeInt("version", { description: "Row version." }),
  }),
});

const CreateTermInput = builder.inputType("CreateTermInput", {
  description: "A new term of a congress; terms of one congress may not overlap.",
  fields: (t) => ({
    congressId: t.globalID({ for: CongressNode, required: true, description: "The congress." }),
    number: t.int({ required: true, description: "Ordinal, 1–99." }),
    startDate: t.field({ type: "Date", required: true, description: "First day." }),
    endDate: t.field({ type: "Date", description: "Last day; omit while open-ended." }),
  }),
});

const UpdateTermInput = builder.inputType("UpdateTermInput", {
  description: "New dates for a term: omit a field to keep it, send null to clear it.",
  fields: (t) => ({
    startDate: t.field({ type: "Date", description: "First day; omit to keep, cannot be null." }),
    endDate: t.field({ type: "Date", description: "Last day; omit to keep, null to make the term open-ended." }),
    version: t.int({ required: true, description: "The `version` you loaded." }),
  }),
});

const CreateCongressSessionInput = builder.inputType("CreateCongressSessionInput", {
  description: "A new session within a term.",
  fields: (t) => ({
    termId: t.globalID({ for: TermNode, required: true, description: "The term." }),
    number: t.int({ required: true, description: "Ordinal within the term." }),
    startDate: t.field({ type: "Date", required: true, description: "Opening day, within the term." }),
    endDate: t.field({ type: "Date", required: true, description: "Closing day, within the term." }),
  }),
});

builder.mutationFields((t) => ({
  createTerm: t.prismaField({
    type: "Term",
    description: "Opens a term of a congress. Administrators of the congress or above.",
    args: { input: t.arg({ type: CreateTermInput, required: true, description: "The new term." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await createTerm(ctx, { ...args.input, congressId: args.input.congressId.id });
      return ctx.prisma.term.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateTerm: t.prismaField({
    type: "Term",
    description: "Changes a term's dates.",
    args: {
      id: t.arg.globalID({ for: TermNode, required: true, description: "The term." }),
      input: t.arg({ type: UpdateTermInput, required: true, description: "The changes." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await updateTerm(ctx, args.id.id, args.input);
      return ctx.prisma.term.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  createCongressSession: t.prismaField({
    type: "CongressSession",
    description: "Records a plenary session within a term.",
    args: { input: t.arg({ type: CreateCongressSessionInput, required: true, description: "The new session." }) },
    resolve: async (query, _root, args, ctx) => {
      const created = await createCongressSession(ctx, { ...args.input, termId: args.input.termId.id });
      return ctx.prisma.congressSession.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
