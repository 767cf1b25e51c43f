import { isLocalized, msg, type Localized, type MessageText } from "./i18n";

/** Chinese names of the records the API names in its messages ("Station 12 does not exist…"). */
const NOUNS: Record<string, string> = {
  "This deputy": "该代表",
  Deputy: "代表",
  Congress: "人大",
  "Congress organ": "人大机关",
  Region: "行政区划",
  "Parent region": "上级行政区划",
  Station: "联络站",
  "Handling unit": "承办单位",
  "Contact assignment": "联系安排",
  "API key": "API 密钥",
  Term: "届次",
  User: "账号",
  Account: "账号",
  "Role grant": "角色授权",
  "Working group": "代表小组",
  Group: "代表小组",
  Import: "导入批次",
  Person: "人员",
  Membership: "代表资格",
  Suggestion: "建议",
  "Suggestion category": "建议分类",
  "Suggestion settings": "建议办理设置",
  "Calendar day": "日历",
  SupervisionTopic: "督办专题",
  "Supervision topic": "督办专题",
  File: "文件",
  Notification: "通知",
};

/** A record's name in both languages: "Station 五华站" reads "联络站 五华站" in Chinese. */
export function nounText(what: MessageText): Localized {
  if (isLocalized(what)) return what;
  const prefix = Object.keys(NOUNS)
    .filter((noun) => what === noun || what.startsWith(`${noun} `))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? msg(NOUNS[prefix] + what.slice(prefix.length), what) : msg(what, what);
}
