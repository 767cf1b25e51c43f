import { Box, Card, CardContent, CardHeader, Typography } from "@mui/material";
import { BarChart } from "./BarChart";
import { Title, useGetList, usePermissions, useTranslate } from "react-admin";
import type { Permissions } from "./authProvider";

const useTotal = (resource: string, filter: Record<string, unknown>) =>
  useGetList(resource, { filter, pagination: { page: 1, perPage: 1 } }).total;

const CONGRESS_LEVELS = ["PROVINCIAL", "MUNICIPAL", "COUNTY", "TOWNSHIP"] as const;
const REGION_LEVELS = ["PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE"] as const;

/** For accounts that do not keep the rolls: their roles, and what the console will offer them. */
const ComingCard = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  if (!permissions || permissions.keepsRolls) return null;
  const roles = permissions.grants.map((g) => `${translate(`enums.role.${g.role}`)}${g.congress ? ` · ${g.congress.name}` : ""}`).join("、");
  return (
    <Card sx={{ gridColumn: "1 / -1" }} data-testid="coming-card">
      <CardHeader title={translate("app.dashboard.comingTitle")} subheader={`${translate("app.dashboard.yourRoles")}：${roles}`} />
      <CardContent>
        <Typography>{translate("app.dashboard.coming")}</Typography>
      </CardContent>
    </Card>
  );
};

export const Dashboard = () => {
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
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, gap: 2, mt: 2 }}>
      <Title title={translate("app.dashboard.title")} />
      <ComingCard />
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
    </Box>
  );
};
