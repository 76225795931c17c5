import type { Catalogue } from "../catalogue";
import type { AnalysisCache } from "../cache";
import type { Finding, GridValue } from "../grid";
import { parseCell, parseRef, quoteSheetAlways, splitSheet } from "../formula-parser/address";
import type { ParsedRef } from "../formula-parser/address";
import { canonicalize, makeResolver } from "../formula-parser/compare";
import type { CanonicalFormula, RefResolver } from "../formula-parser/compare";
import { sameSheet } from "../formula-parser/name-reference";
import { isFormulaText } from "../formula-parser/parse";
import type { LkjipPlace } from "../messages/id-lkjip-audit";
import { lkjipText } from "../messages/lkjip-sheet";
import { buildLkjipPlan, findRenstraSheet, findYearSheets, isLkjipSheet } from "../sakip/lkjip";
import type { LkjipPlan, WorkbookName } from "../sakip/lkjip";
import { cellAddress, parseAddress } from "../sheet/plan";
import type { PlanCell } from "../sheet/types";
import { isBlank } from "../workbook-index";
import type { WorkbookIndex } from "../workbook-index";
import type { AuditLang, AuditRule } from "./rule";
import { ruleRunner } from "./run";

/**
 * "Audit Rumus" on the "Pengukuran Kinerja <tahun>" sheets (every sheet the IKU_LKJIP marker
 * points at). The expected sheet is rebuilt from the workbook as it is now with the writers' own
 * core code (findYearSheets, findRenstraSheet, buildLkjipPlan, as src/office/lkjip.ts and
 * src/cli/lkjip.ts call them), then:
 * - when the sheet's layout (its texts: titles, headers, indicators, years) differs from that
 *   plan, the sheet is stale (a year sheet added or removed, the Renstra or the catalogue
 *   changed): one finding says to write it again, and nothing else on it is checked, since the
 *   plan's cells no longer line up with the sheet's;
 * - else every formula cell of the plan is compared with the sheet's (normalized as the year
 *   sheets' audit does: compare.ts), and the typed budget inputs are checked.
 * Read-only, on the grid both hosts read (no extra read in Excel).
 */

/** The layout check's verdict: the first cell whose text differs from the plan's. */
export interface LkjipStale {
  address: string;
  found: string;
  expected: string;
}

export interface LkjipSheetSubject {
  sheet: string;
  tahun: number;
  /** The plan for the workbook now; undefined when the year sheet of `tahun` is gone. */
  plan: LkjipPlan | undefined;
  stale: LkjipStale | undefined;
}

export interface LkjipCellSubject {
  sheet: string;
  address: string;
  place: LkjipPlace;
  cell: PlanCell;
  /** The cell's content (formula text, constant or blank) and value. */
  content: GridValue;
  value: GridValue;
  /** The cell's formula; undefined when it holds a constant or is blank. */
  formula: string | undefined;
  /** The plan's formula. */
  expectedText: string;
  actual(): CanonicalFormula;
  expected(): CanonicalFormula;
}

export interface LkjipBudgetSubject {
  sheet: string;
  address: string;
  place: LkjipPlace;
  field: "PAGU" | "REALISASI";
  content: GridValue;
  value: GridValue;
}

/** The year of an LKjIP sheet: from its title (A1, "PENGUKURAN KINERJA TAHUN 2027"), else its name. */
function tahunOf(index: WorkbookIndex, sheet: string): number | undefined {
  const title = index.cellAt(sheet, "A1").value;
  const found = /\b(\d{4})\b/.exec(typeof title === "string" ? title : "") ?? /(\d{4})/.exec(sheet);
  return found ? Number(found[1]) : undefined;
}

/** The year sheet's title line as the writers read it (row 3, columns A to T). */
const TITLE_ROW = 2;
const TITLE_COLUMNS = 20;

function titleText(index: WorkbookIndex, sheet: string): string {
  const parts: string[] = [];
  for (let col = 0; col < TITLE_COLUMNS; col++) {
    const v = index.cell(sheet, { row: TITLE_ROW, col }).value;
    if (!isBlank(v)) parts.push(String(v));
  }
  return parts.join(" ");
}

/** A plan text as a cell shows it, for comparing layouts. */
const shown = (v: GridValue | undefined): string => (isBlank(v) ? "" : String(v).trim());

/**
 * The cell a formula reads when it is one plain reference to another sheet, bare or in the blank guard the
 * writers put around a typed target (`='IKU 2027'!$S$18`, `=IF(ISBLANK(r),"",r)`); else undefined.
 */
function plainReference(formula: string): ParsedRef | undefined {
  const guarded = /^=IF\(ISBLANK\((.+)\),"",(.+)\)$/i.exec(formula);
  const text = guarded && guarded[1] === guarded[2] ? guarded[1] : formula.slice(1);
  return parseRef(text);
}

/**
 * The first cell showing the sheet is stale, if any: a text (title, header, indicator, year)
 * other than the plan's; a "–" the writers put where a source was missing and the plan now
 * reads one; or two or more references that read the right sheet at another cell (the year
 * sheet or the Renstra was made again with another layout since: its names moved). One such
 * reference alone is a formula edited by hand (lkjip.formulaChanged says so).
 */
function staleCell(index: WorkbookIndex, sheet: string, plan: LkjipPlan): LkjipStale | undefined {
  const moved: LkjipStale[] = [];
  for (const cell of plan.cells) {
    const { formula, value } = index.cellAt(sheet, cell.address);
    if (cell.formula !== undefined) {
      if (value === lkjipText.missing && !isFormulaText(formula))
        return { address: cell.address, found: lkjipText.missing, expected: cell.formula };
      const calc = plan.calcs[cell.address];
      if (calc?.op === "ref" && isFormulaText(formula) && formula !== cell.formula) {
        const read = plainReference(formula);
        const planned = parseCell(calc.address);
        const elsewhere =
          read?.sheet !== undefined &&
          planned !== undefined &&
          sameSheet(read.sheet, calc.sheet) &&
          (read.start.row !== planned.row || read.start.col !== planned.col);
        if (elsewhere)
          moved.push({ address: cell.address, found: formula, expected: cell.formula });
      }
      continue;
    }
    if (cell.value === undefined || shown(cell.value) === "") continue;
    const expected = shown(cell.value);
    const found = isFormulaText(formula) ? formula : shown(value);
    if (found !== expected) return { address: cell.address, found, expected };
  }
  return moved.length >= 2 ? moved[0] : undefined;
}

/** Where a cell of the plan is, for the messages: its table, column header and row. */
function placer(sheet: string, plan: LkjipPlan, catalogue: Catalogue) {
  const byAddress = new Map(plan.cells.map((c) => [c.address, c]));
  const codes = new Set(catalogue.indicators.map((i) => i.code.toUpperCase()));
  const sasaranAt = new Map(plan.budget.map((b) => [parseAddress(b.address).row, b.sasaran]));
  const textAt = (column: number, row: number): string | undefined => {
    const v = byAddress.get(cellAddress(column, row))?.value;
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  return (address: string): LkjipPlace => {
    const { column, row } = parseAddress(address);
    const k = plan.tables.findIndex((t) => row >= t.title && row <= t.last);
    const place: LkjipPlace = { sheet: quoteSheetAlways(sheet), address, table: k + 1 };
    if (k >= 0) {
      const header = textAt(column, plan.tables[k].title + 1);
      if (header) place.column = header;
    }
    const label = textAt(2, row)?.split(" ")[0];
    const rowName =
      sasaranAt.get(row) ??
      (label && codes.has(label.toUpperCase()) ? label : undefined) ??
      textAt(1, row);
    if (rowName) place.row = rowName;
    return place;
  };
}

/**
 * References of a formula on the LKjIP sheet by the cells they point at, the sheet's name as the
 * workbook spells it: `'IKU 2027'!$N$14`, `'iku 2027'!N14` and `'IKU 2027'!IKU06_HASIL` (a name
 * of that sheet pointing there) are one reference.
 */
function lkjipResolver(index: WorkbookIndex, sheet: string): RefResolver {
  const cells = makeResolver({
    formulaSheet: sheet,
    planNames: new Set(),
    nameAtCell: new Map(),
    sheetName: (s) => index.sheetName(s) ?? s,
  });
  return (text) => {
    if (parseRef(text)) return cells(text);
    const { sheet: scope, local } = splitSheet(text);
    const at = index.nameCell(local, scope ?? sheet);
    if (!at) return cells(text);
    return { ...cells(`${quoteSheetAlways(at.sheet)}!${at.address}`), text, byName: true };
  };
}

export interface LkjipAudit {
  /** The Pengukuran Kinerja sheets checked, in workbook order. */
  sheets: string[];
  findings: Finding[];
  /** Whether a formula cell (0-based) is one of an LKjIP sheet's, audited here. */
  owns: (sheet: string, row: number, col: number) => boolean;
}

/** Audits every Pengukuran Kinerja sheet of the workbook. */
export function auditLkjipSheets(options: {
  index: WorkbookIndex;
  catalogue: Catalogue;
  rules: readonly AuditRule[];
  lang?: AuditLang;
  cache?: AnalysisCache;
}): LkjipAudit {
  const { index, catalogue, cache } = options;
  const grid = index.grid;
  const names: WorkbookName[] = grid.names.map((n) => ({ name: n.name, refersTo: n.refersTo }));
  const sheetNames = grid.sheets.map((s) => s.name);
  const findings: Finding[] = [];
  const owned = new Map<string, Set<number> | "all">();
  const run = ruleRunner(options.rules, options.lang ?? "id", findings);
  const lkjipSheets = sheetNames.filter((s) => isLkjipSheet(names, s));
  if (lkjipSheets.length === 0) return { sheets: [], findings, owns: () => false };
  const yearSheets = findYearSheets(names, sheetNames, (s) => titleText(index, s));
  const renstraSheet = findRenstraSheet(names, sheetNames);

  const checked: string[] = [];
  for (const sheet of lkjipSheets) {
    const tahun = tahunOf(index, sheet);
    if (tahun === undefined) continue;
    checked.push(sheet);
    const built = buildLkjipPlan(
      {
        tahun,
        yearSheets,
        names,
        renstraSheet,
        sheetName: sheet,
        namaPerangkatDaerah: catalogue.agency.nama,
      },
      catalogue
    );
    const plan = built.ok ? built.plan : undefined;
    const stale = plan && staleCell(index, sheet, plan);
    run("lkjipSheet", { sheet, tahun, plan, stale }, { sheet, cell: stale?.address ?? "A1" });
    if (!plan || stale) {
      // Its formulas are the add-in's, out of date: the finding above covers them.
      owned.set(sheet.toUpperCase(), "all");
      continue;
    }
    const cells = new Set<number>();
    owned.set(sheet.toUpperCase(), cells);
    const where = placer(sheet, plan, catalogue);
    const resolve = lkjipResolver(index, sheet);
    for (const cell of plan.cells) {
      if (cell.formula === undefined) continue;
      const pos = parseCell(cell.address);
      if (pos) cells.add(pos.row * 16384 + pos.col);
      const { formula: content, value } = index.cellAt(sheet, cell.address);
      if (content === cell.formula) continue;
      const formula = isFormulaText(content) ? content : undefined;
      const expectedText = cell.formula;
      let actual: CanonicalFormula | undefined;
      let expected: CanonicalFormula | undefined;
      const subject: LkjipCellSubject = {
        sheet,
        address: cell.address,
        place: where(cell.address),
        cell,
        content,
        value,
        formula,
        expectedText,
        actual: () => (actual ??= canonicalize(formula ?? "", resolve, cache)),
        expected: () => (expected ??= canonicalize(expectedText, resolve, cache)),
      };
      run("lkjipCell", subject, {
        sheet,
        cell: cell.address,
        ...(cell.indicator ? { indicator: cell.indicator } : {}),
        ...(isBlank(content) ? {} : { current: String(content) }),
        expected: expectedText,
      });
    }
    for (const b of plan.budget) {
      const { formula: content, value } = index.cellAt(sheet, b.address);
      run(
        "lkjipBudget",
        { sheet, address: b.address, place: where(b.address), field: b.field, content, value },
        { sheet, cell: b.address, ...(isBlank(content) ? {} : { current: String(content) }) }
      );
    }
  }
  return {
    sheets: checked,
    findings,
    owns: (sheet, row, col) => {
      const cells = owned.get(sheet.toUpperCase());
      return cells === "all" || (cells !== undefined && cells.has(row * 16384 + col));
    },
  };
}
