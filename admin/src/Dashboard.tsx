import { Box, Card, CardContent, CardHeader, Typography } from "@mui/material";
import { CountyWorkspace } from "./workspaces/CountyWorkspace";
import { DeputyWorkspace } from "./workspaces/DeputyWorkspace";
import { KeeperWorkspace } from "./workspaces/KeeperWorkspace";
import { SupervisorWorkspace, UnitWorkspace } from "./workspaces/UnitWorkspace";
import { BarChart } from "./BarChart";
import { Title, useGetList, usePermissions, useTranslate } from "react-admin";
import type { Permissions } from "./authProvider";

const useTotal = (resource: string, filter: Record<string, unknown>) =>
  useGetList(resource, { filter, pagination: { page: 1, perPage: 1 } }).total;

const CONGRESS_LEVELS = ["PROVINCIAL", "MUNICIPAL", "COUNTY", "TOWNSHIP"] as const;
const REGION_LEVELS = ["PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE"] as const;

/** The cards of each role's own work, for every role the account holds (issue 11 "a workspace per role"). */
const RoleWorkspaces = ({ permissions }: { permissions: Permissions }) => {
  const holds = (role: string) => permissions.roles.includes(role);
  return (
    <>
      {permissions.keepsRolls && <CountyWorkspace />}
      {holds("DEPUTY") && <DeputyWorkspace />}
      {holds("STATION_KEEPER") && <KeeperWorkspace />}
      {holds("UNIT_STAFF") && <UnitWorkspace />}
      {holds("SUPERVISOR") && <SupervisorWorkspace />}
    </>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  if (!permissions) return null;
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, gap: 2, mt: 2 }} data-testid="workspace">
      <Title title={translate("app.dashboard.title")} />
      <RoleWorkspaces permissions={permissions} />
      {permissions.keepsRolls && <OrganisationOverview />}
    </Box>
  );
};

/** Administrators and staff: the organisation of their province at a glance. */
const OrganisationOverview = () => {
  const translate = useTranslate();
  const congresses = CONGRESS_LEVELS.map((level) => ({
    key: level,
    label: translate(`enums.level.${level}`),
    // eslint-disable-next-line react-hooks/rules-of-hooks -- fixed-length list: same hooks every render
    value: useTotal("Congress", { level }),
  }));
  const regions = REGION_LEVELS.map((level) => ({
    key: level,
    label: translate(`enums.regionLevel.${level}`),
    // eslint-disable-next-line react-hooks/rules-of-hooks -- fixed-length list: same hooks every render
    value: useTotal("Region", { level }),
  }));
  const units = useTotal("HandlingUnit", {});
  return (
    <>
      <Card>
        <CardHeader title={translate("app.dashboard.congressesByLevel")} subheader={translate("app.dashboard.welcome")} />
        <CardContent>
          <BarChart bars={congresses} testId="congresses-by-level" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader title={translate("app.dashboard.regionsByLevel")} />
        <CardContent>
          <BarChart bars={regions} testId="regions-by-level" />
          <Typography sx={{ mt: 2 }}>
            {translate("app.dashboard.units")}: {units ?? "…"}
          </Typography>
        </CardContent>
      </Card>
    </>
  );
};
