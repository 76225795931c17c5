import type { HelpOpening } from "./api";

/*
 * What the pane needs from Office besides Excel: opening the help page and remembering a few
 * per-user preferences (the first-run placemat). Kept apart from the Excel operations because
 * neither needs a workbook.
 */

type OfficeContextLike = {
  displayLanguage?: string;
  platform?: unknown;
  diagnostics?: { platform?: unknown };
  requirements?: { isSetSupported(name: string, version?: string): boolean };
  ui?: {
    openBrowserWindow?: (url: string) => void;
    displayDialogAsync?: (
      url: string,
      options: { height: number; width: number; promptBeforeOpen?: boolean },
      callback?: (result: { status: unknown }) => void
    ) => void;
  };
  document?: {
    settings?: {
      get(name: string): unknown;
      set(name: string, value: unknown): void;
      saveAsync(callback?: (result: unknown) => void): void;
    };
  };
};

function officeContext(): OfficeContextLike | undefined {
  try {
    return typeof Office !== "undefined"
      ? (Office.context as unknown as OfficeContextLike | undefined)
      : undefined;
  } catch {
    return undefined; // Office.context throws before onReady on some hosts
  }
}

function openWindow(url: string): boolean {
  if (typeof window === "undefined" || typeof window.open !== "function") return false;
  const opened = window.open(url, "_blank");
  if (opened) opened.opener = null; // the help page has no business with the pane
  return opened !== null;
}

/**
 * Opens `url` (the help page) outside the pane. Called inside the click handler, so a browser
 * window opened by `window.open` counts as a user gesture.
 * - Excel on Windows and Mac: Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1);
 * - Excel on the web has no openBrowserWindow, but the pane is a page in the browser: a new tab;
 * - otherwise an Office dialog (same domain as the pane), and last a plain window.
 */
export function openHelpPage(url: string): HelpOpening {
  const ctx = officeContext();
  try {
    if (
      ctx?.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1") &&
      typeof ctx.ui?.openBrowserWindow === "function"
    ) {
      ctx.ui.openBrowserWindow(url);
      return "browser";
    }
  } catch {
    // fall through to the other ways
  }
  const platform = String(ctx?.diagnostics?.platform ?? ctx?.platform ?? "");
  if (ctx && platform !== "OfficeOnline" && typeof ctx.ui?.displayDialogAsync === "function") {
    try {
      ctx.ui.displayDialogAsync(url, { height: 80, width: 40, promptBeforeOpen: false });
      return "dialog";
    } catch {
      // fall through to a window
    }
  }
  return openWindow(url) ? "window" : "none";
}

const PREFIX = "iku-addin.";

/**
 * Per-user preferences. localStorage first (per user and per add-in origin, the right scope for
 * "seen the first-run placemat"); the document's settings only where storage is blocked, because
 * they travel with the workbook and saving them clears Excel's undo stack (office-js#3141).
 */
export function readPreference(key: string): string | null {
  try {
    const v = window.localStorage.getItem(PREFIX + key);
    if (v !== null) return v;
  } catch {
    // storage blocked: try the document
  }
  try {
    const v = officeContext()?.document?.settings?.get(PREFIX + key);
    return typeof v === "string" ? v : null;
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + key, value);
    return;
  } catch {
    // storage blocked: keep it in the document instead
  }
  try {
    const settings = officeContext()?.document?.settings;
    if (!settings) return;
    settings.set(PREFIX + key, value);
    settings.saveAsync();
  } catch {
    // nothing else can remember it; the placemat shows again next time
  }
}

/** Excel's display language as the add-in's texts know it: Indonesian, or English otherwise. */
export function officeLanguage(): "id" | "en" {
  let lang = "";
  try {
    lang = officeContext()?.displayLanguage ?? "";
  } catch {
    lang = "";
  }
  return lang === "" || /^id(?:[-_]|$)/i.test(lang) ? "id" : "en";
}
