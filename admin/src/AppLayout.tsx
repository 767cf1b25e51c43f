import ConnectWithoutContactIcon from "@mui/icons-material/ConnectWithoutContact";
import HubIcon from "@mui/icons-material/Hub";
import PersonIcon from "@mui/icons-material/Person";
import type { ReactNode } from "react";
import { AppBar, Layout, Menu, TitlePortal, usePermissions } from "react-admin";
import { NotificationBell } from "./NotificationBell";
import type { Permissions } from "./authProvider";

/**
 * The public lists each other role works with: a deputy finds fellow deputies and stations, a keeper
 * stations, a supervisor deputies and congresses, unit staff congresses. Their own records are on the dashboard.
 */
const READER_LISTS: Record<string, string[]> = {
  DEPUTY: ["Deputy", "Station"],
  STATION_KEEPER: ["Station"],
  SUPERVISOR: ["Deputy", "Congress"],
  UNIT_STAFF: ["Congress"],
};
const READER_ORDER = ["Deputy", "Station", "Congress"];

const readerLists = (permissions: Permissions | undefined) =>
  READER_ORDER.filter((name) => (permissions?.roles ?? []).some((role) => READER_LISTS[role]?.includes(name)));

/** The resources the account may use, the coverage and 双联系 pages for those who keep the deputy rolls, and the account itself. */
const AppMenu = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Menu>
      <Menu.DashboardItem />
      {permissions?.keepsRolls ? <Menu.ResourceItems /> : readerLists(permissions).map((name) => <Menu.ResourceItem key={name} name={name} />)}
      {permissions?.keepsRolls && <Menu.Item to="/coverage" primaryText="app.coverage.title" leftIcon={<HubIcon />} />}
      {permissions?.keepsRolls && <Menu.Item to="/contacts" primaryText="app.contacts.title" leftIcon={<ConnectWithoutContactIcon />} />}
      <Menu.Item to="/me" primaryText="app.me.title" leftIcon={<PersonIcon />} />
    </Menu>
  );
};

const AppAppBar = () => (
  <AppBar>
    <TitlePortal />
    <NotificationBell />
  </AppBar>
);

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout menu={AppMenu} appBar={AppAppBar}>
    {children}
  </Layout>
);
