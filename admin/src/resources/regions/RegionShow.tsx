import {
  Datagrid,
  DateField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from "react-admin";
import { ShowActions } from "../../Scope";
import { enumChoices } from "../../i18n";

export const RegionShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="level" choices={enumChoices("regionLevel")} />
      <SelectField source="kind" choices={enumChoices("regionKind")} />
      <ReferenceField source="parent.id" reference="Region" link="show" emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="congress.id" reference="Congress" link="show" emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <TextField source="path" />
      <DateField source="updatedAt" showTime />
      <ReferenceManyField reference="Region" target="parentId" label="resources.Region.fields.children.totalCount" perPage={50}>
        <Datagrid bulkActionButtons={false} rowClick="show">
          <TextField source="code" />
          <TextField source="name" />
          <SelectField source="kind" choices={enumChoices("regionKind")} />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
