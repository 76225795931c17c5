/**
 * Installs the fake Excel/Office globals. Imported first by the harness entry, so the globals
 * exist before any add-in module is evaluated (as office.js does before the pane's bundle).
 */
import { createFakeExcel } from "../../fake-excel/fake-excel";
import { installFakeOffice } from "./office";

const params = new URLSearchParams(location.search);
// ?foreign=NAME: a sheet of that name made by someone else (the add-in must never write to it).
const foreign = params.get("foreign");

// A workbook as staff open it: one ordinary sheet with their own data, which must stay untouched.
export const excel = createFakeExcel({
  workbookName: "Laporan Kinerja DSPM.xlsx",
  sheets: foreign ? ["Catatan", foreign] : ["Catatan"],
});
excel.typeAt("Catatan", "A1", "Catatan staf");
excel.typeAt("Catatan", "A2", 42);
if (foreign) {
  excel.typeAt(foreign, "A1", "Data milik bagian lain");
  excel.sheet(foreign).cells.set("B2", { formula: "=SUM(1,2)", value: 3 });
}
excel.workbook.active = "Catatan";

installFakeOffice(excel, {
  displayLanguage: params.get("lang") ?? "id-ID",
  customFunctions: params.get("cf") !== "0",
  // ?platform=PC: Excel on Windows (openBrowserWindow, dialogs); the web otherwise.
  platform: params.get("platform") ?? "OfficeOnline",
  // ?theme=dark: Office's dark grey theme.
  officeTheme: params.get("theme") === "dark" ? { bodyBackgroundColor: "#262626" } : undefined,
});
