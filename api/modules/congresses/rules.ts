import { connectionTypes, fields, isAdministrator, publicRead } from "../../auth/rules";

export const congressRules = {
  Query: { congresses: publicRead, congress: publicRead },
  Mutation: {
    createCongress: isAdministrator,
    updateCongress: isAdministrator,
    deleteCongress: isAdministrator,
    createCongressBody: isAdministrator,
    deleteCongressBody: isAdministrator,
  },
  Congress: fields(
    "id", "name", "shortName", "level", "kind", "address", "region", "parent", "children", "bodies", "terms",
    "currentTerm", "handlingUnits", "createdAt", "updatedAt", "version",
  ),
  CongressBody: fields("id", "kind", "name", "congress", "version", "updatedAt"),
  ...connectionTypes("Congress"),
};
