import { allow, connectionTypes, fields, isAdministrator, isSignedIn } from "../../auth/rules";

export const accountRules = {
  // `me` answers null for anonymous callers; sign-in operations are open by nature.
  Query: { me: allow, users: isAdministrator },
  Mutation: {
    login: allow,
    refreshToken: allow,
    logout: allow,
    changeMyPassword: isSignedIn,
    createUser: isAdministrator,
    updateUser: isAdministrator,
    resetUserPassword: isAdministrator,
    unlockUser: isAdministrator,
    grantRole: isAdministrator,
    revokeRole: isAdministrator,
    linkAccountToPerson: isAdministrator,
    setAccountUnits: isAdministrator,
    setAccountStations: isAdministrator,
  },
  // `phone` is private: its resolver nulls it unless the caller may manage the account (policy.ts; a per-row check, not a rule).
  User: fields("id", "username", "displayName", "phone", "viewerCanManage", "homeCongress", "active", "lockedUntil", "lastLoginAt", "grants", "createdAt", "version", "updatedAt", "person", "units", "keptStations", "deputyContacts"),
  RoleGrant: fields("id", "role", "congress", "createdAt"),
  AuthPayload: fields("accessToken", "accessTokenExpiresAt", "refreshToken", "refreshTokenExpiresAt", "user"),
  ...connectionTypes("User"),
};
