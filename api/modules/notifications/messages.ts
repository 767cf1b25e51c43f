// What each kind of notification says, in both languages: titles are rebuilt at read time in the reader's language.
import type { NotificationKind } from "../../generated/prisma/client";
import { inLanguage, msg, type Language, type Localized } from "../../lib/i18n";

export const KIND_LABELS: Record<NotificationKind, Localized> = {
  CO_SIGN_INVITED: msg("邀请您附议", "You are invited to co-sign"),
  SUBMITTED: msg("建议已提交", "Suggestion submitted"),
  RETURNED: msg("建议被退回", "Suggestion returned"),
  ACCEPTED: msg("建议已受理", "Suggestion accepted"),
  ASSIGNED: msg("建议已交办", "Suggestion assigned"),
  REASSIGNMENT_REQUESTED: msg("承办单位申请改办", "A unit asks for reassignment"),
  REASSIGNMENT_DECIDED: msg("改办申请已处理", "Reassignment request decided"),
  REPLIED: msg("建议已答复", "Suggestion replied"),
  EVALUATED: msg("代表已评价答复", "The deputy evaluated the reply"),
  REHANDLING: msg("建议需重新办理", "Suggestion sent back for re-handling"),
  DUE_SOON: msg("答复即将到期", "Reply due soon"),
  OVERDUE: msg("答复已逾期", "Reply overdue"),
  ESCALATED: msg("逾期未答复，请督办", "Overdue reply escalated"),
  CLOSED: msg("建议已办结", "Suggestion closed"),
  MILESTONE_DUE: msg("督办节点提醒", "Supervision milestone reminder"),
};

/** Reminders sent by jobs: an account may turn these off. Every step of a suggestion's own lifecycle stays on. */
export const OPTIONAL_KINDS: readonly NotificationKind[] = ["DUE_SOON", "OVERDUE", "ESCALATED"];

/** "答复已逾期：2026-0137 关于…", or the stored title when the notification concerns no suggestion. */
export function notificationTitle(
  row: { kind: NotificationKind; title: string; suggestion: { number: string | null; title: string } | null },
  language: Language,
): string {
  if (!row.suggestion) return row.title;
  const subject = [row.suggestion.number, row.suggestion.title].filter(Boolean).join(" ");
  return `${inLanguage(KIND_LABELS[row.kind], language)}${language === "en" ? ": " : "："}${subject}`;
}
