import { Box, Chip, Stack, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import {
  ArrayField,
  AutocompleteArrayInput,
  AutocompleteInput,
  Create,
  Datagrid,
  Edit,
  ChipField,
  Form,
  List,
  NumberField,
  ReferenceArrayInput,
  ReferenceInput,
  SaveButton,
  SearchInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TextInput,
  maxLength,
  required,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { client } from "../../dataProvider";
import { CongressPicker } from "../../Pickers";
import { enumChoices } from "../../i18n";
import { SaveOnlyToolbar } from "../../SaveOnlyToolbar";
import { useRunMutation } from "../../useRunMutation";
import { ExportXlsxButton } from "../../ExportXlsxButton";
import { ScopedListActions, ShowActions, useHomeId, useRowClick, useScopeDefaults, type ListScope } from "../../Scope";
import { PhoneOr } from "../../PhoneList";

const SCOPE: ListScope = { filterKey: "withinCongressId", of: "congress" };

const ASSIGN = gql`
  mutation Assign($g: ID!, $s: ID!) { assignWorkingGroupToStation(groupId: $g, stationId: $s) { id } }
`;
const REMOVE = gql`
  mutation Remove($g: ID!, $s: ID!) { removeWorkingGroupFromStation(groupId: $g, stationId: $s) { id } }
`;
const MEMBERS = gql`
  mutation Members($g: ID!, $d: [ID!]!) { setWorkingGroupMembers(id: $g, deputyIds: $d) { id } }
`;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="withinCongressId" source="withinCongressId" reference="Congress" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={enumChoices("groupKind")} alwaysOn />,
];

export const WorkingGroupList = () => {
  const { ready, defaults } = useScopeDefaults(SCOPE);
  const rowClick = useRowClick("show");
  if (!ready) return null;
  return (
    <List filters={filters} filterDefaultValues={defaults} actions={<ScopedListActions scope={SCOPE}><ExportXlsxButton resource="WorkingGroup" /></ScopedListActions>} perPage={25}>
      <PhoneOr primaryText={(r) => r.name} secondaryText={(r) => r.congress.name} rowClick={rowClick}>
        <Datagrid rowClick={rowClick} bulkActionButtons={false}>
          <TextField source="name" sortable={false} />
          <SelectField source="kind" choices={enumChoices("groupKind")} sortable={false} />
          <TextField source="congress.name" sortable={false} />
          <TextField source="leader.person.name" sortable={false} emptyText="—" />
          <NumberField source="memberCount" sortable={false} />
        </Datagrid>
      </PhoneOr>
    </List>
  );
};

/** A group as anyone may read it: its congress, leader, members and stations. */
export const WorkingGroupShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={enumChoices("groupKind")} />
      <TextField source="congress.name" />
      <TextField source="leader.person.name" emptyText="—" />
      <ArrayField source="members">
        <SingleFieldList linkType={false}>
          <ChipField source="person.name" size="small" />
        </SingleFieldList>
      </ArrayField>
      <ArrayField source="stations" label="resources.Station.name">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);

/** 编组进站: the stations a group is placed in, and its members. */
const Placement = () => {
  const record = useRecordContext<{ id: string; stations: { id: string; name: string }[]; members: { id: string }[] }>();
  const translate = useTranslate();
  const run = useRunMutation();
  const { homeId } = useHomeId("congress");
  // Only what the placement accepts: stations and deputies inside the account's jurisdiction.
  const withinHome = homeId ? { withinCongressId: homeId } : {};
  if (!record) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }} data-testid="group-placement">
      <Typography variant="h6">{translate("resources.Station.name", { smart_count: 2 })}</Typography>
      <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: "wrap" }}>
        {record.stations.map((station) => (
          <Chip key={station.id} label={station.name} onDelete={() => run(client.mutate({ mutation: REMOVE, variables: { g: record.id, s: station.id } }), "app.groups.removed")} />
        ))}
      </Stack>
      <Form onSubmit={(values: Record<string, any>) => run(client.mutate({ mutation: ASSIGN, variables: { g: record.id, s: values.stationId } }), "app.groups.assigned")}>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          <ReferenceInput source="stationId" reference="Station" filter={withinHome}>
            <AutocompleteInput label="app.groups.station" optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ minWidth: 320 }} />
          </ReferenceInput>
          <SaveButton label="app.groups.assign" alwaysEnable sx={{ whiteSpace: "nowrap" }} />
        </Stack>
      </Form>
      <Typography variant="h6" sx={{ mt: 2 }}>{translate("resources.WorkingGroup.fields.members")}</Typography>
      <Form
        record={{ deputyIds: record.members.map((m) => m.id) }}
        onSubmit={(values: Record<string, any>) => run(client.mutate({ mutation: MEMBERS, variables: { g: record.id, d: values.deputyIds } }), "app.groups.membersSaved")}
      >
        <ReferenceArrayInput source="deputyIds" reference="Deputy" perPage={200} filter={withinHome}>
          <AutocompleteArrayInput
            label="resources.WorkingGroup.fields.members"
            optionText={(d: { person: { name: string }; congress: { name: string } }) => `${d.person.name}（${d.congress.name}）`}
            filterToQuery={(q: string) => ({ q })}
            fullWidth
          />
        </ReferenceArrayInput>
        <SaveButton label="app.groups.saveMembers" alwaysEnable />
      </Form>
    </Box>
  );
};

export const WorkingGroupEdit = () => (
  <Edit mutationMode="pessimistic">
    <Box>
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
        <ReferenceInput source="leader.id" reference="Deputy">
          <AutocompleteInput label="resources.WorkingGroup.fields.leader" optionText={(d: { person: { name: string } }) => d.person.name} filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>
      </SimpleForm>
      <Placement />
    </Box>
  </Edit>
);

export const WorkingGroupCreate = () => (
  <Create redirect="edit">
    <SimpleForm>
      <CongressPicker source="congressId" validate={required()} />
      <SelectInput source="kind" choices={enumChoices("groupKind")} validate={required()} />
      <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
    </SimpleForm>
  </Create>
);
