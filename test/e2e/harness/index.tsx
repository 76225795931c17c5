// The fake Excel must exist before any add-in module runs: keep this import first.
import { excel } from "./install";
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../../../src/office/host";
import { PaneRoot } from "../../../src/taskpane/root";
import type { OfficeThemeColors } from "../../../src/taskpane/theme";
import { createControl } from "./control";

/*
 * Test page: the real task pane (App) with the real Excel host (createExcelHost and the
 * src/office code behind it) running against the in-page fake workbook. Rendered after
 * Office.onReady, as the pane's own entry does.
 */
(window as unknown as { __ikuHarness: unknown }).__ikuHarness = createControl(excel);

void Office.onReady().then(() => {
  const container = document.getElementById("root") as HTMLElement;
  const officeTheme = (Office.context as { officeTheme?: OfficeThemeColors }).officeTheme ?? null;
  createRoot(container).render(<PaneRoot host={createExcelHost()} officeTheme={officeTheme} />);
});
