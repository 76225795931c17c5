import JSZip from "jszip";
import { parseXml } from "./transplant";
import { XMLSerializer } from "@xmldom/xmldom";

/**
 * exceljs writes every defined name workbook-wide (no localSheetId). The add-in's names are
 * sheet-scoped (DESIGN: one set of names per sheet, so 'IKU 2025' and 'IKU 2026' both have
 * IKU06_HASIL): this rewrites a saved package so each listed name is scoped to its sheet.
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export interface ScopedName {
  name: string;
  /** The sheet the name belongs to (its scope), by name. */
  sheet: string;
  /** ='Sheet'!$A$1 or 'Sheet'!$A$1 */
  refersTo: string;
}

/**
 * Adds `names` to the package's workbook.xml, each scoped to its sheet (localSheetId = the
 * sheet's position in <sheets>), after removing any name of the same name and scope, and any
 * workbook-wide name of that name that exceljs wrote pointing at the same sheet.
 */
export async function scopeNames(
  bytes: Buffer,
  names: readonly ScopedName[],
  /** Names of a sheet the add-in owns (all of them are replaced: none is left over). */
  owned?: { sheet: string; isOwned: (name: string) => boolean }
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error("The package has no xl/workbook.xml");
  const doc = parseXml(await part.async("string"));
  const root = doc.documentElement!;
  const sheetEls = Array.from(root.getElementsByTagNameNS(MAIN_NS, "sheet"));
  const indexOf = (sheet: string): number =>
    sheetEls.findIndex((s) => (s.getAttribute("name") ?? "").toUpperCase() === sheet.toUpperCase());
  let list = root.getElementsByTagNameNS(MAIN_NS, "definedNames")[0];
  if (!list) {
    list = doc.createElementNS(MAIN_NS, "definedNames");
    // definedNames follows sheets (and externalReferences); calcPr and later come after it.
    const sheets = root.getElementsByTagNameNS(MAIN_NS, "sheets")[0];
    root.insertBefore(list, sheets ? sheets.nextSibling : null);
  }
  if (owned) {
    const index = String(indexOf(owned.sheet));
    for (const el of Array.from(list.getElementsByTagNameNS(MAIN_NS, "definedName"))) {
      if (el.getAttribute("localSheetId") === index && owned.isOwned(el.getAttribute("name") ?? ""))
        list.removeChild(el);
    }
  }
  for (const n of names) {
    const index = indexOf(n.sheet);
    if (index < 0) throw new Error(`Sheet ${n.sheet} of name ${n.name} is not in the workbook`);
    const text = n.refersTo.replace(/^=/, "");
    for (const el of Array.from(list.getElementsByTagNameNS(MAIN_NS, "definedName"))) {
      if ((el.getAttribute("name") ?? "").toUpperCase() !== n.name.toUpperCase()) continue;
      const scope = el.getAttribute("localSheetId");
      if (scope === String(index) || (scope === null && el.textContent === text))
        list.removeChild(el);
    }
    const el = doc.createElementNS(MAIN_NS, "definedName");
    el.setAttribute("name", n.name);
    el.setAttribute("localSheetId", String(index));
    el.appendChild(doc.createTextNode(text));
    list.appendChild(el);
  }
  zip.file("xl/workbook.xml", new XMLSerializer().serializeToString(doc));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
