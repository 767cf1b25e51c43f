import { connectionTypes, fields, isSignedIn } from "../../auth/rules";
import { SUPERVISION_TRANSITIONS } from "./transitions";

// Who may take a step is the transition table's business (relationship to the topic), checked in the service.
export const supervisionRules = {
  Query: { supervisionTopic: isSignedIn, supervisionTopics: isSignedIn },
  Mutation: { createSupervisionTopic: isSignedIn, ...Object.fromEntries(SUPERVISION_TRANSITIONS.map((t) => [t.action, isSignedIn])) },
  SupervisionTopic: fields(
    "id", "congress", "year", "title", "description", "state", "decidedOn", "decisionMeeting", "decisionDocument", "judgement", "judgementNote",
    "judgedAt", "closedAt", "nextMilestoneDueOn", "overdue", "suggestions", "supervisors", "milestones", "records", "events", "createdAt", "updatedAt",
    "version", "viewerActions",
  ),
  SupervisionAssignment: fields("id", "role", "accountName", "isViewer", "body", "deputy", "unit", "createdAt"),
  SupervisionMilestone: fields("id", "title", "dueOn", "doneAt", "overdue", "records", "createdAt", "updatedAt"),
  SupervisionRecord: fields("id", "kind", "heldOn", "place", "participants", "notes", "problems", "milestone", "progress", "authorName", "attachments", "createdAt", "updatedAt"),
  SupervisionRecordAttachment: fields("file", "createdAt"),
  SupervisionEvent: fields("id", "action", "fromState", "toState", "actorName", "comment", "createdAt"),
  Suggestion: fields("supervision"),
  ...connectionTypes("SupervisionTopic"),
};
