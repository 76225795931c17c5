import type { AnalysisCache } from "../cache";
import type { Catalogue, Indicator } from "../catalogue";
import type { ArgSpec, FunctionDef } from "../calculation";
import type { GridValue } from "../grid";
import { parseCell, rangeText, toA1 } from "../formula-parser/address";
import type { CellPos } from "../formula-parser/address";
import { canonicalize } from "../formula-parser/compare";
import type { CanonicalFormula, RefResolver } from "../formula-parser/compare";
import { calls, isFormulaText, isIkuFunction, parseFormula } from "../formula-parser/parse";
import type { FormulaNode, ParsedFormula } from "../formula-parser/parse";
import { isBlank, isErrorValue } from "../workbook-index";
import type { IndexedSheet, ResolvedName, WorkbookIndex } from "../workbook-index";
import { MARKER_NAME } from "../sheet/plan";
import { FUNCTION_PREFIX } from "../namespace";
import type { PlanCell } from "../sheet/types";
import type { IkuSheet } from "../find-iku-sheet";
import type { KatalogChanges } from "./katalog-changes";
import type { Place } from "./rule";

/**
 * What the audit's rules read: one shared context per IKU sheet, and the subjects the runner
 * visits (the plan's names, a plan formula cell, a staff formula), each with what several rules
 * need worked out once (lazily, on the subject itself: nothing is kept between runs).
 */

/** One IKU sheet's audit: everything the rules may read. */
export interface AuditContext {
  index: WorkbookIndex;
  iku: IkuSheet;
  catalogue: Catalogue;
  /** The IKU. functions (without the namespace) of the catalogue. */
  functions: ReadonlyMap<string, FunctionDef>;
  /** Identities (compare.ts) of the plan's named results: HASIL, CAPAIAN, KATEGORI. */
  resultNames: ReadonlySet<string>;
  /** Indicators whose inputs or target have a validation finding (validated on first call). */
  inputProblems: () => ReadonlySet<string>;
  /** Parsed formulas shared with other analyses (the caller's). */
  cache?: AnalysisCache;
  /** The workbook's Katalog IKU sheet, when the catalogue was read from one. */
  katalogSheet?: string;
  /** How the IKU sheet differs from that Katalog (undefined: no Katalog); worked out once. */
  katalogChanges: () => KatalogChanges | undefined;
}

/** Why a formula cell shows an error value, as the error-value rules read it. */
export type ErrorCause =
  /** #NAME? from names the workbook does not have. */
  | { kind: "unknownName"; names: string[] }
  /** #NAME? from IKU. functions: the add-in is not loaded. */
  | { kind: "addinNotLoaded" }
  /** Another error value, or #NAME? with no known cause. */
  | { kind: "errorValue"; value: string }
  /** Explained by a validation finding on the indicator's inputs ("Periksa Data" reports it). */
  | { kind: "inputProblem" };

/** The cause of an error value shown by a formula (undefined: the value is not an error). */
function errorCause(
  ctx: AuditContext,
  value: GridValue,
  canonical: () => CanonicalFormula,
  indicator?: Indicator
): ErrorCause | undefined {
  if (!isErrorValue(value)) return undefined;
  const shown = value.toUpperCase();
  if (shown === "#NAME?") {
    // Only a #NAME? is explained by the formula's own names and functions.
    const formula = canonical();
    const names: string[] = [];
    for (const r of formula.refs) {
      const name = r.key.slice(2);
      if (
        (r.key.startsWith("N:") || r.key.startsWith("X:")) &&
        !ctx.index.name(name, ctx.iku.sheet)
      ) {
        if (!names.includes(name)) names.push(name);
      }
    }
    if (names.length > 0) return { kind: "unknownName", names };
    if (formula.functions.some(isIkuFunction)) return { kind: "addinNotLoaded" };
    return { kind: "errorValue", value: shown };
  }
  if (indicator && ctx.inputProblems().has(indicator.code)) return { kind: "inputProblem" };
  return { kind: "errorValue", value: shown };
}

// ---- The plan's defined names ----

/** One of the plan's defined names, as the workbook has it. */
export interface PlanNameState {
  name: string;
  /** The name marking the sheet as the add-in's (not an indicator's cell). */
  marker: boolean;
  /** The plan's address of the name's cell, on the IKU sheet (A1). */
  planned: string;
  /** The plan's refersTo. */
  expected: string;
  indicator?: string;
  /** The workbook's name (undefined: missing). */
  found?: ResolvedName;
  /**
   * missing; broken (not one cell); otherSheet (points outside the IKU sheet); placed (on the
   * IKU sheet, wherever).
   */
  state: "missing" | "broken" | "otherSheet" | "placed";
  /**
   * For a placed name that moved differently from the rest of its indicator's names (rows
   * inserted above move all of them together): where it points, and where it should.
   */
  displaced?: { sheet: string; address: string; expectedAt: string };
}

export interface NamesSubject {
  ctx: AuditContext;
  /** The IKU sheet as the workbook spells it. */
  sheet: string;
  /** In the plan's order. */
  names: PlanNameState[];
}

/** The plan's names as the workbook has them: present, intact, on the IKU sheet, where the layout puts them. */
export function namesSubject(ctx: AuditContext): NamesSubject {
  const { index, iku } = ctx;
  const planSheet = iku.sheet;
  const planSheetUpper = planSheet.toUpperCase();
  const indicatorOf = new Map<string, string>();
  for (const c of iku.plan.cells) if (c.name && c.indicator) indicatorOf.set(c.name, c.indicator);

  // Displacement of each placed name from its plan address; the indicator's most common
  // displacement is "where the indicator is now" (the first met, on a tie).
  const moves: ({ dr: number; dc: number; planned: CellPos } | undefined)[] = [];
  const votes = new Map<string, { dr: number; dc: number; count: number }[]>();
  const names = iku.plan.names.map((n, i): PlanNameState => {
    const marker = n.name === MARKER_NAME;
    const base = { name: n.name, marker, planned: n.address, expected: n.refersTo };
    const indicator = indicatorOf.get(n.name);
    const state = (s: PlanNameState["state"], found?: ResolvedName): PlanNameState => ({
      ...base,
      ...(indicator ? { indicator } : {}),
      ...(found ? { found } : {}),
      state: s,
    });
    const found = index.name(n.name, planSheet);
    if (!found) return state("missing");
    const target = found.ref;
    if (!target || target.start.row !== target.end.row || target.start.col !== target.end.col)
      return state("broken", found);
    const sheet = index.sheetName(target.sheet) ?? target.sheet;
    if (sheet !== planSheet && sheet.toUpperCase() !== planSheetUpper)
      return state("otherSheet", found);
    const planned = parseCell(n.address) as CellPos;
    const dr = target.start.row - planned.row;
    const dc = target.start.col - planned.col;
    moves[i] = { dr, dc, planned };
    if (indicator) {
      let list = votes.get(indicator);
      if (!list) votes.set(indicator, (list = []));
      const vote = list.find((v) => v.dr === dr && v.dc === dc);
      if (vote) vote.count++;
      else list.push({ dr, dc, count: 1 });
    }
    return state("placed", found);
  });
  names.forEach((n, i) => {
    const move = moves[i];
    if (!move || !n.indicator || n.marker) return;
    let best = { dr: 0, dc: 0, count: 0 };
    for (const vote of votes.get(n.indicator) ?? []) if (vote.count > best.count) best = vote;
    if (move.dr === best.dr && move.dc === best.dc) return;
    const at = index.nameCell(n.name, planSheet);
    if (!at) return;
    const expectedAt = toA1({ row: move.planned.row + best.dr, col: move.planned.col + best.dc });
    n.displaced = { sheet: at.sheet, address: at.address, expectedAt };
  });
  return { ctx, sheet: planSheet, names };
}

// ---- A plan formula cell ----

export interface PlanCellSubject {
  ctx: AuditContext;
  cell: PlanCell;
  indicator: Indicator;
  /** Where the cell is now. */
  sheet: string;
  address: string;
  place: Place;
  /** The cell's content (formula text, constant or blank) and value. */
  content: GridValue;
  value: GridValue;
  /** The cell's formula; undefined when it holds a constant or is blank. */
  formula: string | undefined;
  /** The plan's formula. */
  expectedText: string;
  /**
   * The cell holds the plan's own formula text on the plan's sheet (it is checked for its error
   * value): actual() and expected() are one, so a rule comparing them has nothing to find.
   */
  asPlanned: boolean;
  /** The cell's and the plan's formula, normalized (only for a formula cell). */
  actual(): CanonicalFormula;
  expected(): CanonicalFormula;
  /** Why the cell shows an error value (only for a formula cell). */
  errorCause(): ErrorCause | undefined;
}

/** Memoizes a computation on the subject that asks for it. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * The subject of a plan formula cell; undefined when there is nothing to check: the cell is not
 * found (name.missing reports it), or it holds the plan's own text on the plan's sheet and no
 * error value (every plan-cell rule compares the cell with the plan or reads its error value).
 */
export function planCellSubject(
  ctx: AuditContext,
  cell: PlanCell,
  indicator: Indicator
): PlanCellSubject | undefined {
  const { index, iku } = ctx;
  const at = iku.locate(cell);
  if (!at || !cell.formula) return undefined;
  const expectedText = cell.formula;
  const { formula: content, value } = index.cellAt(at.sheet, at.address);
  const onPlanSheet = at.sheet === iku.plan.sheetName;
  if (
    content === expectedText &&
    isFormulaText(expectedText) &&
    onPlanSheet &&
    !isErrorValue(value)
  )
    return undefined;
  const formula = isFormulaText(content) ? content : undefined;
  const role = cell.role === "capaian" || cell.role === "kategori" ? cell.role : "result";
  // A component's value to a quarter is neither realisasi nor capaian: named by its cell.
  const place: Place =
    cell.role === "aggregate"
      ? { sheet: at.sheet, address: at.address }
      : { role, order: indicator.order };
  // The plan's own text on the plan's sheet reads exactly as the plan.
  const sameAsPlan = formula === expectedText && onPlanSheet;
  const actual = once(() => canonicalize(formula ?? "", iku.resolver(at.sheet), ctx.cache));
  const expected = sameAsPlan
    ? actual
    : once(() => canonicalize(expectedText, iku.resolver(iku.plan.sheetName), ctx.cache));
  return {
    ctx,
    cell,
    indicator,
    sheet: at.sheet,
    address: at.address,
    place,
    content,
    value,
    formula,
    expectedText,
    asPlanned: sameAsPlan,
    actual,
    expected,
    errorCause: once(() => errorCause(ctx, value, actual, indicator)),
  };
}

// ---- A staff formula ----

/** The cells of one IKU call's argument, a reference, and which of them are blank or text. */
export interface ArgumentCells {
  /** The call's position among the formula's IKU calls, the argument's among its arguments. */
  call: number;
  argument: number;
  callName: string;
  spec: ArgSpec;
  /** Blank cells (A1), or the whole range when part of it lies outside the sheet's used range. */
  empty: string[];
  /** Cells holding text where a number is needed (A1). */
  text: string[];
}

/** An IKU call of a staff formula, with its definition (undefined: no such IKU function). */
export interface IkuCall {
  name: string;
  args: FormulaNode[][];
  def: FunctionDef | undefined;
}

export interface StaffFormulaSubject {
  ctx: AuditContext;
  sheet: string;
  address: string;
  place: Place;
  formula: string;
  value: GridValue;
  parsed: ParsedFormula;
  resolve: RefResolver;
  /** The IKU. calls, in reading order. */
  ikuCalls: IkuCall[];
  /** The arguments of known IKU calls written as one reference, with their cells read. */
  arguments(): ArgumentCells[];
  /** Why the cell shows an error value. */
  errorCause(): ErrorCause | undefined;
}

/** Whether a node uses an IKU function or an IKU result (directly or inside). */
function carriesIku(
  node: FormulaNode,
  resolve: RefResolver,
  resultNames: ReadonlySet<string>
): boolean {
  switch (node.type) {
    case "call":
      if (isIkuFunction(node.name)) return true;
      for (const arg of node.args) if (anyCarriesIku(arg, resolve, resultNames)) return true;
      return false;
    case "group":
      return anyCarriesIku(node.items, resolve, resultNames);
    case "ref":
      return resultNames.has(resolve(node.text).key);
    default:
      return false;
  }
}

/** Whether any node of a sequence uses an IKU function or an IKU result. */
export function anyCarriesIku(
  seq: readonly FormulaNode[],
  resolve: RefResolver,
  resultNames: ReadonlySet<string>
): boolean {
  for (const n of seq) if (carriesIku(n, resolve, resultNames)) return true;
  return false;
}

/**
 * The audit's pre-filter: whether a formula's text mentions IKU (functions, names) or the IKU
 * sheet (both upper case), so that only those formulas are read with the tokenizer.
 */
export function mentionsIku(formula: string, ikuSheetText: string): boolean {
  const upper = formula.toUpperCase();
  return upper.includes("IKU") || upper.includes(ikuSheetText);
}

/** The subject of a staff formula; undefined when it uses no IKU function or result. */
export function staffFormulaSubject(
  ctx: AuditContext,
  sheet: string,
  resolve: RefResolver,
  pos: CellPos,
  formula: string,
  value: GridValue
): StaffFormulaSubject | undefined {
  const parsed = parseFormula(formula);
  const ikuCalls = calls(parsed.items)
    .filter((c) => isIkuFunction(c.name))
    .map((c) => ({
      name: c.name,
      args: c.args,
      def: ctx.functions.get(c.name.slice(FUNCTION_PREFIX.length)),
    }));
  if (ikuCalls.length === 0 && !anyCarriesIku(parsed.items, resolve, ctx.resultNames))
    return undefined;
  return {
    ctx,
    sheet,
    address: toA1(pos),
    place: { sheet, address: toA1(pos) },
    formula,
    value,
    parsed,
    resolve,
    ikuCalls,
    arguments: once(() => argumentCells(ctx, ikuCalls, resolve)),
    errorCause: once(() => errorCause(ctx, value, () => canonicalize(parsed, resolve))),
  };
}

/** The arguments of the known IKU calls written as one reference, with their cells read. */
function argumentCells(
  ctx: AuditContext,
  ikuCalls: readonly IkuCall[],
  resolve: RefResolver
): ArgumentCells[] {
  const out: ArgumentCells[] = [];
  ikuCalls.forEach((call, i) => {
    const def = call.def;
    if (!def) return;
    call.args.forEach((arg, j) => {
      const spec = def.repeating ? def.args[0] : def.args[j];
      if (!spec || arg.length !== 1 || arg[0].type !== "ref") return;
      const id = resolve(arg[0].text);
      if (!id.target) return;
      const { start, end } = id.target.ref;
      const textAllowed = spec.check === "polarity";
      const sheet = ctx.index.sheet(id.target.sheet) ?? null;
      const cells = readArgumentCells(sheet, start, end, textAllowed);
      out.push({ call: i, argument: j, callName: call.name, spec, ...cells });
    });
  });
  return out;
}

/**
 * The blank cells and those holding text of an argument's range, read straight from the grid's
 * 2-D arrays, with no object per cell.
 */
function readArgumentCells(
  sheet: IndexedSheet | null,
  start: CellPos,
  end: CellPos,
  textAllowed: boolean
): { empty: string[]; text: string[] } {
  const empty: string[] = [];
  const text: string[] = [];
  let inside = 0;
  if (sheet) {
    const values = sheet.grid.values;
    const { row: originRow, col: originCol } = sheet.origin;
    const cols = values.length > 0 ? values[0].length : 0;
    // The range clipped to the used range: cells outside it are blank.
    const r0 = Math.max(start.row, originRow);
    const r1 = Math.min(end.row, originRow + values.length - 1);
    const c0 = Math.max(start.col, originCol);
    const c1 = Math.min(end.col, originCol + cols - 1);
    if (r1 >= r0 && c1 >= c0) inside = (r1 - r0 + 1) * (c1 - c0 + 1);
    for (let r = r0; r <= r1; r++) {
      const valueRow = values[r - originRow];
      for (let c = c0; c <= c1; c++) {
        const i = c - originCol;
        const value = valueRow && i < valueRow.length ? valueRow[i] : null;
        if (isBlank(value)) empty.push(toA1({ row: r, col: c }));
        else if (!textAllowed && typeof value === "string" && !isErrorValue(value))
          text.push(toA1({ row: r, col: c }));
      }
    }
  }
  const total = (end.row - start.row + 1) * (end.col - start.col + 1);
  if (total > inside && empty.length === 0) empty.push(rangeText({ start, end }));
  return { empty, text };
}
