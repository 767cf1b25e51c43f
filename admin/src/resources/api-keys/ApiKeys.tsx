import { Alert, Box, Button, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import { useState } from "react";
import {
  BooleanInput,
  CheckboxGroupInput,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  SimpleForm,
  TextField,
  TextInput,
  Title,
  required,
  useNotify,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { client } from "../../dataProvider";
import { describeError } from "../../errors";
import { CongressPicker } from "../../Pickers";
import { enumChoices } from "../../i18n";
import { useRunMutation } from "../../useRunMutation";

const CREATE = gql`
  mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix } } }
`;
const REVOKE = gql`
  mutation RevokeKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }
`;

const RevokeButton = () => {
  const record = useRecordContext<{ id: string; revokedAt: string | null }>();
  const translate = useTranslate();
  const run = useRunMutation();
  if (!record || record.revokedAt) return null;
  return (
    <Button
      color="error"
      size="small"
      onClick={(event) => {
        event.stopPropagation();
        void run(client.mutate({ mutation: REVOKE, variables: { id: record.id } }), "app.apiKeys.revoked");
      }}
    >
      {translate("app.apiKeys.revoke")}
    </Button>
  );
};

export const ApiKeyList = () => {
  const translate = useTranslate();
  return (
    <List filters={[<BooleanInput key="includeRevoked" source="includeRevoked" alwaysOn />]} sort={{ field: "createdAt", order: "DESC" }} perPage={25}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="name" sortable={false} />
        <TextField source="prefix" sortable={false} />
        <FunctionField source="scopes" sortable={false} render={(r: { scopes: string[] }) => r.scopes.map((s) => translate(`enums.apiKeyScope.${s}`)).join("、")} />
        <ReferenceField source="congress.id" reference="Congress" link="show" sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <NumberField source="rateLimitPerMinute" sortable={false} />
        <DateField source="lastUsedAt" showTime emptyText="—" sortable={false} />
        <DateField source="revokedAt" showTime emptyText="—" sortable={false} />
        <RevokeButton />
      </Datagrid>
    </List>
  );
};

/** Issues a key and shows its secret this once. */
export const ApiKeyCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate("app.apiKeys.create")} />
      {secret ? (
        <Alert severity="success" data-testid="api-key-secret">
          <Typography>{translate("app.apiKeys.showOnce")}</Typography>
          <Typography sx={{ fontFamily: "monospace", wordBreak: "break-all", mt: 1 }}>{secret}</Typography>
        </Alert>
      ) : (
        <SimpleForm
          resource="ApiKey"
          onSubmit={async (values: Record<string, any>) => {
            try {
              const result = await client.mutate({
                mutation: CREATE,
                variables: { input: { name: values.name, congressId: values.congressId, scopes: values.scopes, rateLimitPerMinute: values.rateLimitPerMinute } },
              });
              setSecret(result.data.createApiKey.secret);
            } catch (error) {
              notify(describeError(error), { type: "error" });
            }
          }}
        >
          <TextInput source="name" validate={required()} />
          <CongressPicker source="congressId" validate={required()} />
          <CheckboxGroupInput source="scopes" choices={enumChoices("apiKeyScope")} validate={required()} />
          <NumberInput source="rateLimitPerMinute" defaultValue={600} min={1} />
        </SimpleForm>
      )}
    </Box>
  );
};
