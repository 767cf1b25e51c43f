import { Box, Stack, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import type { ReactNode } from "react";
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  Form,
  ReferenceArrayInput,
  ReferenceInput,
  SaveButton,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { client } from "../../dataProvider";
import { useRunMutation } from "../../useRunMutation";

interface Named { id: string; name: string }
interface LinkedUser {
  id: string;
  homeCongress: Named;
  grants: { role: string }[];
  person: (Named & { memberships: { id: string; congress: { name: string } }[] }) | null;
  units: Named[];
  keptStations: Named[];
}

const DEPUTY_PERSON = gql`
  query LinkDeputyPerson($id: ID!) { node(id: $id) { ... on Deputy { person { id } } } }
`;
const LINK_PERSON = gql`
  mutation LinkAccountToPerson($userId: ID!, $personId: ID) { linkAccountToPerson(userId: $userId, personId: $personId) { id } }
`;
const SET_UNITS = gql`
  mutation SetAccountUnits($userId: ID!, $unitIds: [ID!]!) { setAccountUnits(userId: $userId, unitIds: $unitIds) { id } }
`;
const SET_STATIONS = gql`
  mutation SetAccountStations($userId: ID!, $stationIds: [ID!]!) { setAccountStations(userId: $userId, stationIds: $stationIds) { id } }
`;

/** The deputy picker names a membership; the link is to its person. */
async function personOfDeputy(deputyId: string | null | undefined): Promise<string | null> {
  if (!deputyId) return null;
  const result = await client.query<{ node: { person: { id: string } } | null }>({ query: DEPUTY_PERSON, variables: { id: deputyId } });
  return result.data.node?.person.id ?? null;
}

interface LinkFormProps {
  testId: string;
  current: string;
  defaults?: Record<string, unknown>;
  onSubmit: (values: Record<string, any>) => void;
  children: ReactNode;
}

const LinkForm = ({ testId, current, defaults, onSubmit, children }: LinkFormProps) => {
  const translate = useTranslate();
  return (
    <Form onSubmit={onSubmit} record={defaults}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }} data-testid={testId}>
        {children}
        <SaveButton label="app.links.save" alwaysEnable sx={{ whiteSpace: "nowrap", minWidth: 96 }} />
        <Typography color="text.secondary" data-testid={`${testId}-current`}>
          {translate("app.links.current", { value: current || translate("app.links.nothing") })}
        </Typography>
      </Stack>
    </Form>
  );
};

/**
 * Who the account acts as, for the roles it holds: the deputy it is, the units it works for, the stations
 * it keeps. Pickers offer only records under the account's home congress, which the API requires.
 */
export const UserLinks = () => {
  const record = useRecordContext<LinkedUser>();
  const translate = useTranslate();
  const run = useRunMutation();
  if (!record) return null;
  const holds = (role: string) => record.grants.some((g) => g.role === role);
  const within = { withinCongressId: record.homeCongress.id };
  const userId = record.id;
  const names = (rows: Named[]) => rows.map((r) => r.name).join("、");
  const none = !holds("DEPUTY") && !holds("UNIT_STAFF") && !holds("STATION_KEEPER") && !record.person && !record.units.length && !record.keptStations.length;

  return (
    <Box sx={{ mt: 3 }} data-testid="user-links">
      <Typography variant="h6">{translate("app.links.title")}</Typography>
      {none && <Typography color="text.secondary">{translate("app.links.none")}</Typography>}
      {(holds("DEPUTY") || record.person) && (
        <LinkForm
          testId="link-person"
          current={record.person?.name ?? ""}
          onSubmit={async (values) => {
            const personId = await personOfDeputy(values.deputyId);
            await run(client.mutate({ mutation: LINK_PERSON, variables: { userId, personId } }), "app.links.saved");
          }}
        >
          <ReferenceInput source="deputyId" reference="Deputy" filter={within}>
            <AutocompleteInput
              label="app.links.person"
              helperText="app.links.personHelp"
              optionText={(d: { person: { name: string }; congress: { name: string } }) => `${d.person.name} · ${d.congress.name}`}
              filterToQuery={(q: string) => ({ q })}
              sx={{ minWidth: 320 }}
            />
          </ReferenceInput>
        </LinkForm>
      )}
      {(holds("UNIT_STAFF") || record.units.length > 0) && (
        <LinkForm
          testId="link-units"
          current={names(record.units)}
          defaults={{ unitIds: record.units.map((u) => u.id) }}
          onSubmit={(values) => run(client.mutate({ mutation: SET_UNITS, variables: { userId, unitIds: values.unitIds ?? [] } }), "app.links.saved")}
        >
          <ReferenceArrayInput source="unitIds" reference="HandlingUnit" filter={within}>
            <AutocompleteArrayInput label="app.links.units" optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 320 }} />
          </ReferenceArrayInput>
        </LinkForm>
      )}
      {(holds("STATION_KEEPER") || record.keptStations.length > 0) && (
        <LinkForm
          testId="link-stations"
          current={names(record.keptStations)}
          defaults={{ stationIds: record.keptStations.map((s) => s.id) }}
          onSubmit={(values) => run(client.mutate({ mutation: SET_STATIONS, variables: { userId, stationIds: values.stationIds ?? [] } }), "app.links.saved")}
        >
          <ReferenceArrayInput source="stationIds" reference="Station" filter={within}>
            <AutocompleteArrayInput label="app.links.stations" optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 320 }} />
          </ReferenceArrayInput>
        </LinkForm>
      )}
    </Box>
  );
};
