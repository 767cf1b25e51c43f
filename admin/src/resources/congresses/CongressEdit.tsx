import { AutocompleteInput, Create, Edit, ReferenceInput, SimpleForm, TextInput, maxLength, required } from "react-admin";

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
      <ReferenceInput source="regionId" reference="Region">
        <AutocompleteInput optionText={(r: { name: string; code: string }) => `${r.name}（${r.code}）`} filterToQuery={(q: string) => ({ q })} validate={required()} />
      </ReferenceInput>
      <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
      <TextInput source="shortName" validate={maxLength(50)} />
      <TextInput source="address" validate={maxLength(200)} fullWidth />
    </SimpleForm>
  </Create>
);
