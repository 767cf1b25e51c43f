import { Box } from "@mui/material";
import { Datagrid, DateField, List, SelectField, SelectInput, TextField, useRecordContext } from "react-admin";
import { enumChoices } from "../../i18n";

const ENTITY_TYPES = enumChoices("entityType");
const ACTIONS = enumChoices("auditAction");

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
    filters={[<SelectInput key="entityType" source="entityType" choices={ENTITY_TYPES} alwaysOn />, <SelectInput key="action" source="action" choices={ACTIONS} alwaysOn />]}
    sort={{ field: "createdAt", order: "DESC" }}
    perPage={50}
  >
    <Datagrid bulkActionButtons={false} rowClick="expand" expand={<Changes />}>
      <DateField source="createdAt" showTime sortable={false} />
      <TextField source="actorName" sortable={false} />
      <SelectField source="action" choices={ACTIONS} sortable={false} />
      <SelectField source="entityType" choices={ENTITY_TYPES} sortable={false} />
      <TextField source="requestId" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
