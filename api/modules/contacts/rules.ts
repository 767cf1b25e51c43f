import { connectionTypes, fields, isDeputyManager } from "../../auth/rules";

export const contactRules = {
  Query: { contactAssignments: isDeputyManager, contactReport: isDeputyManager },
  Mutation: { assignContact: isDeputyManager, removeContact: isDeputyManager, recordContactVisit: isDeputyManager },
  ContactAssignment: fields("id", "memberName", "congress", "deputy", "visits", "visitCount", "createdAt"),
  ContactVisit: fields("id", "visitedOn", "form", "notes", "createdAt"),
  ContactMemberLoad: fields("memberName", "deputies", "withinRange"),
  ContactReport: fields("members", "membersOutsideRange", "uncontactedGrassrootsDeputies"),
  ...connectionTypes("ContactAssignment"),
};
