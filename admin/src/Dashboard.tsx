import { Box, Card, CardContent, CardHeader, Typography } from "@mui/material";
import { Title, useGetList, useTranslate } from "react-admin";

interface Bar {
  key: string;
  label: string;
  value: number | undefined;
}

/** Horizontal bars: numbers compared at a glance, drawn with plain elements (no chart library, no CDN). */
const BarChart = ({ bars, testId }: { bars: Bar[]; testId: string }) => {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  return (
    <Box data-testid={testId} sx={{ display: "grid", gridTemplateColumns: "7em 1fr 4em", gap: 1, alignItems: "center" }}>
      {bars.map((bar) => (
        <Box key={bar.key} sx={{ display: "contents" }}>
          <Typography variant="body2">{bar.label}</Typography>
          <Box sx={{ background: "#eceff1", borderRadius: 1, height: 18 }}>
            <Box sx={{ width: `${((bar.value ?? 0) / max) * 100}%`, height: "100%", borderRadius: 1, background: "#c62828" }} />
          </Box>
          <Typography variant="body2" align="right" data-testid={`${testId}-${bar.key}`}>
            {bar.value ?? "…"}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

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
