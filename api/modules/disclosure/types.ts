// What the public reads (DisclosedSuggestion: the published snapshot only) and what staff preview.
import { builder } from "../../graphql/builder";
import { describedEnum } from "../../graphql/enums";
import { ReplyClassEnum } from "../suggestions/enums";
import type { Redaction, RedactionKind } from "./redact";

export const DisclosedSuggestionNode = builder.prismaNode("DisclosedSuggestion", {
  description:
    "公开建议 A suggestion and its reply as staff published them, personal data removed. Read by anyone; a withdrawn one is not found. " +
    "Carries the snapshot only: later edits of the suggestion show once it is published again.",
  id: { field: "id", description: "Global id (stable across publications)." },
  nullable: true,
  findUnique: (id) => ({ id, withdrawnAt: null }),
  fields: (t) => ({
    title: t.exposeString("title", { description: "Title." }),
    body: t.exposeString("body", { description: "Text of the suggestion." }),
    congress: t.exposeString("congressName", { description: "The congress it was made to." }),
    year: t.exposeInt("year", { nullable: true, description: "Year of its number." }),
    number: t.exposeString("number", { nullable: true, description: "Number given at acceptance, e.g. 2026-0137." }),
    category: t.exposeString("categoryName", { nullable: true, description: "Category." }),
    leadUnit: t.exposeString("leadUnitName", { nullable: true, description: "The lead unit (主办单位) that replied." }),
    units: t.exposeStringList("unitNames", { description: "Every unit assigned, lead unit first." }),
    replyClass: t.expose("replyClass", { type: ReplyClassEnum, nullable: true, description: "Class of the reply." }),
    replyText: t.exposeString("replyText", { nullable: true, description: "Text of the reply (the latest round)." }),
    repliedOn: t.expose("repliedOn", { type: "Date", nullable: true, description: "Date of the reply." }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", description: "When this version was published." }),
    version: t.exposeInt("version", { description: "Publication number: 1, then one more each time it is published again." }),
  }),
});

export const RedactionKindEnum = describedEnum<RedactionKind>("RedactionKind", "隐去类别 What kind of personal data was removed.", {
  ID_NUMBER: "身份证号 A resident ID number.",
  MOBILE: "手机号 A mobile number.",
  LANDLINE: "座机 A landline number, with or without area code and extension.",
  EMAIL: "邮箱 An e-mail address.",
  MARKED: "标记 A name or phrase staff marked.",
});

export const RedactionType = builder.objectRef<Redaction>("Redaction").implement({
  description: "One replacement in a redacted text; positions are JavaScript string indices (UTF-16 code units) in the redacted text.",
  fields: (t) => ({
    kind: t.expose("kind", { type: RedactionKindEnum, description: "What was removed." }),
    start: t.exposeInt("start", { description: "Where the replacement starts." }),
    end: t.exposeInt("end", { description: "Where the replacement ends (exclusive)." }),
    original: t.exposeString("original", { description: "What it replaced (for staff review; never published)." }),
  }),
});

export const RedactedTextType = builder.objectRef<{ text: string; redactions: Redaction[] }>("RedactedText").implement({
  description: "A text as it would be published, and each redaction in it.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The redacted text." }),
    redactions: t.field({ type: [RedactionType], description: "Replacements, in order.", resolve: (r) => r.redactions }),
  }),
});

export interface PreviewShape {
  suggestionVersion: number;
  title: { text: string; redactions: Redaction[] };
  body: { text: string; redactions: Redaction[] };
  replyText: { text: string; redactions: Redaction[] } | null;
}

export const DisclosurePreviewType = builder.objectRef<PreviewShape>("DisclosurePreview").implement({
  description: "What publishing the suggestion now would show the public.",
  fields: (t) => ({
    suggestionVersion: t.exposeInt("suggestionVersion", { description: "The suggestion's version previewed: send it to publishSuggestion." }),
    title: t.field({ type: RedactedTextType, description: "Title.", resolve: (p) => p.title }),
    body: t.field({ type: RedactedTextType, description: "Text of the suggestion.", resolve: (p) => p.body }),
    replyText: t.field({ type: RedactedTextType, nullable: true, description: "Text of the latest reply.", resolve: (p) => p.replyText }),
  }),
});
