import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { HostApi } from "../../src/office/api";
import { App } from "../../src/taskpane/App";

export const YEAR = 2026;

/** Renders the whole pane as index.tsx does, with a fixed default year. */
export function renderPane(host: HostApi): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialYear={YEAR} />
    </FluentProvider>
  );
}
