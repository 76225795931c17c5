import { CATALOGUE } from "../catalogue";
import type { Catalogue, Indicator } from "../catalogue";
import { FUNCTIONS, buildFunctionTable } from "../formulas";
import type { ArgSpec, FunctionDef } from "../formulas";
import type { Finding, GridValue } from "../grid";
import { AUDIT_RULES, auditMessages as M } from "../messages/audit";
import type { AuditRuleId } from "../messages/audit";
import { formatNumber, quoteValue } from "../messages/validation";
import { parseCell, rangeText, toA1 } from "../formula/address";
import type { CellPos } from "../formula/address";
import { canonicalize, canonicalizeText, difference } from "../formula/compare";
import type { CanonicalFormula, RefIdentity, RefResolver } from "../formula/compare";
import { IKU_NAMESPACE, calls, isFormulaText, isIkuFunction, parseFormula } from "../formula/parse";
import type { FormulaNode, ParsedFormula } from "../formula/parse";
import { isBlank, isErrorValue } from "../formula/workbook";
import type { IndexedSheet } from "../formula/workbook";
import type { WorkbookIndex } from "../formula/workbook";
import { MARKER_NAME } from "../sheet/plan";
import type { PlanCell, SheetPlan } from "../sheet/types";
import type { IkuSheet } from "../validate/sheets";

/**
 * "Audit Rumus": compares the workbook's formula cells with the plan's intended formulas, checks
 * the plan's defined names, and scans every sheet for IKU. formulas typed by staff.
 *
 * Decisions:
 * - Formulas are compared as normalized token trees (compare.ts): case, spaces, $ signs and the
 *   way a reference is written do not matter; what a reference points at does.
 * - A1 references to the right cells instead of the names are accepted as correct but reported
 *   as a warning (formula.a1Reference): the formula works, yet differs from the plan.
 * - A plan formula cell can get several findings at once when several things are wrong
 *   (e.g. wrong function and a hard-coded number); formula.modified only when none of the
 *   specific rules explains the difference.
 * - Error values in result cells whose inputs have a validation finding are not reported here:
 *   "Periksa Data" reports their cause. #NAME? is explained: unknown names, else the add-in
 *   not loaded when the formula calls IKU. functions.
 * - Staff formulas (any cell that is not one of the plan's formula cells) are checked only when
 *   they call an IKU. function or use an IKU result (HASIL/CAPAIAN/KATEGORI): arity, references
 *   to empty or text cells, and arithmetic with constants (formula.mixedConstant).
 */

export interface AuditContext {
  index: WorkbookIndex;
  iku: IkuSheet;
  catalogue: Catalogue;
  /** Indicators whose inputs or target have a validation finding (validated on first call). */
  inputProblems: () => ReadonlySet<string>;
}

function make(
  rule: AuditRuleId,
  sheet: string,
  cell: string,
  message: string,
  extra: { indicator?: string; current?: string; expected?: string } = {}
): Finding {
  const f: Finding = { sheet, cell, rule, severity: AUDIT_RULES[rule].severity, message };
  if (extra.indicator) f.indicator = extra.indicator;
  if (extra.current !== undefined) f.current = extra.current;
  if (extra.expected !== undefined) f.expected = extra.expected;
  return f;
}

const unique = (items: readonly string[]) => [...new Set(items)];

/** How a reference is named in messages: its name, or sheet!A1 as written. */
function refWords(id: RefIdentity): string {
  if (id.key.startsWith("N:") || id.key.startsWith("X:")) return id.key.slice(2);
  return id.text.split("$").join("");
}

function ikuFunctionsOf(c: CanonicalFormula): string[] {
  return c.functions.filter(isIkuFunction);
}

/** Compares one plan formula cell with the workbook. */
function auditPlanCell(
  ctx: AuditContext,
  cell: PlanCell,
  indicator: Indicator,
  findings: Finding[]
): void {
  const { index, iku } = ctx;
  const at = iku.locate(cell);
  if (!at || !cell.formula) return; // name.missing is reported by the name check
  const content = index.cellAt(at.sheet, at.address);
  const expectedText = cell.formula;
  // The common case, decided before anything is built for a finding: the plan's own text on the
  // plan's sheet (see below) and no error value.
  if (
    content.formula === expectedText &&
    isFormulaText(expectedText) &&
    at.sheet === iku.plan.sheetName &&
    !isErrorValue(content.value)
  )
    return;
  const role = cell.role === "capaian" || cell.role === "kategori" ? cell.role : "result";
  const where = M.where(role, indicator.order);
  const base = { indicator: indicator.code, expected: expectedText };
  const add = (rule: AuditRuleId, message: string, current: string) =>
    findings.push(make(rule, at.sheet, at.address, message, { ...base, current }));

  if (!isFormulaText(content.formula)) {
    if (isBlank(content.formula)) add("formula.cleared", M.cleared(where), "");
    else {
      const shown = String(content.formula);
      add("formula.overwritten", M.overwritten(where, quoteValue(shown)), shown);
    }
    return;
  }
  const current = content.formula;
  const reported = findings.length;
  // An error value caused by a finding below is not reported twice; #NAME? always is.
  const reportErrorValue = (actual: CanonicalFormula) =>
    checkErrorValue(
      ctx,
      content.value,
      actual,
      (rule, message) => {
        if (rule !== "formula.errorValue" || findings.length === reported)
          add(rule, message, current);
      },
      where,
      indicator
    );

  // The plan's own text on the plan's sheet (the common case) reads exactly as the plan: same
  // canonical form, every reference written as the plan writes it. Only its value can be wrong.
  if (current === expectedText && at.sheet === iku.plan.sheetName) {
    if (isErrorValue(content.value))
      reportErrorValue(canonicalize(current, iku.resolver(at.sheet)));
    return;
  }
  const actual = canonicalizeText(current, iku.resolver(at.sheet));
  const expected = canonicalizeText(expectedText, iku.resolver(iku.plan.sheetName));

  if (actual.text !== expected.text) {
    let specific = false;
    // Functions called.
    const extraFns = difference(actual.functions, expected.functions);
    const missingFns = difference(expected.functions, actual.functions);
    if (extraFns.length > 0 || missingFns.length > 0) {
      specific = true;
      const ikuExpected = ikuFunctionsOf(expected);
      const shownExpected = ikuExpected.length > 0 ? ikuExpected : unique(missingFns);
      const ikuFound = ikuFunctionsOf(actual);
      const shownFound =
        ikuExpected.length > 0 && ikuFound.length > 0 ? ikuFound : unique(extraFns);
      add(
        "formula.wrongFunction",
        M.wrongFunction(where, unique(shownFound), unique(shownExpected)),
        current
      );
    }
    // References: other cells, or the right cells in another order.
    const actualKeys = actual.refs.map((r) => r.key);
    const expectedKeys = expected.refs.map((r) => r.key);
    const extraRefs = difference(actualKeys, expectedKeys);
    const missingRefs = difference(expectedKeys, actualKeys);
    if (extraRefs.length > 0 || missingRefs.length > 0) {
      specific = true;
      const extraWords = unique(
        extraRefs.map((k) => refWords(actual.refs.find((r) => r.key === k) as RefIdentity))
      );
      const missingWords = unique(missingRefs.map((k) => k.slice(2)));
      add("formula.wrongReference", M.wrongReference(where, extraWords, missingWords), current);
    } else if (
      actualKeys.join("|") !== expectedKeys.join("|") &&
      extraFns.length === 0 &&
      missingFns.length === 0
    ) {
      specific = true;
      const firstDiff = (keys: string[]) => unique(keys.map((k) => k.slice(2)));
      add(
        "formula.swappedArguments",
        M.swapped(
          where,
          firstDiff(ordered(actualKeys, expectedKeys)),
          firstDiff(ordered(expectedKeys, actualKeys))
        ),
        current
      );
    }
    // Constants that are not in the plan's formula.
    const extraNumbers = difference(actual.numbers, expected.numbers);
    if (extraNumbers.length > 0) {
      specific = true;
      add(
        "formula.hardcodedNumber",
        M.hardcodedNumber(where, unique(extraNumbers.map(formatNumber))),
        current
      );
    }
    if (!specific) add("formula.modified", M.modified(where), current);
  } else {
    if (actual.guards < expected.guards) {
      add("formula.blankUnguarded", M.blankUnguarded(where), current);
    }
    const a1 = actual.refs.filter((r, i) => !r.byName && expected.refs[i]?.byName);
    if (a1.length > 0) {
      add(
        "formula.a1Reference",
        M.a1Reference(where, unique(a1.map((r) => r.text.split("$").join("")))),
        current
      );
    }
  }

  reportErrorValue(actual);
}

/** The keys of `a` at the positions where `a` and `b` differ. */
function ordered(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((k, i) => b[i] !== k);
}

function checkErrorValue(
  ctx: AuditContext,
  value: GridValue,
  formula: CanonicalFormula,
  add: (rule: AuditRuleId, message: string) => void,
  where: string,
  indicator?: Indicator
): void {
  if (!isErrorValue(value)) return;
  const shown = value.toUpperCase();
  if (shown === "#NAME?") {
    const unknown = unique(
      formula.refs
        .filter(
          (r) =>
            (r.key.startsWith("N:") || r.key.startsWith("X:")) && !ctx.index.name(r.key.slice(2))
        )
        .map((r) => r.key.slice(2))
    );
    if (unknown.length > 0) add("formula.unknownName", M.unknownName(where, unknown));
    else if (ikuFunctionsOf(formula).length > 0)
      add("formula.addinNotLoaded", M.addinNotLoaded(where));
    else add("formula.errorValue", M.errorValue(where, shown));
    return;
  }
  if (indicator && ctx.inputProblems().has(indicator.code)) return;
  add("formula.errorValue", M.errorValue(where, shown));
}

/** What the name check needs of a plan, worked out once per plan (plans are cached, read-only). */
interface PlanNameInfo {
  /** The indicator of each named plan cell. */
  indicatorOf: Map<string, string>;
  /** Where the plan puts each name (plan.names order). */
  planned: CellPos[];
}
const planNameInfo = new WeakMap<SheetPlan, PlanNameInfo>();

function nameInfo(plan: SheetPlan): PlanNameInfo {
  let info = planNameInfo.get(plan);
  if (!info) {
    const indicatorOf = new Map<string, string>();
    for (const c of plan.cells) if (c.name && c.indicator) indicatorOf.set(c.name, c.indicator);
    info = { indicatorOf, planned: plan.names.map((n) => parseCell(n.address) as CellPos) };
    planNameInfo.set(plan, info);
  }
  return info;
}

/** Checks the plan's defined names: present, intact, on the IKU sheet, where the layout puts them. */
function auditNames(ctx: AuditContext, findings: Finding[]): void {
  const { index, iku } = ctx;
  const planSheet = iku.sheet;
  const planSheetUpper = planSheet.toUpperCase();
  const names = iku.plan.names;
  const { indicatorOf, planned } = nameInfo(iku.plan);

  // Displacement of each name from its plan address; the indicator's most common displacement
  // is "where the indicator is now" (rows inserted above move all of its names together).
  // Per name (plan.names order): its displacement, when it has one; per indicator: each
  // displacement with its count, in the order first met.
  const placed: boolean[] = [];
  const rows: number[] = [];
  const cols: number[] = [];
  const votes = new Map<string, { dr: number; dc: number; count: number }[]>();
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const resolved = index.name(n.name);
    const indicator = indicatorOf.get(n.name);
    const plannedAt = n.address;
    if (!resolved) {
      const message =
        n.name === MARKER_NAME ? M.markerMissing(n.name) : M.nameMissing(n.name, planSheet);
      findings.push(
        make("name.missing", planSheet, plannedAt, message, { indicator, expected: n.refersTo })
      );
      continue;
    }
    const target = resolved.ref;
    if (!target || target.start.row !== target.end.row || target.start.col !== target.end.col) {
      findings.push(
        make("name.broken", planSheet, plannedAt, M.nameBroken(n.name, resolved.refersTo), {
          indicator,
          current: resolved.refersTo,
          expected: n.refersTo,
        })
      );
      continue;
    }
    const sheet = index.sheetName(target.sheet) ?? target.sheet;
    if (sheet !== planSheet && sheet.toUpperCase() !== planSheetUpper) {
      findings.push(
        make(
          "name.moved",
          planSheet,
          plannedAt,
          M.nameOtherSheet(n.name, resolved.refersTo, planSheet),
          {
            indicator,
            current: resolved.refersTo,
            expected: n.refersTo,
          }
        )
      );
      continue;
    }
    const dr = target.start.row - planned[i].row;
    const dc = target.start.col - planned[i].col;
    placed[i] = true;
    rows[i] = dr;
    cols[i] = dc;
    if (indicator) {
      let list = votes.get(indicator);
      if (!list) votes.set(indicator, (list = []));
      const vote = list.find((v) => v.dr === dr && v.dc === dc);
      if (vote) vote.count++;
      else list.push({ dr, dc, count: 1 });
    }
  }
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const ind = indicatorOf.get(n.name);
    if (!ind || placed[i] !== true || n.name === MARKER_NAME) continue;
    // The indicator's most common displacement (the first met, on a tie).
    let best = { dr: 0, dc: 0, count: 0 };
    for (const vote of votes.get(ind) ?? []) if (vote.count > best.count) best = vote;
    if (rows[i] === best.dr && cols[i] === best.dc) continue;
    const expectedAt = toA1({ row: planned[i].row + best.dr, col: planned[i].col + best.dc });
    const at = index.nameCell(n.name);
    if (!at) continue;
    findings.push(
      make("name.moved", at.sheet, at.address, M.nameMoved(n.name, at.address, expectedAt), {
        indicator: ind,
        current: index.name(n.name)?.refersTo,
        expected: n.refersTo,
      })
    );
  }
}

/** Whether a node uses an IKU function or an IKU result (directly or inside). */
function carriesIku(
  node: FormulaNode,
  resolve: RefResolver,
  resultNames: ReadonlySet<string>
): boolean {
  // Plain loops: this runs for every node of every staff formula that mentions IKU.
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

function anyCarriesIku(
  seq: readonly FormulaNode[],
  resolve: RefResolver,
  resultNames: ReadonlySet<string>
): boolean {
  for (const n of seq) if (carriesIku(n, resolve, resultNames)) return true;
  return false;
}

const ARITHMETIC = new Set(["+", "-", "*", "/", "^"]);

/** Numbers combined by arithmetic with an IKU call or result, at any nesting level. */
function mixedConstants(
  items: readonly FormulaNode[],
  resolve: RefResolver,
  resultNames: ReadonlySet<string>
): number[] {
  const out: number[] = [];
  visitConstants(items, resolve, resultNames, out);
  return out;
}

function visitConstants(
  seq: readonly FormulaNode[],
  resolve: RefResolver,
  resultNames: ReadonlySet<string>,
  out: number[]
): void {
  let hasArithmetic = false;
  for (const n of seq) if (n.type === "op" && ARITHMETIC.has(n.value)) hasArithmetic = true;
  // Arithmetic first: without it the (costlier) IKU test cannot matter.
  if (hasArithmetic && anyCarriesIku(seq, resolve, resultNames)) {
    for (const n of seq) if (n.type === "number") out.push(n.value);
  }
  for (const n of seq) {
    if (n.type === "call") for (const arg of n.args) visitConstants(arg, resolve, resultNames, out);
    else if (n.type === "group") visitConstants(n.items, resolve, resultNames, out);
  }
}

/** The arity of a function of the IKU namespace, from the function table (catalogue). */
function arity(def: FunctionDef): { min: number; max: number | null } {
  if (def.repeating) return { min: 1, max: null };
  return { min: def.args.filter((a) => !a.optional).length, max: def.args.length };
}

/**
 * What a staff formula needs checked, worked out from its text alone: the findings its text
 * gives (unknown function, argument count, constants), in order, and the cells its arguments
 * read, whose contents are checked at every audit.
 *
 * Every audit reads the checks of every IKU formula of the workbook, so what it reads each time
 * is numbers in one typed array shared by all formulas (StaffTable.ops), found by a number the
 * text maps to: no object per formula or step to reach. What only a finding needs stays here.
 */
interface StaffChecks {
  steps: StaffStep[];
  unknownFunction: boolean;
  parsed: ParsedFormula;
}

/** A finding the text alone gives, or the function and argument whose cells a step reads. */
interface StaffStep {
  rule: AuditRuleId | undefined;
  message: string;
  callName: string;
  spec: ArgSpec | undefined;
}

/**
 * A formula's entry in StaffTable.ops: its step count and its index in StaffTable.checks
 * (OP_HEADER numbers), then OP_SIZE numbers per step: the kind, then for an argument the sheet
 * slot and the first and last row and column of its range.
 */
const OP_HEADER = 2;
const OP_SIZE = 6;
/** A finding from the text: the step in StaffChecks.steps holds it. */
const OP_FINDING = 0;
/** An argument's cells, which must hold numbers. */
const OP_NUMBERS = 1;
/** An argument's cells that may hold words (polarity arguments: "Positif"/"Negatif"). */
const OP_WORDS = 2;
/** StaffTable.byText's answer for a formula that uses no IKU function or result. */
const NO_CHECKS = -1;

/**
 * The staff formulas' checks by text for one function table and resolver, and the sheets their
 * arguments read, by slot: an audit looks each sheet up once, not once per argument. The
 * resolvers stay the same while the workbook's names and sheets do (validate/sheets.ts) and each
 * answers by the plan it was made for (its names and results), so a re-audit only reads the
 * cells again. Shared between audits.
 */
interface StaffTable {
  /** Per text: where its entry starts in `ops`, or NO_CHECKS. */
  byText: Map<string, number>;
  /**
   * The last audit's formulas of this sheet with their entries, in walk order: a re-audit of
   * an unchanged sheet finds each formula's entry here by comparing its text with the one at the
   * same place, without hashing it. Emptied with byText.
   */
  lastTexts: string[];
  lastEntries: number[];
  ops: Int32Array;
  opsLength: number;
  checks: StaffChecks[];
  sheetNames: string[];
  slots: Map<string, number>;
}

const staffChecksCache = new WeakMap<
  ReadonlyMap<string, FunctionDef>,
  WeakMap<RefResolver, StaffTable>
>();
// Bounds the memory kept between audits (one entry per distinct staff formula text).
const STAFF_CACHE_LIMIT = 50_000;

/** The cache of staff checks by text for one function table and resolver. */
function staffChecksTable(
  table: ReadonlyMap<string, FunctionDef>,
  resolve: RefResolver
): StaffTable {
  let byResolver = staffChecksCache.get(table);
  if (!byResolver) {
    byResolver = new WeakMap();
    staffChecksCache.set(table, byResolver);
  }
  let staff = byResolver.get(resolve);
  if (!staff) {
    staff = {
      byText: new Map(),
      lastTexts: [],
      lastEntries: [],
      ops: new Int32Array(1024),
      opsLength: 0,
      checks: [],
      sheetNames: [],
      slots: new Map(),
    };
    byResolver.set(resolve, staff);
  }
  return staff;
}

function sheetSlot(staff: StaffTable, sheet: string): number {
  let slot = staff.slots.get(sheet);
  if (slot === undefined) {
    slot = staff.sheetNames.length;
    staff.sheetNames.push(sheet);
    staff.slots.set(sheet, slot);
  }
  return slot;
}

/** The entry of a formula's checks in staff.ops (NO_CHECKS: it uses no IKU function or result). */
function staffEntry(
  staff: StaffTable,
  table: ReadonlyMap<string, FunctionDef>,
  resolve: RefResolver,
  resultNames: ReadonlySet<string>,
  formula: string
): number {
  let at = staff.byText.get(formula);
  if (at !== undefined) return at;
  if (staff.byText.size >= STAFF_CACHE_LIMIT) {
    staff.byText.clear();
    staff.opsLength = 0;
    staff.checks = [];
    staff.lastTexts = [];
    staff.lastEntries = [];
  }
  const built = buildStaffChecks(staff, table, resolve, resultNames, formula);
  if (built === null) at = NO_CHECKS;
  else {
    const { ops, checks } = built;
    at = staff.opsLength;
    const needed = at + OP_HEADER + ops.length;
    if (needed > staff.ops.length) {
      const grown = new Int32Array(Math.max(needed, staff.ops.length * 2));
      grown.set(staff.ops.subarray(0, at));
      staff.ops = grown;
    }
    staff.ops[at] = ops.length / OP_SIZE;
    staff.ops[at + 1] = staff.checks.length;
    staff.ops.set(ops, at + OP_HEADER);
    staff.opsLength = needed;
    staff.checks.push(checks);
  }
  staff.byText.set(formula, at);
  return at;
}

function buildStaffChecks(
  staff: StaffTable,
  table: ReadonlyMap<string, FunctionDef>,
  resolve: RefResolver,
  resultNames: ReadonlySet<string>,
  formula: string
): { ops: number[]; checks: StaffChecks } | null {
  const parsed = parseFormula(formula);
  const ikuCalls = calls(parsed.items).filter((c) => isIkuFunction(c.name));
  const usesResults = ikuCalls.length > 0 || anyCarriesIku(parsed.items, resolve, resultNames);
  if (!usesResults) return null;
  const ops: number[] = [];
  const steps: StaffStep[] = [];
  const finding = (rule: AuditRuleId, message: string) => {
    ops.push(OP_FINDING, 0, 0, 0, 0, 0);
    steps.push({ rule, message, callName: "", spec: undefined });
  };

  let unknownFunction = false;
  for (const call of ikuCalls) {
    const def = table.get(call.name.slice(IKU_NAMESPACE.length));
    if (!def) {
      unknownFunction = true;
      finding("formula.unknownFunction", M.unknownFunction(call.name));
      continue;
    }
    const { min, max } = arity(def);
    const got = call.args.length;
    if (got < min || (max !== null && got > max)) {
      finding("formula.argCount", M.argCount(call.name, M.arityWords(min, max), got));
    }
    for (let i = 0; i < call.args.length; i++) {
      const arg = call.args[i];
      const spec = def.repeating ? def.args[0] : def.args[i];
      if (!spec || arg.length !== 1 || arg[0].type !== "ref") continue;
      const id = resolve(arg[0].text);
      if (!id.target) continue;
      const { start, end } = id.target.ref;
      const kind = spec.check === "polarity" ? OP_WORDS : OP_NUMBERS;
      ops.push(kind, sheetSlot(staff, id.target.sheet), start.row, end.row, start.col, end.col);
      steps.push({ rule: undefined, message: "", callName: call.name, spec });
    }
  }
  const mixed = mixedConstants(parsed.items, resolve, resultNames);
  if (mixed.length > 0)
    finding("formula.mixedConstant", M.mixedConstant(unique(mixed.map(formatNumber))));
  return { ops, checks: { steps, unknownFunction, parsed } };
}

/** The cells of one argument's range that are blank, and those holding text (A1, row-major). */
interface RangeVerdict {
  empty: string[];
  text: string[];
}

/**
 * Whether every cell of a range (0-based, inclusive) lies in the sheet's used range and holds
 * something other than text or a blank: the common case, which needs no finding. Reads the
 * grid's 2-D arrays directly and allocates nothing (this runs for every argument of every IKU
 * formula at every audit).
 */
function holdsOnlyNonText(
  sheet: IndexedSheet | null,
  top: number,
  bottom: number,
  left: number,
  right: number
): boolean {
  if (sheet === null) return false;
  const values = sheet.grid.values;
  const r0 = top - sheet.origin.row;
  const r1 = bottom - sheet.origin.row;
  const c0 = left - sheet.origin.col;
  const c1 = right - sheet.origin.col;
  if (r0 < 0 || c0 < 0 || r1 >= values.length) return false;
  for (let r = r0; r <= r1; r++) {
    const valueRow = values[r];
    if (c1 >= valueRow.length) return false;
    for (let c = c0; c <= c1; c++) {
      const value = valueRow[c];
      if (typeof value === "string" || value === null || value === undefined) return false;
    }
  }
  return true;
}

/**
 * The blank cells and those holding text of an argument's range (null: none), read straight
 * from the grid's 2-D arrays, with no object per cell.
 */
function readArgumentCells(
  sheet: IndexedSheet | null,
  top: number,
  bottom: number,
  left: number,
  right: number,
  textAllowed: boolean
): RangeVerdict | null {
  let verdict: RangeVerdict | null = null;
  let inside = 0;
  if (sheet) {
    const values = sheet.grid.values;
    const originRow = sheet.origin.row;
    const originCol = sheet.origin.col;
    const cols = values.length > 0 ? values[0].length : 0;
    // The range clipped to the used range: cells outside it are blank.
    const r0 = Math.max(top, originRow);
    const r1 = Math.min(bottom, originRow + values.length - 1);
    const c0 = Math.max(left, originCol);
    const c1 = Math.min(right, originCol + cols - 1);
    if (r1 >= r0 && c1 >= c0) inside = (r1 - r0 + 1) * (c1 - c0 + 1);
    for (let r = r0; r <= r1; r++) {
      const valueRow = values[r - originRow];
      for (let c = c0; c <= c1; c++) {
        const i = c - originCol;
        const value = valueRow && i < valueRow.length ? valueRow[i] : null;
        if (isBlank(value)) {
          verdict ??= { empty: [], text: [] };
          verdict.empty.push(toA1({ row: r, col: c }));
        } else if (!textAllowed && typeof value === "string" && !isErrorValue(value)) {
          verdict ??= { empty: [], text: [] };
          verdict.text.push(toA1({ row: r, col: c }));
        }
      }
    }
  }
  const total = (bottom - top + 1) * (right - left + 1);
  if (total > inside && (verdict === null || verdict.empty.length === 0)) {
    verdict ??= { empty: [], text: [] };
    verdict.empty.push(
      rangeText({ start: { row: top, col: left }, end: { row: bottom, col: right } })
    );
  }
  return verdict;
}

/** A finding on a staff formula cell. */
function staffFinding(
  rule: AuditRuleId,
  sheet: string,
  row: number,
  col: number,
  message: string,
  formula: string
): Finding {
  return make(rule, sheet, toA1({ row, col }), message, { current: formula });
}

/**
 * The staff formulas of one sheet, as one audit checks them: what every formula of the sheet
 * shares, so the per-formula functions take few arguments.
 */
interface SheetWalk {
  ctx: AuditContext;
  table: ReadonlyMap<string, FunctionDef>;
  resultNames: ReadonlySet<string>;
  /** The sheet, as the workbook spells it, and the resolver of its formulas. */
  name: string;
  resolve: RefResolver;
  staff: StaffTable;
  /** The sheets of this audit by StaffTable slot; undefined until looked up, null: none. */
  sheets: (IndexedSheet | null | undefined)[];
  findings: Finding[];
}

function sheetInSlot(walk: SheetWalk, slot: number): IndexedSheet | null {
  let sheet = walk.sheets[slot];
  if (sheet === undefined)
    sheet = walk.sheets[slot] = walk.ctx.index.sheet(walk.staff.sheetNames[slot]) ?? null;
  return sheet;
}

/**
 * Checks a staff formula (any formula cell that is not one of the plan's), its checks at `at`
 * in the staff table. The common case (arguments holding numbers, no error value) runs through
 * this loop alone; everything that reports goes through reportStaffFormula.
 */
function auditStaffFormula(
  walk: SheetWalk,
  at: number,
  row: number,
  col: number,
  formula: string,
  value: GridValue
): void {
  const ops = walk.staff.ops;
  const end = at + OP_HEADER + ops[at] * OP_SIZE;
  for (let i = at + OP_HEADER; i < end; i += OP_SIZE) {
    if (ops[i] !== OP_FINDING) {
      const target = sheetInSlot(walk, ops[i + 1]);
      if (holdsOnlyNonText(target, ops[i + 2], ops[i + 3], ops[i + 4], ops[i + 5])) continue;
    }
    // Something to report, maybe: the whole formula takes the full path, in step order.
    reportStaffFormula(walk, at, row, col, formula, value);
    return;
  }
  // Only an error value needs the canonical form (checkErrorValue reads nothing else).
  if (isErrorValue(value)) reportErrorValue(walk, at, row, col, formula, value);
}

/** Every finding of a staff formula, in step order. */
function reportStaffFormula(
  walk: SheetWalk,
  at: number,
  row: number,
  col: number,
  formula: string,
  value: GridValue
): void {
  const { name: sheet, findings } = walk;
  const ops = walk.staff.ops;
  const { steps } = walk.staff.checks[ops[at + 1]];
  for (let s = 0; s < ops[at]; s++) {
    const step = steps[s];
    if (step.rule !== undefined) {
      findings.push(staffFinding(step.rule, sheet, row, col, step.message, formula));
      continue;
    }
    const i = at + OP_HEADER + s * OP_SIZE;
    const verdict = readArgumentCells(
      sheetInSlot(walk, ops[i + 1]),
      ops[i + 2],
      ops[i + 3],
      ops[i + 4],
      ops[i + 5],
      ops[i] === OP_WORDS
    );
    if (!verdict) continue;
    const { empty, text } = verdict;
    const spec = step.spec as ArgSpec;
    // An optional argument may be blank (CAPAIAN's polaritas).
    if (empty.length > 0 && !spec.optional) {
      const message = M.refEmpty(step.callName, spec.name, empty);
      findings.push(staffFinding("formula.refEmpty", sheet, row, col, message, formula));
    }
    if (text.length > 0) {
      const message = M.refText(step.callName, spec.name, text);
      findings.push(staffFinding("formula.refText", sheet, row, col, message, formula));
    }
  }
  if (isErrorValue(value)) reportErrorValue(walk, at, row, col, formula, value);
}

/** An error value in a staff formula cell: only #NAME? is explained. */
function reportErrorValue(
  walk: SheetWalk,
  at: number,
  row: number,
  col: number,
  formula: string,
  value: string
): void {
  const { name: sheet, findings } = walk;
  const checks = walk.staff.checks[walk.staff.ops[at + 1]];
  const { unknownFunction } = checks;
  checkErrorValue(
    walk.ctx,
    value,
    canonicalize(checks.parsed, walk.resolve),
    (rule, message) => {
      // Only #NAME? is explained for staff formulas (other errors come from their own inputs),
      // and not as "add-in not loaded" when the function name itself is unknown.
      if (rule === "formula.errorValue" || (rule === "formula.addinNotLoaded" && unknownFunction))
        return;
      findings.push(staffFinding(rule, sheet, row, col, message, formula));
    },
    M.staffWhere(sheet, toA1({ row, col }))
  );
}

/**
 * The audit's pre-filter: whether a formula's text mentions IKU (functions, names) or the IKU
 * sheet (upper case), as the upper-cased text would show. It runs for every formula of every
 * sheet, so it avoids upper-casing (a new string per formula):
 * - only "k" and "K" upper-case to text containing "K", so a formula without either cannot
 *   mention IKU, nor a sheet whose name has a "K" (when the name has none, every formula takes
 *   the full test);
 * - "IKU" as written (Excel writes function names in upper case) is enough, and is most often
 *   at the first "K";
 * - otherwise the upper-cased text decides.
 * indexOf of one character is a native scan, cheaper here than a loop over the characters.
 */
export function mentionsIku(formula: string, ikuSheetText: string, sheetHasK: boolean): boolean {
  const k = formula.indexOf("K");
  // "IKU" as written at the first "K" (73 is "I", 85 "U"): the common case, with no second search.
  if (k > 0 && formula.charCodeAt(k - 1) === 73 && formula.charCodeAt(k + 1) === 85) return true;
  if (sheetHasK && k < 0 && formula.indexOf("k") < 0) return false;
  if (formula.indexOf("IKU") >= 0) return true;
  const upper = formula.toUpperCase();
  return upper.includes("IKU") || upper.includes(ikuSheetText);
}

/**
 * Row and column pairs in a typed array that grows by doubling: a plain array of this size
 * (one pair per formula) would live in V8's large-object space and be reallocated as it grows.
 */
class PositionList {
  pairs = new Int32Array(256);
  length = 0;

  push(row: number, col: number): void {
    if (this.length + 2 > this.pairs.length) {
      const grown = new Int32Array(this.pairs.length * 2);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[this.length++] = row;
    this.pairs[this.length++] = col;
  }

  clear(): void {
    this.length = 0;
  }
}

/**
 * The walk's list, kept from one audit to the next (cleared before each sheet), so an audit does
 * not allocate and grow a new one. Its size is bounded by the IKU formulas of the largest sheet
 * audited.
 */
const scratchPositions = new PositionList();

/**
 * The one pass over every cell of a sheet: appends to `out` the row and column (indices into
 * the grid arrays) of each formula that passes the pre-filter (every formula when `all`). It is
 * the loop every cell of the workbook takes, so it is kept small and calls nothing but the
 * pre-filter: V8 optimizes it within the first audit, and nothing else runs per cell.
 */
function collectIkuFormulas(
  values: readonly (readonly GridValue[])[],
  formulas: readonly (readonly GridValue[])[],
  all: boolean,
  ikuSheetText: string,
  sheetHasK: boolean,
  out: PositionList
): void {
  for (let r = 0; r < values.length; r++) {
    const formulaRow = formulas[r];
    if (!formulaRow) continue;
    // The used range is the values' (range.values and range.formulas have the same shape);
    // the values row is read only for a formula found beyond the formulas' width, if ever.
    const width = formulaRow.length;
    for (let c = 0; c < width; c++) {
      const f = formulaRow[c];
      // isFormulaText, written out.
      if (typeof f !== "string" || f.charCodeAt(0) !== 61 || f.length < 2) continue;
      // Cheap pre-filter on the text (IKU functions and names, or A1 references into the IKU
      // sheet); the formula itself is read with the tokenizer.
      if ((all || mentionsIku(f, ikuSheetText, sheetHasK)) && c < values[r].length) out.push(r, c);
    }
  }
}

/** Row and column as one number, for sets of cell positions (Excel: at most 16,384 columns). */
const positionKey = (row: number, col: number) => row * 16384 + col;

/**
 * Checks the formulas `collectIkuFormulas` found on a sheet (pairs of grid indices in
 * `candidates`), except the plan's own formula cells. Its own function, small: V8 optimizes
 * it early, apart from the rest of the audit.
 */
function auditSheetFormulas(
  walk: SheetWalk,
  sheet: IndexedSheet,
  planCells: ReadonlySet<number> | undefined,
  candidates: PositionList
): void {
  const { staff, table, resolve, resultNames } = walk;
  const byText = staff.byText;
  const { values, formulas } = sheet.grid;
  const originRow = sheet.origin.row;
  const originCol = sheet.origin.col;
  const { pairs, length } = candidates;
  let texts = staff.lastTexts;
  let entries = staff.lastEntries;
  let n = 0;
  for (let k = 0; k < length; k += 2) {
    const r = pairs[k];
    const c = pairs[k + 1];
    const f = formulas[r][c] as string;
    const row = originRow + r;
    const col = originCol + c;
    if (planCells !== undefined && planCells.has(positionKey(row, col))) continue;
    let at: number | undefined;
    if (n < texts.length && texts[n] === f) at = entries[n];
    else {
      at = byText.get(f);
      if (at === undefined) {
        at = staffEntry(staff, table, resolve, resultNames, f);
        // A full cache was emptied: the entries remembered so far are gone with it.
        if (staff.lastTexts !== texts) {
          texts = staff.lastTexts;
          entries = staff.lastEntries;
          n = 0;
        }
      }
      if (n < STAFF_CACHE_LIMIT) {
        texts[n] = f;
        entries[n] = at;
      }
    }
    if (n < STAFF_CACHE_LIMIT) n++;
    if (at !== NO_CHECKS) auditStaffFormula(walk, at, row, col, f, values[r][c]);
  }
  texts.length = Math.min(n, texts.length);
  entries.length = texts.length;
}

/** What the audit needs of a plan, worked out once per plan and catalogue (both read-only). */
interface PlanInfo {
  catalogue: Catalogue;
  /** The plan's formula cells, with their indicators (undefined: none in the catalogue). */
  formulaCells: { cell: PlanCell; indicator: Indicator | undefined }[];
  /** The identities (compare.ts) of the plan's named results: HASIL, CAPAIAN, KATEGORI. */
  resultNames: Set<string>;
}
const planInfos = new WeakMap<SheetPlan, PlanInfo>();

function planInfo(plan: SheetPlan, catalogue: Catalogue): PlanInfo {
  let info = planInfos.get(plan);
  if (!info || info.catalogue !== catalogue) {
    const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
    const formulaCells: PlanInfo["formulaCells"] = [];
    const resultNames = new Set<string>();
    for (const cell of plan.cells) {
      if (cell.formula) {
        const indicator = cell.indicator ? indicators.get(cell.indicator) : undefined;
        formulaCells.push({ cell, indicator });
      }
      const { name, role } = cell;
      if (name && (role === "result" || role === "capaian" || role === "kategori")) {
        resultNames.add(`N:${name.toUpperCase()}`);
      }
    }
    info = { catalogue, formulaCells, resultNames };
    planInfos.set(plan, info);
  }
  return info;
}

/** Audits the IKU sheet's formulas and names, and every sheet's IKU. formulas. */
export function auditIkuSheet(ctx: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const { index, iku, catalogue } = ctx;
  const table = catalogue === CATALOGUE ? FUNCTIONS : buildFunctionTable(catalogue);
  const { formulaCells, resultNames } = planInfo(iku.plan, catalogue);

  auditNames(ctx, findings);

  // Plan formula cells by sheet (upper case) and position, for the walk below.
  const planFormulaCells = new Map<string, Set<number>>();
  for (const { cell, indicator } of formulaCells) {
    const at = iku.locate(cell);
    const pos = at && parseCell(at.address);
    if (at && pos) {
      const sheetKey = at.sheet.toUpperCase();
      let cells = planFormulaCells.get(sheetKey);
      if (!cells) planFormulaCells.set(sheetKey, (cells = new Set()));
      cells.add(positionKey(pos.row, pos.col));
    }
    if (indicator) auditPlanCell(ctx, cell, indicator, findings);
  }

  const ikuSheetText = iku.sheet.toUpperCase();
  const sheetHasK = ikuSheetText.includes("K");
  const candidates = scratchPositions;
  for (const sheet of index.sheets.values()) {
    const name = sheet.grid.name;
    const upperName = name.toUpperCase();
    // Looked up once per sheet, not per formula.
    const resolve = iku.resolver(name);
    const staff = staffChecksTable(table, resolve);
    const walk: SheetWalk = {
      ctx,
      table,
      resultNames,
      name,
      resolve,
      staff,
      sheets: new Array<IndexedSheet | null | undefined>(staff.sheetNames.length).fill(undefined),
      findings,
    };
    candidates.clear();
    const { values, formulas } = sheet.grid;
    const all = upperName === ikuSheetText;
    collectIkuFormulas(values, formulas, all, ikuSheetText, sheetHasK, candidates);
    auditSheetFormulas(walk, sheet, planFormulaCells.get(upperName), candidates);
  }
  return findings;
}
