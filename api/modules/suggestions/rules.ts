import { connectionTypes, fields, isAdministrator, isSignedIn } from "../../auth/rules";
import { SUGGESTION_TRANSITIONS } from "./transitions";

// Who may take a step is the transition table's business (relationship to the record), checked in the service.
export const suggestionRules = {
  Query: { suggestion: isSignedIn, suggestions: isSignedIn, suggestionCategories: isSignedIn, suggestionSettings: isSignedIn, calendarDays: isSignedIn },
  Mutation: {
    createSuggestion: isSignedIn,
    updateSuggestionSettings: isAdministrator,
    setCalendarDays: isAdministrator,
    removeCalendarDays: isAdministrator,
    createSuggestionCategory: isAdministrator,
    updateSuggestionCategory: isAdministrator,
    ...Object.fromEntries(SUGGESTION_TRANSITIONS.map((t) => [t.action, isSignedIn])),
  },
  Suggestion: fields(
    "id", "kind", "state", "number", "title", "body", "attachments", "delegation", "category", "congress", "session", "lead", "coSigners", "units",
    "reassignmentRequests", "consultations", "consultationWaiver", "replies", "commitments", "evaluations", "events", "stateReason",
    "motionDecision", "submittedAt", "acceptedAt", "assignedAt", "replyDueOn", "reassignableUntil", "repliedAt", "closedAt", "overdue",
    "rehandlingCount", "disputed", "createdAt", "updatedAt", "version", "viewerActions",
  ),
  SuggestionCoSigner: fields("deputy", "status", "respondedAt", "createdAt"),
  SuggestionUnit: fields("id", "unit", "role", "assignedAt", "endedAt", "opinion", "opinionAt"),
  ReassignmentRequest: fields("id", "unit", "reason", "status", "decisionNote", "createdAt", "decidedAt"),
  Consultation: fields("id", "unit", "heldOn", "form", "participants", "summary", "createdAt"),
  SuggestionReply: fields("id", "round", "unit", "class", "body", "signedBy", "repliedOn", "createdAt"),
  Commitment: fields("id", "description", "dueOn", "status", "doneAt", "progress", "updatedAt"),
  CommitmentProgress: fields("id", "note", "createdAt"),
  SuggestionEvaluation: fields("id", "stage", "deputy", "byLead", "satisfaction", "comment", "createdAt"),
  SuggestionEvent: fields("id", "action", "fromState", "toState", "actorName", "comment", "createdAt"),
  SuggestionAttachment: fields("file", "forReply", "createdAt"),
  SuggestionCategory: fields("id", "name", "sortOrder", "active", "updatedAt", "version"),
  SuggestionSettings: fields("replyDueMonths", "reassignmentWorkingDays", "motionMinCoSigners", "dueSoonDays", "version", "updatedAt"),
  CalendarDay: fields("date", "workday", "name"),
  ...connectionTypes("Suggestion"),
};
