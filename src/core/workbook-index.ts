import type { GridName, GridValue, SheetGrid, WorkbookGrid } from "./grid";
import { parseCell, toA1 } from "./formula-parser/address";
import { parseNameRange } from "./formula-parser/name-reference";
import type { CellPos, ParsedRef } from "./formula-parser/address";

/**
 * An index over a WorkbookGrid, built once per check: sheets by name, cells by position and
 * defined names by name, all O(1), so every rule runs in time linear in the number of cells.
 */

export interface IndexedSheet {
  grid: SheetGrid;
  /** Position of values[0][0]. */
  origin: CellPos;
}

export interface ResolvedName {
  name: string;
  refersTo: string;
  /** Undefined when the name does not point at cells (#REF!, a constant, a formula). */
  ref?: ParsedRef & { sheet: string };
}

export interface CellContent {
  value: GridValue;
  /** The formula ("=…") or the constant, as range.formulas reports it. */
  formula: GridValue;
}

/** Where a name points: one cell. */
export interface NameCell {
  /** The sheet as the workbook spells it. */
  sheet: string;
  /** A1 without $. */
  address: string;
  pos: CellPos;
}

/**
 * A defined name whose reference is parsed when first read: an index is built for every check,
 * and most checks read only some of a workbook's names.
 */
class IndexedName implements ResolvedName {
  private target: NameTarget | undefined | null = null;
  /** nameCell's answer in this index (null: none), once asked. */
  cell: NameCell | null | undefined = undefined;

  constructor(
    readonly name: string,
    readonly refersTo: string
  ) {}

  get ref(): (ParsedRef & { sheet: string }) | undefined {
    return this.resolved()?.ref;
  }

  resolved(): NameTarget | undefined {
    if (this.target === null) this.target = nameTarget(this.refersTo);
    return this.target;
  }
}

/** The cells a name's formula refers to. */
interface NameTarget {
  ref: ParsedRef & { sheet: string };
  /** A1 of the first cell, without $. */
  address: string;
}

function nameTarget(refersTo: string): NameTarget | undefined {
  const ref = parseNameRange(refersTo);
  return ref ? { ref, address: toA1(ref.start) } : undefined;
}

export class WorkbookIndex {
  readonly sheets = new Map<string, IndexedSheet>();
  /** Workbook-scoped names. Every entry is an IndexedName (nameCell relies on it). */
  readonly names = new Map<string, ResolvedName>();
  /**
   * Sheet-scoped names by their sheet (the workbook's spelling and upper case both lead to the
   * same map), each map by name (upper case).
   */
  private readonly scoped = new Map<string, Map<string, IndexedName>>();

  /** The same sheets by their exact spelling: lookups, many per cell in the audit, skip toUpperCase. */
  private readonly exact = new Map<string, IndexedSheet>();

  constructor(readonly grid: WorkbookGrid) {
    for (const sheet of grid.sheets) {
      this.sheets.set(sheet.name.toUpperCase(), {
        grid: sheet,
        origin: parseCell(sheet.origin || "A1") ?? { row: 0, col: 0 },
      });
    }
    for (const indexed of this.sheets.values()) this.exact.set(indexed.grid.name, indexed);
    for (const n of grid.names) {
      const indexed = new IndexedName(n.name, n.refersTo);
      if (n.sheet === undefined) {
        this.names.set(n.name.toUpperCase(), indexed);
        continue;
      }
      const key = n.sheet.toUpperCase();
      let local = this.scoped.get(key);
      if (!local) {
        local = new Map();
        this.scoped.set(key, local);
        this.scoped.set(n.sheet, local);
        const exact = this.sheet(n.sheet)?.grid.name;
        if (exact !== undefined) this.scoped.set(exact, local);
      }
      local.set(n.name.toUpperCase(), indexed);
    }
  }

  /** The names scoped to a sheet (upper case → name); empty when it has none. */
  scopedNames(sheet: string): ReadonlyMap<string, ResolvedName> {
    return this.scoped.get(sheet) ?? this.scoped.get(sheet.toUpperCase()) ?? new Map();
  }

  /**
   * The names a formula on `sheet` sees, as GridNames: the sheet's own, then the workbook's
   * that none of them hides.
   */
  namesOn(sheet: string): GridName[] {
    const local = this.scopedNames(sheet);
    const out: GridName[] = [...local.values()].map((n) => ({
      name: n.name,
      refersTo: n.refersTo,
      sheet,
    }));
    for (const [upper, n] of this.names)
      if (!local.has(upper)) out.push({ name: n.name, refersTo: n.refersTo });
    return out;
  }

  sheet(name: string): IndexedSheet | undefined {
    return this.exact.get(name) ?? this.sheets.get(name.toUpperCase());
  }

  /** The exact sheet name as the workbook spells it. */
  sheetName(name: string): string | undefined {
    return this.sheet(name)?.grid.name;
  }

  cell(sheetName: string, pos: CellPos): CellContent {
    const sheet = this.sheet(sheetName);
    if (!sheet) return { value: null, formula: null };
    const r = pos.row - sheet.origin.row;
    const c = pos.col - sheet.origin.col;
    const valueRow = sheet.grid.values[r];
    const formulaRow = sheet.grid.formulas[r];
    return {
      value: valueRow && c >= 0 && c < valueRow.length ? valueRow[c] : null,
      formula: formulaRow && c >= 0 && c < formulaRow.length ? formulaRow[c] : null,
    };
  }

  cellAt(sheetName: string, a1: string): CellContent {
    const pos = parseCell(a1);
    return pos ? this.cell(sheetName, pos) : { value: null, formula: null };
  }

  /**
   * A name as a formula on `scope` sees it: the sheet's own name first, then the workbook's;
   * without `scope`, the workbook's only.
   */
  name(name: string, scope?: string): ResolvedName | undefined {
    if (scope !== undefined) {
      const local = this.scoped.get(scope) ?? this.scoped.get(scope.toUpperCase());
      const hit = local && (local.get(name) ?? local.get(name.toUpperCase()));
      if (hit) return hit;
    }
    // A name spelled in upper case (as the plan's are) is found without upper-casing it again.
    return this.names.get(name) ?? this.names.get(name.toUpperCase());
  }

  /**
   * The single cell a name points at (sheet as the workbook spells it), looked up as name()
   * does: in the scope of `scope` first, then the workbook's. Read-only.
   */
  nameCell(name: string, scope?: string): NameCell | undefined {
    const entry = this.name(name, scope) as IndexedName | undefined;
    if (!entry) return undefined;
    if (entry.cell === undefined) {
      const target = entry.resolved();
      if (!target) entry.cell = null;
      else {
        const sheet = this.sheetName(target.ref.sheet) ?? target.ref.sheet;
        entry.cell = { sheet, address: target.address, pos: target.ref.start };
      }
    }
    return entry.cell ?? undefined;
  }

  /** Calls `visit` for every cell of the used range of a sheet, row-major. */
  forEachCell(sheet: IndexedSheet, visit: (pos: CellPos, content: CellContent) => void): void {
    const { values, formulas } = sheet.grid;
    for (let r = 0; r < values.length; r++) {
      const valueRow = values[r];
      const formulaRow = formulas[r] ?? [];
      for (let c = 0; c < valueRow.length; c++) {
        visit(
          { row: sheet.origin.row + r, col: sheet.origin.col + c },
          { value: valueRow[c], formula: formulaRow[c] ?? null }
        );
      }
    }
  }

  /** The rows and columns of a range that lie inside a sheet's used range (0-based, inclusive). */
  private clip(sheet: IndexedSheet, ref: ParsedRef) {
    const rows = sheet.grid.values.length;
    const cols = rows > 0 ? sheet.grid.values[0].length : 0;
    return {
      r0: Math.max(ref.start.row, sheet.origin.row),
      r1: Math.min(ref.end.row, sheet.origin.row + rows - 1),
      c0: Math.max(ref.start.col, sheet.origin.col),
      c1: Math.min(ref.end.col, sheet.origin.col + cols - 1),
    };
  }

  /** Cells of a range clipped to the sheet's used range (cells outside it are blank anyway). */
  forEachInRange(
    sheetName: string,
    ref: ParsedRef,
    visit: (pos: CellPos, content: CellContent) => void
  ): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) return;
    const { r0, r1, c0, c1 } = this.clip(sheet, ref);
    const { values, formulas } = sheet.grid;
    for (let r = r0; r <= r1; r++) {
      const valueRow = values[r - sheet.origin.row];
      const formulaRow = formulas[r - sheet.origin.row];
      for (let c = c0; c <= c1; c++) {
        const i = c - sheet.origin.col;
        visit(
          { row: r, col: c },
          {
            value: valueRow && i < valueRow.length ? valueRow[i] : null,
            formula: formulaRow && i < formulaRow.length ? formulaRow[i] : null,
          }
        );
      }
    }
  }

  /** Number of cells of a range that lie outside the used range (these are blank). */
  blankOutsideUsed(sheetName: string, ref: ParsedRef): number {
    const total = (ref.end.row - ref.start.row + 1) * (ref.end.col - ref.start.col + 1);
    const sheet = this.sheet(sheetName);
    if (!sheet) return total;
    const { r0, r1, c0, c1 } = this.clip(sheet, ref);
    const inside = r1 >= r0 && c1 >= c0 ? (r1 - r0 + 1) * (c1 - c0 + 1) : 0;
    return total - inside;
  }
}

/** Whether a grid value is blank (Excel reports blanks as "" and exceljs as null). */
export function isBlank(value: GridValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

/** Excel's error values, as range.values reports them. */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
] as const;

const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERRORS);

export function isErrorValue(value: GridValue | undefined): value is string {
  // Every error value starts with "#" (and only "#" upper-cases to "#"): most texts are told
  // apart without upper-casing them.
  return (
    typeof value === "string" && value.charCodeAt(0) === 35 && ERROR_SET.has(value.toUpperCase())
  );
}
