import { Alert, Box, Card, CardContent, CardHeader, List as MuiList, ListItem, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import { useEffect, useState } from "react";
import { AutocompleteInput, Form, ReferenceInput, Title, usePermissions, useTranslate } from "react-admin";
import type { Permissions } from "../../authProvider";
import { BarChart } from "../../BarChart";
import { client } from "../../dataProvider";

const COVERAGE = gql`
  query Coverage($id: ID!) {
    stationCoverage(congressId: $id) {
      activeDeputies deputiesWithoutStation stations stationsWithoutDeputies
      byLevel { level activeDeputies deputiesWithoutStation }
      unplacedDeputies { id person { name } congress { name } }
      emptyStations { id name }
    }
  }
`;

interface Coverage {
  activeDeputies: number;
  deputiesWithoutStation: number;
  stations: number;
  stationsWithoutDeputies: number;
  byLevel: { level: string; activeDeputies: number; deputiesWithoutStation: number }[];
  unplacedDeputies: { id: string; person: { name: string }; congress: { name: string } }[];
  emptyStations: { id: string; name: string }[];
}

const Stat = ({ label, value, testId }: { label: string; value: number; testId: string }) => (
  <Card sx={{ flex: 1 }}>
    <CardContent>
      <Typography color="text.secondary">{label}</Typography>
      <Typography variant="h4" data-testid={testId}>{value}</Typography>
    </CardContent>
  </Card>
);

/** 编组进站 coverage of one congress and everything below it. */
export const CoveragePage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const [congressId, setCongressId] = useState<string | null>(null);
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const home = permissions?.grants.find((g) => g.congress)?.congress?.id ?? null;
  const chosen = congressId ?? home;

  useEffect(() => {
    if (!chosen) return;
    setError(null);
    client
      .query<{ stationCoverage: Coverage }>({ query: COVERAGE, variables: { id: chosen }, fetchPolicy: "network-only" })
      .then((result) => setCoverage(result.data.stationCoverage))
      .catch((e: Error) => setError(e.message));
  }, [chosen]);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate("app.coverage.title")} />
      <Form>
        <ReferenceInput source="congressId" reference="Congress">
          <AutocompleteInput
            label="app.coverage.congress"
            optionText="name"
            filterToQuery={(q: string) => ({ q })}
            onChange={(value: string) => setCongressId(value || null)}
            sx={{ minWidth: 360 }}
          />
        </ReferenceInput>
      </Form>
      {error && <Alert severity="error">{error}</Alert>}
      {coverage && (
        <Box sx={{ display: "grid", gap: 2 }}>
          <Box sx={{ display: "flex", gap: 2 }}>
            <Stat label={translate("app.coverage.activeDeputies")} value={coverage.activeDeputies} testId="coverage-active" />
            <Stat label={translate("app.coverage.withoutStation")} value={coverage.deputiesWithoutStation} testId="coverage-unplaced" />
            <Stat label={translate("app.coverage.stations")} value={coverage.stations} testId="coverage-stations" />
            <Stat label={translate("app.coverage.emptyStations")} value={coverage.stationsWithoutDeputies} testId="coverage-empty" />
          </Box>
          <Card>
            <CardHeader title={translate("app.coverage.byLevel")} />
            <CardContent>
              <BarChart
                testId="coverage-unplaced-by-level"
                bars={coverage.byLevel.map((l) => ({ key: l.level, label: translate(`enums.level.${l.level}`), value: l.deputiesWithoutStation }))}
              />
            </CardContent>
          </Card>
          <Box sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 2 }}>
            <Card>
              <CardHeader title={translate("app.coverage.withoutStation")} />
              <MuiList dense>
                {coverage.unplacedDeputies.map((d) => (
                  <ListItem key={d.id}>{d.person.name}（{d.congress.name}）</ListItem>
                ))}
              </MuiList>
            </Card>
            <Card>
              <CardHeader title={translate("app.coverage.emptyStations")} />
              <MuiList dense>
                {coverage.emptyStations.map((s) => (
                  <ListItem key={s.id}>{s.name}</ListItem>
                ))}
              </MuiList>
            </Card>
          </Box>
        </Box>
      )}
    </Box>
  );
};
