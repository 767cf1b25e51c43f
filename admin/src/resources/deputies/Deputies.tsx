import { useWatch } from "react-hook-form";
import {
  ArrayField,
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  ChipField,
  Create,
  Datagrid,
  DateField,
  DateInput,
  Edit,
  FunctionField,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TextInput,
  maxLength,
  required,
  useGetOne,
  usePermissions,
  useTranslate,
} from "react-admin";
import type { Permissions } from "../../authProvider";
import { BulkListActions } from "../../BulkListActions";
import { CongressPicker } from "../../Pickers";
import { AddToGroupButton } from "./AddToGroupButton";
import { StatusChangeButton } from "./StatusChangeButton";
import { RotateCodeButton } from "../../RotateCodeButton";
import { enumChoices } from "../../i18n";
import { SaveOnlyToolbar } from "../../SaveOnlyToolbar";
import { ShowActions, useScopeDefaults, type ListScope } from "../../Scope";
import { PhoneOr } from "../../PhoneList";

const DEPUTY_SCOPE: ListScope = { filterKey: "withinCongressId", of: "congress" };

const congressPicker = (source: string, alwaysOn = false) => (
  <ReferenceInput key={source} source={source} reference="Congress" alwaysOn={alwaysOn}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  congressPicker("withinCongressId", true),
  <SelectInput key="level" source="level" choices={enumChoices("level")} alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices("deputyStatus")} />,
  <SelectInput key="occupation" source="occupation" choices={enumChoices("occupation")} />,
  <BooleanInput key="grassroots" source="grassroots" />,
  <ReferenceInput key="stationId" source="stationId" reference="Station">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];


export const DeputyList = () => {
  const { permissions } = usePermissions<Permissions>();
  const { ready, defaults } = useScopeDefaults(DEPUTY_SCOPE);
  if (!ready) return null;
  return (
    <List filters={filters} filterDefaultValues={defaults} actions={<BulkListActions resource="Deputy" importPath="/deputies/import" writers="keepsRolls" />} sort={{ field: "person.name", order: "ASC" }} perPage={25}>
      <PhoneOr primaryText={(r) => r.person.name} secondaryText={(r) => r.congress.name} rowClick="show">
        <Datagrid rowClick="show" bulkActionButtons={permissions?.keepsRolls ? <AddToGroupButton /> : false}>
          <TextField source="person.name" />
          <TextField source="congress.name" sortable={false} />
          <SelectField source="congress.level" choices={enumChoices("level")} sortable={false} />
          <SelectField source="status" choices={enumChoices("deputyStatus")} sortable={false} />
          <SelectField source="occupation" choices={enumChoices("occupation")} sortable={false} />
          <BooleanField source="grassroots" sortable={false} />
          <ArrayField source="groups" sortable={false}>
            <SingleFieldList linkType={false}>
              <ChipField source="name" size="small" />
            </SingleFieldList>
          </ArrayField>
        </Datagrid>
      </PhoneOr>
    </List>
  );
};

export const DeputyShow = () => {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <ShowActions>
          <StatusChangeButton />
          <RotateCodeButton resource="Deputy" />
        </ShowActions>
      }
    >
      <SimpleShowLayout>
        <TextField source="person.name" />
        <SelectField source="person.gender" choices={enumChoices("gender")} />
        <TextField source="person.ethnicity" />
        <TextField source="person.idNumber" emptyText={translate("app.private")} />
        <TextField source="person.phone" emptyText={translate("app.private")} />
        <TextField source="congress.name" />
        <FunctionField source="term.number" render={(r: { term: { number: number } }) => translate("app.termNumber", { number: r.term.number })} />
        <TextField source="constituency" />
        <TextField source="party" />
        <SelectField source="status" choices={enumChoices("deputyStatus")} />
        <ArrayField source="groups">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="name" label="resources.WorkingGroup.fields.name" />
            <ArrayField source="stations" label="resources.Station.name">
              <SingleFieldList linkType={false}>
                <ChipField source="name" size="small" />
              </SingleFieldList>
            </ArrayField>
          </Datagrid>
        </ArrayField>
        <ArrayField source="statusHistory" emptyText={translate("app.private")}>
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <SelectField source="toStatus" choices={enumChoices("deputyStatus")} label="resources.Deputy.fields.status" />
            <DateField source="effectiveOn" label="app.effectiveOn" />
            <TextField source="review" emptyText="—" label="app.review" />
            <TextField source="actorName" label="resources.AuditEvent.fields.actorName" />
          </Datagrid>
        </ArrayField>
        <FunctionField
          label="app.deputyCode"
          render={(r: { person: { publicCode: string } }) => (
            <a href={`../d/${r.person.publicCode}`} target="_blank" rel="noreferrer">
              <img src={`../d/${r.person.publicCode}/qr.svg`} alt="QR" width={120} height={120} />
            </a>
          )}
        />
      </SimpleShowLayout>
    </Show>
  );
};

/** The terms of the congress chosen above it. */
const TermInput = () => {
  const congressId = useWatch({ name: "congressId" });
  const { data } = useGetOne("Congress", { id: congressId }, { enabled: Boolean(congressId) });
  const translate = useTranslate();
  const choices = (data?.terms ?? []).map((t: { id: string; number: number }) => ({ id: t.id, name: translate("app.termNumber", { number: t.number }) }));
  return <SelectInput source="termId" choices={choices} validate={required()} disabled={!congressId} translateChoice={false} />;
};

const PersonInputs = () => (
  <>
    <TextInput source="person.name" validate={[required(), maxLength(50)]} />
    <SelectInput source="person.gender" choices={enumChoices("gender")} validate={required()} />
    <TextInput source="person.ethnicity" validate={[required(), maxLength(20)]} defaultValue="汉族" />
    <DateInput source="person.birthDate" />
    <TextInput source="person.idNumber" validate={maxLength(18)} />
    <TextInput source="person.phone" validate={maxLength(32)} />
  </>
);

const MembershipInputs = () => (
  <>
    <TextInput source="constituency" validate={[required(), maxLength(100)]} />
    <TextInput source="delegation" validate={maxLength(100)} />
    <SelectInput source="occupation" choices={enumChoices("occupation")} validate={required()} />
    <BooleanInput source="grassroots" />
    <TextInput source="party" validate={[required(), maxLength(50)]} defaultValue="中共党员" />
  </>
);

export const DeputyCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <CongressPicker source="congressId" validate={required()} />
      <TermInput />
      <PersonInputs />
      <MembershipInputs />
    </SimpleForm>
  </Create>
);

export const DeputyEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <PersonInputs />
      <MembershipInputs />
    </SimpleForm>
  </Edit>
);
