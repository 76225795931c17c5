/*
 * "Bantuan Fungsi": shows the help page wherever the add-in runs.
 *
 * - Office.context.ui.openBrowserWindow needs OpenBrowserWindowApi 1.1, which Excel on the web
 *   does not have: it is used only where the requirement set says it exists.
 * - Otherwise (or when it throws) the page opens in an Office dialog (displayDialogAsync,
 *   DialogApi 1.1, every Excel with a task pane).
 * - When the dialog cannot open either (a dialog already open: 12007; the browser blocked the
 *   pop-up: 12009 …) the task pane is shown with a notice that names the error and links the
 *   page, so a click on the button never ends in nothing.
 */

/** The event the task pane listens for (same page: the shared runtime). */
export const HELP_PROBLEM_EVENT = "iku-help-problem";

export interface HelpProblemDetail {
  /** The help page's address, for a link in the notice. */
  url: string;
  /** What failed, e.g. "12007: A dialog box is already opened from this add-in." */
  detail: string;
}

export type HelpOutcome =
  | { shown: "browser" | "dialog" }
  | { shown: "pane"; problem: HelpProblemDetail }
  | { shown: "none"; problem: HelpProblemDetail };

/** The part of Office.js the command uses (an interface, so tests pass a host without it). */
export interface HelpOffice {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui: {
      openBrowserWindow?(url: string): void;
      displayDialogAsync(
        url: string,
        options: Office.DialogOptions,
        callback: (result: Office.AsyncResult<Office.Dialog>) => void
      ): void;
    };
  };
  addin?: { showAsTaskpane(): Promise<void> };
}

function describeError(e: unknown): string {
  if (e !== null && typeof e === "object") {
    const code = (e as { code?: unknown }).code;
    const message = (e as { message?: unknown }).message;
    const parts = [code, message].filter((p) => p !== undefined && p !== "").map(String);
    if (parts.length > 0) return parts.join(": ");
  }
  return String(e);
}

function supported(office: HelpOffice, name: string, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported(name, version);
  } catch {
    return false; // a host without the requirements API has neither
  }
}

/** Opens the help page in an Office dialog; resolves with the error text, or null when open. */
function openDialog(office: HelpOffice, url: string): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      office.context.ui.displayDialogAsync(
        url,
        // Large enough to read the tables; in an iframe on the web, so no pop-up blocker.
        { height: 80, width: 60, displayInIframe: true },
        (result) => {
          // Office.AsyncResultStatus.Succeeded is "succeeded"; compared as text so the module
          // needs no Office global (tests, a host without it).
          if (String(result.status) === "succeeded") {
            // The page sends no messages; the user closes the dialog with its own button.
            resolve(null);
          } else {
            resolve(describeError(result.error));
          }
        }
      );
    } catch (e) {
      resolve(describeError(e));
    }
  });
}

/**
 * Shows the help page at `url`: in the browser where Office can open one, else in a dialog,
 * else the pane with a notice (`notify` receives it). Never throws.
 */
export async function showHelp(
  office: HelpOffice,
  url: string,
  notify: (problem: HelpProblemDetail) => void
): Promise<HelpOutcome> {
  const failures: string[] = [];
  const openBrowserWindow = office.context.ui.openBrowserWindow;
  if (supported(office, "OpenBrowserWindowApi", "1.1") && typeof openBrowserWindow === "function") {
    try {
      openBrowserWindow.call(office.context.ui, url);
      return { shown: "browser" };
    } catch (e) {
      failures.push(`openBrowserWindow: ${describeError(e)}`);
    }
  }
  const dialogError = await openDialog(office, url);
  if (dialogError === null) return { shown: "dialog" };
  failures.push(`displayDialogAsync: ${dialogError}`);

  const problem: HelpProblemDetail = { url, detail: failures.join(" · ") };
  try {
    if (office.addin) await office.addin.showAsTaskpane();
    notify(problem);
    return { shown: "pane", problem };
  } catch (e) {
    problem.detail = `${problem.detail} · showAsTaskpane: ${describeError(e)}`;
    notify(problem);
    return { shown: "none", problem };
  }
}

/** Hands a help problem to the task pane of this page (see HelpNotice). */
export function notifyPane(problem: HelpProblemDetail): void {
  window.dispatchEvent(new CustomEvent<HelpProblemDetail>(HELP_PROBLEM_EVENT, { detail: problem }));
}
