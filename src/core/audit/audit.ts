import type { AnalysisCache } from "../cache";
import { CATALOGUE } from "../catalogue";
import type { Catalogue, Indicator } from "../catalogue";
import { FUNCTIONS, buildFunctionTable } from "../calculation";
import type { ArgSpec, FunctionDef } from "../calculation";
import type { Finding, GridValue } from "../grid";
import { AUDIT_RULES, auditMessagesOf } from "../messages/audit";
import type { AuditRuleId } from "../messages/audit";
import { formatNumber, formatNumberEn, quoteValue } from "../messages/validation";
import { parseCell, rangeText, toA1 } from "../formula-parser/address";
import type { CellPos } from "../formula-parser/address";
import { canonicalize, difference } from "../formula-parser/compare";
import type { CanonicalFormula, RefIdentity, RefResolver } from "../formula-parser/compare";
import {
  IKU_NAMESPACE,
  calls,
  isFormulaText,
  isIkuFunction,
  parseFormula,
} from "../formula-parser/parse";
import type { FormulaNode, ParsedFormula } from "../formula-parser/parse";
import { isBlank, isErrorValue } from "../workbook-index";
import type { IndexedSheet } from "../workbook-index";
import type { WorkbookIndex } from "../workbook-index";
import { MARKER_NAME } from "../sheet/plan";
import type { PlanCell } from "../sheet/types";
import type { IkuSheet } from "../find-iku-sheet";

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
  /** Parsed formulas shared with other analyses (the caller's). */
  cache?: AnalysisCache;
  /** Language of the findings' messages (Indonesian by default). */
  lang?: "id" | "en";
}

/** How numbers are written in the messages of a language. */
const numberFormat = (lang: AuditContext["lang"]) =>
  lang === "en" ? formatNumberEn : formatNumber;

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
  const M = auditMessagesOf(ctx.lang);
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
      reportErrorValue(canonicalize(current, iku.resolver(at.sheet), ctx.cache));
    return;
  }
  const actual = canonicalize(current, iku.resolver(at.sheet), ctx.cache);
  const expected = canonicalize(expectedText, iku.resolver(iku.plan.sheetName), ctx.cache);

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
        M.hardcodedNumber(where, unique(extraNumbers.map(numberFormat(ctx.lang)))),
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
  const M = auditMessagesOf(ctx.lang);
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

/** Checks the plan's defined names: present, intact, on the IKU sheet, where the layout puts them. */
function auditNames(ctx: AuditContext, findings: Finding[]): void {
  const { index, iku } = ctx;
  const M = auditMessagesOf(ctx.lang);
  const planSheet = iku.sheet;
  const planSheetUpper = planSheet.toUpperCase();
  const names = iku.plan.names;
  const indicatorOf = new Map<string, string>();
  for (const c of iku.plan.cells) if (c.name && c.indicator) indicatorOf.set(c.name, c.indicator);
  const planned = names.map((n) => parseCell(n.address) as CellPos);

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

/** A check a staff formula's text asks for. */
type StaffStep =
  /** A finding the text alone gives (unknown function, argument count, constants). */
  | { kind: "finding"; rule: AuditRuleId; message: string }
  /** An argument's cells, which must hold numbers (or words, for polarity arguments). */
  | {
      kind: "argument";
      callName: string;
      spec: ArgSpec;
      sheet: string;
      start: CellPos;
      end: CellPos;
      textAllowed: boolean;
    };

/** What a staff formula needs checked, worked out from its text. */
interface StaffChecks {
  steps: StaffStep[];
  unknownFunction: boolean;
  parsed: ParsedFormula;
}

/** The checks of a staff formula; null when it uses no IKU function or result. */
function staffChecks(
  table: ReadonlyMap<string, FunctionDef>,
  resolve: RefResolver,
  resultNames: ReadonlySet<string>,
  formula: string,
  lang: AuditContext["lang"]
): StaffChecks | null {
  const M = auditMessagesOf(lang);
  const parsed = parseFormula(formula);
  const ikuCalls = calls(parsed.items).filter((c) => isIkuFunction(c.name));
  const usesResults = ikuCalls.length > 0 || anyCarriesIku(parsed.items, resolve, resultNames);
  if (!usesResults) return null;
  const steps: StaffStep[] = [];
  let unknownFunction = false;
  for (const call of ikuCalls) {
    const def = table.get(call.name.slice(IKU_NAMESPACE.length));
    if (!def) {
      unknownFunction = true;
      const message = M.unknownFunction(call.name);
      steps.push({ kind: "finding", rule: "formula.unknownFunction", message });
      continue;
    }
    const { min, max } = arity(def);
    const got = call.args.length;
    if (got < min || (max !== null && got > max)) {
      const message = M.argCount(call.name, M.arityWords(min, max), got);
      steps.push({ kind: "finding", rule: "formula.argCount", message });
    }
    for (let i = 0; i < call.args.length; i++) {
      const arg = call.args[i];
      const spec = def.repeating ? def.args[0] : def.args[i];
      if (!spec || arg.length !== 1 || arg[0].type !== "ref") continue;
      const id = resolve(arg[0].text);
      if (!id.target) continue;
      const { start, end } = id.target.ref;
      steps.push({
        kind: "argument",
        callName: call.name,
        spec,
        sheet: id.target.sheet,
        start,
        end,
        textAllowed: spec.check === "polarity",
      });
    }
  }
  const mixed = mixedConstants(parsed.items, resolve, resultNames);
  if (mixed.length > 0) {
    const message = M.mixedConstant(unique(mixed.map(numberFormat(lang))));
    steps.push({ kind: "finding", rule: "formula.mixedConstant", message });
  }
  return { steps, unknownFunction, parsed };
}

/** The cells of one argument's range that are blank, and those holding text (A1, row-major). */
interface RangeVerdict {
  empty: string[];
  text: string[];
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

/** Every finding of a staff formula (any formula cell that is not one of the plan's), in step order. */
function auditStaffFormula(
  ctx: AuditContext,
  sheet: string,
  resolve: RefResolver,
  checks: StaffChecks,
  row: number,
  col: number,
  formula: string,
  value: GridValue,
  findings: Finding[]
): void {
  const M = auditMessagesOf(ctx.lang);
  for (const step of checks.steps) {
    if (step.kind === "finding") {
      findings.push(staffFinding(step.rule, sheet, row, col, step.message, formula));
      continue;
    }
    const verdict = readArgumentCells(
      ctx.index.sheet(step.sheet) ?? null,
      step.start.row,
      step.end.row,
      step.start.col,
      step.end.col,
      step.textAllowed
    );
    if (!verdict) continue;
    const { empty, text } = verdict;
    // An optional argument may be blank (CAPAIAN's polaritas).
    if (empty.length > 0 && !step.spec.optional) {
      const message = M.refEmpty(step.callName, step.spec.name, empty);
      findings.push(staffFinding("formula.refEmpty", sheet, row, col, message, formula));
    }
    if (text.length > 0) {
      const message = M.refText(step.callName, step.spec.name, text);
      findings.push(staffFinding("formula.refText", sheet, row, col, message, formula));
    }
  }
  if (!isErrorValue(value)) return;
  // An error value: only #NAME? is explained for staff formulas (other errors come from their
  // own inputs), and not as "add-in not loaded" when the function name itself is unknown.
  checkErrorValue(
    ctx,
    value,
    canonicalize(checks.parsed, resolve),
    (rule, message) => {
      if (
        rule === "formula.errorValue" ||
        (rule === "formula.addinNotLoaded" && checks.unknownFunction)
      )
        return;
      findings.push(staffFinding(rule, sheet, row, col, message, formula));
    },
    M.staffWhere(sheet, toA1({ row, col }))
  );
}

/**
 * The audit's pre-filter: whether a formula's text mentions IKU (functions, names) or the IKU
 * sheet (both upper case), so that only those formulas are read with the tokenizer.
 */
function mentionsIku(formula: string, ikuSheetText: string): boolean {
  const upper = formula.toUpperCase();
  return upper.includes("IKU") || upper.includes(ikuSheetText);
}

/** Row and column as one number, for sets of cell positions (Excel: at most 16,384 columns). */
const positionKey = (row: number, col: number) => row * 16384 + col;

/** Audits the IKU sheet's formulas and names, and every sheet's IKU. formulas. */
export function auditIkuSheet(ctx: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const { index, iku, catalogue } = ctx;
  const table = catalogue === CATALOGUE ? FUNCTIONS : buildFunctionTable(catalogue);
  const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
  // The identities (compare.ts) of the plan's named results: HASIL, CAPAIAN, KATEGORI.
  const resultNames = new Set<string>();
  for (const { name, role } of iku.plan.cells) {
    if (name && (role === "result" || role === "capaian" || role === "kategori")) {
      resultNames.add(`N:${name.toUpperCase()}`);
    }
  }

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

  // Every other formula of every sheet that mentions IKU or the IKU sheet.
  const ikuSheetText = iku.sheet.toUpperCase();
  for (const sheet of index.sheets.values()) {
    const name = sheet.grid.name;
    const upperName = name.toUpperCase();
    const resolve = iku.resolver(name);
    const all = upperName === ikuSheetText;
    const planCells = planFormulaCells.get(upperName);
    const { values, formulas } = sheet.grid;
    for (let r = 0; r < values.length; r++) {
      const formulaRow = formulas[r];
      if (!formulaRow) continue;
      for (let c = 0; c < formulaRow.length && c < values[r].length; c++) {
        const f = formulaRow[c];
        if (!isFormulaText(f) || !(all || mentionsIku(f, ikuSheetText))) continue;
        const row = sheet.origin.row + r;
        const col = sheet.origin.col + c;
        if (planCells?.has(positionKey(row, col))) continue;
        const checks = staffChecks(table, resolve, resultNames, f, ctx.lang);
        if (checks) {
          auditStaffFormula(ctx, name, resolve, checks, row, col, f, values[r][c], findings);
        }
      }
    }
  }
  // Every message above came from the language's message set.
  if (ctx.lang === "en") for (const f of findings) f.messageLang = "en";
  return findings;
}
