import HubIcon from "@mui/icons-material/Hub";
import type { ReactNode } from "react";
import { Layout, Menu, usePermissions } from "react-admin";
import type { Permissions } from "./authProvider";

/** The resources the account may use, plus the coverage page for those who keep the deputy rolls. */
const AppMenu = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {permissions?.keepsRolls && <Menu.Item to="/coverage" primaryText="app.coverage.title" leftIcon={<HubIcon />} />}
    </Menu>
  );
};

export const AppLayout = ({ children }: { children: ReactNode }) => <Layout menu={AppMenu}>{children}</Layout>;
