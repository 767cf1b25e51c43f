// Resource pages load on first visit (one chunk per module), so signing in downloads only the shell;
// react-admin's Layout shows its loading indicator while a page's chunk arrives.
import { lazy, type ComponentProps, type ComponentType } from "react";
import type { ImportPage as EagerImportPage } from "./ImportPage";

function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const deputies = () => import("./resources/deputies/Deputies");
const groups = () => import("./resources/groups/Groups");
const stations = () => import("./resources/stations/Stations");
const users = () => import("./resources/users/Users");
const apiKeys = () => import("./resources/api-keys/ApiKeys");
const congressEdit = () => import("./resources/congresses/CongressEdit");
const handlingUnits = () => import("./resources/handling-units/HandlingUnitList");
const regionEdit = () => import("./resources/regions/RegionEdit");

export const DeputyList = page(deputies, "DeputyList");
export const DeputyShow = page(deputies, "DeputyShow");
export const DeputyEdit = page(deputies, "DeputyEdit");
export const DeputyCreate = page(deputies, "DeputyCreate");
export const WorkingGroupList = page(groups, "WorkingGroupList");
export const WorkingGroupShow = page(groups, "WorkingGroupShow");
export const WorkingGroupEdit = page(groups, "WorkingGroupEdit");
export const WorkingGroupCreate = page(groups, "WorkingGroupCreate");
export const StationList = page(stations, "StationList");
export const StationShow = page(stations, "StationShow");
export const StationEdit = page(stations, "StationEdit");
export const StationCreate = page(stations, "StationCreate");
export const UserList = page(users, "UserList");
export const UserEdit = page(users, "UserEdit");
export const UserCreate = page(users, "UserCreate");
export const ApiKeyList = page(apiKeys, "ApiKeyList");
export const ApiKeyCreate = page(apiKeys, "ApiKeyCreate");
export const AuditEventList = page(() => import("./resources/audit/AuditEvents"), "AuditEventList");
export const CongressList = page(() => import("./resources/congresses/CongressList"), "CongressList");
export const CongressShow = page(() => import("./resources/congresses/CongressShow"), "CongressShow");
export const CongressEdit = page(congressEdit, "CongressEdit");
export const CongressCreate = page(congressEdit, "CongressCreate");
export const HandlingUnitList = page(handlingUnits, "HandlingUnitList");
export const HandlingUnitEdit = page(handlingUnits, "HandlingUnitEdit");
export const HandlingUnitCreate = page(handlingUnits, "HandlingUnitCreate");
export const RegionList = page(() => import("./resources/regions/RegionList"), "RegionList");
export const RegionShow = page(() => import("./resources/regions/RegionShow"), "RegionShow");
export const RegionEdit = page(regionEdit, "RegionEdit");
export const RegionCreate = page(regionEdit, "RegionCreate");
export const CoveragePage = page(() => import("./resources/coverage/CoveragePage"), "CoveragePage");
export const ContactsPage = page(() => import("./resources/contacts/ContactsPage"), "ContactsPage");
export const MePage = page(() => import("./resources/me/MePage"), "MePage");
export const ImportPage = page(() => import("./ImportPage"), "ImportPage") as ComponentType<ComponentProps<typeof EagerImportPage>>;
