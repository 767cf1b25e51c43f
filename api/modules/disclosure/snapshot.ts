// What a publication shows of a suggestion: read once from the live rows, personal data removed.
import type { Prisma, ReplyClass, SuggestionState } from "../../generated/prisma/client";
import { redact, type RedactedText } from "./redact";

type Tx = Prisma.TransactionClient;

/** A suggestion can be published once its lead unit has replied (replied or any later state). */
export const PUBLISHABLE_STATES: readonly SuggestionState[] = ["REPLIED", "REHANDLING", "IMPLEMENTING", "CLOSED"];

const SOURCE = {
  id: true,
  kind: true,
  state: true,
  version: true,
  congressId: true,
  congressPath: true,
  year: true,
  number: true,
  title: true,
  body: true,
  categoryId: true,
  congress: { select: { name: true } },
  category: { select: { name: true } },
  units: { where: { endedAt: null }, orderBy: [{ role: "asc" }, { assignedAt: "asc" }], select: { role: true, unit: { select: { id: true, name: true } } } },
  replies: { orderBy: { round: "desc" }, take: 1, select: { class: true, body: true, repliedOn: true } },
} satisfies Prisma.SuggestionSelect;

export type DisclosureSource = Prisma.SuggestionGetPayload<{ select: typeof SOURCE }>;

/** The suggestion behind a publication, or null when there is none with this id. */
export function loadSource(tx: Tx, id: string): Promise<DisclosureSource | null> {
  return tx.suggestion.findUnique({ where: { id }, select: SOURCE });
}

export interface RedactedSource {
  title: RedactedText;
  body: RedactedText;
  replyText: RedactedText | null;
}

export function redactSource(source: DisclosureSource, markedNames: readonly string[]): RedactedSource {
  const reply = source.replies[0];
  return { title: redact(source.title, markedNames), body: redact(source.body, markedNames), replyText: reply ? redact(reply.body, markedNames) : null };
}

/** The columns of the published row (everything the public may read, and nothing else). */
export function snapshotOf(source: DisclosureSource, redacted: RedactedSource) {
  const reply = source.replies[0];
  const lead = source.units.find((u) => u.role === "LEAD");
  const replyText = redacted.replyText?.text ?? null;
  return {
    congressId: source.congressId,
    congressPath: source.congressPath,
    congressName: source.congress.name,
    year: source.year,
    number: source.number,
    categoryId: source.categoryId,
    categoryName: source.category?.name ?? null,
    title: redacted.title.text,
    body: redacted.body.text,
    leadUnitName: lead?.unit.name ?? null,
    unitIds: source.units.map((u) => u.unit.id),
    unitNames: source.units.map((u) => u.unit.name),
    replyClass: (reply?.class ?? null) as ReplyClass | null,
    replyText,
    repliedOn: reply?.repliedOn ?? null,
    searchText: [redacted.title.text, redacted.body.text, replyText].filter(Boolean).join("\n"),
  };
}
