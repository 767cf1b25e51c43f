import { connectionTypes, fields, isDeputyManager } from "../../auth/rules";

export const contactRules = {
  Query: { contactAssignments: isDeputyManager, contactReport: isDeputyManager },
  Mutation: { assignContact: isDeputyManager, removeContact: isDeputyManager, recordContactVisit: isDeputyManager },
  ContactAssignment: fields("id", "memberName", "congress", "deputy", "visits", "visitCount"),
  ContactVisit: fields("visitedOn", "form", "notes"),
  ContactMemberLoad: fields("memberName", "deputies", "withinRange"),
  ContactReport: fields("members", "membersOutsideRange", "uncontactedGrassrootsDeputies"),
  ...connectionTypes("ContactAssignment"),
};
