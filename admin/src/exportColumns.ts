// The columns of each client-side Excel export: a field label (resources.<R>.fields.<f>) or an enum
// label (enums.<group>.<VALUE>) is looked up in the console's Chinese messages, never the raw name.
type Row = Record<string, any>;

export interface ExportColumn {
  /** Message key of the header. */
  header: string;
  value: (row: Row) => string | number | null | undefined;
  /** Enum group whose label replaces the value. */
  enumGroup?: string;
}

export interface ExportSpec {
  /** File name without extension (Chinese, as users file it). */
  filename: string;
  columns: ExportColumn[];
}

const field = (resource: string, name: string) => `resources.${resource}.fields.${name}`;
const yesNo = (value: unknown) => (value ? "是" : "否");

export const EXPORTS: Record<"Congress" | "Region" | "HandlingUnit" | "WorkingGroup", ExportSpec> = {
  Congress: {
    filename: "人大",
    columns: [
      { header: field("Congress", "name"), value: (r) => r.name },
      { header: field("Congress", "shortName"), value: (r) => r.shortName },
      { header: field("Congress", "level"), value: (r) => r.level, enumGroup: "level" },
      { header: field("Congress", "kind"), value: (r) => r.kind, enumGroup: "congressKind" },
      { header: field("Congress", "parent"), value: (r) => r.parent?.name },
      { header: field("Congress", "address"), value: (r) => r.address },
      { header: field("Congress", "currentTerm"), value: (r) => r.currentTerm?.number },
      { header: field("Congress", "children.totalCount"), value: (r) => r.children?.totalCount },
      { header: field("Congress", "handlingUnits.totalCount"), value: (r) => r.handlingUnits?.totalCount },
    ],
  },
  Region: {
    filename: "行政区划",
    columns: [
      { header: field("Region", "code"), value: (r) => r.code },
      { header: field("Region", "name"), value: (r) => r.name },
      { header: field("Region", "level"), value: (r) => r.level, enumGroup: "regionLevel" },
      { header: field("Region", "kind"), value: (r) => r.kind, enumGroup: "regionKind" },
      { header: field("Region", "parent"), value: (r) => r.parent?.name },
      { header: field("Region", "congress"), value: (r) => r.congress?.name },
    ],
  },
  HandlingUnit: {
    filename: "承办单位",
    columns: [
      { header: field("HandlingUnit", "name"), value: (r) => r.name },
      { header: field("HandlingUnit", "kind"), value: (r) => r.kind, enumGroup: "unitKind" },
      { header: field("HandlingUnit", "congress"), value: (r) => r.congress?.name },
      { header: field("HandlingUnit", "parent"), value: (r) => r.parent?.name },
      { header: field("HandlingUnit", "active"), value: (r) => yesNo(r.active) },
    ],
  },
  WorkingGroup: {
    filename: "代表小组",
    columns: [
      { header: field("WorkingGroup", "name"), value: (r) => r.name },
      { header: field("WorkingGroup", "kind"), value: (r) => r.kind, enumGroup: "groupKind" },
      { header: field("WorkingGroup", "congress.name"), value: (r) => r.congress?.name },
      { header: field("WorkingGroup", "leader"), value: (r) => r.leader?.person?.name },
      { header: field("WorkingGroup", "memberCount"), value: (r) => r.memberCount },
      { header: field("WorkingGroup", "stationId"), value: (r) => (r.stations ?? []).map((s: Row) => s.name).join("、") },
    ],
  },
};
