import { connectionTypes, fields, isAdministrator, publicRead } from "../../auth/rules";

export const regionRules = {
  Query: { regions: publicRead, region: publicRead },
  Mutation: { createRegion: isAdministrator, updateRegion: isAdministrator, deleteRegion: isAdministrator },
  Region: fields("id", "code", "name", "level", "levelLabel", "kind", "path", "depth", "parent", "children", "congress", "createdAt", "updatedAt", "version"),
  ...connectionTypes("Region"),
};
