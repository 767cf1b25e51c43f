import { fields, isAdministrator } from "../../auth/rules";

export const termRules = {
  Mutation: { createTerm: isAdministrator, updateTerm: isAdministrator, createCongressSession: isAdministrator },
  Term: fields("id", "number", "startDate", "endDate", "isCurrent", "congress", "sessions", "version"),
  CongressSession: fields("id", "number", "startDate", "endDate", "term", "version"),
};
