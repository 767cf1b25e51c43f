import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import ApartmentIcon from "@mui/icons-material/Apartment";
import HistoryIcon from "@mui/icons-material/History";
import KeyIcon from "@mui/icons-material/Key";
import MapIcon from "@mui/icons-material/Map";
import PeopleIcon from "@mui/icons-material/People";
import BadgeIcon from "@mui/icons-material/Badge";
import GroupsIcon from "@mui/icons-material/Groups";
import HomeWorkIcon from "@mui/icons-material/HomeWork";
import { Admin, CustomRoutes, Resource, defaultTheme } from "react-admin";
import merge from "lodash/merge";
import { Route } from "react-router-dom";
import { LocalizedLayout } from "./LocalizedLayout";
import {
  ApiKeyCreate, ApiKeyList, AuditEventList, CongressCreate, CongressEdit, CongressList, CongressShow, ContactsPage, CoveragePage,
  DeputyCreate, DeputyEdit, DeputyList, DeputyShow, HandlingUnitCreate, HandlingUnitEdit, HandlingUnitList, ImportPage,
  MePage, RegionCreate, RegionEdit, RegionList, RegionShow, StationCreate, StationEdit, StationList, StationShow,
  UserCreate, UserEdit, UserList, WorkingGroupCreate, WorkingGroupEdit, WorkingGroupList, WorkingGroupShow,
} from "./pages";
import { authProvider, type Permissions } from "./authProvider";
import { Dashboard } from "./Dashboard";
import { createDataProvider } from "./dataProvider";
import { i18nProvider } from "./i18n";

// MUI's own strings follow the language in LocalizedLayout.
const theme = merge({}, defaultTheme, {
  palette: { primary: { main: "#b71c1c" }, secondary: { main: "#8e0000" } },
  typography: {
    fontFamily: '"PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", system-ui, sans-serif',
  },
});

const dataProvider = createDataProvider();

/**
 * Menus follow the account's roles. Deputies, station keepers, supervisors and unit staff read public
 * deputies, stations and congresses (records they reach through links stay readable, without a menu entry).
 */
const readerResources = () => [
  <Resource key="Deputy" name="Deputy" list={DeputyList} show={DeputyShow} icon={BadgeIcon} recordRepresentation={(r: { person: { name: string } }) => r.person.name} />,
  <Resource key="Station" name="Station" list={StationList} show={StationShow} icon={HomeWorkIcon} recordRepresentation="name" />,
  <Resource key="Congress" name="Congress" list={CongressList} show={CongressShow} icon={AccountBalanceIcon} recordRepresentation="name" />,
  <Resource key="WorkingGroup" name="WorkingGroup" show={WorkingGroupShow} recordRepresentation="name" />,
  <Resource key="Region" name="Region" show={RegionShow} recordRepresentation="name" />,
  <Resource key="HandlingUnit" name="HandlingUnit" recordRepresentation="name" />,
];

/** Administrators and deputy affairs staff: the rolls; administrators also accounts, keys and the audit log. */
const resourcesFor = (permissions: Permissions | undefined) => {
  const admin = Boolean(permissions?.isAdmin);
  const rolls = Boolean(permissions?.keepsRolls);
  if (!rolls) return readerResources();
  return [
    <Resource key="Deputy" name="Deputy" list={DeputyList} show={DeputyShow} edit={rolls ? DeputyEdit : undefined} create={rolls ? DeputyCreate : undefined} icon={BadgeIcon} recordRepresentation={(r: { person: { name: string } }) => r.person.name} />,
    <Resource key="Station" name="Station" list={StationList} show={StationShow} edit={admin ? StationEdit : undefined} create={admin ? StationCreate : undefined} icon={HomeWorkIcon} recordRepresentation="name" />,
    <Resource key="WorkingGroup" name="WorkingGroup" list={WorkingGroupList} show={WorkingGroupShow} edit={rolls ? WorkingGroupEdit : undefined} create={rolls ? WorkingGroupCreate : undefined} icon={GroupsIcon} recordRepresentation="name" />,
    <Resource key="Congress" name="Congress" list={CongressList} show={CongressShow} edit={admin ? CongressEdit : undefined} create={admin ? CongressCreate : undefined} icon={AccountBalanceIcon} recordRepresentation="name" />,
    <Resource key="Region" name="Region" list={RegionList} show={RegionShow} edit={admin ? RegionEdit : undefined} create={admin ? RegionCreate : undefined} icon={MapIcon} recordRepresentation="name" />,
    <Resource key="HandlingUnit" name="HandlingUnit" list={HandlingUnitList} edit={admin ? HandlingUnitEdit : undefined} create={admin ? HandlingUnitCreate : undefined} icon={ApartmentIcon} recordRepresentation="name" />,
    ...(admin
      ? [
          <Resource key="User" name="User" list={UserList} edit={UserEdit} create={UserCreate} icon={PeopleIcon} recordRepresentation="displayName" />,
          <Resource key="ApiKey" name="ApiKey" list={ApiKeyList} create={ApiKeyCreate} icon={KeyIcon} />,
          <Resource key="AuditEvent" name="AuditEvent" list={AuditEventList} icon={HistoryIcon} />,
        ]
      : []),
  ];
};

export const App = () => (
  <Admin
    title="人大代表工作平台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    theme={theme}
    requireAuth
    layout={LocalizedLayout}
    disableTelemetry
  >
    {(permissions: Permissions | undefined) => [
      ...resourcesFor(permissions),
      <CustomRoutes key="me">
        <Route path="/me" element={<MePage />} />
      </CustomRoutes>,
      permissions?.keepsRolls ? (
        <CustomRoutes key="coverage">
          <Route path="/coverage" element={<CoveragePage />} />
          <Route path="/contacts" element={<ContactsPage />} />
          <Route path="/deputies/import" element={<ImportPage resource="Deputy" />} />
          <Route path="/stations/import" element={<ImportPage resource="Station" />} />
        </CustomRoutes>
      ) : null,
    ]}
  </Admin>
);
