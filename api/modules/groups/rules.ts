import { connectionTypes, fields, isDeputyManager, publicRead } from "../../auth/rules";

export const groupRules = {
  Query: { workingGroups: publicRead, workingGroup: publicRead, stationCoverage: isDeputyManager },
  Mutation: {
    createWorkingGroup: isDeputyManager,
    updateWorkingGroup: isDeputyManager,
    setWorkingGroupMembers: isDeputyManager,
    addWorkingGroupMembers: isDeputyManager,
    assignWorkingGroupToStation: isDeputyManager,
    removeWorkingGroupFromStation: isDeputyManager,
  },
  WorkingGroup: fields("id", "kind", "name", "congress", "leader", "memberCount", "members", "stations", "version", "updatedAt"),
  StationCoverage: fields("activeDeputies", "deputiesWithoutStation", "stations", "stationsWithoutDeputies", "byLevel", "unplacedDeputies", "emptyStations"),
  LevelCoverage: fields("level", "activeDeputies", "deputiesWithoutStation"),
  ...connectionTypes("WorkingGroup"),
};
