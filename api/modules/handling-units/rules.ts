import { connectionTypes, fields, isAdministrator, publicRead } from "../../auth/rules";

export const handlingUnitRules = {
  Query: { handlingUnits: publicRead },
  Mutation: { createHandlingUnit: isAdministrator, updateHandlingUnit: isAdministrator },
  HandlingUnit: fields("id", "name", "kind", "active", "congress", "parent", "children", "version", "updatedAt"),
  ...connectionTypes("HandlingUnit"),
};
