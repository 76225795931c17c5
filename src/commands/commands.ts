/*
 * Ribbon commands (ExecuteFunction actions of manifest.xml). They run in the shared runtime, in
 * the same page as the task pane and the custom functions. The "Panel IKU" button needs no code
 * (ShowTaskpane); "Bantuan Fungsi" shows the help page (help.ts).
 */
import { notifyPane, showHelp } from "./help";

function openHelp(event: Office.AddinCommands.Event): void {
  // help.html is emitted next to taskpane.html, so it shares this page's base address.
  const url = new URL("help.html", window.location.href).href;
  showHelp(Office, url, notifyPane)
    .catch((error: unknown) => {
      // showHelp does not throw; this only keeps a bug from leaving the button busy.
      console.error("Bantuan fungsi tidak dapat dibuka / cannot open the help page", error);
    })
    // Excel keeps the button busy until the command completes.
    .finally(() => event.completed());
}

// Outside Office (a plain browser, or office.js unreachable) there is no ribbon to serve.
if (typeof Office !== "undefined") {
  Office.onReady((info) => {
    if (info.host) Office.actions.associate("openHelp", openHelp);
  });
}
