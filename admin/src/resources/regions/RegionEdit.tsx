import {
  Create,
  Edit,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  regex,
  required,
} from "react-admin";
import { RegionPicker } from "../../Pickers";
import { enumChoices } from "../../i18n";

export const RegionEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="code" disabled />
      <TextInput source="name" validate={[required(), maxLength(100)]} />
    </SimpleForm>
  </Edit>
);

export const RegionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <RegionPicker source="parentId" />
      <TextInput source="code" validate={[required(), regex(/^\d{12}$/, "12 位数字 / 12 digits")]} />
      <TextInput source="name" validate={[required(), maxLength(100)]} />
      <SelectInput source="kind" choices={enumChoices("regionKind")} validate={required()} />
    </SimpleForm>
  </Create>
);
