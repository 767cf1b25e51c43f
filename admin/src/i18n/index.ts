import chineseMessages from "@haxqer/ra-language-chinese";
import merge from "lodash/merge";
import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import { enDomain } from "./en";
import { zhDomain } from "./zh";

// The Chinese pack predates react-admin 5: English fills the keys it lacks.
const zh = merge({}, englishMessages, chineseMessages, zhDomain);
const en = merge({}, englishMessages, enDomain);

export const i18nProvider = polyglotI18nProvider((locale) => (locale === "en" ? en : zh), "zh-CN", [
  { locale: "zh-CN", name: "简体中文" },
  { locale: "en", name: "English" },
]);

/** Choices for a SelectInput from an enum's labels: `enums.<group>.<VALUE>`. */
export function enumChoices(group: keyof typeof zhDomain.enums) {
  return Object.keys(zhDomain.enums[group]).map((id) => ({ id, name: `enums.${group}.${id}` }));
}
