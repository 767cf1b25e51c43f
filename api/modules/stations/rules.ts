import { connectionTypes, fields, isAdministrator, publicRead } from "../../auth/rules";

export const stationRules = {
  Query: { stations: publicRead, station: publicRead },
  Mutation: { createStation: isAdministrator, updateStation: isAdministrator, rotateStationCode: isAdministrator },
  // keeperPhone is private: its resolver nulls it outside the station's administrators and keepers.
  Station: fields(
    "id", "name", "kind", "congress", "region", "address", "latitude", "longitude", "openingHours", "receptionDays",
    "keeperName", "keeperPhone", "publicCode", "active", "groups", "deputies", "updatedAt", "version", "distanceKm",
  ),
  ...connectionTypes("Station"),
};
