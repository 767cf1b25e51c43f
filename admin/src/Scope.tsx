// Lists open on the account's own jurisdiction, with a switch to public records elsewhere; edit
// buttons appear only on records the account may change (reach.ts `canChange`).
import PublicIcon from "@mui/icons-material/Public";
import PlaceIcon from "@mui/icons-material/Place";
import type { ReactNode } from "react";
import {
  Button,
  CreateButton,
  EditButton,
  FilterButton,
  TopToolbar,
  useListContext,
  usePermissions,
  useRecordContext,
  useResourceContext,
  useResourceDefinition,
  type RowClickFunction,
} from "react-admin";
import type { Permissions } from "./authProvider";
import { canChange, homeCongressId, homeRegionId } from "./reach";

/** How a list narrows to a jurisdiction: the filter that takes a congress (or, for regions, a region) subtree. */
export interface ListScope {
  filterKey: string;
  of: "congress" | "region";
}

/** The id a scoped list opens on; undefined for a platform administrator (jurisdiction: everything). */
export function useHomeId(of: ListScope["of"]): { ready: boolean; homeId: string | undefined } {
  const { permissions, isPending } = usePermissions<Permissions>();
  return { ready: !isPending, homeId: of === "region" ? homeRegionId(permissions) : homeCongressId(permissions) };
}

/** `filterDefaultValues` for a List: the account's jurisdiction. */
export function useScopeDefaults(scope: ListScope): { ready: boolean; defaults: Record<string, string> } {
  const { ready, homeId } = useHomeId(scope.of);
  return { ready, defaults: homeId ? { [scope.filterKey]: homeId } : {} };
}

/** The visible switch between "my jurisdiction only" and "public records elsewhere". */
export const ScopeSwitch = ({ filterKey, of }: ListScope) => {
  const { homeId } = useHomeId(of);
  const { filterValues, displayedFilters, setFilters } = useListContext();
  if (!homeId) return null;
  const scoped = filterValues[filterKey] === homeId;
  const toggle = () => {
    const { [filterKey]: _dropped, ...others } = filterValues;
    setFilters(scoped ? others : { ...others, [filterKey]: homeId }, { ...displayedFilters, [filterKey]: true });
  };
  return (
    <Button label={scoped ? "app.scope.all" : "app.scope.mine"} onClick={toggle} data-testid="scope-switch">
      {scoped ? <PublicIcon /> : <PlaceIcon />}
    </Button>
  );
};

/** A list's toolbar: filters, the scope switch, and 新建 only where the account may create. */
export const ScopedListActions = ({ scope, children }: { scope: ListScope; children?: ReactNode }) => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      <ScopeSwitch {...scope} />
      {hasCreate && <CreateButton />}
      {children}
    </TopToolbar>
  );
};

/** Whether the signed-in account may change this record (for rows and buttons). */
export function useCanChange(): (record: Record<string, any> | undefined) => boolean {
  const { permissions } = usePermissions<Permissions>();
  const resource = useResourceContext() ?? "";
  return (record) => canChange(permissions, resource, record);
}

/** Rows open the edit form where the account may change the record, its page elsewhere (or nothing). */
export function useRowClick(otherwise: "show" | false): RowClickFunction {
  const { permissions } = usePermissions<Permissions>();
  const { hasEdit } = useResourceDefinition();
  return (_id, resource, record) => (hasEdit && canChange(permissions, resource, record) ? "edit" : otherwise);
}

/** A record page's toolbar: 编辑 only where the API would accept the change. */
export const ShowActions = ({ children }: { children?: ReactNode }) => {
  const record = useRecordContext();
  const { hasEdit } = useResourceDefinition();
  const may = useCanChange();
  return (
    <TopToolbar>
      {hasEdit && may(record) && <EditButton />}
      {children}
    </TopToolbar>
  );
};
