import { RegionPicker } from "../../Pickers";
import { Create, Edit, SimpleForm, TextInput, maxLength, required } from "react-admin";

export const CongressEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
      <TextInput source="shortName" validate={maxLength(50)} />
      <TextInput source="address" validate={maxLength(200)} fullWidth />
    </SimpleForm>
  </Edit>
);

export const CongressCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <RegionPicker source="regionId" validate={required()} />
      <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
      <TextInput source="shortName" validate={maxLength(50)} />
      <TextInput source="address" validate={maxLength(200)} fullWidth />
    </SimpleForm>
  </Create>
);
