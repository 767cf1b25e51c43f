// What each console resource maps to in the GraphQL API: list field, selection, filters, sorts, mutations.
type Data = Record<string, any>;

export interface ResourceApi {
  list: string;
  /** GraphQL input type of the list's `filter` argument, when it has one. */
  filterType?: string;
  /** GraphQL enum of the list's `sortBy` argument, when it has one. */
  orderType?: string;
  fields: string;
  filter: (filter: Data) => Data;
  sort: Record<string, string>;
  /** Extra list arguments taken from react-admin's filter, e.g. `includeRevoked: Boolean`. */
  extraArgs?: Record<string, string>;
  create?: { mutation: string; inputType: string; input: (data: Data) => Data };
  update?: { mutation: string; inputType: string; input: (data: Data) => Data };
  remove?: string;
  /** The query that answers the list's filter as an Excel file. */
  exportQuery?: string;
}

const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

export const RESOURCES: Record<string, ResourceApi> = {
  Congress: {
    list: "congresses",
    filterType: "CongressFilter",
    orderType: "CongressOrderField",
    fields: `id name shortName level kind address version createdAt updatedAt
      parent { id name } region { id name code path }
      currentTerm { id number startDate endDate }
      bodies { id kind name }
      terms { id number startDate endDate isCurrent sessions { id number startDate endDate } }
      children(first: 0) { totalCount }
      handlingUnits(first: 0) { totalCount }`,
    filter: (f) => ({ level: f.level, kind: f.kind, parentId: f.parentId, withinId: f.withinId, search: f.q }),
    sort: { name: "NAME", level: "LEVEL", updatedAt: "UPDATED_AT" },
    create: {
      mutation: "createCongress",
      inputType: "CreateCongressInput",
      input: (d) => ({ regionId: d.regionId, name: d.name, shortName: blankToNull(d.shortName), address: blankToNull(d.address) }),
    },
    update: {
      mutation: "updateCongress",
      inputType: "UpdateCongressInput",
      input: (d) => ({ name: d.name, shortName: blankToNull(d.shortName), address: blankToNull(d.address), version: d.version }),
    },
    remove: "deleteCongress",
  },
  Region: {
    list: "regions",
    filterType: "RegionFilter",
    orderType: "RegionOrderField",
    fields: `id code name level kind path depth version updatedAt parent { id name } congress { id name } children(first: 0) { totalCount }`,
    filter: (f) => ({ level: f.level, kind: f.kind, parentId: f.parentId, withinId: f.withinId, search: f.q }),
    sort: { code: "CODE", name: "NAME", depth: "LEVEL", level: "LEVEL", updatedAt: "UPDATED_AT" },
    create: {
      mutation: "createRegion",
      inputType: "CreateRegionInput",
      input: (d) => ({ code: d.code, name: d.name, kind: d.kind, parentId: blankToNull(d.parentId) }),
    },
    update: { mutation: "updateRegion", inputType: "UpdateRegionInput", input: (d) => ({ name: d.name, version: d.version }) },
    remove: "deleteRegion",
  },
  HandlingUnit: {
    list: "handlingUnits",
    filterType: "HandlingUnitFilter",
    orderType: "HandlingUnitOrderField",
    fields: `id name kind active version congress { id name region { path } } parent { id name }`,
    filter: (f) => ({ congressId: f.congressId, withinCongressId: f.withinCongressId, kind: f.kind, active: f.active, search: f.q }),
    sort: { name: "NAME", updatedAt: "UPDATED_AT" },
    create: {
      mutation: "createHandlingUnit",
      inputType: "CreateHandlingUnitInput",
      input: (d) => ({ congressId: d.congressId, name: d.name, kind: d.kind, parentId: blankToNull(d.parentId) }),
    },
    update: {
      mutation: "updateHandlingUnit",
      inputType: "UpdateHandlingUnitInput",
      input: (d) => ({ name: d.name, kind: d.kind, active: Boolean(d.active), version: d.version }),
    },
  },
  User: {
    list: "users",
    filterType: "UserFilter",
    orderType: "UserOrderField",
    fields: `id username displayName phone active lockedUntil lastLoginAt createdAt version viewerCanManage
      homeCongress { id name } grants { id role createdAt congress { id name } }
      person { id name memberships { id congress { name } } } units { id name } keptStations { id name }`,
    filter: (f) => ({ homeCongressId: f.homeCongressId, withinCongressId: f.withinCongressId, role: f.role, active: f.active, search: f.q }),
    sort: { username: "USERNAME", displayName: "DISPLAY_NAME", lastLoginAt: "LAST_LOGIN", createdAt: "CREATED_AT" },
    create: {
      mutation: "createUser",
      inputType: "CreateUserInput",
      input: (d) => ({ username: d.username, displayName: d.displayName, password: d.password, phone: blankToNull(d.phone), homeCongressId: d.homeCongressId }),
    },
    update: {
      mutation: "updateUser",
      inputType: "UpdateUserInput",
      input: (d) => ({ displayName: d.displayName, phone: blankToNull(d.phone), active: Boolean(d.active), version: d.version }),
    },
  },
  ApiKey: {
    list: "apiKeys",
    fields: `id name prefix scopes rateLimitPerMinute lastUsedAt revokedAt createdAt congress { id name }`,
    filter: () => ({}),
    sort: {},
    extraArgs: { includeRevoked: "Boolean" },
  },
  AuditEvent: {
    list: "auditEvents",
    filterType: "AuditEventFilter",
    fields: `id action entityType entityId actorName before after requestId createdAt`,
    filter: (f) => ({ entityType: f.entityType, action: f.action, entityId: f.entityId }),
    sort: {},
  },
  Deputy: {
    list: "deputies",
    filterType: "DeputyFilter",
    orderType: "DeputyOrderField",
    fields: `id constituency delegation occupation grassroots party status statusChangedAt version
      person { name gender ethnicity birthDate idNumber phone publicCode }
      congress { id name level region { path } } term { id number }
      groups { id name stations { id name } }
      statusHistory { fromStatus toStatus effectiveOn review reason actorName createdAt }`,
    filter: (f) => ({
      withinCongressId: f.withinCongressId, congressId: f.congressId, level: f.level, status: f.status, grassroots: f.grassroots,
      occupation: f.occupation, groupId: f.groupId, stationId: f.stationId, search: f.q,
    }),
    sort: { "person.name": "NAME", statusChangedAt: "STATUS_CHANGED", createdAt: "CREATED_AT" },
    create: {
      mutation: "registerDeputy",
      inputType: "RegisterDeputyInput",
      input: (d) => ({ person: personInput(d.person), congressId: d.congressId, termId: d.termId, ...membershipInput(d) }),
    },
    update: {
      mutation: "updateDeputy",
      inputType: "UpdateDeputyInput",
      input: (d) => ({ person: personInput(d.person), ...membershipInput(d), version: d.version }),
    },
    exportQuery: "exportDeputies",
  },
  Station: {
    list: "stations",
    filterType: "StationFilter",
    orderType: "StationOrderField",
    fields: `id name kind address latitude longitude openingHours receptionDays keeperName keeperPhone publicCode active version
      congress { id name region { path } } region { id name code } groups { id name memberCount } deputies { id person { name } congress { name } }`,
    filter: (f) => ({ withinCongressId: f.withinCongressId, congressId: f.congressId, kind: f.kind, active: f.active, search: f.q }),
    sort: { name: "NAME", kind: "KIND", updatedAt: "UPDATED_AT" },
    create: {
      mutation: "createStation",
      inputType: "CreateStationInput",
      input: (d) => ({ congressId: d.congressId, regionId: d.regionId, kind: d.kind, ...stationInput(d) }),
    },
    update: { mutation: "updateStation", inputType: "UpdateStationInput", input: (d) => ({ ...stationInput(d), active: Boolean(d.active), version: d.version }) },
    exportQuery: "exportStations",
  },
  WorkingGroup: {
    list: "workingGroups",
    filterType: "WorkingGroupFilter",
    fields: `id name kind memberCount version congress { id name region { path } } leader { id person { name } }
      members { id person { name } congress { name } } stations { id name }`,
    filter: (f) => ({ congressId: f.congressId, withinCongressId: f.withinCongressId, kind: f.kind, stationId: f.stationId, search: f.q }),
    sort: {},
    create: {
      mutation: "createWorkingGroup",
      inputType: "CreateWorkingGroupInput",
      input: (d) => ({ congressId: d.congressId, kind: d.kind, name: d.name, leaderId: blankToNull(d.leaderId) }),
    },
    update: {
      mutation: "updateWorkingGroup",
      inputType: "UpdateWorkingGroupInput",
      input: (d) => ({ name: d.name, leaderId: blankToNull(d.leader?.id ?? d.leaderId), version: d.version }),
    },
  },
};

function personInput(p: Data = {}): Data {
  return {
    name: p.name,
    gender: p.gender,
    ethnicity: p.ethnicity,
    birthDate: blankToNull(p.birthDate),
    idNumber: blankToNull(p.idNumber),
    phone: blankToNull(p.phone),
  };
}

function membershipInput(d: Data): Data {
  return { constituency: d.constituency, delegation: blankToNull(d.delegation), occupation: d.occupation, grassroots: Boolean(d.grassroots), party: d.party };
}

function stationInput(d: Data): Data {
  const number = (v: unknown) => (v === "" || v == null ? null : Number(v));
  return {
    name: d.name,
    address: blankToNull(d.address),
    latitude: number(d.latitude),
    longitude: number(d.longitude),
    openingHours: blankToNull(d.openingHours),
    receptionDays: blankToNull(d.receptionDays),
    keeperName: blankToNull(d.keeperName),
    keeperPhone: blankToNull(d.keeperPhone),
  };
}
