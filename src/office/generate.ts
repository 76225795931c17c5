import { CATALOGUE } from "../core/catalogue";
import {
  findRenstra,
  isRenstraLink,
  RENSTRA_SHEET,
  renstraTargetLinks,
} from "../core/sakip/renstra";
import type { Catalogue } from "../core/catalogue";
import { buildSheetPlan, columnLetter, MARKER_NAME, parseAddress } from "../core/sheet/plan";
import { findUserNotes, previousLayout } from "../core/sheet/notes";
import type { SheetArea, UserNote } from "../core/sheet/notes";
import type { CellStyle, SheetPlan, SheetSettings, ValidationRule } from "../core/sheet/types";
import { parseNameReference, sameSheet } from "../core/formula-parser/name-reference";
import type { GridValue, SheetGrid } from "../core/grid";
import { KATALOG_SHEET } from "../core/katalog/layout";
import { katalogSheetName, workbookCatalogue } from "../core/katalog/workbook";
import type { WorkbookCatalogue } from "../core/katalog/workbook";
import { addinNames, decideRegeneration, markedSheet, namesSeenOn } from "../core/sheet/regenerate";
import { yearSheets } from "../core/find-iku-sheet";
import type { YearSheet } from "../core/find-iku-sheet";
import { WorkbookIndex } from "../core/workbook-index";
import { catalogueUsed } from "../core/validate";
import type { GenerateOutcome, HostProblem, HostResult } from "./api";
import { yearValueMoves } from "../core/sheet/upgrade";
import type { YearValueMove } from "../core/sheet/upgrade";
import { classifyOfficeError, officeErrorInfo, runInExcel, suspendUntilNextSync } from "./excel";
import { officeLanguage } from "./shell";
import { paneSheets, type SheetMemo } from "./sheet-memo";
import { BACKUP_SHEET } from "../core/namespace";

export { BACKUP_SHEET };

/**
 * Applies a sheet plan to Excel in two syncs for a sheet whose write fits one request (the
 * built-in catalogue and Katalogs of over a hundred indicators):
 * 1. one read: the workbook's sheet names and protection (with its options), its defined names
 *    (formulas), the used range of the sheet of that name (the current value of every input/target
 *    name of the plan is read there, through the name's reference, never by position) and, when
 *    the plan is made from the settings, the used range of the "Katalog IKU" sheet: the plan is
 *    then built after the read from the workbook's catalogue (its Katalog, else the built-in one),
 *    and a Katalog with mistakes stops the generate before anything is written (a Katalog sheet
 *    whose name has spaces around it, which Excel's lookup by name does not match, costs one more
 *    read);
 * 2. one write: over an existing sheet, first a hidden copy of it (the restore's source if the
 *    write fails midway, deleted as the write's last operation), then the whole sheet (names,
 *    number formats and contents as one 2-D array each, formats per style as multi-area ranges,
 *    merges, widths, heights, validations, the marks of invalid inputs as conditional formats,
 *    freeze, the print setup, then the protection), with calculation and screen updating
 *    suspended. Excel on the web refuses a request over 5 MB: a larger write is cut into batches
 *    of whole steps (planSteps), one sync each, in the same order; the hidden copy still makes a
 *    failure in any batch restorable.
 * A sheet of that name that the add-in did not make (IKU_LEMBAR does not refer to it) is never
 * written. The layout comes from the plan only; nothing here decides where a cell goes.
 */

/** Excel on the web refuses requests above 5 MB. */
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

/** A defined name as the read found it. */
export interface SnapshotName {
  name: string;
  formula: string;
  /** The sheet whose scope holds it; undefined: workbook-scoped. */
  sheet?: string;
}

/** What the read sync found, as plain data (so the decision is a pure, tested function). */
export interface WorkbookSnapshot {
  /** Each sheet, with its protection's options as read (to put them back after a failure). */
  sheets: { name: string; protected: boolean; options?: Excel.WorksheetProtectionOptions }[];
  /**
   * Defined names with their formulas ("='IKU 2026'!$H$19"): the workbook's and every sheet's
   * own (`sheet`: the sheet whose scope holds it).
   */
  names: SnapshotName[];
  /** The workbook's year sheets (tahun → sheet), for the one-sheet-per-year check. */
  years?: YearSheet[];
  /** Current values of the plan's input/target names that exist (by name). */
  values: Record<string, { value: unknown; type: string; formula?: unknown }>;
  /** The used range of a sheet named like the plan's, if there is one. */
  area?: (SheetArea & { values: unknown[][]; numberFormats: unknown[][] }) | null;
}

/**
 * What a generate writes: a plan already built (with the built-in catalogue's names), or the
 * settings, planned after the read from the workbook's catalogue.
 */
export type GenerateRequest = SheetPlan | { settings: SheetSettings };

/** Options of a generate chosen by the user. */
export interface GenerateOptions {
  /** The user saw the notes typed inside the table and agreed to remove them. */
  removeNotes?: boolean;
  /**
   * The settings' agency name is a default the user did not type: the Katalog's Perangkat Daerah,
   * when it names one, is the sheet's agency instead.
   */
  agencyFromKatalog?: boolean;
}

export type GenerateDecision =
  | { ok: false; problem: HostProblem }
  | {
      ok: true;
      /** The existing sheet's exact name, or null when the sheet is created. */
      existing: string | null;
      protected: boolean;
      /** Values to write back, by plan address. */
      kept: Map<string, unknown>;
      /** Typed year values of a one-year sheet moved to TW IV (src/core/sheet/upgrade.ts). */
      moved: YearValueMove[];
      /** Range cleared before writing: the plan's range and the old table's extent. */
      clearRange: string;
      /** IKU names of the old table (the sheet's own) that the plan no longer has. */
      staleNames: string[];
      /**
       * Workbook-scoped IKU names that refer to the sheet (a one-year workbook made before
       * names were sheet-scoped): deleted, the plan's names are then added as the sheet's own.
       */
      legacyNames: string[];
      /** Plan names the sheet already has as its own (updated in place rather than added). */
      existingNames: Set<string>;
      /**
       * Cells whose conditional formats are replaced: the plan's input and target cells and the
       * cells of the old table's names (where older marks may sit). On the add-in's protected
       * sheet nobody else can add conditional formats there; elsewhere none are touched.
       */
      markCells: string[];
      /** Cells typed by staff inside the area the write clears (see findUserNotes). */
      notes: UserNote[];
    };

/** Whether a value read from an input cell is something staff typed (not blank, not an error). */
function typedValue(v: { value: unknown; type: string } | undefined): boolean {
  if (!v || v.type === "Error" || v.type === "Empty") return false;
  return v.value !== "" && v.value !== null && v.value !== undefined;
}

/** Decides what the write does, from the plan and what the read found. Pure. */
export function decideGeneration(
  plan: SheetPlan,
  snap: WorkbookSnapshot,
  catalogue: Catalogue = CATALOGUE
): GenerateDecision {
  const workbook = {
    sheets: snap.sheets.map((s) => s.name),
    names: snap.names.map((n) => ({ name: n.name, refersTo: n.formula, sheet: n.sheet })),
  };
  // With the workbook: an old table's names after a Katalog edit are the add-in's too.
  const ours = addinNames(plan, catalogue, workbook);
  const decision = decideRegeneration(
    plan.sheetName,
    workbook,
    plan.settings.tahun,
    snap.years ?? []
  );
  if (!decision.ok) return { ok: false, problem: decision.refusal };
  const target = snap.sheets.find((s) => s.name === decision.existing) ?? null;
  // The names as the sheet's formulas see them: its own, then the workbook's.
  const seen = target ? namesSeenOn(workbook, target.name) : [];
  const refs = new Map(seen.map((n) => [n.name.toUpperCase(), parseNameReference(n.refersTo)]));

  const kept = new Map<string, unknown>();
  const owned = new Set<string>();
  const keptNames = new Set(
    plan.indicators.flatMap((ind) => [...ind.inputs, ind.target].map((c) => c.name.toUpperCase()))
  );
  const oldNames: { name: string; address: string }[] = [];
  const staleNames: string[] = [];
  const legacyNames: string[] = [];
  const planNames = new Set(plan.names.map((n) => n.name.toUpperCase()));
  const existingNames = new Set<string>();
  const markCells = new Set(plan.conditionalFormats.map((cf) => cf.address));
  let maxRow = parseAddress(plan.range.split(":")[1]).row;
  let maxColumn = parseAddress(plan.range.split(":")[1]).column;
  for (const n of seen) {
    if (n.sheet !== undefined && planNames.has(n.name.toUpperCase()))
      existingNames.add(n.name.toUpperCase());
  }
  if (target) {
    for (const n of seen) {
      const ref = refs.get(n.name.toUpperCase());
      if (!ref || !sameSheet(ref.sheet, target.name)) continue;
      if (!ours.has(n.name.toUpperCase())) continue;
      const { row, column } = parseAddress(ref.address);
      maxRow = Math.max(maxRow, row);
      maxColumn = Math.max(maxColumn, column);
      if (n.name.toUpperCase() !== MARKER_NAME) markCells.add(ref.address);
      // Inputs and targets come back by name; a constant typed over a result formula does not.
      if (!planNames.has(n.name.toUpperCase()) || keptNames.has(n.name.toUpperCase()))
        owned.add(ref.address);
      oldNames.push({ name: n.name, address: ref.address });
      // A workbook-wide name of the sheet is upgraded: removed, the plan adds it as the sheet's.
      if (n.sheet === undefined) legacyNames.push(n.name);
      else if (!planNames.has(n.name.toUpperCase())) staleNames.push(n.name);
    }
    for (const ind of plan.indicators) {
      for (const cell of [...ind.inputs, ind.target]) {
        const ref = refs.get(cell.name.toUpperCase());
        const current = snap.values[cell.name];
        // Only values of this sheet move: a name pointing elsewhere is not this table's input.
        // The add-in's own Renstra link is not a typed value: the new plan writes it again.
        if (
          ref &&
          sameSheet(ref.sheet, target.name) &&
          typedValue(current) &&
          !isRenstraLink(current.formula)
        ) {
          kept.set(cell.address, current.value);
        }
      }
    }
  }
  // A one-year sheet made before the quarters: each typed year value moves to its TW IV input.
  const moved: YearValueMove[] = [];
  if (target) {
    for (const move of yearValueMoves(plan, seen, target.name)) {
      const current = snap.values[move.from];
      const ref = refs.get(move.from.toUpperCase());
      if (ref) owned.add(ref.address);
      if (kept.has(move.address) || !typedValue(current)) continue;
      kept.set(move.address, current.value);
      moved.push(move);
    }
  }
  const clearRange = `A1:${columnLetter(maxColumn)}${maxRow}`;
  return {
    ok: true,
    existing: target?.name ?? null,
    protected: target?.protected ?? false,
    kept,
    moved,
    clearRange,
    staleNames,
    legacyNames,
    existingNames,
    markCells: [...markCells],
    notes:
      target && snap.area
        ? findUserNotes(
            plan,
            previousLayout(plan, catalogue, oldNames),
            snap.area,
            clearRange,
            owned,
            oldNames
          )
        : [],
  };
}

/**
 * A kept value as written back through `range.formulas`: text gets Excel's apostrophe prefix so
 * "12" typed as text stays text and "=x" never becomes a formula.
 */
function keptContent(value: unknown): unknown {
  if (value === undefined) return null;
  return typeof value === "string" ? `'${value}` : value;
}

/** The plan's range as 2-D arrays: formulas/values (null = leave the cell) and number formats. */
export function planArrays(
  plan: Pick<SheetPlan, "range" | "cells">,
  kept: ReadonlyMap<string, unknown>
): { formulas: unknown[][]; numberFormats: string[][]; rows: number; columns: number } {
  const end = parseAddress(plan.range.split(":")[1]);
  const formulas: unknown[][] = Array.from({ length: end.row }, () =>
    Array<unknown>(end.column).fill(null)
  );
  const numberFormats: string[][] = Array.from({ length: end.row }, () =>
    Array<string>(end.column).fill("General")
  );
  for (const cell of plan.cells) {
    const { row, column } = parseAddress(cell.address);
    // A typed target (the PK target) wins over the plan's Renstra link (target-link.ts).
    const typed = kept.get(cell.address);
    const content =
      cell.role === "target" && typed !== undefined
        ? keptContent(typed)
        : (cell.formula ?? cell.value ?? keptContent(typed));
    formulas[row - 1][column - 1] = content;
    if (cell.numberFormat) numberFormats[row - 1][column - 1] = cell.numberFormat;
  }
  return { formulas, numberFormats, rows: end.row, columns: end.column };
}

/** Addresses joined into lists no longer than `maxChars` (for getRanges). */
export function addressLists(addresses: readonly string[], maxChars = 1000): string[] {
  const lists: string[] = [];
  for (const address of addresses) {
    const last = lists.length ? lists[lists.length - 1] : "";
    if (!last || last.length + address.length + 1 > maxChars) lists.push(address);
    else lists[lists.length - 1] = `${last},${address}`;
  }
  return lists;
}

/** Cells of each style, as address lists no longer than `maxChars` (for getRanges). */
export function styleAreas(plan: Pick<SheetPlan, "cells">, maxChars = 1000): Map<string, string[]> {
  const byStyle = new Map<string, string[]>();
  for (const cell of plan.cells) {
    const cells = byStyle.get(cell.style) ?? [];
    cells.push(cell.address);
    byStyle.set(cell.style, cells);
  }
  return new Map([...byStyle].map(([style, cells]) => [style, addressLists(cells, maxChars)]));
}

/** Excel's column width unit is points in Office.js; the plan gives characters (Calibri 11). */
export function charactersToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const BORDER_COLOR = "#808080";
const PAPER = { A4: "A4", F4: "Folio", Letter: "Letter" } as const;

export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.fill) format.fill.color = style.fill;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.horizontalAlignment) format.horizontalAlignment = H_ALIGN[style.horizontalAlignment];
  if (style.verticalAlignment) format.verticalAlignment = V_ALIGN[style.verticalAlignment];
  if (style.wrapText) format.wrapText = true;
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = BORDER_COLOR;
    }
  }
  format.protection.locked = style.locked;
}

export function validationRule(v: ValidationRule): Excel.DataValidationRule {
  if (v.type === "targetRange") return { custom: { formula: v.formula ?? "" } };
  const operator = v.operator === "between" ? "Between" : "GreaterThanOrEqualTo";
  const basic: Excel.BasicDataValidation =
    v.operator === "between"
      ? { formula1: v.min, formula2: v.max ?? v.min, operator }
      : { formula1: v.min, operator };
  return v.type === "wholeNumber" ? { wholeNumber: basic } : { decimal: basic };
}

/** Where a write step queues its operations. */
export interface WriteTarget {
  sheet: Excel.Worksheet;
  /** The sheet's own names (every name the add-in writes is sheet-scoped). */
  own: Excel.NamedItemCollection;
  /** The workbook's names (a one-year sheet's workbook-wide names are removed: the upgrade). */
  workbookNames: Excel.NamedItemCollection;
}

/** One part of the write: what it queues, and a rough size of its share of the request. */
export interface WriteStep {
  bytes: number;
  queue: (target: WriteTarget) => void;
}

/** A rough size of one queued operation in the request (its action, object path and frame). */
const OPERATION_BYTES = 200;

/**
 * Bytes one batch may carry: under Excel on the web's 5 MB request limit (MAX_PAYLOAD_BYTES),
 * with room for the estimate's error.
 */
export const BATCH_BYTES = 4 * 1024 * 1024;

/** Bytes of cell contents per range write: a band of rows stays far below a batch. */
const BAND_BYTES = 1024 * 1024;

/**
 * Steps in order into batches of at most `budget` bytes (a step is never split; one larger than
 * the budget, which the plan's sizes rule out, goes alone).
 */
export function batchSteps(steps: readonly WriteStep[], budget: number): WriteStep[][] {
  const batches: WriteStep[][] = [[]];
  let bytes = 0;
  for (const step of steps) {
    const current = batches[batches.length - 1];
    if (current.length > 0 && bytes + step.bytes > budget) {
      batches.push([step]);
      bytes = step.bytes;
    } else {
      current.push(step);
      bytes += step.bytes;
    }
  }
  return batches;
}

/** The names' part of the write: the upgrade's removals, then the plan's names (before formulas). */
export function nameSteps(
  plan: Pick<SheetPlan, "names">,
  decision: Pick<
    Extract<GenerateDecision, { ok: true }>,
    "legacyNames" | "staleNames" | "existingNames"
  >
): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const legacy of decision.legacyNames) {
    steps.push({
      bytes: OPERATION_BYTES + legacy.length,
      queue: (t) => t.workbookNames.getItem(legacy).delete(),
    });
  }
  for (const stale of decision.staleNames) {
    steps.push({
      bytes: OPERATION_BYTES + stale.length,
      queue: (t) => t.own.getItem(stale).delete(),
    });
  }
  for (const n of plan.names) {
    const exists = decision.existingNames.has(n.name.toUpperCase());
    steps.push({
      bytes: OPERATION_BYTES + n.name.length + n.refersTo.length,
      queue: (t) => {
        if (exists) t.own.getItem(n.name).formula = n.refersTo;
        else t.own.add(n.name, n.refersTo);
      },
    });
  }
  return steps;
}

/**
 * The sheet's part of the write after the names, in order: number formats and contents by bands
 * of rows (number formats first, so text cells ("@") keep "(1)" as text, not -1), formats per
 * style as multi-area ranges, merges, widths and heights, validations, the marks of invalid
 * inputs, the freeze panes. `kept` holds the typed values put back by address; `markCells` the
 * cells whose older marks are replaced.
 */
export function planSteps(
  plan: SheetPlan,
  kept: ReadonlyMap<string, unknown>,
  markCells: readonly string[] = []
): WriteStep[] {
  const steps: WriteStep[] = [];
  const arrays = planArrays(plan, kept);
  const lastColumn = columnLetter(arrays.columns);
  let first = 0;
  let bytes = 0;
  for (let row = 0; row < arrays.rows; row++) {
    bytes +=
      JSON.stringify(arrays.formulas[row]).length +
      JSON.stringify(arrays.numberFormats[row]).length;
    const end = row === arrays.rows - 1;
    if (!end && bytes < BAND_BYTES) continue;
    const formulas = arrays.formulas.slice(first, row + 1);
    const numberFormats = arrays.numberFormats.slice(first, row + 1);
    const address = `A${first + 1}:${lastColumn}${row + 1}`;
    steps.push({
      bytes: bytes + 3 * OPERATION_BYTES,
      queue: ({ sheet }) => {
        const band = sheet.getRange(address);
        band.numberFormat = numberFormats;
        band.formulas = formulas as Excel.Range["formulas"];
      },
    });
    first = row + 1;
    bytes = 0;
  }

  for (const [styleKey, lists] of styleAreas(plan)) {
    const style = plan.styles[styleKey];
    if (!style) continue;
    for (const addresses of lists) {
      steps.push({
        // A style sets up to 16 format properties on the ranges.
        bytes: addresses.length + 16 * OPERATION_BYTES,
        queue: ({ sheet }) => applyStyle(sheet.getRanges(addresses).format, style),
      });
    }
  }

  const shape = {
    merges: plan.merges,
    columnWidths: plan.columnWidths,
    rowHeights: plan.rowHeights,
  };
  steps.push({
    bytes:
      (plan.merges.length +
        Object.keys(plan.columnWidths).length +
        Object.keys(plan.rowHeights).length) *
      OPERATION_BYTES,
    queue: ({ sheet }) => queueShape(sheet, shape),
  });
  for (const v of plan.validations) {
    steps.push({
      bytes: JSON.stringify(v).length + 5 * OPERATION_BYTES,
      queue: ({ sheet }) => queueValidation(sheet, v),
    });
  }

  // The marks of invalid inputs: conditional formats, so Excel shows and removes them as values
  // change and "Periksa Data" only reads. Older marks on these cells are replaced, not doubled.
  for (const list of addressLists(markCells)) {
    steps.push({
      bytes: list.length + 2 * OPERATION_BYTES,
      queue: ({ sheet }) => sheet.getRanges(list).conditionalFormats.clearAll(),
    });
  }
  for (const cf of plan.conditionalFormats) {
    steps.push({
      bytes: JSON.stringify(cf).length + 5 * OPERATION_BYTES,
      queue: ({ sheet }) => {
        const format = sheet.getRange(cf.address).conditionalFormats.add("Custom");
        format.custom.rule.formula = cf.formula;
        format.custom.format.fill.color = cf.fill;
        format.custom.format.font.color = cf.fontColor;
      },
    });
  }

  steps.push({ bytes: 3 * OPERATION_BYTES, queue: ({ sheet }) => queueFreeze(sheet, plan) });
  return steps;
}

/** The plan's frozen rows and columns, after lifting any earlier freeze. */
function queueFreeze(sheet: Excel.Worksheet, plan: Pick<SheetPlan, "freeze">): void {
  sheet.freezePanes.unfreeze();
  if (plan.freeze.rows > 0 && plan.freeze.columns > 0) {
    sheet.freezePanes.freezeAt(
      sheet.getRange(`A1:${columnLetter(plan.freeze.columns)}${plan.freeze.rows}`)
    );
  } else if (plan.freeze.rows > 0) {
    sheet.freezePanes.freezeRows(plan.freeze.rows);
  } else if (plan.freeze.columns > 0) {
    sheet.freezePanes.freezeColumns(plan.freeze.columns);
  }
}

/**
 * A rough size of the write request in bytes, were the whole plan written in one batch (its
 * names and cells; the read and the backup are small).
 */
export function estimatePayloadBytes(plan: SheetPlan): number {
  const none = { legacyNames: [], staleNames: [], existingNames: new Set<string>() };
  return [...nameSteps(plan, none), ...planSteps(plan, new Map())].reduce(
    (n, step) => n + step.bytes,
    0
  );
}

/**
 * Queues a plan's merges, column widths, row heights and data validations: the layout every
 * sheet the add-in writes (year sheet, Target Renstra, Pengukuran Kinerja) shares.
 */
export function queueLayout(
  sheet: Excel.Worksheet,
  plan: Pick<SheetPlan, "merges" | "columnWidths" | "rowHeights" | "validations">
): void {
  queueShape(sheet, plan);
  for (const v of plan.validations) queueValidation(sheet, v);
}

/** Queues a plan's merges, column widths and row heights. */
function queueShape(
  sheet: Excel.Worksheet,
  plan: Pick<SheetPlan, "merges" | "columnWidths" | "rowHeights">
): void {
  for (const m of plan.merges) sheet.getRange(m.range).merge(false);
  for (const [column, chars] of Object.entries(plan.columnWidths))
    sheet.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(chars);
  for (const [row, points] of Object.entries(plan.rowHeights))
    sheet.getRange(`${row}:${row}`).format.rowHeight = points;
}

/** Queues one data validation: its rule, input message and stop alert. */
function queueValidation(sheet: Excel.Worksheet, v: ValidationRule): void {
  const dv = sheet.getRange(v.address).dataValidation;
  dv.ignoreBlanks = true;
  dv.rule = validationRule(v);
  dv.prompt = { showPrompt: true, title: v.inputTitle, message: v.inputMessage };
  dv.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: v.errorTitle,
    message: v.errorMessage,
  };
}

/**
 * The print setup of the plan, with documented values only: PageLayoutZoomOptions takes a page
 * count per direction or a scale; "fit to one page wide, as many pages tall as needed" is the
 * horizontal count alone (verticalFitToPages 0 is not a documented value).
 */
export function queuePrintSetup(sheet: Excel.Worksheet, plan: Pick<SheetPlan, "print">): void {
  const layout = sheet.pageLayout;
  layout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide };
  layout.setPrintTitleRows(plan.print.titleRows);
  layout.paperSize = PAPER[plan.print.paperSize];
  layout.printErrors = plan.print.errors === "dash" ? "Dash" : "AsDisplayed";
}

/** The add-in's protection: no password, so the add-in can lift it on the next generation. */
export const ADDIN_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

/**
 * The name of the hidden copy of the add-in's sheet that a regenerate makes before changing it,
 * so a write that fails midway can put the sheet back: BACKUP_SHEET, or with a number when a
 * sheet already has that name. The copy is deleted when the write ends; one left by a failed
 * restore or a crash stays hidden, not very hidden, so staff can unhide it.
 */
export function backupSheetName(sheets: readonly { name: string }[]): string {
  const taken = (name: string) => sheets.some((s) => sameSheet(s.name, name));
  let name = BACKUP_SHEET;
  for (let n = 2; taken(name); n++) name = `${BACKUP_SHEET} ${n}`;
  return name;
}

/** What follows the print setup in the write: protection and activation. */
function queueFinish(sheet: Excel.Worksheet, plan: SheetPlan): void {
  if (plan.protection.protect) sheet.protection.protect(ADDIN_PROTECTION);
  sheet.activate();
}

function describeOfficeError(e: unknown): string {
  const info = officeErrorInfo(e);
  return [info.code, info.message, info.location].filter(Boolean).join(" · ");
}

/**
 * The problem of a failed write, or null when only the print setup (queued last) was refused,
 * e.g. by a printer driver without the paper size: the sheet itself is then complete.
 */
function writeProblem(
  e: unknown,
  plan: SheetPlan,
  existing: string | null,
  wasProtected: boolean
): HostProblem | null {
  const info = officeErrorInfo(e);
  if (/PageLayout/i.test(info.location) && info.code !== "InvalidOperationInCellEditMode")
    return null;
  // The first operation lifts the add-in's protection; a password set by someone else stops it.
  if (wasProtected && (info.code === "AccessDenied" || /unprotect/i.test(info.location))) {
    return { code: "sheetProtected", sheet: existing ?? plan.sheetName, detail: info.message };
  }
  return classifyOfficeError(e, plan.sheetName);
}

/**
 * The catalogue of the Katalog sheet among `sheets`, from its used range read in the batch (a
 * null range: the sheet is empty, which is a finding too); the built-in one when there is none.
 */
export function catalogueOfRead(
  sheetNames: readonly string[],
  katalog: { name: string; range: Excel.Range } | null
): WorkbookCatalogue {
  const name = katalogSheetName(sheetNames);
  const sheets: SheetGrid[] = [];
  if (name !== undefined && katalog) {
    const { range } = katalog;
    sheets.push(
      range.isNullObject
        ? { name, origin: "A1", values: [], formulas: [] }
        : {
            name,
            origin: range.address
              .slice(range.address.lastIndexOf("!") + 1)
              .split(":")[0]
              .replace(/\$/g, ""),
            values: range.values as GridValue[][],
            formulas: range.formulas as GridValue[][],
          }
    );
  }
  return workbookCatalogue({ workbook: "", sheets, names: [] }, { lang: officeLanguage() });
}

/**
 * The current value of each of the plan's input/target names that refers to a cell of the sheet
 * whose used range was read (by the name's reference, so a moved table still finds its values).
 */
function valuesByName(
  plan: SheetPlan,
  names: readonly SnapshotName[],
  used: Excel.Range,
  sheetName: string
): WorkbookSnapshot["values"] {
  const values: WorkbookSnapshot["values"] = {};
  if (used.isNullObject) return values;
  const origin = parseAddress(
    used.address
      .slice(used.address.lastIndexOf("!") + 1)
      .split(":")[0]
      .replace(/\$/g, "")
  );
  // As the sheet's formulas see the names: its own, then the workbook's.
  const seen = namesSeenOn(
    {
      sheets: [],
      names: names.map((n) => ({ name: n.name, refersTo: n.formula, sheet: n.sheet })),
    },
    sheetName
  );
  const refs = new Map(seen.map((n) => [n.name.toUpperCase(), parseNameReference(n.refersTo)]));
  for (const ind of plan.indicators) {
    // The year components too: a one-year sheet typed them (upgrade.ts moves them to TW IV).
    const year = ind.components.map((c) => c.toDate[3]);
    for (const cell of [...ind.inputs, ind.target, ...year]) {
      const ref = refs.get(cell.name.toUpperCase());
      if (!ref || !sameSheet(ref.sheet, sheetName)) continue;
      const at = parseAddress(ref.address);
      const r = at.row - origin.row;
      const c = at.column - origin.column;
      const value: unknown = used.values[r]?.[c];
      if (value === undefined) continue; // outside the used range: an empty cell
      values[cell.name] = {
        value,
        type: String(used.valueTypes[r]?.[c] ?? ""),
        formula: used.formulas[r]?.[c],
      };
    }
  }
  return values;
}

/** The workbook's names and every sheet's own, from the loaded collections. */
function snapshotNames(
  names: Excel.NamedItemCollection,
  sheets: Excel.WorksheetCollection
): SnapshotName[] {
  const out: SnapshotName[] = names.items.map((n) => ({
    name: n.name,
    formula: String(n.formula ?? ""),
  }));
  for (const sheet of sheets.items) {
    for (const n of sheet.names.items) {
      // Excel on the web lists workbook names in a sheet's collection too (office-js#1011).
      if (n.scope !== "Worksheet") continue;
      out.push({ name: n.name, formula: String(n.formula ?? ""), sheet: sheet.name });
    }
  }
  return out;
}

/** The add-in's sheets other than `sheetName`: marked by their own marker, or the workbook's. */
function otherYearSheets(
  names: readonly SnapshotName[],
  sheetNames: readonly string[],
  sheetName: string
): string[] {
  const workbook = {
    sheets: sheetNames,
    names: names.map((n) => ({ name: n.name, refersTo: n.formula, sheet: n.sheet })),
  };
  return sheetNames.filter((s) => !sameSheet(s, sheetName) && markedSheet(workbook, s));
}

/** A sheet's grid from its loaded used range (a null object: an empty sheet). */
function usedGrid(name: string, range: Excel.Range): SheetGrid {
  return range.isNullObject
    ? { name, origin: "A1", values: [], formulas: [] }
    : {
        name,
        origin: range.address
          .slice(range.address.lastIndexOf("!") + 1)
          .split(":")[0]
          .replace(/\$/g, ""),
        values: range.values as GridValue[][],
        formulas: range.formulas as GridValue[][],
      };
}

/**
 * Reads the workbook (sync 1) and writes the plan (sync 2). Never throws. `memo` learns the sheet
 * list it read (with the new sheet), so the next audit reads in one batch.
 */
export async function generateIkuSheet(
  context: Excel.RequestContext,
  request: GenerateRequest,
  memo?: SheetMemo,
  options: GenerateOptions = {}
): Promise<HostResult<GenerateOutcome>> {
  const given = "cells" in request ? request : null;
  const sheetName = given ? given.sheetName : request.settings.sheetName;

  // --- Read (one sync) ---
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  // Each sheet's own names come with the sheet list (a nested load, ExcelApi 1.4).
  sheets.load(
    "items/name,items/protection/protected,items/protection/options," +
      "items/names/items/name,items/names/items/formula,items/names/items/scope"
  );
  const names = workbook.names;
  names.load("items/name,items/formula");
  // The current cells of a sheet of that name, in the same sync: the values of the table's
  // names, the notes typed inside the table (before clearing it), and what to put back if the
  // write fails midway.
  const used = sheets.getItemOrNullObject(sheetName).getUsedRangeOrNullObject();
  used.load("address,formulas,values,valueTypes,numberFormat");
  // The Katalog sheet, by the name Excel matches ignoring case, as the sheet of that name above.
  let katalog: { name: string; range: Excel.Range } | null = null;
  if (!given) {
    const range = sheets.getItemOrNullObject(KATALOG_SHEET).getUsedRangeOrNullObject(true);
    range.load("address,values,formulas");
    katalog = { name: KATALOG_SHEET, range };
  }
  // The other year sheets the pane saw last (their tahun is read from their title), in the same
  // sync: a sheet deleted since is a null object; one added since costs the read below.
  const remembered = (memo?.years ?? [])
    .filter((name) => !sameSheet(name, sheetName))
    .map((name) => {
      const range = sheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
      range.load("address,values,formulas");
      return { name, range };
    });
  try {
    await context.sync();
  } catch (e) {
    return { ok: false, problem: classifyOfficeError(e, sheetName) };
  }
  const sheetNames = sheets.items.map((s) => s.name);
  const katalogName = katalogSheetName(sheetNames);
  if (!given && katalogName !== undefined && !sameSheet(katalogName, KATALOG_SHEET)) {
    // Named with spaces around it ("Katalog IKU "): read by its own name (one more sync).
    const range = sheets.getItem(katalogName).getUsedRangeOrNullObject(true);
    range.load("address,values,formulas");
    katalog = { name: katalogName, range };
    try {
      await context.sync();
    } catch (e) {
      return { ok: false, problem: classifyOfficeError(e, katalogName) };
    }
  }

  // The workbook's Target Renstra (its names are its own, sheet-scoped, loaded with the sheet
  // list above), so the year's Target cells link to it.
  const allNames = snapshotNames(names, sheets);
  let targetLinks: Record<string, string> | undefined;
  if (!given && sheetNames.some((n) => sameSheet(n, RENSTRA_SHEET))) {
    const all = allNames.map((n) => ({ name: n.name, refersTo: n.formula }));
    targetLinks = renstraTargetLinks(findRenstra(all, sheetNames), request.settings.tahun);
  }

  let plan: SheetPlan;
  let catalogue: Catalogue = CATALOGUE;
  let catalogueInfo: GenerateOutcome["catalogue"];
  if (given) {
    plan = given;
  } else {
    const resolved = catalogueOfRead(sheetNames, katalog);
    if (!resolved.ok) {
      // A Katalog with mistakes is never half-used: nothing is written, the pane lists them.
      memo?.remember(sheetNames);
      return {
        ok: false,
        problem: { code: "katalogInvalid", sheet: resolved.sheet, findings: resolved.findings },
      };
    }
    catalogue = resolved.catalogue;
    catalogueInfo = catalogueUsed(resolved);
    const agency = resolved.source === "katalog" ? catalogue.agency.nama : "";
    plan = buildSheetPlan(
      {
        ...request.settings,
        ...(options.agencyFromKatalog && agency !== "" ? { namaPerangkatDaerah: agency } : {}),
        ...(targetLinks ? { targetLinks } : {}),
      },
      catalogue
    );
  }

  // The other year sheets' tahun, for the one-sheet-per-year check: read in the first sync when
  // the pane remembered them, else (or for one it missed) in one more sync.
  let years: YearSheet[] = [];
  const others = otherYearSheets(allNames, sheetNames, sheetName);
  if (others.length > 0) {
    const known = new Map(remembered.map((r) => [r.name.toUpperCase(), r.range]));
    const missing = others.filter((name) => !known.has(name.toUpperCase()));
    const ranges = others.map((name) => {
      let range = known.get(name.toUpperCase());
      if (range === undefined) {
        range = sheets.getItem(name).getUsedRangeOrNullObject(true);
        range.load("address,values,formulas");
      }
      return { name, range };
    });
    if (missing.length > 0) {
      try {
        await context.sync();
      } catch (e) {
        return { ok: false, problem: classifyOfficeError(e, sheetName) };
      }
    }
    const grid = {
      workbook: "",
      sheets: ranges.map(({ name, range }) => usedGrid(name, range)),
      names: allNames.map((n) => ({ name: n.name, refersTo: n.formula, sheet: n.sheet })),
    };
    years = yearSheets(new WorkbookIndex(grid), catalogue);
  }

  const snapshot: WorkbookSnapshot = {
    sheets: sheets.items.map((s) => ({
      name: s.name,
      protected: s.protection.protected,
      options: s.protection.options,
    })),
    names: allNames,
    years,
    values: valuesByName(plan, allNames, used, sheetName),
    area: used.isNullObject
      ? null
      : {
          topLeft: used.address
            .slice(used.address.lastIndexOf("!") + 1)
            .split(":")[0]
            .replace(/\$/g, ""),
          formulas: used.formulas,
          values: used.values,
          numberFormats: used.numberFormat,
        },
  };
  memo?.remember(snapshot.sheets.map((s) => s.name));
  const decision = decideGeneration(plan, snapshot, catalogue);
  if (!decision.ok) return decision;
  if (decision.notes.length > 0 && !options.removeNotes) {
    // Nothing the user typed is removed without asking: the pane lists the cells and asks.
    return {
      ok: false,
      problem: {
        code: "userNotes",
        sheet: decision.existing ?? plan.sheetName,
        notes: decision.notes,
      },
    };
  }

  // --- Write (one sync; a plan over the request limit takes one per batch) ---
  suspendUntilNextSync(context);
  let sheet: Excel.Worksheet;
  // A batch is not a transaction: before anything on an existing sheet changes, the whole sheet
  // is copied (Worksheet.copy, ExcelApi 1.7: contents, formats, merges, validations, conditional
  // formats, widths, heights) to a hidden sheet the restore copies back from.
  const backupName = decision.existing !== null ? backupSheetName(snapshot.sheets) : null;
  let backup: Excel.Worksheet | null = null;
  if (decision.existing !== null) {
    sheet = sheets.getItem(decision.existing);
    // Made by the add-in, protected without a password: lift it for the write. A password set
    // by someone else makes this fail (AccessDenied), reported as sheetProtected.
    if (decision.protected) sheet.protection.unprotect();
    backup = sheet.copy("End");
    backup.name = backupName as string;
    backup.visibility = "Hidden";
  } else {
    sheet = sheets.add(plan.sheetName);
  }

  const old = sheet.getRange(decision.clearRange);
  old.unmerge();
  old.dataValidation.clear();
  old.clear("All");
  const lastRow = parseAddress(decision.clearRange.split(":")[1]).row;
  sheet.getRange(`1:${lastRow}`).format.useStandardHeight = true;

  // The rest of the write, cut into batches under Excel on the web's request limit: one batch
  // (one sync) for an ordinary sheet, more for a very large Katalog. The hidden copy made above
  // and the names read first let any failing batch put the workbook back as it was.
  const target: WriteTarget = { sheet, own: sheet.names, workbookNames: names };
  const batches = batchSteps(
    [...nameSteps(plan, decision), ...planSteps(plan, decision.kept, decision.markCells)],
    BATCH_BYTES
  );
  let printSetup: NonNullable<GenerateOutcome["printSetup"]> = { applied: true };
  for (let i = 0; i < batches.length; i++) {
    const last = i === batches.length - 1;
    if (i > 0) suspendUntilNextSync(context);
    for (const step of batches[i]) step.queue(target);
    if (last) {
      // Print setup while the sheet is still unprotected (a protected sheet refuses page setup),
      // with documented values only, then the protection and the activation.
      queuePrintSetup(sheet, plan);
      queueFinish(sheet, plan);
      // The sheet is complete: its backup goes, last, so a failure up to here can still restore.
      backup?.delete();
    }
    try {
      // Each batch needs the previous one written (the request limit is per sync), so the syncs
      // are sequential by design: there is nothing to hoist out of this loop.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const problem = writeProblem(e, plan, decision.existing, decision.protected);
      if (problem || !last) {
        const failed = problem ?? classifyOfficeError(e, plan.sheetName);
        // A batch is not a transaction: a sheet this write created is removed again with the
        // names it added or changed, so the workbook is as it was.
        if (decision.existing === null) {
          await undoCreate(context, plan.sheetName, snapshot);
          return { ok: false, problem: failed };
        }
        // Over an existing sheet (other sheets' formulas refer to it, so it is not swapped): the
        // sheet is put back from the hidden copy the write made first, the names from the read.
        // A password stops the write at its first operation (the unprotect): nothing was changed.
        if (failed.code === "sheetProtected" && /unprotect/i.test(officeErrorInfo(e).location))
          return { ok: false, problem: failed };
        const restored = await restoreExisting(
          context,
          plan,
          decision,
          snapshot,
          backupName as string
        );
        return { ok: false, problem: { ...failed, restored, sheet: decision.existing } };
      }
      // Only the print setup was refused (e.g. a printer driver without the paper size): what was
      // queued after it (protection, activation) did not run, so it runs below, and the user is
      // told. Only the last batch queues the print setup, so no batch is left after this one.
      printSetup = { applied: false, detail: describeOfficeError(e) };
    }
  }
  if (!printSetup.applied) {
    queueFinish(sheets.getItem(decision.existing ?? plan.sheetName), plan);
    if (backupName !== null) sheets.getItem(backupName).delete();
    try {
      await context.sync();
    } catch (e2) {
      return { ok: false, problem: classifyOfficeError(e2, plan.sheetName) };
    }
  }
  if (decision.existing === null) {
    memo?.remember([...snapshot.sheets.map((s) => s.name), plan.sheetName]);
  }
  memo?.rememberYears([
    ...otherYearSheets(snapshot.names, sheetNames, plan.sheetName),
    decision.existing ?? plan.sheetName,
  ]);

  return {
    ok: true,
    value: {
      sheet: decision.existing ?? plan.sheetName,
      created: decision.existing === null,
      indicators: plan.indicators.length,
      keptValues: decision.kept.size,
      ...(decision.moved.length > 0 ? { movedToTw4: decision.moved.length } : {}),
      range: plan.range,
      printSetup,
      ...(catalogueInfo
        ? { catalogue: catalogueInfo, firstInput: plan.indicators[0]?.inputs[0]?.address }
        : {}),
    },
  };
}

/**
 * Undoes a failed write that created the sheet: restores every workbook name to what the read
 * found (added names deleted, changed ones set back, deleted ones added) and deletes the new
 * sheet if it exists (its own names go with it). Two syncs, only after a failure; a failure here (cell-edit mode, …) is left
 * to the problem already reported.
 */
async function undoCreate(
  context: Excel.RequestContext,
  sheetName: string,
  snapshot: WorkbookSnapshot
): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    await context.sync();
    queueNamesRestore(names, workbookScoped(snapshot));
    const created = sheets.items.find((s) => sameSheet(s.name, sheetName));
    if (created && !snapshot.sheets.some((s) => sameSheet(s.name, sheetName))) created.delete();
    await context.sync();
  } catch {
    // The write's own problem is what the user needs to see.
  }
}

/** The snapshot's workbook-scoped names. */
const workbookScoped = (snapshot: WorkbookSnapshot) =>
  snapshot.names.filter((n) => n.sheet === undefined);

/** The snapshot's names of one sheet's own. */
const scopedTo = (snapshot: WorkbookSnapshot, sheet: string) =>
  snapshot.names.filter((n) => n.sheet !== undefined && sameSheet(n.sheet, sheet));

/**
 * Queues a names collection (the workbook's or a sheet's, loaded `items/name,items/formula`)
 * back to the names the read found in that scope.
 */
function queueNamesRestore(
  names: Excel.NamedItemCollection,
  snapshotNames: readonly SnapshotName[],
  sheetScope = false
): void {
  const before = new Map(snapshotNames.map((n) => [n.name.toUpperCase(), n]));
  // A sheet's collection (loaded with scope) may list workbook names too on the web: not its own.
  const items = sheetScope ? names.items.filter((n) => n.scope === "Worksheet") : names.items;
  const now = new Set(items.map((n) => n.name.toUpperCase()));
  for (const n of items) {
    const old = before.get(n.name.toUpperCase());
    if (!old) n.delete();
    else if (String(n.formula) !== old.formula) n.formula = old.formula;
  }
  for (const [upper, old] of before) if (!now.has(upper)) names.add(old.name, old.formula);
}

/** The range a restore puts back: the plan's, the cleared one and the old used range. */
function restoreArea(
  plan: SheetPlan,
  decision: Extract<GenerateDecision, { ok: true }>,
  snapshot: WorkbookSnapshot
): string {
  const area = snapshot.area;
  const planEnd = parseAddress(plan.range.split(":")[1]);
  const clearEnd = parseAddress(decision.clearRange.split(":")[1]);
  const origin = area ? parseAddress(area.topLeft) : { row: 1, column: 1 };
  const rows = Math.max(planEnd.row, clearEnd.row, origin.row - 1 + (area?.formulas.length ?? 0));
  const columns = Math.max(
    planEnd.column,
    clearEnd.column,
    origin.column - 1 + (area?.formulas[0]?.length ?? 0)
  );
  return `A1:${columnLetter(columns)}${rows}`;
}

/** The freeze panes and page setup of the backup copy, loaded (the sheet's own before the write). */
interface BackupView {
  frozen: Excel.Range;
  layout: Excel.PageLayout;
  titles: Excel.Range;
}

/** Queues the loads of the backup's freeze panes (ExcelApi 1.7) and page setup (1.9). */
function loadView(backup: Excel.Worksheet): BackupView {
  const frozen = backup.freezePanes.getLocationOrNullObject();
  frozen.load("address");
  const layout = backup.pageLayout;
  layout.load("orientation,paperSize,printErrors,zoom");
  const titles = layout.getPrintTitleRowsOrNullObject();
  titles.load("address");
  return { frozen, layout, titles };
}

/** An address without its sheet and without $: "'IKU 2026'!$A$1:$B$3" → "A1:B3". */
const localAddress = (address: string) =>
  address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");

/** Queues the freeze panes and page setup the backup had back onto the sheet (unprotected). */
function queueView(sheet: Excel.Worksheet, view: BackupView): void {
  sheet.freezePanes.unfreeze();
  if (!view.frozen.isNullObject) {
    const local = localAddress(view.frozen.address);
    const rows = /^\d+:(\d+)$/.exec(local);
    const columns = /^[A-Z]+:([A-Z]+)$/i.exec(local);
    if (rows) sheet.freezePanes.freezeRows(Number(rows[1]));
    else if (columns) sheet.freezePanes.freezeColumns(parseAddress(`${columns[1]}1`).column);
    else sheet.freezePanes.freezeAt(sheet.getRange(local));
  }
  const layout = sheet.pageLayout;
  layout.orientation = view.layout.orientation;
  layout.paperSize = view.layout.paperSize;
  layout.printErrors = view.layout.printErrors;
  // Only the options Excel reported (a count per direction or a scale, never both).
  const zoom = Object.fromEntries(
    Object.entries(view.layout.zoom ?? {}).filter(([, v]) => v !== null && v !== undefined)
  );
  if (Object.keys(zoom).length > 0) layout.zoom = zoom;
  if (!view.titles.isNullObject) {
    // "$1:$5" as Excel reported it, without the sheet.
    const address = view.titles.address;
    layout.setPrintTitleRows(address.slice(address.lastIndexOf("!") + 1));
  }
}

/** A copy Excel made ("IKU 2026 (2)") but the write did not get to rename. */
function unnamedCopy(name: string, sheetName: string, before: WorkbookSnapshot): boolean {
  const m = /^(.*) \(\d+\)$/.exec(name);
  return (
    m !== null &&
    sheetName.toUpperCase().startsWith(m[1].toUpperCase()) &&
    !before.sheets.some((s) => sameSheet(s.name, name))
  );
}

/**
 * Puts an existing sheet back after a write that failed midway, from the hidden copy the write
 * made first: every cell of the area the write could change (contents, number formats, cell
 * formats, merges, data validation, conditional formats) is copied back with Paste All
 * (Range.copyFrom), then the column widths, row heights (getRowProperties/getColumnProperties),
 * freeze panes and page setup read from the copy, the workbook's names, and the protection with
 * its original options; the copy is deleted. When the write failed before the copy existed, the
 * sheet was not changed: only the protection is put back. Every API here is within ExcelApi 1.9,
 * which the manifest requires. Three syncs, only after a failure. Returns whether Excel accepted
 * the restore.
 */
async function restoreExisting(
  context: Excel.RequestContext,
  plan: SheetPlan,
  decision: Extract<GenerateDecision, { ok: true }>,
  snapshot: WorkbookSnapshot,
  backupName: string
): Promise<boolean> {
  const sheetName = decision.existing as string;
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const sheet = sheets.getItem(sheetName);
    sheet.load("protection/protected");
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    // The sheet's own names (sheet-scoped), to put back as the read found them.
    const own = sheets.getItem(sheetName).names;
    own.load("items/name,items/formula,items/scope");
    await context.sync();

    const backup = sheets.items.find((s) => sameSheet(s.name, backupName)) ?? null;
    const strays = sheets.items.filter((s) => unnamedCopy(s.name, sheetName, snapshot));
    const area = restoreArea(plan, decision, snapshot);
    let rows: Excel.RowProperties[] = [];
    let columns: Excel.ColumnProperties[] = [];
    let view: BackupView | null = null;
    if (backup) {
      view = loadView(backup);
      // The copy was not touched by the write: its widths and heights are the sheet's own.
      const source = backup.getRange(area);
      const rowResult = source.getRowProperties({
        rowIndex: true,
        format: { rowHeight: true, useStandardHeight: true },
      });
      const columnResult = source.getColumnProperties({
        columnIndex: true,
        format: { columnWidth: true, useStandardWidth: true },
      });
      await context.sync();
      rows = rowResult.value;
      columns = columnResult.value;
    }

    // The workbook's names (an upgrade removed the sheet's workbook-wide ones) and the sheet's own.
    queueNamesRestore(names, workbookScoped(snapshot));
    queueNamesRestore(own, scopedTo(snapshot, sheetName), true);
    if (backup) {
      // Protected again when the write got as far as the protection.
      if (sheet.protection.protected) sheet.protection.unprotect();
      const whole = sheet.getRange(area);
      // Merges, validations and marks the write made go first: Paste All then brings back
      // exactly the copy's, whatever Excel does with what it pastes over.
      whole.unmerge();
      whole.dataValidation.clear();
      whole.conditionalFormats.clearAll();
      whole.clear("All");
      whole.copyFrom(backup.getRange(area), "All");
      for (const c of columns) {
        const letter = columnLetter((c.columnIndex ?? 0) + 1);
        const column = sheet.getRange(`${letter}:${letter}`);
        if (c.format?.useStandardWidth) column.format.useStandardWidth = true;
        else if (typeof c.format?.columnWidth === "number")
          column.format.columnWidth = c.format.columnWidth;
      }
      for (const r of rows) {
        const row = sheet.getRange(`${(r.rowIndex ?? 0) + 1}:${(r.rowIndex ?? 0) + 1}`);
        if (r.format?.useStandardHeight) row.format.useStandardHeight = true;
        else if (typeof r.format?.rowHeight === "number") row.format.rowHeight = r.format.rowHeight;
      }
      if (view) queueView(sheet, view);
    }
    if (decision.protected && (backup || !sheet.protection.protected)) {
      // As it was: the options read before the write, not the add-in's own.
      const before = snapshot.sheets.find((s) => sameSheet(s.name, sheetName));
      sheet.protection.protect(before?.options ?? ADDIN_PROTECTION);
    }
    backup?.delete();
    for (const stray of strays) stray.delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * The host's entry point: reads the workbook, builds the plan from the settings and the
 * workbook's catalogue, and applies it, in Excel.run.
 */
export function generateFromSettings(
  settings: SheetSettings,
  options: GenerateOptions = {}
): Promise<HostResult<GenerateOutcome>> {
  return runInExcel((context) => generateIkuSheet(context, { settings }, paneSheets, options));
}
