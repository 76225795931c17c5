import { ATURAN_BAWAAN, NA_TEXT } from "../aturan";
import type { AturanCapaian } from "../aturan";
import type { Catalogue, Component, Indicator } from "../catalogue";
import { CellError } from "../errors";
import { functionMessages as M } from "../messages/functions";
import { fit } from "../messages/sheet";
import { formatNumber, formatNumberEn } from "../messages/validation";
import { KINDS } from "./kinds";
import type { KindRule } from "./kinds";
import { VALUE_TYPES } from "./value-types";
import type { ValueTypeRule } from "./value-types";

/**
 * The one runner of the rule table: everything the add-in does with a value type or a kind is
 * derived here from its record (src/core/rules/value-types.ts, kinds.ts), so the custom
 * functions, the plain-Excel formulas, Excel's data validation, the marks and Periksa Data
 * cannot disagree. Pure functions; the table is a value the caller passes (or the catalogue
 * carries), never a global that is changed.
 */

export interface RuleTable {
  valueTypes: Readonly<Record<ValueTypeRule["id"], ValueTypeRule>>;
  kinds: Readonly<Record<KindRule["id"], KindRule>>;
}

/** The built-in rules. */
export const RULES: RuleTable = { valueTypes: VALUE_TYPES, kinds: KINDS };

/** The rules a catalogue is read with: its own table when it carries one. */
export function rulesOf(catalogue: Pick<Catalogue, "rules">): RuleTable {
  return catalogue.rules ?? RULES;
}

/* ---------------------------------------------------------------- value types */

/** Whether a value passes its type as it is (the custom functions' fast path uses this too). */
export function accepts(type: ValueTypeRule, value: unknown): value is number {
  return (
    typeof value === "number" &&
    value - value === 0 && // finite (false for NaN and ±Infinity)
    value >= type.minValue &&
    (type.maxValue === undefined || value <= type.maxValue) &&
    (!type.integer || Number.isInteger(value))
  );
}

/** A value type's name with its bounds, as the record says them: "cacah (bilangan bulat ≥ 0)". */
export function valueTypeLabel(type: ValueTypeRule, lang: "id" | "en" = "id"): string {
  return type.words[lang].label(type, lang === "en" ? formatNumberEn : formatNumber);
}

/** Which rule a finite number breaks, checked in this order (the first one is reported). */
export type Violation = "negative" | "notWhole" | "outOfRange";

export function violation(type: ValueTypeRule, value: number): Violation | null {
  if (value < type.minValue) return type.minValue === 0 ? "negative" : "outOfRange";
  if (type.integer && !Number.isInteger(value)) return "notWhole";
  if (type.maxValue !== undefined && value > type.maxValue) return "outOfRange";
  return null;
}

/** A finite number's violation as the custom functions' #VALUE! message. */
export function violationError(type: ValueTypeRule, found: Violation, argName: string): CellError {
  if (found === "negative") return new CellError("VALUE", M.negative(argName));
  if (found === "notWhole") return new CellError("VALUE", M.notWhole(argName));
  return new CellError("VALUE", M.outOfRange(argName, type.minValue, type.maxValue));
}

/**
 * The Excel conditions under which a number in `ref` breaks its type (data validation's
 * order: below the minimum, not whole, above the maximum).
 */
export function excelViolations(type: ValueTypeRule, ref: string): string[] {
  const out = [`${ref}<${type.minValue}`];
  if (type.integer) out.push(`${ref}<>INT(${ref})`);
  if (type.maxValue !== undefined) out.push(`${ref}>${type.maxValue}`);
  return out;
}

/** One condition: the violations OR-ed. */
export function excelViolation(type: ValueTypeRule, ref: string): string {
  const list = excelViolations(type, ref);
  return list.length === 1 ? list[0] : `OR(${list.join(",")})`;
}

/** Excel's data validation of an input cell of this type, with its messages. */
export interface ValueValidation {
  type: "wholeNumber" | "decimal";
  operator: "between" | "greaterThanOrEqualTo";
  min: number;
  max?: number;
  inputMessage: string;
  errorMessage: string;
}

export function dataValidation(
  type: ValueTypeRule,
  label: string,
  lang: "id" | "en" = "id"
): ValueValidation {
  const words = type.words[lang];
  const n = lang === "en" ? formatNumberEn : formatNumber;
  const bounds =
    type.maxValue === undefined
      ? { operator: "greaterThanOrEqualTo" as const, min: type.minValue }
      : { operator: "between" as const, min: type.minValue, max: type.maxValue };
  return {
    type: type.integer ? "wholeNumber" : "decimal",
    ...bounds,
    // Excel refuses a data-validation message over 255 characters.
    inputMessage: fit(words.inputMessage(label, type, n), 255),
    errorMessage: words.errorMessage(type, n),
  };
}

/** Whether the agency's rules read the indicator in rupiah (IKU 16, AturanCapaian.swadaya). */
export function readsRupiah(indicator: Indicator, aturan: AturanCapaian = ATURAN_BAWAAN): boolean {
  return indicator.rupiahFunction !== undefined && aturan.swadaya === "rupiah";
}

/** The value type of an input under the agency's rules (IKU 16's counts become rupiah). */
export function inputValueType(
  indicator: Indicator,
  component: Component,
  aturan: AturanCapaian = ATURAN_BAWAAN,
  rules: RuleTable = RULES
): ValueTypeRule {
  const id =
    component.valueType === "cacah" && readsRupiah(indicator, aturan)
      ? "rupiah"
      : component.valueType;
  return rules.valueTypes[id];
}

/* ---------------------------------------------------------------- kinds */

/**
 * Runs a kind on values that passed their value type, with `names` the components' parameter
 * names for the messages: the divisor (0 → #DIV/0!, or "n.a." for 0 of 0), then the subset
 * (part > whole → #VALUE!), then the value (an overflow → #VALUE! "too large").
 */
export function computeKind(
  kind: KindRule,
  values: readonly number[],
  names: readonly string[]
): number | string | CellError {
  const d = kind.divisor;
  if (d && values[d.at] === 0) {
    if (d.naWhenAlsoZero !== undefined && values[d.naWhenAlsoZero] === 0) return NA_TEXT;
    return new CellError("DIV0", M.divByZero(names[d.at]));
  }
  const s = kind.subset;
  if (s && values[s.part] > values[s.whole])
    return new CellError("VALUE", M.subsetLarger(names[s.part], names[s.whole]));
  const result = kind.value(...values);
  return Number.isFinite(result) ? result : new CellError("VALUE", M.tooLarge());
}

/**
 * Whether two values that passed their type also pass the kind's rules between them: then a
 * finite kind.value(a, b) is exactly computeKind's result (the custom functions' fast path).
 */
export function pairDefined(kind: KindRule, a: number, b: number): boolean {
  const d = kind.divisor;
  if (d && (d.at === 0 ? a : b) === 0) return false;
  const s = kind.subset;
  if (s && (s.part === 0 ? a : b) > (s.whole === 0 ? a : b)) return false;
  return true;
}

/** Error expressions accepted by Excel, LibreOffice and HyperFormula alike. */
export const ERROR_EXPR = { NA: "NA()", DIV0: "1/0", VALUE: "#VALUE!" } as const;

/**
 * The kind's computation as a plain-Excel expression on references that passed their type,
 * with the same rules in the same order as computeKind.
 */
export function kindFormula(kind: KindRule, refs: readonly string[]): string {
  let formula = kind.excel(...refs);
  const s = kind.subset;
  if (s) formula = `IF(${refs[s.part]}>${refs[s.whole]},${ERROR_EXPR.VALUE},${formula})`;
  const d = kind.divisor;
  if (d) {
    const zero =
      d.naWhenAlsoZero !== undefined
        ? `IF(${refs[d.naWhenAlsoZero]}=0,"${NA_TEXT}",${ERROR_EXPR.DIV0})`
        : ERROR_EXPR.DIV0;
    formula = `IF(${refs[d.at]}=0,${zero},${formula})`;
  }
  return formula;
}
