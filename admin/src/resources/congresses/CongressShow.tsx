import {
  ArrayField,
  Datagrid,
  DateField,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
} from "react-admin";
import { ShowActions } from "../../Scope";
import { enumChoices } from "../../i18n";

export const CongressShow = () => (
    <Show actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.Congress.name">
          <TextField source="name" />
          <TextField source="shortName" emptyText="—" />
          <SelectField source="level" choices={enumChoices("level")} />
          <SelectField source="kind" choices={enumChoices("congressKind")} />
          <ReferenceField source="region.id" reference="Region" link="show">
            <TextField source="name" />
          </ReferenceField>
          <ReferenceField source="parent.id" reference="Congress" link="show" emptyText="—">
            <TextField source="name" />
          </ReferenceField>
          <TextField source="address" emptyText="—" />
          <DateField source="updatedAt" showTime />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.Congress.fields.bodies" path="bodies">
          <ArrayField source="bodies" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <SelectField source="kind" choices={enumChoices("bodyKind")} label="resources.Congress.fields.kind" />
              <TextField source="name" label="resources.Congress.fields.name" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.Congress.fields.terms" path="terms">
          <ArrayField source="terms" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <NumberField source="number" label="resources.Congress.fields.number" />
              <DateField source="startDate" label="resources.Congress.fields.startDate" />
              <DateField source="endDate" label="resources.Congress.fields.endDate" emptyText="—" />
              <ArrayField source="sessions" label="resources.Congress.fields.sessions">
                <Datagrid bulkActionButtons={false} rowClick={false} header={() => null}>
                  <NumberField source="number" />
                  <DateField source="startDate" />
                </Datagrid>
              </ArrayField>
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.HandlingUnit.name" path="units">
          <ReferenceManyField reference="HandlingUnit" target="congressId" label={false} perPage={50}>
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <TextField source="name" label="resources.HandlingUnit.fields.name" />
              <SelectField source="kind" choices={enumChoices("unitKind")} label="resources.HandlingUnit.fields.kind" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.Congress.fields.children.totalCount" path="children">
          <ReferenceManyField reference="Congress" target="parentId" label={false} perPage={50}>
            <Datagrid bulkActionButtons={false} rowClick="show">
              <TextField source="name" />
              <SelectField source="level" choices={enumChoices("level")} />
              <SelectField source="kind" choices={enumChoices("congressKind")} />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
);
