import { Button, Stack, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import { usePermissions, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import type { Permissions } from "../authProvider";
import { BarChart } from "../BarChart";
import { homeCongressId } from "../reach";
import { useApiQuery } from "./useApiQuery";
import { WorkspaceCard } from "./WorkspaceCard";

const TOP_CONGRESS = gql`
  query WorkspaceTopCongress { congresses(filter: { level: PROVINCIAL }, first: 1) { edges { node { id } } } }
`;
const COVERAGE_GAPS = gql`
  query WorkspaceCoverage($id: ID!) {
    stationCoverage(congressId: $id) { deputiesWithoutStation stationsWithoutDeputies }
    node(id: $id) { ... on Congress { name level } }
  }
`;
const CONTACT_DUTIES = gql`
  query WorkspaceContacts($id: ID!) {
    contactReport(congressId: $id) { membersOutsideRange { memberName } uncontactedGrassrootsDeputies { id } }
  }
`;

interface Coverage {
  stationCoverage: { deputiesWithoutStation: number; stationsWithoutDeputies: number };
  node: { name: string; level: string } | null;
}
interface Contacts {
  contactReport: { membersOutsideRange: { memberName: string }[]; uncontactedGrassrootsDeputies: { id: string }[] };
}

/** The congress the workspace reports on: the account's own, or the province for a platform administrator. */
function useWorkspaceCongress(): string | null {
  const { permissions } = usePermissions<Permissions>();
  const home = homeCongressId(permissions);
  const top = useApiQuery<{ congresses: { edges: { node: { id: string } }[] } }>(TOP_CONGRESS, permissions && !home ? {} : null);
  return home ?? top.data?.congresses.edges[0]?.node.id ?? null;
}

/** County staff and administrators: what needs action in their jurisdiction, compared in one chart. */
export const CountyWorkspace = () => {
  const translate = useTranslate();
  const congressId = useWorkspaceCongress();
  const coverage = useApiQuery<Coverage>(COVERAGE_GAPS, congressId ? { id: congressId } : null);
  const level = coverage.data?.node?.level;
  // 双联系 is kept by congresses of county level and above.
  const contacts = useApiQuery<Contacts>(CONTACT_DUTIES, congressId && level && level !== "TOWNSHIP" ? { id: congressId } : null);
  const gaps = coverage.data?.stationCoverage;
  const report = contacts.data?.contactReport;
  const bars = [
    { key: "unplaced", label: translate("app.workspace.unplacedDeputies"), value: gaps?.deputiesWithoutStation },
    { key: "emptyStations", label: translate("app.workspace.emptyStations"), value: gaps?.stationsWithoutDeputies },
    { key: "membersOutside", label: translate("app.workspace.membersOutsideRange"), value: report?.membersOutsideRange.length },
    { key: "uncontacted", label: translate("app.workspace.uncontactedDeputies"), value: report?.uncontactedGrassrootsDeputies.length },
  ];
  return (
    <WorkspaceCard title="app.workspace.todoTitle" testId="workspace-county" error={coverage.error ?? contacts.error}>
      <Typography sx={{ mb: 2 }} color="text.secondary" data-testid="workspace-county-congress">
        {coverage.data?.node?.name ?? "…"}
      </Typography>
      <BarChart bars={bars} testId="county-todo" labelWidth="12em" />
      <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: "wrap" }}>
        <Button component={Link} to="/coverage">{translate("app.coverage.title")}</Button>
        <Button component={Link} to="/WorkingGroup">{translate("app.workspace.placeGroups")}</Button>
        <Button component={Link} to="/contacts">{translate("app.contacts.title")}</Button>
      </Stack>
    </WorkspaceCard>
  );
};
