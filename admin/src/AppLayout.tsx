import ConnectWithoutContactIcon from "@mui/icons-material/ConnectWithoutContact";
import HubIcon from "@mui/icons-material/Hub";
import PersonIcon from "@mui/icons-material/Person";
import type { ReactNode } from "react";
import { AppBar, Layout, Menu, TitlePortal, usePermissions } from "react-admin";
import { NotificationBell } from "./NotificationBell";
import type { Permissions } from "./authProvider";

/** The resources the account may use, the coverage and 双联系 pages for those who keep the deputy rolls, and the account itself. */
const AppMenu = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
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
