import UploadIcon from "@mui/icons-material/Upload";
import { Button, CreateButton, FilterButton, TopToolbar, usePermissions } from "react-admin";
import { Link as RouterLink } from "react-router-dom";
import type { Permissions } from "./authProvider";
import { ExportExcelButton } from "./ExportExcelButton";

/**
 * A list's toolbar with create, import and Excel export, each shown to those who may use it:
 * `writers` names the permission that allows creating and importing.
 */
export const BulkListActions = ({ resource, importPath, writers }: { resource: "Deputy" | "Station"; importPath: string; writers: "isAdmin" | "keepsRolls" }) => {
  const { permissions } = usePermissions<Permissions>();
  const canWrite = Boolean(permissions?.[writers]);
  return (
    <TopToolbar>
      <FilterButton />
      {canWrite && <CreateButton />}
      {canWrite && (
        <Button label="app.import.title" component={RouterLink} to={importPath}>
          <UploadIcon />
        </Button>
      )}
      {permissions?.keepsRolls && <ExportExcelButton resource={resource} />}
    </TopToolbar>
  );
};
