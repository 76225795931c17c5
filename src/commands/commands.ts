/*
 * Ribbon commands (ExecuteFunction actions of manifest.xml). They run in the shared runtime, in
 * the same page as the task pane and the custom functions. The "Panel IKU" button needs no code
 * (ShowTaskpane); "Bantuan Fungsi" opens the help page next to this page.
 */

function openHelp(event: Office.AddinCommands.Event): void {
  try {
    // help.html is emitted next to taskpane.html, so it shares this page's base address.
    Office.context.ui.openBrowserWindow(new URL("help.html", window.location.href).href);
  } catch (error) {
    // A failure must still complete the command, or Excel keeps the button busy.
    console.error("Bantuan fungsi tidak dapat dibuka / cannot open the help page", error);
  }
  event.completed();
}

// Outside Office (a plain browser, or office.js unreachable) there is no ribbon to serve.
if (typeof Office !== "undefined") {
  Office.onReady((info) => {
    if (info.host) Office.actions.associate("openHelp", openHelp);
  });
}
