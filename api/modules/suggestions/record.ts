// The suggestion as the state machine sees it: the row, the ties relationships are judged on, and
// the acting account's links.
import type { NotificationKind, Prisma, Suggestion, SuggestionState } from "../../generated/prisma/client";
import type { Localized } from "../../lib/i18n";
import type { StepContext, Transition } from "../../lib/state-machine";
import type { SuggestionAudience } from "../notifications/notify";
import type { AccountLinks, Relationship, SuggestionTies } from "./relations";

export type Tx = Prisma.TransactionClient;

export type SuggestionRecord = Suggestion & SuggestionTies & { links: AccountLinks };

export interface SuggestionNoticeSpec {
  kind: NotificationKind;
  audience: readonly SuggestionAudience[];
  title: (s: SuggestionRecord) => Localized;
}

export type Step<I> = StepContext<SuggestionRecord, I>;

export type SuggestionTransition<I> = Transition<SuggestionState, SuggestionRecord, Relationship, SuggestionNoticeSpec, I>;

/** Declares one transition with its input type inferred from its zod schema. */
export function step<I>(t: SuggestionTransition<I>): SuggestionTransition<I> {
  return t;
}
