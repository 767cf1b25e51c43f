import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  DateField,
  Edit,
  FunctionField,
  Labeled,
  List,
  PasswordInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  maxLength,
  minLength,
  regex,
  required,
  useTranslate,
} from "react-admin";
import { Box } from "@mui/material";
import { SaveOnlyToolbar } from "../../SaveOnlyToolbar";
import { CongressPicker } from "../../Pickers";
import { enumChoices } from "../../i18n";
import { UserGrants } from "./UserGrants";
import { UserLinks } from "./UserLinks";
import { useRowClick } from "../../Scope";
import { PhoneOr } from "../../PhoneList";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="withinCongressId" source="withinCongressId" reference="Congress" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="role" source="role" choices={enumChoices("role")} alwaysOn />,
  <BooleanInput key="active" source="active" />,
];

const Roles = () => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="grants"
      sortable={false}
      render={(record: { grants: { role: string }[] }) => record.grants.map((g) => translate(`enums.role.${g.role}`)).join("、") || "—"}
    />
  );
};

export const UserList = () => {
  const rowClick = useRowClick(false);
  return (
    <List filters={filters} sort={{ field: "username", order: "ASC" }} perPage={25}>
      <PhoneOr primaryText={(r) => r.displayName} secondaryText={(r) => r.username} rowClick={rowClick}>
        <Datagrid rowClick={rowClick} bulkActionButtons={false}>
          <TextField source="username" />
          <TextField source="displayName" />
          <ReferenceField source="homeCongress.id" reference="Congress" link="show" sortable={false}>
            <TextField source="name" />
          </ReferenceField>
          <Roles />
          <TextField source="phone" sortable={false} emptyText="—" />
          <BooleanField source="active" sortable={false} />
          <DateField source="lastLoginAt" showTime emptyText="—" />
        </Datagrid>
      </PhoneOr>
    </List>
  );
};

const PASSWORD = [required(), minLength(10), regex(/^(?=.*[A-Za-z])(?=.*\d).+$/, "app.validation.password")];

export const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <Box>
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="username" disabled />
        <TextInput source="displayName" validate={[required(), maxLength(100)]} />
        <TextInput source="phone" validate={maxLength(32)} />
        <BooleanInput source="active" />
        <Labeled>
          <DateField source="lockedUntil" showTime emptyText="—" />
        </Labeled>
      </SimpleForm>
      <Box sx={{ px: 2, pb: 2 }}>
        <UserGrants />
        <UserLinks />
      </Box>
    </Box>
  </Edit>
);

export const UserCreate = () => (
  <Create redirect="edit">
    <SimpleForm>
      <TextInput source="username" validate={[required(), regex(/^[a-z0-9][a-z0-9_.-]{2,63}$/i, "app.validation.username")]} />
      <TextInput source="displayName" validate={[required(), maxLength(100)]} />
      <PasswordInput source="password" validate={PASSWORD} />
      <TextInput source="phone" validate={maxLength(32)} />
      <CongressPicker source="homeCongressId" validate={required()} />
    </SimpleForm>
  </Create>
);
