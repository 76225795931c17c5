import { CATALOGUE } from "../catalogue";
import type { Catalogue, Indicator } from "../catalogue";
import { FUNCTIONS, buildFunctionTable } from "../formulas";
import type { ArgSpec, FunctionDef } from "../formulas";
import type { Finding, GridValue } from "../grid";
import { AUDIT_RULES, auditMessages as M } from "../messages/audit";
import type { AuditRuleId } from "../messages/audit";
import { formatNumber, quoteValue } from "../messages/validation";
import { parseCell, rangeText, toA1 } from "../formula/address";
import type { CellPos, ParsedRef } from "../formula/address";
import { canonicalize, canonicalizeText, difference } from "../formula/compare";
import type { CanonicalFormula, RefIdentity, RefResolver } from "../formula/compare";
import { IKU_NAMESPACE, calls, isFormulaText, isIkuFunction, parseFormula } from "../formula/parse";
import type { FormulaNode, ParsedFormula } from "../formula/parse";
import { isBlank, isErrorValue } from "../formula/workbook";
import type { WorkbookIndex } from "../formula/workbook";
import { MARKER_NAME } from "../sheet/plan";
import type { PlanCell } from "../sheet/types";
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
  /** Indicators whose inputs or target have a validation finding. */
  inputProblems: ReadonlySet<string>;
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
  const role = cell.role === "capaian" || cell.role === "kategori" ? cell.role : "result";
  const where = M.where(role, indicator.order);
  const content = index.cellAt(at.sheet, at.address);
  const expectedText = cell.formula;
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
  if (indicator && ctx.inputProblems.has(indicator.code)) return;
  add("formula.errorValue", M.errorValue(where, shown));
}

/** Checks the plan's defined names: present, intact, on the IKU sheet, where the layout puts them. */
function auditNames(ctx: AuditContext, findings: Finding[]): void {
  const { index, iku } = ctx;
  const planSheet = iku.sheet;
  const byIndicator = new Map<string, string>();
  for (const c of iku.plan.cells) if (c.name && c.indicator) byIndicator.set(c.name, c.indicator);

  // Displacement of each name from its plan address; the indicator's most common displacement
  // is "where the indicator is now" (rows inserted above move all of its names together).
  const deltas = new Map<string, string>();
  const votes = new Map<string, Map<string, number>>();
  for (const n of iku.plan.names) {
    const resolved = index.name(n.name);
    const cell = { indicator: byIndicator.get(n.name) };
    const plannedAt = n.address;
    if (!resolved) {
      const message =
        n.name === MARKER_NAME ? M.markerMissing(n.name) : M.nameMissing(n.name, planSheet);
      findings.push(
        make("name.missing", planSheet, plannedAt, message, { ...cell, expected: n.refersTo })
      );
      continue;
    }
    const target = resolved.ref;
    if (!target || target.start.row !== target.end.row || target.start.col !== target.end.col) {
      findings.push(
        make("name.broken", planSheet, plannedAt, M.nameBroken(n.name, resolved.refersTo), {
          ...cell,
          current: resolved.refersTo,
          expected: n.refersTo,
        })
      );
      continue;
    }
    const sheet = index.sheetName(target.sheet) ?? target.sheet;
    if (sheet.toUpperCase() !== planSheet.toUpperCase()) {
      findings.push(
        make(
          "name.moved",
          planSheet,
          plannedAt,
          M.nameOtherSheet(n.name, resolved.refersTo, planSheet),
          {
            ...cell,
            current: resolved.refersTo,
            expected: n.refersTo,
          }
        )
      );
      continue;
    }
    const planned = parseCell(plannedAt) as CellPos;
    const delta = `${target.start.row - planned.row},${target.start.col - planned.col}`;
    deltas.set(n.name, delta);
    if (cell.indicator) {
      const v = votes.get(cell.indicator) ?? new Map<string, number>();
      v.set(delta, (v.get(delta) ?? 0) + 1);
      votes.set(cell.indicator, v);
    }
  }
  for (const n of iku.plan.names) {
    const ind = byIndicator.get(n.name);
    const delta = deltas.get(n.name);
    if (!ind || delta === undefined || n.name === MARKER_NAME) continue;
    let best = "";
    let bestVotes = 0;
    for (const [d, count] of votes.get(ind) ?? []) {
      if (count > bestVotes) {
        best = d;
        bestVotes = count;
      }
    }
    if (delta === best) continue;
    const [dr, dc] = best.split(",").map(Number);
    const planned = parseCell(n.address) as CellPos;
    const expectedAt = toA1({ row: planned.row + dr, col: planned.col + dc });
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
 * read, whose contents are checked at every audit. Null: the formula uses no IKU function or
 * result.
 */
interface StaffChecks {
  steps: StaffStep[];
  unknownFunction: boolean;
  parsed: ParsedFormula;
}
type StaffStep =
  | { kind: "finding"; rule: AuditRuleId; message: string }
  | { kind: "cells"; callName: string; spec: ArgSpec; target: { sheet: string; ref: ParsedRef } };

/**
 * StaffChecks by function table, resolver and text. The resolvers stay the same while the
 * workbook's names and sheets do (validate/sheets.ts) and each answers by the plan it was made
 * for (its names and results), so a re-audit only reads the cells again. Shared: read-only.
 */
const staffChecksCache = new WeakMap<
  ReadonlyMap<string, FunctionDef>,
  WeakMap<RefResolver, Map<string, StaffChecks | null>>
>();
const STAFF_CACHE_LIMIT = 50_000;

/** The cache of StaffChecks by text for one function table and resolver. */
function staffChecksTable(
  table: ReadonlyMap<string, FunctionDef>,
  resolve: RefResolver
): Map<string, StaffChecks | null> {
  let byResolver = staffChecksCache.get(table);
  if (!byResolver) {
    byResolver = new WeakMap();
    staffChecksCache.set(table, byResolver);
  }
  let byText = byResolver.get(resolve);
  if (!byText) {
    byText = new Map();
    byResolver.set(resolve, byText);
  }
  return byText;
}

function staffChecksOf(
  byText: Map<string, StaffChecks | null>,
  table: ReadonlyMap<string, FunctionDef>,
  resolve: RefResolver,
  resultNames: ReadonlySet<string>,
  formula: string
): StaffChecks | null {
  let checks = byText.get(formula);
  if (checks === undefined) {
    checks = buildStaffChecks(table, resolve, resultNames, formula);
    if (byText.size >= STAFF_CACHE_LIMIT) byText.clear();
    byText.set(formula, checks);
  }
  return checks;
}

function buildStaffChecks(
  table: ReadonlyMap<string, FunctionDef>,
  resolve: RefResolver,
  resultNames: ReadonlySet<string>,
  formula: string
): StaffChecks | null {
  const parsed = parseFormula(formula);
  const ikuCalls = calls(parsed.items).filter((c) => isIkuFunction(c.name));
  const usesResults = ikuCalls.length > 0 || anyCarriesIku(parsed.items, resolve, resultNames);
  if (!usesResults) return null;
  const steps: StaffStep[] = [];
  const finding = (rule: AuditRuleId, message: string) =>
    steps.push({ kind: "finding", rule, message });

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
      steps.push({ kind: "cells", callName: call.name, spec, target: id.target });
    }
  }
  const mixed = mixedConstants(parsed.items, resolve, resultNames);
  if (mixed.length > 0)
    finding("formula.mixedConstant", M.mixedConstant(unique(mixed.map(formatNumber))));
  return { steps, unknownFunction, parsed };
}

/** The cells of one argument's range that are blank, and those holding text (A1, row-major). */
interface RangeVerdict {
  empty: string[];
  text: string[];
}

/**
 * Reads the cells of a staff formula's argument straight from the grid's 2-D arrays: this runs
 * for every argument of every IKU formula at every audit, so no callback, position or content
 * object per cell, and nothing is allocated unless a cell is to be reported (null: none is).
 */
function readArgumentCells(
  index: WorkbookIndex,
  target: { sheet: string; ref: ParsedRef },
  textAllowed: boolean
): RangeVerdict | null {
  let verdict: RangeVerdict | null = null;
  const { ref } = target;
  const sheet = index.sheet(target.sheet);
  let inside = 0;
  if (sheet) {
    const { values } = sheet.grid;
    const { row: originRow, col: originCol } = sheet.origin;
    const cols = values.length > 0 ? values[0].length : 0;
    // The range clipped to the used range: cells outside it are blank.
    const r0 = Math.max(ref.start.row, originRow);
    const r1 = Math.min(ref.end.row, originRow + values.length - 1);
    const c0 = Math.max(ref.start.col, originCol);
    const c1 = Math.min(ref.end.col, originCol + cols - 1);
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
  const total = (ref.end.row - ref.start.row + 1) * (ref.end.col - ref.start.col + 1);
  if (total > inside && (verdict === null || verdict.empty.length === 0)) {
    verdict ??= { empty: [], text: [] };
    verdict.empty.push(rangeText(ref));
  }
  return verdict;
}

/** A finding on a staff formula cell. */
function staffFinding(
  rule: AuditRuleId,
  sheet: string,
  pos: CellPos,
  message: string,
  formula: string
): Finding {
  return make(rule, sheet, toA1(pos), message, { current: formula });
}

/** Checks a staff formula (any formula cell that is not one of the plan's). */
function auditStaffFormula(
  ctx: AuditContext,
  checks: StaffChecks,
  resolve: RefResolver,
  sheet: string,
  pos: CellPos,
  formula: string,
  value: GridValue,
  findings: Finding[]
): void {
  for (const step of checks.steps) {
    if (step.kind === "finding") {
      findings.push(staffFinding(step.rule, sheet, pos, step.message, formula));
      continue;
    }
    const { callName, spec, target } = step;
    // Polarity arguments are words ("Positif"/"Negatif"): text is what they hold.
    const verdict = readArgumentCells(ctx.index, target, spec.check === "polarity");
    if (!verdict) continue;
    const { empty, text } = verdict;
    // An optional argument may be blank (CAPAIAN's polaritas).
    if (empty.length > 0 && !spec.optional) {
      const message = M.refEmpty(callName, spec.name, empty);
      findings.push(staffFinding("formula.refEmpty", sheet, pos, message, formula));
    }
    if (text.length > 0) {
      const message = M.refText(callName, spec.name, text);
      findings.push(staffFinding("formula.refText", sheet, pos, message, formula));
    }
  }
  // Only an error value needs the canonical form (checkErrorValue reads nothing else).
  if (!isErrorValue(value)) return;
  const { unknownFunction } = checks;
  checkErrorValue(
    ctx,
    value,
    canonicalize(checks.parsed, resolve),
    (rule, message) => {
      // Only #NAME? is explained for staff formulas (other errors come from their own inputs),
      // and not as "add-in not loaded" when the function name itself is unknown.
      if (rule === "formula.errorValue" || (rule === "formula.addinNotLoaded" && unknownFunction))
        return;
      findings.push(staffFinding(rule, sheet, pos, message, formula));
    },
    M.staffWhere(sheet, toA1(pos))
  );
}

/**
 * The audit's pre-filter: whether a formula's text mentions IKU (functions, names) or the IKU
 * sheet (upper case), as the upper-cased text would show. It runs for every formula of every
 * sheet, so a formula without any "K" is passed over without upper-casing it: "K" is in "IKU",
 * and only "k" and "K" upper-case to text containing "K". When the sheet name has no "K", every
 * formula takes the full test.
 */
function mentionsIku(formula: string, ikuSheetText: string, sheetHasK: boolean): boolean {
  if (sheetHasK && !formula.includes("K") && !formula.includes("k")) return false;
  const upper = formula.toUpperCase();
  return upper.includes("IKU") || upper.includes(ikuSheetText);
}

/** Row and column as one number, for sets of cell positions (Excel: at most 16,384 columns). */
const positionKey = (row: number, col: number) => row * 16384 + col;

/** Audits the IKU sheet's formulas and names, and every sheet's IKU. formulas. */
export function auditIkuSheet(ctx: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const { index, iku, catalogue } = ctx;
  const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
  const table = catalogue === CATALOGUE ? FUNCTIONS : buildFunctionTable(catalogue);

  auditNames(ctx, findings);

  // Plan formula cells by sheet (upper case) and position, for the walk below.
  const planFormulaCells = new Map<string, Set<number>>();
  for (const cell of iku.plan.cells) {
    if (!cell.formula) continue;
    const at = iku.locate(cell);
    const pos = at && parseCell(at.address);
    if (at && pos) {
      const sheetKey = at.sheet.toUpperCase();
      let cells = planFormulaCells.get(sheetKey);
      if (!cells) planFormulaCells.set(sheetKey, (cells = new Set()));
      cells.add(positionKey(pos.row, pos.col));
    }
    const indicator = cell.indicator ? indicators.get(cell.indicator) : undefined;
    if (indicator) auditPlanCell(ctx, cell, indicator, findings);
  }

  const resultNames = new Set<string>();
  for (const c of iku.plan.cells) {
    if (c.name && (c.role === "result" || c.role === "capaian" || c.role === "kategori")) {
      resultNames.add(`N:${c.name.toUpperCase()}`);
    }
  }
  const ikuSheetText = iku.sheet.toUpperCase();
  const sheetHasK = ikuSheetText.includes("K");
  for (const sheet of index.sheets.values()) {
    const name = sheet.grid.name;
    const upperName = name.toUpperCase();
    const onIkuSheet = upperName === ikuSheetText;
    const planCells = planFormulaCells.get(upperName);
    // Looked up once per sheet, not per formula.
    const resolve = iku.resolver(name);
    const checksByText = staffChecksTable(table, resolve);
    const { row: originRow, col: originCol } = sheet.origin;
    // A direct walk of the formulas (the one pass over every cell of the workbook): positions
    // are built only for the formulas that pass the pre-filter.
    const { values, formulas } = sheet.grid;
    for (let r = 0; r < values.length; r++) {
      const valueRow = values[r];
      const formulaRow = formulas[r];
      if (!formulaRow) continue;
      for (let c = 0; c < valueRow.length; c++) {
        const f = formulaRow[c];
        if (!isFormulaText(f)) continue;
        // Cheap pre-filter on the text (IKU functions and names, or A1 references into the IKU
        // sheet); the formula itself is read with the tokenizer.
        if (!onIkuSheet && !mentionsIku(f, ikuSheetText, sheetHasK)) continue;
        const row = originRow + r;
        const col = originCol + c;
        if (planCells?.has(positionKey(row, col))) continue;
        const checks = staffChecksOf(checksByText, table, resolve, resultNames, f);
        if (!checks) continue;
        auditStaffFormula(ctx, checks, resolve, name, { row, col }, f, valueRow[c], findings);
      }
    }
  }
  return findings;
}
