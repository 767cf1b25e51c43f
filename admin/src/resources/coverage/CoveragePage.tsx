import { Alert, Box, Card, CardContent, CardHeader, List as MuiList, ListItemButton, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import { useEffect, useState } from "react";
import { AutocompleteInput, Form, ReferenceInput, Title, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { BarChart } from "../../BarChart";
import { client } from "../../dataProvider";
import { describeError } from "../../errors";
import { useHomeId } from "../../Scope";

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
  const { ready, homeId } = useHomeId("congress");
  const [congressId, setCongressId] = useState<string | null>(null);
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = congressId ?? homeId ?? null;

  useEffect(() => {
    // Figures of the previous choice never stay under a new name: cleared first, late answers dropped.
    setCoverage(null);
    setError(null);
    if (!chosen) return;
    let current = true;
    client
      .query<{ stationCoverage: Coverage }>({ query: COVERAGE, variables: { id: chosen }, fetchPolicy: "network-only" })
      .then((result) => current && setCoverage(result.data.stationCoverage))
      .catch((e: unknown) => current && setError(describeError(e)));
    return () => {
      current = false;
    };
  }, [chosen]);

  if (!ready) return null;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate("app.coverage.title")} />
      <Form record={{ congressId: homeId }}>
        <ReferenceInput source="congressId" reference="Congress" filter={homeId ? { withinId: homeId } : {}}>
          <AutocompleteInput
            label="app.coverage.congress"
            optionText="name"
            filterToQuery={(q: string) => ({ q })}
            onChange={(value: string) => setCongressId(value || null)}
            sx={{ minWidth: 360 }}
          />
        </ReferenceInput>
      </Form>
      {error && <Alert severity="error" data-testid="coverage-error">{error}</Alert>}
      {!chosen && <Alert severity="info">{translate("app.coverage.pick")}</Alert>}
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
              <MuiList dense data-testid="coverage-unplaced-list">
                {coverage.unplacedDeputies.map((d) => (
                  <ListItemButton key={d.id} component={Link} to={`/Deputy/${encodeURIComponent(d.id)}/show`}>
                    {d.person.name}（{d.congress.name}）
                  </ListItemButton>
                ))}
              </MuiList>
              {coverage.unplacedDeputies.length === 0 && <CardContent>{translate("app.coverage.noUnplaced")}</CardContent>}
            </Card>
            <Card>
              <CardHeader title={translate("app.coverage.emptyStations")} />
              <MuiList dense data-testid="coverage-empty-list">
                {coverage.emptyStations.map((s) => (
                  <ListItemButton key={s.id} component={Link} to={`/Station/${encodeURIComponent(s.id)}/show`}>
                    {s.name}
                  </ListItemButton>
                ))}
              </MuiList>
              {coverage.emptyStations.length === 0 && <CardContent>{translate("app.coverage.noEmpty")}</CardContent>}
            </Card>
          </Box>
        </Box>
      )}
    </Box>
  );
};
