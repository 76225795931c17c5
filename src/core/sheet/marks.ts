import type { AturanCapaian } from "../aturan";
import type { Catalogue, Indicator } from "../catalogue";
import type { Severity } from "../grid";
import { excelViolations, inputValueType, rulesOf } from "../rules";
import type { RuleTable, ValueTypeRule } from "../rules";
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
 * red); the pane lists them. An input's conditions come from its value type and its kind's
 * rules between components (src/core/rules), as validation's findings do.
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

/** A target's number conditions: its data-validation minimum (the text part: badRangeText). */
function targetConditions(x: string, rule: ValidationRule | undefined): string[] {
  return rule ? [`${x}<${rule.min}`] : [];
}

/**
 * A whole that is a clean number of its type, and above 0 when it divides: only then is a part
 * compared with it (a bad whole is marked on its own cell).
 */
function cleanWhole(w: string, type: ValueTypeRule, divides: boolean): string {
  const out = [divides ? `${w}>0` : `${w}>=${type.minValue}`];
  if (type.integer) out.push(`${w}=INT(${w})`);
  if (type.maxValue !== undefined) out.push(`${w}<=${type.maxValue}`);
  return out.length === 1 ? out[0] : `AND(${out.join(",")})`;
}

/**
 * The marks of a plan's input and target cells, with the formulas reading each cell where
 * `where` says it is (undefined: the cell is gone, no mark).
 */
export function buildMarkRules<T extends { address: string }>(
  plan: {
    cells: readonly PlanCell[];
    validations: readonly ValidationRule[];
    settings: { aturan?: AturanCapaian };
  },
  where: (cell: PlanCell) => T | undefined,
  catalogue: Catalogue
): Mark<T>[] {
  const marks: Mark<T>[] = [];
  const rules: RuleTable = rulesOf(catalogue);
  const aturan = plan.settings.aturan;
  const typeOf = (indicator: Indicator, at: number) =>
    inputValueType(indicator, indicator.components[at], aturan, rules);
  const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
  const validations = new Map(plan.validations.map((v) => [v.address.toUpperCase(), v]));
  // Inputs by indicator, component and quarter: the rules between components compare the cells
  // of one quarter.
  const placed = new Map<string, string>();
  for (const cell of plan.cells) {
    if ((cell.role === "input" || cell.role === "target") && cell.indicator && cell.component) {
      const at = where(cell);
      if (at) placed.set(`${cell.indicator}:${cell.component}:${cell.triwulan}`, at.address);
    }
  }
  const placedAt = (indicator: Indicator, at: number, triwulan: number | undefined) =>
    placed.get(`${indicator.code}:${indicator.components[at].key}:${triwulan}`);
  /**
   * A rule between components holds for one quarter's cells only when the components it
   * compares are all posisi (a quarter's value is then the value up to it): an akumulasi
   * quarter is a part of the year, and 0 new cases in a quarter is no mistake.
   */
  const perQuarter = (indicator: Indicator, ...at: number[]) =>
    at.every((i) => indicator.components[i].agregasi === "posisi");
  const push = (at: T, indicator: string, severity: Severity, condition: string) =>
    marks.push({ at, indicator, severity, formula: tagged(condition), ...MARK_STYLE[severity] });

  for (const cell of plan.cells) {
    if ((cell.role !== "input" && cell.role !== "target") || !cell.indicator || !cell.component)
      continue;
    const indicator = indicators.get(cell.indicator);
    const at = where(cell);
    if (!indicator || !at) continue;
    const kind = rules.kinds[indicator.kind];
    const x = at.address;
    if (cell.role === "target") {
      const bad = new Set([
        `${x}<0`,
        ...targetConditions(x, validations.get(cell.address.toUpperCase())),
      ]);
      // A score's target is on the score's scale.
      const scale = typeOf(indicator, 0).maxValue;
      if (kind.targetOnScale && scale !== undefined) bad.add(`${x}>${scale}`);
      // IKU 1 also takes a predikat ("BB") as its target.
      // Empty text is the Renstra link's blank (target-link.ts): not filled, not a bad text.
      const badText = indicator.targetPredikat
        ? `AND(${x}<>"",${badRangeText(x)},NOT(${isPredikatText(x)}))`
        : `AND(${x}<>"",${badRangeText(x)})`;
      push(at, indicator.code, "error", numberCheck(x, [...bad], badText));
      // A zero target is zero tolerance for negative polarity: no warning there.
      if (indicator.polarity === "positif")
        push(at, indicator.code, "warning", `IF(ISNUMBER(${x}),${x}=0,FALSE)`);
      continue;
    }
    const index = indicator.components.findIndex((c) => c.key === cell.component);
    if (index < 0) continue;
    // The value type under the agency's rules: IKU 16 read in rupiah allows decimals.
    const bad = new Set(excelViolations(typeOf(indicator, index), x));
    const d = kind.divisor;
    if (d?.at === index && perQuarter(indicator, index)) {
      const part =
        d.naWhenAlsoZero === undefined
          ? undefined
          : placedAt(indicator, d.naWhenAlsoZero, cell.triwulan);
      // 0 of 0 in a persentase is "tidak ada kejadian" (n.a.), not a mistake.
      if (part) bad.add(`IF(${x}=0,IF(ISNUMBER(${part}),${part}<>0,TRUE()),FALSE())`);
      else bad.add(`${x}=0`);
    }
    const s = kind.subset;
    const whole =
      s?.part === index && perQuarter(indicator, s.part, s.whole)
        ? placedAt(indicator, s.whole, cell.triwulan)
        : undefined;
    if (s && whole) {
      // Only against a clean whole (as validation does): a bad whole is marked on its own cell.
      const clean = cleanWhole(whole, typeOf(indicator, s.whole), d?.at === s.whole);
      bad.add(`IF(ISNUMBER(${whole}),IF(${clean},${x}>${whole},FALSE),FALSE)`);
    }
    push(at, indicator.code, "error", numberCheck(x, [...bad]));
  }
  return marks;
}

/** The plan's conditional formats: the marks at the plan's own addresses. */
export function planConditionalFormats(
  cells: readonly PlanCell[],
  validations: readonly ValidationRule[],
  settings: { aturan?: AturanCapaian },
  catalogue: Catalogue
): ConditionalFormatPlan[] {
  const plan = { cells, validations, settings };
  return buildMarkRules(plan, (c) => ({ address: c.address }), catalogue).map(
    ({ at, ...mark }) => ({ address: at.address, ...mark })
  );
}
