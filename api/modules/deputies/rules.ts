import { connectionTypes, fields, isDeputyManager, publicRead } from "../../auth/rules";

export const deputyRules = {
  Query: { deputies: publicRead, deputy: publicRead, person: publicRead },
  Mutation: { registerDeputy: isDeputyManager, updateDeputy: isDeputyManager, changeDeputyStatus: isDeputyManager, rotateDeputyCode: isDeputyManager },
  // birthDate, idNumber, phone and statusHistory are private: their resolvers null them outside the rolls' keepers (policy.ts).
  Deputy: fields("id", "person", "congress", "term", "constituency", "delegation", "occupation", "grassroots", "party", "status", "statusChangedAt", "statusHistory", "groups", "version", "updatedAt"),
  Person: fields("name", "gender", "ethnicity", "birthYearMonth", "birthDate", "idNumber", "phone", "publicCode", "memberships", "id", "updatedAt"),
  DeputyStatusChange: fields("id", "fromStatus", "toStatus", "effectiveOn", "review", "reason", "actorName", "createdAt"),
  ...connectionTypes("Deputy"),
};
