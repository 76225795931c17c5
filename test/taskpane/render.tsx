import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { HostApi } from "../../src/office/api";
import { App } from "../../src/taskpane/App";
import { loadCheckTabs } from "../../src/taskpane/checkTabs";
import { loadRingkasanTab } from "../../src/taskpane/ringkasanTabLoader";
import { loadRenstraSection } from "../../src/taskpane/renstraLazy";

// The Periksa Data and Audit Rumus tabs load on demand (checkTabs.tsx); here they are loaded
// before the first render, as in a pane whose chunk has arrived (the Ringkasan tab and the
// Target Renstra section too). check-tabs.test.tsx covers the wait itself.
beforeAll(() => Promise.all([loadCheckTabs(), loadRingkasanTab(), loadRenstraSection()]));

export const YEAR = 2026;

/** Renders the whole pane as index.tsx does, with a fixed default year. */
export function renderPane(host: HostApi): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialYear={YEAR} />
    </FluentProvider>
  );
}
