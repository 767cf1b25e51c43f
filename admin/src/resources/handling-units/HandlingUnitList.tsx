import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  maxLength,
  required,
} from "react-admin";
import { SaveOnlyToolbar } from "../../SaveOnlyToolbar";
import { CongressPicker } from "../../Pickers";
import { ScopedListActions, useRowClick, useScopeDefaults, type ListScope } from "../../Scope";
import { enumChoices } from "../../i18n";
import { PhoneOr } from "../../PhoneList";
import { ExportXlsxButton } from "../../ExportXlsxButton";

const SCOPE: ListScope = { filterKey: "withinCongressId", of: "congress" };

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="withinCongressId" source="withinCongressId" reference="Congress" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={enumChoices("unitKind")} alwaysOn />,
  <BooleanInput key="active" source="active" />,
];

export const HandlingUnitList = () => {
  const { ready, defaults } = useScopeDefaults(SCOPE);
  const rowClick = useRowClick(false);
  if (!ready) return null;
  return (
    <List filters={filters} filterDefaultValues={defaults} actions={<ScopedListActions scope={SCOPE}><ExportXlsxButton resource="HandlingUnit" /></ScopedListActions>} sort={{ field: "name", order: "ASC" }} perPage={25}>
      <PhoneOr primaryText={(r) => r.name} secondaryText={<SelectField source="kind" choices={enumChoices("unitKind")} />} rowClick={rowClick}>
        <Datagrid rowClick={rowClick} bulkActionButtons={false}>
          <TextField source="name" />
          <SelectField source="kind" choices={enumChoices("unitKind")} sortable={false} />
          <ReferenceField source="congress.id" reference="Congress" link="show" sortable={false}>
            <TextField source="name" />
          </ReferenceField>
          <ReferenceField source="parent.id" reference="HandlingUnit" link={false} sortable={false} emptyText="—">
            <TextField source="name" />
          </ReferenceField>
          <BooleanField source="active" sortable={false} />
        </Datagrid>
      </PhoneOr>
    </List>
  );
};

export const HandlingUnitEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
      <SelectInput source="kind" choices={enumChoices("unitKind")} validate={required()} />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);

export const HandlingUnitCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <CongressPicker source="congressId" validate={required()} />
      <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
      <SelectInput source="kind" choices={enumChoices("unitKind")} validate={required()} />
    </SimpleForm>
  </Create>
);
