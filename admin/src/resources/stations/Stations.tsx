import { Box, Link, Stack } from "@mui/material";
import {
  ArrayField,
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  maxLength,
  required,
  useTranslate,
} from "react-admin";
import { BulkListActions } from "../../BulkListActions";
import { CongressPicker, RegionPicker } from "../../Pickers";
import { enumChoices } from "../../i18n";
import { SaveOnlyToolbar } from "../../SaveOnlyToolbar";
import { RotateCodeButton } from "../../RotateCodeButton";
import { ShowActions, useScopeDefaults, type ListScope } from "../../Scope";
import { PhoneOr } from "../../PhoneList";

const STATION_SCOPE: ListScope = { filterKey: "withinCongressId", of: "congress" };

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="withinCongressId" source="withinCongressId" reference="Congress" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={enumChoices("stationKind")} alwaysOn />,
  <BooleanInput key="active" source="active" />,
];

export const StationList = () => {
  const { ready, defaults } = useScopeDefaults(STATION_SCOPE);
  if (!ready) return null;
  return (
    <List filters={filters} filterDefaultValues={defaults} actions={<BulkListActions resource="Station" importPath="/stations/import" writers="isAdmin" />} sort={{ field: "name", order: "ASC" }} perPage={25}>
      <PhoneOr primaryText={(r) => r.name} secondaryText={(r) => r.address ?? r.region.name} rowClick="show">
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <SelectField source="kind" choices={enumChoices("stationKind")} />
          <TextField source="congress.name" sortable={false} />
          <TextField source="region.name" sortable={false} />
          <TextField source="address" sortable={false} emptyText="—" />
          <FunctionField source="deputies" sortable={false} render={(r: { deputies: unknown[] }) => r.deputies.length} />
          <BooleanField source="active" sortable={false} />
        </Datagrid>
      </PhoneOr>
    </List>
  );
};

/** The station's QR code, its public page, and downloads for printing. */
const QrCode = () => {
  const translate = useTranslate();
  return (
    <FunctionField
      label="app.stationCode"
      render={(r: { publicCode: string }) => (
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          <img src={`../s/${r.publicCode}/qr.svg`} alt="QR" width={140} height={140} data-testid="station-qr" />
          <Box>
            <div>{r.publicCode}</div>
            <Link href={`../s/${r.publicCode}`} target="_blank">{translate("app.publicPage")}</Link> ·{" "}
            <Link href={`../s/${r.publicCode}/qr.svg`} download={`${r.publicCode}.svg`}>SVG</Link> ·{" "}
            <Link href={`../s/${r.publicCode}/qr.png`} download={`${r.publicCode}.png`}>PNG</Link>
          </Box>
        </Stack>
      )}
    />
  );
};

export const StationShow = () => (
  <Show
    actions={
      <ShowActions>
        <RotateCodeButton resource="Station" />
      </ShowActions>
    }
  >
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={enumChoices("stationKind")} />
      <TextField source="congress.name" />
      <TextField source="region.name" />
      <TextField source="address" emptyText="—" />
      <NumberField source="latitude" emptyText="—" options={{ maximumFractionDigits: 6 }} />
      <NumberField source="longitude" emptyText="—" options={{ maximumFractionDigits: 6 }} />
      <TextField source="openingHours" emptyText="—" />
      <TextField source="receptionDays" emptyText="—" />
      <TextField source="keeperName" emptyText="—" />
      <TextField source="keeperPhone" emptyText="—" />
      <QrCode />
      <ArrayField source="groups">
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="name" label="resources.WorkingGroup.fields.name" />
          <NumberField source="memberCount" label="resources.WorkingGroup.fields.memberCount" />
        </Datagrid>
      </ArrayField>
      <ArrayField source="deputies">
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="person.name" label="resources.Deputy.fields.person.name" />
          <TextField source="congress.name" label="resources.Deputy.fields.congress.name" />
        </Datagrid>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);

const StationInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
    <TextInput source="address" validate={maxLength(200)} fullWidth />
    <Stack direction="row" spacing={2}>
      <NumberInput source="latitude" min={-90} max={90} step={0.000001} />
      <NumberInput source="longitude" min={-180} max={180} step={0.000001} />
    </Stack>
    <TextInput source="openingHours" validate={maxLength(200)} fullWidth />
    <TextInput source="receptionDays" validate={maxLength(200)} fullWidth />
    <TextInput source="keeperName" validate={maxLength(50)} />
    <TextInput source="keeperPhone" validate={maxLength(32)} />
  </>
);

export const StationCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <CongressPicker source="congressId" validate={required()} />
      <RegionPicker source="regionId" validate={required()} />
      <SelectInput source="kind" choices={enumChoices("stationKind")} validate={required()} />
      <StationInputs />
    </SimpleForm>
  </Create>
);

export const StationEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <StationInputs />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);
