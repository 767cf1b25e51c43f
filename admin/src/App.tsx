import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import ApartmentIcon from "@mui/icons-material/Apartment";
import MapIcon from "@mui/icons-material/Map";
import { Admin, Resource, defaultTheme } from "react-admin";
import { Dashboard } from "./Dashboard";
import { createDataProvider } from "./dataProvider";
import { i18nProvider } from "./i18n";
import { CongressCreate, CongressEdit } from "./resources/congresses/CongressEdit";
import { CongressList } from "./resources/congresses/CongressList";
import { CongressShow } from "./resources/congresses/CongressShow";
import { HandlingUnitCreate, HandlingUnitEdit, HandlingUnitList } from "./resources/handling-units/HandlingUnitList";
import { RegionCreate, RegionEdit } from "./resources/regions/RegionEdit";
import { RegionList } from "./resources/regions/RegionList";
import { RegionShow } from "./resources/regions/RegionShow";

const theme = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: { main: "#b71c1c" }, secondary: { main: "#8e0000" } },
  typography: {
    fontFamily: '"PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", system-ui, sans-serif',
  },
};

const dataProvider = createDataProvider();

export const App = () => (
  <Admin
    title="人大代表工作平台"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    theme={theme}
    disableTelemetry
  >
    <Resource name="Congress" list={CongressList} show={CongressShow} edit={CongressEdit} create={CongressCreate} icon={AccountBalanceIcon} recordRepresentation="name" />
    <Resource name="Region" list={RegionList} show={RegionShow} edit={RegionEdit} create={RegionCreate} icon={MapIcon} recordRepresentation="name" />
    <Resource name="HandlingUnit" list={HandlingUnitList} edit={HandlingUnitEdit} create={HandlingUnitCreate} icon={ApartmentIcon} recordRepresentation="name" />
  </Admin>
);
