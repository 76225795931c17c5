import { createRoot, type Root } from "react-dom/client";
import type { HostApi } from "../office/api";
import { createExcelHost, unavailableHost } from "../office/host";
import { PaneRoot } from "./root";
import type { OfficeThemeColors } from "./theme";

/*
 * Entry of the task pane. It renders only after Office.onReady so the host is known; outside
 * Office (a plain browser, or office.js failed to load) it renders with a host whose actions are
 * disabled and a notice to open the add-in from Excel.
 */

/** If office.js never reports ready, show the pane anyway instead of a blank page. */
const READY_FALLBACK_MS = 10000;

let root: Root | null = null;

function render(host: HostApi, officeTheme: OfficeThemeColors | null): void {
  const container = document.getElementById("root");
  if (!container) return;
  root ??= createRoot(container);
  root.render(
    // Keyed so a late onReady (after the fallback render) starts the pane afresh.
    <PaneRoot
      key={host.info().inExcel ? "excel" : "browser"}
      host={host}
      officeTheme={officeTheme}
    />
  );
}

/** Office's display language when office.js knows it, else the browser's. */
function paneLanguage(): string {
  try {
    const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    if (lang) return lang;
  } catch {
    // Office.context is not available outside Office
  }
  return typeof navigator !== "undefined" && navigator.language ? navigator.language : "id-ID";
}

function officeThemeColors(): OfficeThemeColors | null {
  try {
    return Office.context?.officeTheme ?? null;
  } catch {
    return null; // not supported on this host
  }
}

function start(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render(unavailableHost(paneLanguage()), null);
    return;
  }
  let ready = false;
  const fallback = setTimeout(() => {
    if (!ready) render(unavailableHost(paneLanguage()), null);
  }, READY_FALLBACK_MS);
  Office.onReady()
    .then((info) => {
      ready = true;
      clearTimeout(fallback);
      // Compared as text: Office.HostType may be missing when office.js is only partly loaded.
      if (String(info.host) === "Excel") render(createExcelHost(), officeThemeColors());
      else render(unavailableHost(paneLanguage()), null);
    })
    .catch(() => {
      ready = true;
      clearTimeout(fallback);
      render(unavailableHost(paneLanguage()), null);
    });
}

start();
