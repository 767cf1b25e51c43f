import { Box } from "@mui/material";
import { Datagrid, DateField, List, SelectInput, TextField, TextInput, useRecordContext } from "react-admin";

const ENTITY_TYPES = ["Region", "Congress", "CongressBody", "Term", "CongressSession", "HandlingUnit", "User", "RoleGrant", "ApiKey"].map((id) => ({ id, name: id }));

const Changes = () => {
  const record = useRecordContext<{ before: string | null; after: string | null }>();
  if (!record) return null;
  const pretty = (json: string | null) => (json ? JSON.stringify(JSON.parse(json), null, 2) : "—");
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 2, fontFamily: "monospace", fontSize: 12, whiteSpace: "pre-wrap" }}>
      <Box>{pretty(record.before)}</Box>
      <Box>{pretty(record.after)}</Box>
    </Box>
  );
};

export const AuditEventList = () => (
  <List
    filters={[<SelectInput key="entityType" source="entityType" choices={ENTITY_TYPES} alwaysOn />, <TextInput key="action" source="action" alwaysOn />]}
    sort={{ field: "createdAt", order: "DESC" }}
    perPage={50}
  >
    <Datagrid bulkActionButtons={false} rowClick="expand" expand={<Changes />}>
      <DateField source="createdAt" showTime sortable={false} />
      <TextField source="actorName" sortable={false} />
      <TextField source="action" sortable={false} />
      <TextField source="entityType" sortable={false} />
      <TextField source="requestId" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
