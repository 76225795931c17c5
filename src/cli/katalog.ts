import ExcelJS from "exceljs";
import { CATALOGUE } from "../core/catalogue";
import type { Catalogue } from "../core/catalogue";
import type { Finding, SheetGrid } from "../core/grid";
import { KATALOG_POLARITIES, katalogKinds } from "../core/katalog/catalogue";
import { KATALOG_COLUMNS, KATALOG_MAX_INDICATORS, KATALOG_SHEET } from "../core/katalog/layout";
import type { KatalogField } from "../core/katalog/layout";
import { catalogueOfKatalog, katalogSheetName } from "../core/katalog/workbook";
import type { WorkbookCatalogue } from "../core/katalog/workbook";
import { katalogContent, katalogExampleContent } from "../core/katalog/write";
import type { KatalogContent } from "../core/katalog/write";
import { toA1 } from "../core/formula-parser/address";
import type { KatalogArgs } from "./args";
import type { CatalogueSource, CliMessages, Lang } from "./messages";
import { checkNewFile, GenerateRefused, newWorkbook, save } from "./generate";
import { loadExcelJs, openPackage, readXlsxBytes, sheetGrid, workbookSheets } from "./xlsx-read";

/**
 * The "Katalog IKU" sheet on the command line: `iku katalog --out` writes one for staff to edit,
 * and `iku generate` reads one (its own workbook's, or another's with --katalog). A Katalog with
 * mistakes is refused as a whole: every mistake is printed with its cell and nothing is written.
 */

/** A usable Katalog sheet, with what is needed to copy it into another workbook. */
export interface ResolvedKatalog {
  catalogue: Catalogue;
  source: CatalogueSource & { source: "katalog" };
  /** The sheet as exceljs read it (styles, widths, validations) and as values. */
  ws: ExcelJS.Worksheet;
  grid: SheetGrid;
}

/** The refusal of a Katalog with mistakes: each one with its cell and message. */
export function katalogRefused(file: string, findings: readonly Finding[], m: CliMessages) {
  return new GenerateRefused(
    m.katalogMistakes(
      file,
      findings.map((f) => ({ sheet: f.sheet, cell: f.cell, message: f.message }))
    )
  );
}

/** The catalogue of a Katalog sheet, or its refusal. */
export function usableKatalog(read: WorkbookCatalogue, file: string, m: CliMessages): Catalogue {
  if (!read.ok) throw katalogRefused(file, read.findings, m);
  return read.catalogue;
}

/**
 * The Katalog sheet of another workbook (iku generate --katalog FILE), read in full (not only
 * for a grid): its formatting and validations go with it when it is copied.
 */
export async function katalogOfFile(
  file: string,
  m: CliMessages,
  lang: Lang
): Promise<ResolvedKatalog> {
  const bytes = await readXlsxBytes(file);
  const pkg = await openPackage(bytes, file);
  const sheets = workbookSheets(pkg, await loadExcelJs(bytes, file), file);
  const name = katalogSheetName(sheets.map((s) => s.name));
  const ws = sheets.find((s) => s.name === name)?.ws;
  if (name === undefined || !ws) throw new GenerateRefused(m.noKatalogSheet(file, KATALOG_SHEET));
  const grid = sheetGrid(ws, file, name);
  const catalogue = usableKatalog(catalogueOfKatalog(grid, { lang }), file, m);
  return { catalogue, source: { source: "katalog", sheet: name, file }, ws, grid };
}

/** Whether two catalogues generate the same sheet (the same agency, sasaran and indicators). */
export function sameCatalogue(a: Catalogue, b: Catalogue): boolean {
  const key = (c: Catalogue) => JSON.stringify([c.agency, c.sasaran, c.indicators]);
  return key(a) === key(b);
}

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9E1F2" },
};

/** Columns whose text is long: wrapped, so a row shows all of it. */
const WRAPPED = new Set<KatalogField>([
  "sasaran",
  "indikator",
  "komponen1",
  "komponen2",
  "komponen3",
  "formula",
  "catatan",
]);

/**
 * Adds a Katalog sheet made from `content`, formatted for editing: bold labels and table header,
 * column widths, the header row frozen, and lists on Jenis and Polaritas (a warning, not a stop:
 * the reader accepts any case, and its findings say what is wrong).
 */
export function addKatalogSheet(
  workbook: ExcelJS.Workbook,
  content: KatalogContent,
  m: CliMessages
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(KATALOG_SHEET);
  content.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  content.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      if (r < content.headerRow && c === 0) cell.font = { bold: true };
      if (r > content.headerRow) {
        cell.alignment = { vertical: "top", wrapText: WRAPPED.has(KATALOG_COLUMNS[c].field) };
      } else if (r < content.headerRow) {
        cell.alignment = { vertical: "top", wrapText: c === 1 };
      }
    });
  });
  const header = content.headerRow + 1;
  KATALOG_COLUMNS.forEach((_, c) => {
    const cell = ws.getCell(header, c + 1);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
    cell.border = { bottom: { style: "thin", color: { argb: "FF808080" } } };
  });
  // The header block's values span the table's width in reading, not in cells: no merges, so
  // the reader sees each value in column B as staff typed it.
  ws.views = [
    { state: "frozen", xSplit: 1, ySplit: header, topLeftCell: toA1({ row: header, col: 1 }) },
  ];
  const kinds = Object.keys(katalogKinds(CATALOGUE.rules));
  const lists: [KatalogField, string[], string, (a: string) => string][] = [
    ["jenis", kinds, m.katalogValidation.jenisTitle, m.katalogValidation.jenisPrompt],
    [
      "polaritas",
      [...KATALOG_POLARITIES],
      m.katalogValidation.polaritasTitle,
      m.katalogValidation.polaritasPrompt,
    ],
  ];
  for (const [field, words, title, prompt] of lists) {
    const c = KATALOG_COLUMNS.findIndex((col) => col.field === field) + 1;
    const allowed = words.join(", ");
    for (let r = header + 1; r <= header + KATALOG_MAX_INDICATORS; r++) {
      ws.getCell(r, c).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${words.join(",")}"`],
        showInputMessage: true,
        promptTitle: title,
        prompt: prompt(allowed),
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: title,
        error: m.katalogValidation.error(title, allowed),
      };
    }
  }
  return ws;
}

/**
 * Copies a Katalog sheet into another workbook as staff made it: every value as read (a formula
 * becomes its value, the other workbook's cells being absent here), with its styles, column
 * widths, frozen panes and validations.
 */
export function copyKatalogSheet(
  workbook: ExcelJS.Workbook,
  source: ResolvedKatalog
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(source.source.sheet);
  const from = source.ws;
  from.columns?.forEach((col, i) => {
    if (col.width !== undefined) ws.getColumn(i + 1).width = col.width;
  });
  source.grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      if (value !== "" && value !== null) cell.value = value;
      cell.style = styleCopy(from.getCell(r + 1, c + 1));
    });
  });
  from.eachRow((row, r) => {
    if (row.height !== undefined) ws.getRow(r).height = row.height;
  });
  // Validations are kept by address, empty cells included (exceljs has no typed access to them).
  const validations = (w: ExcelJS.Worksheet) =>
    (
      w as unknown as {
        dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
      }
    ).dataValidations.model;
  const target = validations(ws);
  for (const [address, rule] of Object.entries(validations(from))) {
    if (rule) target[address] = JSON.parse(JSON.stringify(rule)) as ExcelJS.DataValidation;
  }
  const view = from.views?.find((v) => v.state === "frozen");
  if (view) ws.views = [{ ...view }];
  return ws;
}

/** A cell's style as a new object (exceljs shares style objects by reference). */
function styleCopy(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>;
}

/** `iku katalog --out FILE [--kosong]`: a new workbook with one Katalog sheet. */
export async function runKatalog(args: KatalogArgs, m: CliMessages): Promise<string> {
  await checkNewFile(args.out, args.force, m, m.katalogOutExists(args.out));
  const content = args.kosong ? katalogExampleContent(CATALOGUE) : katalogContent(CATALOGUE);
  const workbook = newWorkbook();
  addKatalogSheet(workbook, content, m);
  await save(workbook, args.out, m);
  return m.katalogWritten(args.out, CATALOGUE.indicators.length, args.kosong);
}
