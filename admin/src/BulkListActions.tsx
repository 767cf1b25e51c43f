import UploadIcon from "@mui/icons-material/Upload";
import { Button, CreateButton, FilterButton, TopToolbar, usePermissions, useResourceDefinition } from "react-admin";
import { Link as RouterLink } from "react-router-dom";
import type { Permissions } from "./authProvider";
import { ExportExcelButton } from "./ExportExcelButton";
import { ScopeSwitch } from "./Scope";

/**
 * A list's toolbar with create, import and Excel export, each shown to those who may use it:
 * `writers` names the permission that allows creating and importing. Lists of both open on the account's
 * jurisdiction (`withinCongressId`), with the switch to public records elsewhere.
 */
export const BulkListActions = ({ resource, importPath, writers }: { resource: "Deputy" | "Station"; importPath: string; writers: "isAdmin" | "keepsRolls" }) => {
  const { permissions } = usePermissions<Permissions>();
  const { hasCreate } = useResourceDefinition();
  const canWrite = Boolean(permissions?.[writers]);
  return (
    <TopToolbar>
      <FilterButton />
      <ScopeSwitch filterKey="withinCongressId" of="congress" />
      {canWrite && hasCreate && <CreateButton />}
      {canWrite && (
        <Button label="app.import.title" component={RouterLink} to={importPath}>
          <UploadIcon />
        </Button>
      )}
      {permissions?.keepsRolls && <ExportExcelButton resource={resource} />}
    </TopToolbar>
  );
};
