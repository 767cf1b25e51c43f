import { useMediaQuery, type Theme } from "@mui/material";
import type { ReactElement } from "react";
import { SimpleList, type SimpleListProps } from "react-admin";

/** On a phone (narrower than MUI's `sm`, 600 px) a table does not fit: each record becomes a two-line list item. */
export const PhoneOr = ({ children, ...simpleList }: SimpleListProps & { children: ReactElement }) => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"), { noSsr: true });
  return phone ? <SimpleList {...simpleList} /> : children;
};
