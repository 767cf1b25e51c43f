// Personal data removed from a text before the public sees it (issue 13 item 6): ID numbers, mobile
// and landline numbers, e-mail addresses, and the names staff mark. Pure functions: the preview and
// the publication run the same code on the same text, so what staff review is what is published.

export type RedactionKind = "ID_NUMBER" | "MOBILE" | "LANDLINE" | "EMAIL" | "MARKED";

export interface Redaction {
  kind: RedactionKind;
  /** Where the replacement stands in the redacted text, in JavaScript string indices (UTF-16 code units). */
  start: number;
  end: number;
  /** What it replaced (shown to staff in the preview; never published). */
  original: string;
}

export interface RedactedText {
  text: string;
  redactions: Redaction[];
}

export const REPLACEMENTS: Record<RedactionKind, string> = {
  ID_NUMBER: "[身份证号已隐去]",
  MOBILE: "[电话已隐去]",
  LANDLINE: "[电话已隐去]",
  EMAIL: "[邮箱已隐去]",
  MARKED: "某某",
};

// Digits on either side would make a longer number (an account number, an amount): not ours.
const SEP = "[-\\s－—]?";
const PATTERNS: { kind: RedactionKind; pattern: RegExp }[] = [
  // 18-digit resident ID (last character may be X); the 15-digit first generation too.
  { kind: "ID_NUMBER", pattern: /(?<![\dA-Za-z])(?:\d{17}[\dXx]|\d{15})(?![\dA-Za-z])/g },
  // 138 1234 5678, 138-1234-5678, +86 13812345678.
  { kind: "MOBILE", pattern: new RegExp(`(?<![\\d])(?:(?:\\+|00)?86${SEP})?1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4}(?!\\d)`, "g") },
  // 0871-65123456, (0871) 6512 3456, 010-12345678转123: area code, number, extension.
  {
    kind: "LANDLINE",
    pattern: new RegExp(`(?<![\\d])(?:[(（]0\\d{2,3}[)）]\\s?|0\\d{2,3}${SEP})[2-9]\\d{2,3}${SEP}\\d{4}(?:\\s?(?:转|分机|ext\\.?|-|#)\\s?\\d{1,6})?(?!\\d)`, "gi"),
  },
  // A local number without area code, 6512-3456 or 65123456, unless it is an amount or a quantity.
  {
    kind: "LANDLINE",
    pattern: new RegExp(`(?<![\\d.,，])[2-9]\\d{2,3}${SEP}\\d{4}(?:\\s?(?:转|分机)\\s?\\d{1,6})?(?![\\d.,%％]|\\s?(?:元|万|亿|千|百|人|户|个|件|平方|米|公里|吨|亩|次|辆|套|台|年|号))`, "g"),
  },
  { kind: "EMAIL", pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
];

interface Match {
  kind: RedactionKind;
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function findMatches(text: string, markedNames: readonly string[]): Match[] {
  const matches: Match[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const m of text.matchAll(pattern)) matches.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  const names = [...new Set(markedNames.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (names.length) {
    for (const m of text.matchAll(new RegExp(names.map(escapeRegExp).join("|"), "g"))) matches.push({ kind: "MARKED", start: m.index, end: m.index + m[0].length });
  }
  // Earlier first; of two starting together the longer; a match inside one already taken is dropped.
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of matches) if (!kept.length || m.start >= kept.at(-1)!.end) kept.push(m);
  return kept;
}

/** The text with personal data replaced, and where each replacement stands in it. */
export function redact(text: string, markedNames: readonly string[] = []): RedactedText {
  let out = "";
  let from = 0;
  const redactions: Redaction[] = [];
  for (const m of findMatches(text, markedNames)) {
    out += text.slice(from, m.start);
    const replacement = REPLACEMENTS[m.kind];
    redactions.push({ kind: m.kind, start: out.length, end: out.length + replacement.length, original: text.slice(m.start, m.end) });
    out += replacement;
    from = m.end;
  }
  return { text: out + text.slice(from), redactions };
}
