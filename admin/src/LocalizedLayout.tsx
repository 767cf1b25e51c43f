import { createTheme, ThemeProvider, type Theme } from "@mui/material/styles";
import { zhCN } from "@mui/material/locale";
import type { ReactNode } from "react";
import { useLocaleState } from "react-admin";
import { AppLayout } from "./AppLayout";

/** MUI's own strings ("No options", "Rows per page", …) follow the language switch; English is MUI's default. */
export const LocalizedLayout = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  if (locale === "en") return <AppLayout>{children}</AppLayout>;
  return (
    <ThemeProvider theme={(outer: Theme) => createTheme(outer, zhCN)}>
      <AppLayout>{children}</AppLayout>
    </ThemeProvider>
  );
};
