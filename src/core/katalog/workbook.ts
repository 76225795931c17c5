import { CATALOGUE } from "../catalogue";
import type { Catalogue } from "../catalogue";
import type { Finding, SheetGrid, WorkbookGrid } from "../grid";
import { rulesOf } from "../rules";
import { katalogCatalogue, readKatalogSheet } from "./catalogue";
import { KATALOG_SHEET } from "./layout";

/**
 * Which catalogue a workbook is read and generated with: its own "Katalog IKU" sheet when it has
 * one, the built-in catalogue otherwise. Every caller (Generate, Periksa Data, Audit Rumus, the
 * CLI) asks here, so they all agree on one catalogue per workbook.
 */

export type WorkbookCatalogue =
  | { ok: true; source: "builtin"; catalogue: Catalogue }
  | { ok: true; source: "katalog"; sheet: string; catalogue: Catalogue }
  /** A Katalog with mistakes: never half-used, so there is no catalogue, only its findings. */
  | { ok: false; source: "katalog"; sheet: string; findings: Finding[] };

/** The Katalog sheet among a workbook's sheet names (Excel compares sheet names ignoring case). */
export function katalogSheetName(sheetNames: readonly string[]): string | undefined {
  const wanted = KATALOG_SHEET.toUpperCase();
  return sheetNames.find((name) => name.trim().toUpperCase() === wanted);
}

export interface WorkbookCatalogueOptions {
  /** The catalogue an indicator of the Katalog may keep its named function from (built-in). */
  builtIn?: Catalogue;
  /** Language of the findings' messages. */
  lang?: "id" | "en";
}

/** The catalogue of one Katalog sheet (its grid as Excel or exceljs reads it). */
export function catalogueOfKatalog(
  sheet: SheetGrid,
  options: WorkbookCatalogueOptions = {}
): WorkbookCatalogue {
  const builtIn = options.builtIn ?? CATALOGUE;
  const rules = rulesOf(builtIn);
  const read = readKatalogSheet(sheet, rules, options.lang ?? "id");
  if (!read.ok) return { ok: false, source: "katalog", sheet: sheet.name, findings: read.findings };
  return {
    ok: true,
    source: "katalog",
    sheet: sheet.name,
    catalogue: katalogCatalogue(read.header, read.entries, builtIn, rules),
  };
}

/** The catalogue of a workbook: its Katalog sheet's when it has one, else the built-in one. */
export function workbookCatalogue(
  grid: WorkbookGrid,
  options: WorkbookCatalogueOptions = {}
): WorkbookCatalogue {
  const name = katalogSheetName(grid.sheets.map((s) => s.name));
  const sheet = name === undefined ? undefined : grid.sheets.find((s) => s.name === name);
  if (!sheet) return { ok: true, source: "builtin", catalogue: options.builtIn ?? CATALOGUE };
  return catalogueOfKatalog(sheet, options);
}
