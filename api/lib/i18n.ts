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
