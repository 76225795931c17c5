import type { ValueTypeId } from "../rules";
import type { AturanCapaian } from "../aturan";
import type { Agregasi } from "../catalogue";
import type { Severity } from "../grid";
import type { Triwulan } from "./quarters";

/**
 * A sheet plan: everything the IKU sheet holds, as plain data. `src/office` applies it to Excel,
 * the CLI writes it with exceljs, the audit compares a workbook with it. Nothing about the layout
 * lives outside `src/core/sheet`.
 */

/** "iku": the add-in's custom functions; "excel": plain Excel formulas with the same results. */
export type FormulaMode = "iku" | "excel";

export interface SheetSettings {
  /** Reporting year (tahun pelaporan). */
  tahun: number;
  /** Nama perangkat daerah shown in the header (default from the catalogue). */
  namaPerangkatDaerah: string;
  /** Worksheet name (default "IKU <tahun>"). */
  sheetName: string;
  mode: FormulaMode;
  /** The agency's capaian rules (decimals, kategori bands, IKU 16 reading); default ATURAN_BAWAAN. */
  aturan?: AturanCapaian;
  /**
   * Target formulas by indicator code (upper case) linking to the Target Renstra sheet
   * (renstraTargetLinks); an indicator without one gets an empty Target input.
   */
  targetLinks?: Readonly<Record<string, string>>;
}

/** What a cell is for; drives styles, protection, validation and the audit. */
export type CellRole =
  | "title"
  | "header"
  | "label"
  | "text"
  | "input" // a formula component typed by staff (one quarter's)
  | "aggregate" // a component up to a quarter, or the year's: formula over the quarters
  | "target" // the target typed by staff
  | "result" // hasil: formula
  | "capaian" // formula
  | "kategori"; // formula

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** #RRGGBB */
  fontColor?: string;
  /** #RRGGBB background fill */
  fill?: string;
  horizontalAlignment?: "left" | "center" | "right";
  verticalAlignment?: "top" | "center" | "bottom";
  wrapText?: boolean;
  /** Thin border on all four edges. */
  border?: boolean;
  /** Excel's cell protection flag (effective only when the sheet is protected). */
  locked: boolean;
}

export interface PlanCell {
  /** A1 address on the plan's sheet, without $ (e.g. "J12"). */
  address: string;
  role: CellRole;
  /** Constant value. Absent for formula cells and for input cells (their value is the user's). */
  value?: string | number;
  /** Formula starting with "=", in Excel's English (invariant) syntax with "," separators. */
  formula?: string;
  /** Invariant number format ("0.00", "0", "@", "General"). */
  numberFormat?: string;
  /** Key into SheetPlan.styles. */
  style: string;
  /** Indicator code for the cells of one indicator. */
  indicator?: string;
  /** Workbook-scoped defined name that refers to this cell, if any. */
  name?: string;
  /** Component key (PEMBILANG, PENYEBUT, …) for input and aggregate cells. */
  component?: string;
  /** The quarter (1 = TW I) of an input, of an aggregate up to it, or of a quarter's result. */
  triwulan?: Triwulan;
}

export interface ValidationRule {
  /** A1 address (single cell) the rule applies to. */
  address: string;
  /**
   * "targetRange": a number ≥ min, or a text range such as "80-85" (checked by the core when
   * computed); Excel gets it as a custom rule (`formula`).
   */
  type: "wholeNumber" | "decimal" | "targetRange";
  operator: "greaterThanOrEqualTo" | "between";
  /** For "targetRange": the custom rule's formula, relative to `address`. */
  formula?: string;
  /** For "targetRange": a predikat SAKIP (AA … D) is accepted too (IKU 1). */
  predikat?: boolean;
  min: number;
  /** Upper bound for "between". */
  max?: number;
  /** Indonesian input message (shown when the cell is selected). */
  inputTitle: string;
  inputMessage: string;
  /** Indonesian error alert (stop style). */
  errorTitle: string;
  errorMessage: string;
}

export interface DefinedNamePlan {
  /** Workbook-scoped name, e.g. IKU06_PEMBILANG. */
  name: string;
  /** A1 address without $ on the plan's sheet. */
  address: string;
  /** Full reference as written in the name manager: ='IKU 2026'!$J$12 */
  refersTo: string;
}

/**
 * A conditional format of the plan: the in-sheet mark of "Periksa Data" on an input or target
 * cell. Excel evaluates it as values change, so the mark appears and disappears by itself and
 * never replaces the user's own fill; validation only reads.
 */
export interface ConditionalFormatPlan {
  /** A1 (without $) of the one cell the format applies to. */
  address: string;
  /** Custom rule formula ("=…", English syntax, relative to `address`): TRUE marks the cell. */
  formula: string;
  /** #RRGGBB fill and font colour of the mark. */
  fill: string;
  fontColor: string;
  /** The severity of the findings the mark stands for. */
  severity: Severity;
  /** Indicator code of the cell. */
  indicator: string;
}

export interface MergePlan {
  /** A1 range without $, e.g. "A1:G1". */
  range: string;
}

export interface SheetPlan extends SheetPlanLayout {
  settings: SheetSettings;
  sheetName: string;
  /** Every cell the plan writes, row-major. */
  cells: PlanCell[];
  styles: Record<string, CellStyle>;
  merges: MergePlan[];
  /** Column widths in characters (Excel's unit), by column letter. */
  columnWidths: Record<string, number>;
  /** Row heights in points for rows that need more than the default. */
  rowHeights: Record<number, number>;
  validations: ValidationRule[];
  /** The marks of invalid inputs and targets (conditional formats), in cell order. */
  conditionalFormats: ConditionalFormatPlan[];
  names: DefinedNamePlan[];
  /** Frozen panes: rows above and columns left of the first scrolling cell. */
  freeze: { rows: number; columns: number };
  print: {
    orientation: "landscape" | "portrait";
    fitToPagesWide: number;
    /** Rows repeated at the top of every printed page, e.g. "$9:$10". */
    titleRows: string;
    paperSize: "A4" | "F4" | "Letter";
    /** How error values print: "dash" prints an unfilled indicator's #N/A as "–". */
    errors: "dash" | "displayed";
  };
  /** Protect the sheet (no password) so formulas are locked; input cells stay unlocked. */
  protection: { protect: boolean };
  /** The used range of the plan, A1 without $, e.g. "A1:T40". */
  range: string;
}

/** A named cell of the plan. */
export interface PlanRef {
  /** Workbook-scoped defined name, e.g. IKU06_HASIL. */
  name: string;
  /** A1 address without $. */
  address: string;
}

/** One input cell of an indicator: a formula component's value in one quarter. */
export interface PlanComponentInput extends PlanRef {
  /** Component key from the catalogue (PEMBILANG, PENYEBUT, PANTI_ASUHAN, NILAI, …). */
  key: string;
  /** The quarter: 1 = TW I … 4 = TW IV. */
  triwulan: Triwulan;
  /** The catalogue's label of the component. */
  label: string;
  /** Its value type under the agency's rules (src/core/rules): IKU 16 may read rupiah. */
  valueType: ValueTypeId;
}

/** A component's aggregation: its value up to each quarter, the last one the year's. */
export interface PlanComponent {
  key: string;
  agregasi: Agregasi;
  /** Up to TW I, II, III (IKU06_PEMBILANG_SD_TW1…) and TW IV = the year (IKU06_PEMBILANG). */
  toDate: [PlanRef, PlanRef, PlanRef, PlanRef];
}

/** Where one indicator lives on the sheet. */
export interface PlanIndicator {
  code: string;
  /** First and last sheet row (1-based) of the indicator's block. */
  rows: [number, number];
  /** The cells staff type: every component in every quarter, in sheet order (TW I first). */
  inputs: PlanComponentInput[];
  /** The components' aggregations over the quarters, in the catalogue's order. */
  components: PlanComponent[];
  /** Hasil and capaian up to each quarter (TW I first). */
  quarters: { hasil: PlanRef; capaian: PlanRef }[];
  hasil: PlanRef;
  target: PlanRef;
  capaian: PlanRef;
  kategori: PlanRef;
}

/** Extra layout facts of a plan (added to SheetPlan; everything above stays as it was). */
export interface SheetPlanLayout {
  /** The indicators in sheet order. */
  indicators: PlanIndicator[];
  /** Rows of the table's heading (column titles) and its numbering row (1) … (7). */
  table: { headerRow: number; numberingRow: number; firstRow: number; lastRow: number };
  /** The marker name (IKU_LEMBAR) that refers to A1 of a sheet made by the add-in. */
  marker: PlanRef;
}

/**
 * What a sheet writer needs of a plan: the year sheet's, or another sheet's of the same shape
 * (Target Renstra, Pengukuran Kinerja).
 */
export type WritableSheet = Pick<
  SheetPlan,
  | "sheetName"
  | "cells"
  | "styles"
  | "merges"
  | "columnWidths"
  | "rowHeights"
  | "validations"
  | "conditionalFormats"
  | "names"
  | "freeze"
  | "print"
  | "protection"
>;
