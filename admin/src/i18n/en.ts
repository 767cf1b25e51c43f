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
    },
    language: "Language",
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
    unitKind: {
      GOVERNMENT: "Government", DEPARTMENT: "Department", SUPERVISORY_COMMISSION: "Supervisory commission", COURT: "Court",
      PROCURATORATE: "Procuratorate", OTHER: "Other",
    },
  },
  resources: {
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
        parent: "Parent unit", "parent.id": "Parent unit", parentId: "Parent unit", q: "Search", version: "Version",
      },
    },
  },
};
