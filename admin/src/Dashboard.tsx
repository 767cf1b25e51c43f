import { Box, Card, CardContent, CardHeader, Typography } from "@mui/material";
import { BarChart } from "./BarChart";
import { Title, useGetList, useTranslate } from "react-admin";

const useTotal = (resource: string, filter: Record<string, unknown>) =>
  useGetList(resource, { filter, pagination: { page: 1, perPage: 1 } }).total;

const CONGRESS_LEVELS = ["PROVINCIAL", "MUNICIPAL", "COUNTY", "TOWNSHIP"] as const;
const REGION_LEVELS = ["PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE"] as const;

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
