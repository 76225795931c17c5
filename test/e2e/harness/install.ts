/**
 * Installs the fake Excel/Office globals. Imported first by the harness entry, so the globals
 * exist before any add-in module is evaluated (as office.js does before the pane's bundle).
 */
import { addSheetModel, createWorkbookModel, installFakeOffice } from "./fake-excel";

export const workbook = createWorkbookModel("Laporan Kinerja DSPM.xlsx");
// A workbook as staff open it: one ordinary sheet with their own data, which must stay untouched.
const own = addSheetModel(workbook, "Catatan");
own.cells.set("0,0", { value: "Catatan staf", formula: null, numberFormat: "General" });
own.cells.set("1,0", { value: 42, formula: null, numberFormat: "General" });

const params = new URLSearchParams(location.search);
// ?foreign=NAME: a sheet of that name made by someone else (the add-in must never write to it).
const foreign = params.get("foreign");
if (foreign) {
  const sheet = addSheetModel(workbook, foreign);
  sheet.cells.set("0,0", {
    value: "Data milik bagian lain",
    formula: null,
    numberFormat: "General",
  });
  sheet.cells.set("1,1", { value: 3, formula: "=SUM(1,2)", numberFormat: "General" });
}
installFakeOffice(workbook, {
  displayLanguage: params.get("lang") ?? "id-ID",
  customFunctions: params.get("cf") !== "0",
  // ?platform=PC: Excel on Windows (openBrowserWindow, dialogs); the web otherwise.
  platform: params.get("platform") ?? "OfficeOnline",
  // ?theme=dark: Office's dark grey theme.
  officeTheme: params.get("theme") === "dark" ? { bodyBackgroundColor: "#262626" } : undefined,
});
