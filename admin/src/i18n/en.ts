// English labels of the console.
export const enDomain = {
  app: {
    title: "Deputy Work Platform",
    dashboard: {
      title: "Overview",
      welcome: "The four-level congress organisation at a glance",
      congressesByLevel: "Congresses by level",
      regionsByLevel: "Regions by level",
      units: "Handling units",
      yourRoles: "Your roles",
      comingTitle: "Coming soon",
      coming: "Deputy duties, station activities and supervision of suggestions are being built and will appear in the menu. For now you can browse public deputies, stations and congresses.",
    },
    me: { title: "My account", username: "Username", displayName: "Name", phone: "Phone", homeCongress: "Congress", roles: "Roles" },
    scope: { mine: "My jurisdiction only", all: "Public records elsewhere" },
    signIn: {
      UNAUTHENTICATED: "Wrong username or password, or the account is disabled. Check both, or ask an administrator of your congress.",
      ACCOUNT_LOCKED: "Too many wrong passwords: the account is locked for 15 minutes.",
      RATE_LIMITED: "Too many sign-in attempts; try again later.",
      failed: "Sign-in failed; try again later.",
    },
    language: "Language",
    grants: {
      title: "Roles", role: "Role", congress: "At congress", grant: "Grant", granted: "Role granted", revoked: "Role revoked",
      everywhere: "everywhere", none: "No roles yet",
    },
    apiKeys: {
      create: "New API key", revoke: "Revoke", revoked: "Key revoked",
      showOnce: "Copy this key now and keep it safe: it is shown only this once.",
    },
    private: "(private: not visible to you)",
    termNumber: "Term %{number}",
    effectiveOn: "Effective on",
    review: "Qualification review",
    deputyCode: "Deputy code",
    stationCode: "Station code",
    publicPage: "Public page",
    groups: { addSelected: "Add to a group", station: "Station", assign: "Place in station", assigned: "Placed in station", removed: "Removed from station", saveMembers: "Save members", membersSaved: "Members saved" },
    coverage: {
      title: "Station coverage", congress: "Congress", noUnplaced: "Every deputy is in a station.", noEmpty: "Every station has deputies.", pick: "Choose a congress.", activeDeputies: "Active deputies", withoutStation: "Deputies in no station",
      stations: "Open stations", emptyStations: "Stations without deputies", byLevel: "Deputies in no station, by level",
    },
    import: {
      title: "Import", check: "Check (no changes)", apply: "Import", row: "Row", column: "Column", reason: "Problem",
      template: "Download the import template (Excel, with instructions)",
      showDeputies: "Show this congress's deputies",
      showStations: "Show this congress's stations",
      help: "Upload an Excel (.xlsx) or CSV file whose first row names the columns: 姓名 name, 性别 gender, 民族 ethnicity, 出生日期 birthDate, 身份证号 idNumber, 电话 phone, 原选区 constituency, 代表团 delegation, 职业构成 occupation, 基层代表 grassroots (是/否), 政治面貌 party. Check first; with any error nothing is written.",
      stationHelp: "Upload an Excel (.xlsx) or CSV file whose first row names the columns: 名称 name, 类别 kind (代表之家, 代表工作站, 代表联络室, 专业代表工作站, 网上阵地), 区划代码 regionCode, 地址 address, 纬度 latitude, 经度 longitude, 开放时间 openingHours, 接待日 receptionDays, 联络员 keeperName, 联络员电话 keeperPhone. Check first; with any error nothing is written.",
      doneStations: "Imported %{created} stations.",
      bad: "%{errors} problems in %{rows} rows; nothing was written. Fix them and try again.",
      checked: "All %{rows} rows passed the checks and can be imported.",
      done: "Imported %{created} deputies (%{reused} already registered at another level).",
    },
    contacts: {
      title: "Contacts", congress: "Congress (county or above)", pick: "Choose a congress at county level or above.", report: "Contact report",
      rule: "Each standing committee member should keep in touch with 5 to 7 grassroots deputies, and every grassroots deputy with someone.",
      tooFew: "%{member}: only %{count} deputies, fewer than 5.", tooMany: "%{member}: %{count} deputies, more than 7.",
      uncontacted: "%{count} active grassroots deputies have no contact", allGood: "All as required.", deputyCount: "Deputies",
      assignments: "Assignments (%{count})", member: "Committee member", deputy: "Deputy", assign: "Assign", assigned: "Contact assigned",
      visitCount: "Visits", lastVisit: "Last visit", none: "No assignments yet.", recordVisit: "Record visit",
      visitTitle: "Visit: %{member} — %{deputy}", visitedOn: "Date", form: "How", formHelp: "e.g. visit, meeting, phone",
      notes: "Notes", saveVisit: "Save visit", visitRecorded: "Visit recorded",
    },
    rotate: {
      button: "New QR code", title: "Issue a new QR code?", confirm: "Issue",
      warning: "A new code and QR code will be issued. Printed, posted or shared QR codes and links with the old code stop working at once. Continue?",
      done: "New QR code issued; the old one no longer works. Print it again.",
    },
    status: {
      button: "Status change", title: "Record a status change", to: "New status", reason: "Reason", save: "Record change",
      reviewHelp: "Number of the qualification review report or decision", done: "Status change recorded",
      stale: "Someone changed this deputy after you opened the page (perhaps its status). Reload the page, check the current status and try again.",
    },
    export: { excel: "Export to Excel" },
    errors: {
      UNAUTHENTICATED: "Not signed in", FORBIDDEN: "Not allowed", NOT_FOUND: "Not found", BAD_USER_INPUT: "Check the input",
      CONFLICT: "Conflict", INVALID_TRANSITION: "Not allowed in this state", RATE_LIMITED: "Too many requests",
      ACCOUNT_LOCKED: "Account locked", INTERNAL_SERVER_ERROR: "Server error",
    },
    validation: {
      password: "at least 10 characters, with letters and digits",
      username: "3–64 letters, digits, '.', '_' or '-', starting with a letter or digit",
    },
  },
  enums: {
    level: { PROVINCIAL: "Provincial", MUNICIPAL: "Municipal", COUNTY: "County", TOWNSHIP: "Township" },
    congressKind: { CONGRESS: "People's congress", STREET_WORKING_COMMITTEE: "Street working committee" },
    regionLevel: { PROVINCE: "Province", CITY: "City", COUNTY: "County", TOWNSHIP: "Township", VILLAGE: "Village" },
    regionKind: {
      PROVINCE: "Province", AUTONOMOUS_REGION: "Autonomous region", MUNICIPALITY: "Municipality", CITY: "City",
      PREFECTURE: "Prefecture", COUNTY: "County", DISTRICT: "District", COUNTY_LEVEL_CITY: "County-level city",
      TOWNSHIP: "Township", TOWN: "Town", STREET: "Street", VILLAGE: "Village", COMMUNITY: "Community",
    },
    bodyKind: {
      STANDING_COMMITTEE: "Standing committee", DIRECTORS_MEETING: "Director's meeting", SPECIAL_COMMITTEE: "Special committee",
      WORKING_COMMITTEE: "Working committee", DEPUTY_WORK_AGENCY: "Deputy work agency", PRESIDIUM: "Presidium",
    },
    role: {
      PLATFORM_ADMIN: "Platform administrator", CONGRESS_ADMIN: "Congress administrator", DEPUTY_AFFAIRS: "Deputy affairs staff",
      SUPERVISOR: "Supervisor", DEPUTY: "Deputy", UNIT_STAFF: "Handling-unit staff", STATION_KEEPER: "Station keeper",
    },
    auditAction: {
      assignContact: "Assign contact", changeDeputyStatus: "Change deputy status", changeMyPassword: "Change own password", createApiKey: "Issue API key",
      createCongress: "Create congress", createCongressBody: "Create body", createCongressSession: "Create session", createHandlingUnit: "Create handling unit",
      createRegion: "Create region", createStation: "Create station", createTerm: "Create term", createUser: "Create user", createWorkingGroup: "Create group",
      deleteCongress: "Delete congress", deleteCongressBody: "Delete body", deleteRegion: "Delete region", grantRole: "Grant role",
      importDeputies: "Import deputies", importStations: "Import stations", recordContactVisit: "Record visit", registerDeputy: "Register deputy",
      removeContact: "Remove contact", resetUserPassword: "Reset password", revokeApiKey: "Revoke API key", revokeRole: "Revoke role",
      rotateDeputyCode: "Rotate deputy code", rotateStationCode: "Rotate station code", unlockUser: "Unlock account", updateCongress: "Update congress",
      updateDeputy: "Update deputy", updateHandlingUnit: "Update handling unit", updatePerson: "Update person", updateRegion: "Update region",
      updateStation: "Update station", updateTerm: "Update term", updateUser: "Update user", updateWorkingGroup: "Update group",
      assignWorkingGroupToStation: "Place group in station", removeWorkingGroupFromStation: "Remove group from station",
      setWorkingGroupMembers: "Set group members", addWorkingGroupMembers: "Add group members",
    },
    entityType: {
      ApiKey: "API key", Congress: "Congress", CongressBody: "Congress body", CongressSession: "Session", ContactAssignment: "Contact assignment",
      ContactVisit: "Contact visit", DeputyMembership: "Deputy", HandlingUnit: "Handling unit", Person: "Person", Region: "Region",
      RoleGrant: "Role grant", Station: "Station", Term: "Term", User: "User", WorkingGroup: "Working group",
    },
    apiKeyScope: { PUBLIC_READ: "Read public data", OPINION_SUBMIT: "Submit opinions" },
    gender: { MALE: "Male", FEMALE: "Female" },
    deputyStatus: { ACTIVE: "Active", RESIGNED: "Resigned", TERMINATED: "Terminated", RECALLED: "Recalled", DECEASED: "Deceased" },
    occupation: {
      WORKER: "Worker", FARMER: "Farmer", PROFESSIONAL: "Professional", OFFICIAL: "Official", ENTERPRISE: "Enterprise",
      MILITARY: "Military", OTHER: "Other",
    },
    stationKind: { DEPUTY_HOME: "Deputy home", WORKSTATION: "Workstation", LIAISON_ROOM: "Liaison room", PROFESSIONAL_STATION: "Professional station", ONLINE: "Online" },
    groupKind: { DEPUTY_GROUP: "Deputy group", LIAISON_GROUP: "Liaison group", PROFESSIONAL_GROUP: "Professional group", CENTRAL_GROUP: "Central group", DELEGATION: "Delegation" },
    unitKind: {
      GOVERNMENT: "Government", DEPARTMENT: "Department", SUPERVISORY_COMMISSION: "Supervisory commission", COURT: "Court",
      PROCURATORATE: "Procuratorate", OTHER: "Other",
    },
  },
  resources: {
    Deputy: {
      name: "Deputy |||| Deputies",
      fields: {
        "person.name": "Name", "person.gender": "Gender", "person.ethnicity": "Ethnicity", "person.birthDate": "Born",
        "person.idNumber": "ID number (private)", "person.phone": "Phone (private)", "congress.name": "Congress", "congress.level": "Level",
        "term.number": "Term", congressId: "Congress", termId: "Term", withinCongressId: "Within", level: "Level", status: "Status",
        occupation: "Occupation", grassroots: "Grassroots", party: "Party", constituency: "Constituency", delegation: "Delegation",
        groups: "Groups", statusHistory: "Status history", stationId: "Station", q: "Search",
      },
    },
    Station: {
      name: "Station |||| Stations",
      fields: {
        name: "Name", kind: "Kind", "congress.name": "Congress", "region.name": "Region", congressId: "Congress", regionId: "Region",
        withinCongressId: "Within", address: "Address", latitude: "Latitude", longitude: "Longitude", openingHours: "Opening hours",
        receptionDays: "Reception days", keeperName: "Keeper", keeperPhone: "Keeper's phone (private)", active: "Open", groups: "Groups",
        deputies: "Deputies", q: "Search",
      },
    },
    WorkingGroup: {
      name: "Working group |||| Working groups",
      fields: {
        name: "Name", kind: "Kind", "congress.name": "Congress", congressId: "Congress", leader: "Leader", "leader.person.name": "Leader",
        memberCount: "Members", members: "Members", stationId: "Station", withinCongressId: "Within", q: "Search",
      },
    },
    User: {
      name: "User |||| Users",
      fields: {
        username: "Username", displayName: "Name", phone: "Phone (private)", active: "Active", homeCongress: "Congress",
        "homeCongress.id": "Congress", homeCongressId: "Congress", withinCongressId: "Within", role: "Role", grants: "Roles",
        lastLoginAt: "Last sign-in", lockedUntil: "Locked until", password: "Password", q: "Search", createdAt: "Created",
      },
    },
    ApiKey: {
      name: "API key |||| API keys",
      fields: {
        name: "Name", prefix: "Prefix", scopes: "Scopes", congress: "Issued by", "congress.id": "Issued by", congressId: "Issued by",
        rateLimitPerMinute: "Per minute", lastUsedAt: "Last used", revokedAt: "Revoked", createdAt: "Created",
        includeRevoked: "Include revoked",
      },
    },
    AuditEvent: {
      name: "Audit event |||| Audit log",
      fields: {
        createdAt: "When", actorName: "Who", action: "Action", entityType: "Record type", entityId: "Record", requestId: "Request",
      },
    },
    Congress: {
      name: "Congress |||| Congresses",
      fields: {
        name: "Name", shortName: "Short name", level: "Level", kind: "Kind", address: "Address", region: "Region",
        "region.id": "Region", regionId: "Region", parent: "Parent congress", "parent.id": "Parent congress",
        parentId: "Parent congress", withinId: "Within", currentTerm: "Current term", terms: "Terms", bodies: "Organs",
        sessions: "Sessions", version: "Version", updatedAt: "Updated", createdAt: "Created", q: "Search", number: "Term",
        startDate: "Start", endDate: "End", "children.totalCount": "Congresses below", "handlingUnits.totalCount": "Handling units",
      },
    },
    Region: {
      name: "Region |||| Regions",
      fields: {
        code: "Division code", name: "Name", level: "Level", kind: "Kind", parent: "Parent region", "parent.id": "Parent region",
        parentId: "Parent region", withinId: "Within", congress: "Congress", "congress.id": "Congress", path: "Path",
        q: "Search", version: "Version", updatedAt: "Updated", "children.totalCount": "Sub-regions",
      },
    },
    HandlingUnit: {
      name: "Handling unit |||| Handling units",
      fields: {
        name: "Name", kind: "Kind", active: "Active", congress: "Congress", "congress.id": "Congress", congressId: "Congress",
        parent: "Parent unit", "parent.id": "Parent unit", parentId: "Parent unit", withinCongressId: "Within", q: "Search", version: "Version",
      },
    },
  },
};
