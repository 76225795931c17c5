import type { Catalogue } from "../catalogue";
import type { Severity } from "../grid";
import { isPredikatText } from "./formula-text";
import type { ConditionalFormatPlan, PlanCell, ValidationRule } from "./types";

/**
 * The in-sheet marks of "Periksa Data" as plain data: one custom conditional format per input or
 * target cell and severity, whose formula is TRUE exactly when the cell breaks a rule that
 * validation reports as that severity. This is the one source of the mark formulas: the plan
 * carries them (generate writes them with the sheet), and validation rebuilds them at the cells'
 * current places (src/core/validate/marks.ts).
 *
 * Every mark formula starts with the no-op `N("IKU_PERIKSA")=0` so the add-in's own conditional
 * formats can be recognized (by tokens). Blank cells are not marked (a new sheet would be all
 * red); the pane lists them.
 */

export const MARK_TAG = "IKU_PERIKSA";

export const MARK_STYLE: Record<Severity, { fill: string; fontColor: string }> = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
};

/** A mark at a place `T` (a plan address, or a cell located in a workbook). */
export type Mark<T> = Omit<ConditionalFormatPlan, "address"> & { at: T };

const tagged = (condition: string) => `=AND(N("${MARK_TAG}")=0,${condition})`;

/**
 * `IF(ISNUMBER(x), <bad number>, NOT(ISBLANK(x)))`: text, logicals and errors are always bad;
 * the number conditions only run on numbers (Excel's AND/OR do not short-circuit).
 */
function numberCheck(x: string, badNumber: string[], badText?: string): string {
  const bad =
    badNumber.length === 0
      ? "FALSE"
      : badNumber.length === 1
        ? badNumber[0]
        : `OR(${badNumber.join(",")})`;
  const other = badText ? `IF(ISTEXT(${x}),${badText},NOT(ISBLANK(${x})))` : `NOT(ISBLANK(${x}))`;
  return `IF(ISNUMBER(${x}),${bad},${other})`;
}

/**
 * A text target without a hyphen (not a range), as the target's data validation reads it. The
 * full reading of a range (two numbers, low to high) is Periksa Data's: written out here it
 * would pass the length Excel allows a conditional-format formula.
 */
function badRangeText(x: string): string {
  return `ISERROR(FIND("-",SUBSTITUTE(${x},"–","-")))`;
}

function ruleConditions(x: string, rule: ValidationRule | undefined): string[] {
  if (!rule) return [];
  const out = [`${x}<${rule.min}`];
  if (rule.type === "wholeNumber") out.push(`${x}<>INT(${x})`);
  // A targetRange rule's text part is checked by badRangeText.
  if (rule.operator === "between" && rule.max !== undefined) out.push(`${x}>${rule.max}`);
  return out;
}

/**
 * The marks of a plan's input and target cells, with the formulas reading each cell where
 * `where` says it is (undefined: the cell is gone, no mark).
 */
export function buildMarkRules<T extends { address: string }>(
  plan: { cells: readonly PlanCell[]; validations: readonly ValidationRule[] },
  where: (cell: PlanCell) => T | undefined,
  catalogue: Catalogue
): Mark<T>[] {
  const marks: Mark<T>[] = [];
  const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
  const rules = new Map(plan.validations.map((v) => [v.address.toUpperCase(), v]));
  const placed = new Map<string, string>();
  for (const cell of plan.cells) {
    if ((cell.role === "input" || cell.role === "target") && cell.indicator && cell.component) {
      const at = where(cell);
      if (at) placed.set(`${cell.indicator}:${cell.component}`, at.address);
    }
  }
  const push = (at: T, indicator: string, severity: Severity, condition: string) =>
    marks.push({ at, indicator, severity, formula: tagged(condition), ...MARK_STYLE[severity] });

  for (const cell of plan.cells) {
    if ((cell.role !== "input" && cell.role !== "target") || !cell.indicator || !cell.component)
      continue;
    const indicator = indicators.get(cell.indicator);
    const at = where(cell);
    if (!indicator || !at) continue;
    const x = at.address;
    const bad = new Set<string>([
      `${x}<0`,
      ...ruleConditions(x, rules.get(cell.address.toUpperCase())),
    ]);
    if (cell.role === "target") {
      if (indicator.kind === "nilai") bad.add(`${x}>100`);
      // IKU 1 also takes a predikat ("BB") as its target.
      const badText = indicator.targetPredikat
        ? `AND(${badRangeText(x)},NOT(${isPredikatText(x)}))`
        : badRangeText(x);
      push(at, indicator.code, "error", numberCheck(x, [...bad], badText));
      // A zero target is zero tolerance for negative polarity: no warning there.
      if (indicator.polarity === "positif")
        push(at, indicator.code, "warning", `IF(ISNUMBER(${x}),${x}=0,FALSE)`);
      continue;
    }
    const component = indicator.components.find((c) => c.key === cell.component);
    // The cell's own rule says whether it holds a count: IKU 16 read in rupiah allows decimals.
    const rupiah = rules.get(cell.address.toUpperCase())?.type === "decimal";
    if (component?.valueType === "cacah" && !rupiah) bad.add(`${x}<>INT(${x})`);
    if (component?.valueType === "skor") bad.add(`${x}>100`);
    if (component?.role === "penyebut") {
      const part = placed.get(`${indicator.code}:${indicator.components[0].key}`);
      // 0 of 0 in a persentase is "tidak ada kejadian" (n.a.), not a mistake.
      if (indicator.kind === "persentase" && part)
        bad.add(`IF(${x}=0,IF(ISNUMBER(${part}),${part}<>0,TRUE()),FALSE())`);
      else bad.add(`${x}=0`);
    }
    if (indicator.kind === "persentase" && component?.role === "pembilang") {
      const whole = placed.get(`${indicator.code}:${indicator.components[1].key}`);
      // Only against a clean whole (as validation does): a bad whole is marked on its own cell.
      if (whole)
        bad.add(
          rupiah
            ? `IF(ISNUMBER(${whole}),IF(${whole}>0,${x}>${whole},FALSE),FALSE)`
            : `IF(ISNUMBER(${whole}),IF(AND(${whole}>0,${whole}=INT(${whole})),${x}>${whole},FALSE),FALSE)`
        );
    }
    push(at, indicator.code, "error", numberCheck(x, [...bad]));
  }
  return marks;
}

/** The plan's conditional formats: the marks at the plan's own addresses. */
export function planConditionalFormats(
  cells: readonly PlanCell[],
  validations: readonly ValidationRule[],
  catalogue: Catalogue
): ConditionalFormatPlan[] {
  return buildMarkRules({ cells, validations }, (c) => ({ address: c.address }), catalogue).map(
    ({ at, ...mark }) => ({ address: at.address, ...mark })
  );
}
