import {
  AutocompleteInput,
  Datagrid,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from "react-admin";
import { ExportXlsxButton } from "../../ExportXlsxButton";
import { ScopedListActions, useScopeDefaults, type ListScope } from "../../Scope";
import { enumChoices } from "../../i18n";
import { PhoneOr } from "../../PhoneList";

const regionOption = (r: { name: string; code: string }) => `${r.name}（${r.code}）`;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={enumChoices("regionLevel")} alwaysOn />,
  <ReferenceInput key="parentId" source="parentId" reference="Region" alwaysOn>
    <AutocompleteInput optionText={regionOption} filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="withinId" source="withinId" reference="Region" alwaysOn>
    <AutocompleteInput optionText={regionOption} filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={enumChoices("regionKind")} />,
];

const SCOPE: ListScope = { filterKey: "withinId", of: "region" };

const Actions = () => (
  <ScopedListActions scope={SCOPE}>
    <ExportXlsxButton resource="Region" />
  </ScopedListActions>
);

export const RegionList = () => {
  const { ready, defaults } = useScopeDefaults(SCOPE);
  if (!ready) return null;
  return (
    <List filters={filters} filterDefaultValues={defaults} actions={<Actions />} sort={{ field: "code", order: "ASC" }} perPage={25}>
      <PhoneOr primaryText={(r) => r.name} secondaryText={(r) => r.code} rowClick="show">
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <SelectField source="level" choices={enumChoices("regionLevel")} />
          <SelectField source="kind" choices={enumChoices("regionKind")} sortable={false} />
          <ReferenceField source="parent.id" reference="Region" link="show" sortable={false} emptyText="—">
            <TextField source="name" />
          </ReferenceField>
          <ReferenceField source="congress.id" reference="Congress" link="show" sortable={false} emptyText="—">
            <TextField source="name" />
          </ReferenceField>
          <NumberField source="children.totalCount" sortable={false} />
        </Datagrid>
      </PhoneOr>
    </List>
  );
};
