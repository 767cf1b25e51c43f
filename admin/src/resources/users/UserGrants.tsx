import { Box, Chip, Stack, Typography } from "@mui/material";
import { gql } from "@apollo/client";
import {
  Form,
  SaveButton,
  SelectInput,
  required,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { client } from "../../dataProvider";
import { CongressPicker } from "../../Pickers";
import { enumChoices } from "../../i18n";
import { useRunMutation } from "../../useRunMutation";

interface GrantRecord {
  id: string;
  role: string;
  congress: { id: string; name: string } | null;
}

const GRANT = gql`
  mutation Grant($input: GrantRoleInput!) { grantRole(input: $input) { id } }
`;
const REVOKE = gql`
  mutation Revoke($id: ID!) { revokeRole(id: $id) }
`;

/** The roles an account holds, with revoke buttons, and a form to grant another (as the API allows). */
export const UserGrants = () => {
  const record = useRecordContext<{ id: string; grants: GrantRecord[] }>();
  const translate = useTranslate();
  const run = useRunMutation();
  if (!record) return null;

  return (
    <Box sx={{ mt: 3 }} data-testid="user-grants">
      <Typography variant="h6">{translate("app.grants.title")}</Typography>
      <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: "wrap" }}>
        {record.grants.map((grant) => (
          <Chip
            key={grant.id}
            label={`${translate(`enums.role.${grant.role}`)} · ${grant.congress?.name ?? translate("app.grants.everywhere")}`}
            onDelete={() => run(client.mutate({ mutation: REVOKE, variables: { id: grant.id } }), "app.grants.revoked")}
          />
        ))}
        {record.grants.length === 0 && <Typography color="text.secondary">{translate("app.grants.none")}</Typography>}
      </Stack>
      <Form
        onSubmit={(values: Record<string, any>) =>
          run(
            client.mutate({ mutation: GRANT, variables: { input: { userId: record.id, role: values.role, congressId: values.congressId ?? null } } }),
            "app.grants.granted",
          )
        }
      >
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          <SelectInput source="role" label="app.grants.role" choices={enumChoices("role")} validate={required()} />
          <CongressPicker source="congressId" label="app.grants.congress" sx={{ minWidth: 280 }} />
          <SaveButton label="app.grants.grant" alwaysEnable sx={{ whiteSpace: "nowrap", minWidth: 96 }} />
        </Stack>
      </Form>
    </Box>
  );
};
