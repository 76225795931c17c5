import { CATALOGUE } from "../catalogue";
import type { Catalogue } from "../catalogue";
import type { Severity } from "../grid";
import type { ValidationRule } from "../sheet/types";
import { calls, parseFormula } from "../formula/parse";
import type { IkuSheet } from "./sheets";

/**
 * In-sheet marks of "Periksa Data" as plain data: one custom conditional format per input or
 * target cell and severity, whose formula is TRUE exactly when the cell breaks a rule. Because it
 * is conditional formatting, the mark disappears by itself once the value is fixed and the
 * user's own fill is never overwritten.
 *
 * Every mark formula starts with the no-op `N("IKU_PERIKSA")=0` so the add-in recognizes its own
 * conditional formats (by tokens) and removes or replaces only those on a re-check.
 * Blank cells are not marked (a new sheet would be all yellow); the pane lists them.
 */

export const MARK_TAG = "IKU_PERIKSA";

export interface MarkRule {
  sheet: string;
  /** A1 of the cell (the range the format applies to). */
  address: string;
  severity: Severity;
  /** Custom conditional-format formula, English syntax, relative to `address`. */
  formula: string;
  /** Fill and font of the mark. */
  fill: string;
  fontColor: string;
}

export const MARK_STYLE: Record<Severity, { fill: string; fontColor: string }> = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
};

const tagged = (condition: string) => `=AND(N("${MARK_TAG}")=0,${condition})`;

/**
 * `IF(ISNUMBER(x), <bad number>, NOT(ISBLANK(x)))`: text, logicals and errors are always bad;
 * the number conditions only run on numbers (Excel's AND/OR do not short-circuit).
 */
function numberCheck(x: string, badNumber: string[]): string {
  const bad =
    badNumber.length === 0
      ? "FALSE"
      : badNumber.length === 1
        ? badNumber[0]
        : `OR(${badNumber.join(",")})`;
  return `IF(ISNUMBER(${x}),${bad},NOT(ISBLANK(${x})))`;
}

function ruleConditions(x: string, rule: ValidationRule | undefined): string[] {
  if (!rule) return [];
  const out = [`${x}<${rule.min}`];
  if (rule.type === "wholeNumber") out.push(`${x}<>INT(${x})`);
  if (rule.operator === "between" && rule.max !== undefined) out.push(`${x}>${rule.max}`);
  return out;
}

/** The marks of one IKU sheet, at the cells' current places (found by their names). */
export function buildMarks(iku: IkuSheet, catalogue: Catalogue = CATALOGUE): MarkRule[] {
  const marks: MarkRule[] = [];
  const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
  const rules = new Map(iku.plan.validations.map((v) => [v.address.toUpperCase(), v]));
  const where = new Map<string, string>();
  for (const cell of iku.plan.cells) {
    if ((cell.role === "input" || cell.role === "target") && cell.indicator && cell.component) {
      const at = iku.locate(cell);
      if (at) where.set(`${cell.indicator}:${cell.component}`, at.address);
    }
  }
  const push = (sheet: string, address: string, severity: Severity, condition: string) =>
    marks.push({ sheet, address, severity, formula: tagged(condition), ...MARK_STYLE[severity] });

  for (const cell of iku.plan.cells) {
    if ((cell.role !== "input" && cell.role !== "target") || !cell.indicator || !cell.component)
      continue;
    const indicator = indicators.get(cell.indicator);
    const at = iku.locate(cell);
    if (!indicator || !at) continue;
    const x = at.address;
    const bad = new Set<string>([
      `${x}<0`,
      ...ruleConditions(x, rules.get(cell.address.toUpperCase())),
    ]);
    if (cell.role === "target") {
      if (indicator.kind === "nilai") bad.add(`${x}>100`);
      push(at.sheet, x, "error", numberCheck(x, [...bad]));
      push(at.sheet, x, "warning", `IF(ISNUMBER(${x}),${x}=0,FALSE)`);
      continue;
    }
    const component = indicator.components.find((c) => c.key === cell.component);
    if (component?.valueType === "cacah") bad.add(`${x}<>INT(${x})`);
    if (component?.valueType === "skor") bad.add(`${x}>100`);
    if (component?.role === "penyebut") bad.add(`${x}=0`);
    if (indicator.kind === "persentase" && component?.role === "pembilang") {
      const whole = where.get(`${indicator.code}:${indicator.components[1].key}`);
      // Only against a clean whole (as validation does): a bad whole is marked on its own cell.
      if (whole)
        bad.add(
          `IF(ISNUMBER(${whole}),IF(AND(${whole}>0,${whole}=INT(${whole})),${x}>${whole},FALSE),FALSE)`
        );
    }
    push(at.sheet, x, "error", numberCheck(x, [...bad]));
  }
  return marks;
}

/** Whether a conditional-format formula is one of the add-in's marks (read by tokens). */
export function isMarkFormula(formula: unknown): boolean {
  if (typeof formula !== "string") return false;
  const text = formula.startsWith("=") ? formula : `=${formula}`;
  return calls(parseFormula(text).items).some(
    (c) =>
      c.name === "N" &&
      c.args.length === 1 &&
      c.args[0].length === 1 &&
      c.args[0][0].type === "text" &&
      c.args[0][0].value === MARK_TAG
  );
}
