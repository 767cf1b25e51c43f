import { fields, isAdministrator } from "../../auth/rules";

export const termRules = {
  Mutation: { createTerm: isAdministrator, updateTerm: isAdministrator, createCongressSession: isAdministrator },
  Term: fields("id", "number", "startDate", "endDate", "isCurrent", "congress", "sessions", "version", "updatedAt"),
  CongressSession: fields("id", "number", "startDate", "endDate", "term", "version", "updatedAt"),
};
