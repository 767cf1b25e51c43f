import { AsyncLocalStorage } from "node:async_hooks";
import type { Language } from "./i18n";

/**
 * The caller's language from `Accept-Language`: the best-weighted tag we speak wins; zh, zh-CN,
 * zh-Hans… read Chinese, en… English; anything else, or no header, reads Chinese (the default).
 */
export function negotiateLanguage(header: string | null | undefined): Language {
  let best: { language: Language; q: number } | undefined;
  for (const part of (header ?? "").split(",")) {
    const [tag, ...params] = part.trim().toLowerCase().split(";");
    const language = tag === "zh" || tag.startsWith("zh-") ? "zh-CN" : tag === "en" || tag.startsWith("en-") ? "en" : undefined;
    if (!language) continue;
    const qParam = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    const q = qParam === undefined ? 1 : Number(qParam);
    if (q > 0 && (!best || q > best.q)) best = { language, q };
  }
  return best?.language ?? "zh-CN";
}

const requestLanguage = new AsyncLocalStorage<Language>();

/** Runs `work` answering in `language`: errors formatted inside it are written in that language. */
export function inRequestLanguage<T>(language: Language, work: () => T): T {
  return requestLanguage.run(language, work);
}

/** The language of the request being served; zh-CN outside of one. */
export function currentLanguage(): Language {
  return requestLanguage.getStore() ?? "zh-CN";
}
