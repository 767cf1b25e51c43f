import {
  DatagridConfigurable,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectColumnsButton,
  SelectField,
  SelectInput,
  TextField,
} from "react-admin";
import { ExportXlsxButton } from "../../ExportXlsxButton";
import { ScopedListActions, useScopeDefaults, type ListScope } from "../../Scope";
import { enumChoices } from "../../i18n";
import { PhoneOr } from "../../PhoneList";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={enumChoices("level")} alwaysOn />,
  <ReferenceInput key="parentId" source="parentId" reference="Congress" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="withinId" source="withinId" reference="Congress" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={enumChoices("congressKind")} />,
];

const SCOPE: ListScope = { filterKey: "withinId", of: "congress" };

const Actions = () => (
  <ScopedListActions scope={SCOPE}>
    <SelectColumnsButton />
    <ExportXlsxButton resource="Congress" />
  </ScopedListActions>
);

export const CongressList = () => {
  const { ready, defaults } = useScopeDefaults(SCOPE);
  if (!ready) return null;
  return (
    <List filters={filters} filterDefaultValues={defaults} actions={<Actions />} sort={{ field: "level", order: "ASC" }} perPage={25}>
      <PhoneOr primaryText={(r) => r.name} secondaryText={<SelectField source="level" choices={enumChoices("level")} />} rowClick="show">
        <DatagridConfigurable rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <SelectField source="level" choices={enumChoices("level")} />
          <SelectField source="kind" choices={enumChoices("congressKind")} sortable={false} />
          <ReferenceField source="parent.id" reference="Congress" link="show" sortable={false} emptyText="—">
            <TextField source="name" />
          </ReferenceField>
          <NumberField source="currentTerm.number" label="resources.Congress.fields.currentTerm" sortable={false} emptyText="—" />
          <NumberField source="children.totalCount" sortable={false} />
          <NumberField source="handlingUnits.totalCount" sortable={false} />
        </DatagridConfigurable>
      </PhoneOr>
    </List>
  );
};
