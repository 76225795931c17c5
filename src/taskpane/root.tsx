import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { HostApi } from "../office/api";
import { App } from "./App";
import { type OfficeThemeColors, themeFor } from "./theme";

export interface PaneRootProps {
  host: HostApi;
  officeTheme: OfficeThemeColors | null;
  initialYear?: number;
}

/** The task pane as it is mounted: Fluent's theme following Office's, around the App. */
export function PaneRoot({ host, officeTheme, initialYear }: PaneRootProps): React.ReactElement {
  const theme = themeFor(officeTheme);
  React.useEffect(() => {
    // Behind the pane too (overscroll, scrollbars): the theme's background and colour scheme.
    const html = document.documentElement;
    html.style.backgroundColor = theme.colorNeutralBackground1;
    html.style.colorScheme = isDark(officeTheme) ? "dark" : "light";
  }, [theme, officeTheme]);
  return (
    <FluentProvider theme={theme}>
      <App host={host} initialYear={initialYear} />
    </FluentProvider>
  );
}

function isDark(officeTheme: OfficeThemeColors | null): boolean {
  return themeFor(officeTheme).colorNeutralBackground1 !== themeFor(null).colorNeutralBackground1;
}
