/** The languages a person may read the platform in; zh-CN is the default everywhere. */
export type Language = "zh-CN" | "en";

/** A message a person reads, in both languages. The API answers in the caller's language. */
export interface Localized {
  zh: string;
  en: string;
}

/** Text for a message: write new messages as `msg("中文", "English")`. */
export type MessageText = string | Localized;

export function msg(zh: string, en: string): Localized {
  return { zh, en };
}

export function isLocalized(text: unknown): text is Localized {
  return typeof text === "object" && text !== null && typeof (text as Localized).zh === "string" && typeof (text as Localized).en === "string";
}

export function inLanguage(text: MessageText, language: Language): string {
  if (!isLocalized(text)) return text;
  return language === "en" ? text.en : text.zh;
}

/** The language an `Accept-Language` header prefers among ours; Chinese when it names neither. */
export function preferredLanguage(acceptLanguage: string | null | undefined): Language {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = Number(params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean) ?? 1);
      return { tag: tag.trim(), q };
    })
    .filter((r) => r.q > 0 && (r.tag.startsWith("zh") || r.tag.startsWith("en")))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith("en") ? "en" : "zh-CN";
}
