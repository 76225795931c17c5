import type { AturanCapaian } from "../../src/core/aturan";
import { CATALOGUE } from "../../src/core/catalogue";
import { isCellError, EXCEL_ERROR_TEXT } from "../../src/core/errors";
import type { GridValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { parseCell, parseRef, toA1 } from "../../src/core/formula-parser/address";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { evaluatePlan } from "../../src/core/sheet/evaluate";
import type { FormulaMode, SheetPlan, ValidationRule } from "../../src/core/sheet/types";
import type { PlanBuilder } from "../../src/core/find-iku-sheet";

/**
 * Builds the grid of a golden case: the plan's sheet as Excel would read it (constants, the
 * formulas, the formula values computed by the core with evaluatePlan), the plan's names, then
 * the case's edits (the planted mistakes). The grids are committed as grid.json; regenerate
 * them with UPDATE_GOLDEN=1 (test/core/golden.test.ts).
 */

export interface CaseEdit {
  /** Sheet name; the IKU sheet when absent. */
  sheet?: string;
  /** A1 address, or a defined name of the plan (IKU06_HASIL). */
  cell: string;
  /** New content as range.formulas reports it: a formula "=…" or a constant. */
  formula?: GridValue;
  /** New value as range.values reports it; the constant itself when absent. */
  value?: GridValue;
  /** The plan's formula of `cell` with text replacements (to plant a mistake in a long formula). */
  fromPlan?: [string, string][];
}

export interface CaseSpec {
  description: string;
  tahun?: number;
  mode: FormulaMode;
  sheetName?: string;
  /** Input and target values by defined name; "examples" fills every input from the catalogue. */
  inputs: "examples" | "empty" | Record<string, GridValue>;
  /** Values laid over the inputs (by name) before the formulas are computed. */
  inputOverrides?: Record<string, GridValue>;
  edits?: CaseEdit[];
  /** Extra sheets: name → rows of contents ("=…" for formulas) and their values. */
  sheets?: { name: string; formulas: GridValue[][]; values?: GridValue[][] }[];
  /** Names removed from, or re-pointed in, the workbook. */
  removeNames?: string[];
  setNames?: Record<string, string>;
  /** Rows inserted (1-based row number, before edits): everything from that row moves down. */
  insertRows?: { at: number; count: number };
  /** Changes to the plan's data-validation rules, by the defined name of the cell. */
  ruleOverrides?: Record<string, Partial<ValidationRule>>;
  /** The agency's capaian rules the sheet is generated with (default: ATURAN_BAWAAN). */
  aturan?: AturanCapaian;
}

/** The plan builder of a case: buildSheetPlan with the case's rule overrides applied. */
export function caseBuilder(spec: Pick<CaseSpec, "ruleOverrides">): PlanBuilder {
  return (settings, catalogue) => {
    const plan = buildSheetPlan(settings, catalogue);
    const overrides = spec.ruleOverrides ?? {};
    const addressOf = new Map(plan.names.map((n) => [n.address, n.name]));
    return {
      ...plan,
      validations: plan.validations.map((v) => {
        const name = addressOf.get(v.address);
        return name && overrides[name] ? { ...v, ...overrides[name] } : v;
      }),
    };
  };
}

/** Targets of the example inputs: a value per kind that gives a capaian in a normal range. */
const EXAMPLE_TARGET: Record<string, number> = { persentase: 80, rasio: 3, jumlah: 9, nilai: 80 };

export function exampleInputs(plan: SheetPlan): Record<string, GridValue> {
  const out: Record<string, GridValue> = {};
  for (const ind of plan.indicators) {
    const indicator = CATALOGUE.indicators.find((i) => i.code === ind.code);
    if (!indicator) continue;
    ind.inputs.forEach((input, k) => {
      out[input.name] = indicator.example[k];
    });
    out[ind.target.name] = EXAMPLE_TARGET[indicator.kind];
  }
  return out;
}

function resultText(value: unknown): GridValue {
  if (isCellError(value)) return EXCEL_ERROR_TEXT[value.kind];
  if (typeof value === "number") return Math.round(value * 1e9) / 1e9;
  return value as GridValue;
}

export function buildCaseGrid(spec: CaseSpec): WorkbookGrid {
  const sheetName = spec.sheetName ?? `IKU ${spec.tahun ?? 2026}`;
  const plan = caseBuilder(spec)({
    tahun: spec.tahun ?? 2026,
    namaPerangkatDaerah: CATALOGUE.agency.nama,
    sheetName,
    mode: spec.mode,
    ...(spec.aturan ? { aturan: spec.aturan } : {}),
  });
  const inputs =
    spec.inputs === "examples"
      ? exampleInputs(plan)
      : spec.inputs === "empty"
        ? {}
        : { ...spec.inputs };
  Object.assign(inputs, spec.inputOverrides ?? {});
  const computed = evaluatePlan(plan, inputs);

  const end = parseCell(plan.range.split(":")[1]);
  if (!end) throw new Error(`bad plan range ${plan.range}`);
  const rows = end.row + 1;
  const cols = end.col + 1;
  const values: GridValue[][] = Array.from({ length: rows }, () => Array<GridValue>(cols).fill(""));
  const formulas: GridValue[][] = Array.from({ length: rows }, () =>
    Array<GridValue>(cols).fill("")
  );
  for (const cell of plan.cells) {
    const pos = parseCell(cell.address);
    if (!pos) continue;
    if (cell.formula) {
      formulas[pos.row][pos.col] = cell.formula;
      values[pos.row][pos.col] = resultText(computed.get(cell.address));
    } else if (cell.value !== undefined) {
      formulas[pos.row][pos.col] = cell.value;
      values[pos.row][pos.col] = cell.value;
    } else if (cell.name && inputs[cell.name] !== undefined && inputs[cell.name] !== null) {
      formulas[pos.row][pos.col] = inputs[cell.name];
      values[pos.row][pos.col] = inputs[cell.name];
    }
  }
  const grid: WorkbookGrid = {
    workbook: "golden.xlsx",
    sheets: [{ name: sheetName, origin: "A1", values, formulas }],
    names: plan.names.map((n) => ({ name: n.name, refersTo: n.refersTo })),
  };
  if (spec.insertRows) {
    // As Excel does: cells and the names pointing at them move down; the formulas refer to
    // names only, so their text stays the same.
    const { at, count } = spec.insertRows;
    const sheet = grid.sheets[0];
    const blank = () => Array<GridValue>(cols).fill("");
    sheet.values.splice(at - 1, 0, ...Array.from({ length: count }, blank));
    sheet.formulas.splice(at - 1, 0, ...Array.from({ length: count }, blank));
    grid.names = grid.names.map((n) => {
      const ref = parseRef(n.refersTo.slice(1));
      if (!ref || ref.start.row < at - 1) return n;
      const moved = toA1({ row: ref.start.row + count, col: ref.start.col });
      const [col, row] = [moved.replace(/[0-9]/g, ""), moved.replace(/[A-Z]/g, "")];
      return { name: n.name, refersTo: `='${sheetName}'!$${col}$${row}` };
    });
  }
  for (const extra of spec.sheets ?? []) {
    const width = Math.max(1, ...extra.formulas.map((r) => r.length));
    const pad = (rowsIn: GridValue[][]) =>
      rowsIn.map((r) => [...r, ...Array<GridValue>(width - r.length).fill("")]);
    const sheet: SheetGrid = {
      name: extra.name,
      origin: "A1",
      formulas: pad(extra.formulas),
      values: pad(extra.values ?? extra.formulas),
    };
    grid.sheets.push(sheet);
  }
  for (const edit of spec.edits ?? []) {
    const sheet = grid.sheets.find((s) => s.name === (edit.sheet ?? sheetName));
    if (!sheet) throw new Error(`edit on unknown sheet ${edit.sheet}`);
    const named = plan.names.find((n) => n.name === edit.cell);
    const pos = parseCell(named ? named.address : edit.cell);
    if (!pos) throw new Error(`bad edit cell ${edit.cell}`);
    while (sheet.values.length <= pos.row) {
      sheet.values.push(Array<GridValue>(sheet.values[0]?.length ?? 1).fill(""));
      sheet.formulas.push(Array<GridValue>(sheet.formulas[0]?.length ?? 1).fill(""));
    }
    let formula = edit.formula ?? sheet.formulas[pos.row][pos.col];
    if (edit.fromPlan) {
      let text = plan.cells.find((c) => c.name === edit.cell)?.formula ?? "";
      for (const [from, to] of edit.fromPlan) {
        if (!text.includes(from))
          throw new Error(`${edit.cell}: "${from}" is not in the plan's formula`);
        text = text.split(from).join(to);
      }
      formula = text;
    }
    sheet.formulas[pos.row][pos.col] = formula;
    sheet.values[pos.row][pos.col] = edit.value !== undefined ? edit.value : formula;
  }
  grid.names = grid.names.filter((n) => !(spec.removeNames ?? []).includes(n.name));
  for (const [name, refersTo] of Object.entries(spec.setNames ?? {})) {
    const existing = grid.names.find((n) => n.name === name);
    if (existing) existing.refersTo = refersTo;
    else grid.names.push({ name, refersTo });
  }
  return grid;
}

/** A1 of a plan name in a case's plan (for tests that look at a named cell). */
export function planAddress(plan: SheetPlan, name: string): string {
  const n = plan.names.find((x) => x.name === name);
  if (!n) throw new Error(`no name ${name}`);
  return toA1(parseCell(n.address) ?? { row: 0, col: 0 });
}

/**
 * grid.json: a sparse, reviewable form of a WorkbookGrid (non-blank cells only). `f` is the
 * formula of a formula cell; constants have `v` only.
 */
export interface SparseGrid {
  workbook: string;
  sheets: { name: string; cells: Record<string, { f?: string; v: GridValue }> }[];
  names: { name: string; refersTo: string }[];
}

export function toSparse(grid: WorkbookGrid): SparseGrid {
  return {
    workbook: grid.workbook,
    sheets: grid.sheets.map((s) => {
      const origin = parseCell(s.origin) ?? { row: 0, col: 0 };
      const cells: Record<string, { f?: string; v: GridValue }> = {};
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const f = s.formulas[r]?.[c] ?? "";
          if ((v === "" || v === null) && (f === "" || f === null)) return;
          const a1 = toA1({ row: origin.row + r, col: origin.col + c });
          cells[a1] = typeof f === "string" && f.startsWith("=") ? { f, v } : { v };
        })
      );
      return { name: s.name, cells };
    }),
    names: grid.names.map((n) => ({ name: n.name, refersTo: n.refersTo })),
  };
}

export function fromSparse(sparse: SparseGrid): WorkbookGrid {
  return {
    workbook: sparse.workbook,
    names: sparse.names.map((n) => ({ ...n })),
    sheets: sparse.sheets.map((s) => {
      let rows = 1;
      let cols = 1;
      const entries = Object.entries(s.cells).map(([a1, cell]) => {
        const pos = parseCell(a1);
        if (!pos) throw new Error(`bad cell ${a1} in grid.json`);
        rows = Math.max(rows, pos.row + 1);
        cols = Math.max(cols, pos.col + 1);
        return { pos, cell };
      });
      const values: GridValue[][] = Array.from({ length: rows }, () =>
        Array<GridValue>(cols).fill("")
      );
      const formulas: GridValue[][] = Array.from({ length: rows }, () =>
        Array<GridValue>(cols).fill("")
      );
      for (const { pos, cell } of entries) {
        values[pos.row][pos.col] = cell.v;
        formulas[pos.row][pos.col] = cell.f ?? cell.v;
      }
      return { name: s.name, origin: "A1", values, formulas };
    }),
  };
}
