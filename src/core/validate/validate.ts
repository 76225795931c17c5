import { CATALOGUE } from "../catalogue";
import type { Catalogue, Indicator } from "../catalogue";
import type { Finding, GridValue } from "../grid";
import {
  VALIDATION_RULES,
  formatNumber,
  formatNumberEn,
  quoteValue,
  validationMessages,
  validationMessagesEn,
} from "../messages/validation";
import { CATALOGUE_EN } from "../messages/catalogue-en";
import type { ValidationRuleId } from "../messages/validation";
import { inputValueType, rulesOf, violation } from "../rules";
import type { PlanCell, ValidationRule } from "../sheet/types";
import { isBlank, isErrorValue } from "../workbook-index";
import type { WorkbookIndex } from "../workbook-index";
import { parseTargetPredikat, parseTargetRange } from "../aturan";
import { parseNumberText } from "./numbers";
import type { IkuSheet } from "../find-iku-sheet";
import { ROMAN } from "../sheet/quarters";
import type { Triwulan } from "../sheet/quarters";

/**
 * "Periksa Data": checks every input and target cell of an IKU sheet, found through its defined
 * name. Every problem is collected with its position; nothing stops at the first one.
 *
 * One cell gets at most one finding about its own value, the most specific one, in this order:
 * errorValue, target.rangeOrder / target.predikatNotAllowed, numberAsText / text, then the value
 * type's rules (negative, notWhole, scoreRange: src/core/rules) and the kind's (zeroDenominator,
 * subsetLarger), target.zero,
 * validationRule. `input.validationRule` (the plan's Excel data validation would reject the
 * value, so it came in by paste) is therefore only reported when no more specific rule explains
 * the rejection. Blank cells get input.empty / target.empty only (Excel's data validation
 * ignores blanks). Relations between cells (subsetLarger) are checked only when both values are
 * clean numbers, on the numerator's cell.
 */

export interface InputCheck {
  cell: PlanCell;
  indicator: Indicator;
  /** Where the cell is now (sheet as the workbook spells it, A1 without $). */
  sheet: string;
  address: string;
  value: GridValue;
  /** The clean number, when the value passed every check of the cell. */
  number?: number;
}

function makeFinding(
  rule: ValidationRuleId,
  sheet: string,
  cell: string,
  indicator: string,
  message: string,
  value?: GridValue
): Finding {
  const f: Finding = {
    sheet,
    cell,
    indicator,
    rule,
    severity: VALIDATION_RULES[rule].severity,
    message,
  };
  if (!isBlank(value)) f.current = String(value);
  return f;
}

/** Whether Excel's data validation of the plan would accept a value. */
export function passesValidationRule(value: GridValue, rule: ValidationRule): boolean {
  if (rule.type === "targetRange" && typeof value === "string")
    return (
      /-/.test(value.replace(/–/g, "-")) ||
      (rule.predikat === true && parseTargetPredikat(value) !== undefined)
    );
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  if (rule.type === "wholeNumber" && !Number.isInteger(value)) return false;
  if (value < rule.min) return false;
  if (rule.operator === "between" && rule.max !== undefined && value > rule.max) return false;
  return true;
}

/** Whether a component's cell of an indicator in one quarter holds the number 0. */
function componentIsZero(
  index: WorkbookIndex,
  iku: IkuSheet,
  indicator: Indicator,
  at: number,
  triwulan: number | undefined
): boolean {
  const key = indicator.components[at].key;
  const cell = iku.plan.cells.find(
    (c) =>
      c.role === "input" &&
      c.indicator === indicator.code &&
      c.component === key &&
      c.triwulan === triwulan
  );
  const located = cell ? iku.locate(cell) : undefined;
  return located ? index.cellAt(located.sheet, located.address).value === 0 : false;
}

/** Validates the inputs and targets of one IKU sheet. */
export function validateIkuSheet(
  index: WorkbookIndex,
  iku: IkuSheet,
  catalogue: Catalogue = CATALOGUE,
  lang: "id" | "en" = "id"
): { findings: Finding[]; checks: InputCheck[] } {
  // The messages, numbers and component labels of the user's language.
  const en = lang === "en";
  const M = en ? validationMessagesEn : validationMessages;
  const num = en ? formatNumberEn : formatNumber;
  const labelOf = (indicator: Indicator, key: string | undefined, fallback: string) =>
    (en && key ? CATALOGUE_EN[indicator.code]?.components[key] : undefined) ??
    indicator.components.find((c) => c.key === key)?.label ??
    fallback;
  const finding = (...args: Parameters<typeof makeFinding>): Finding => {
    const f = makeFinding(...args);
    if (en) f.messageLang = "en";
    return f;
  };
  const findings: Finding[] = [];
  const checks: InputCheck[] = [];
  const rules = rulesOf(catalogue);
  const aturan = iku.plan.settings.aturan;
  const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
  const validations = new Map(iku.plan.validations.map((v) => [v.address.toUpperCase(), v]));
  // Which quarters of each component are filled (indicator:component → TW I … IV): a blank
  // quarter is a finding only before a filled one, or when no quarter is filled at all.
  const filled = new Map<string, boolean[]>();
  for (const cell of iku.plan.cells) {
    if (cell.role !== "input" || !cell.triwulan) continue;
    const located = iku.locate(cell);
    const value = located ? index.cellAt(located.sheet, located.address).value : null;
    const key = `${cell.indicator}:${cell.component}`;
    const list = filled.get(key) ?? [false, false, false, false];
    list[cell.triwulan - 1] = !(
      isBlank(value) ||
      (typeof value === "string" && value.trim() === "")
    );
    filled.set(key, list);
  }
  /** A rule between components holds per quarter only over posisi components (marks.ts). */
  const perQuarter = (indicator: Indicator, ...at: number[]) =>
    at.every((i) => indicator.components[i].agregasi === "posisi");

  for (const cell of iku.plan.cells) {
    if (cell.role !== "input" && cell.role !== "target") continue;
    const indicator = cell.indicator ? indicators.get(cell.indicator) : undefined;
    if (!indicator) continue;
    const at = indicator.components.findIndex((c) => c.key === cell.component);
    const component = at < 0 ? undefined : indicator.components[at];
    const kind = rules.kinds[indicator.kind];
    const isTarget = cell.role === "target";
    const label = labelOf(indicator, component?.key, cell.component ?? cell.address);
    const what = isTarget
      ? M.targetWhat(indicator.order)
      : cell.triwulan
        ? M.quarterWhat(label, ROMAN[cell.triwulan], indicator.order)
        : M.inputWhat(label, indicator.order);
    const located = iku.locate(cell);
    if (!located) {
      findings.push(
        finding(
          "input.notFound",
          iku.sheet,
          cell.address,
          indicator.code,
          M.notFound(what, cell.name ?? cell.address)
        )
      );
      continue;
    }
    const { sheet, address } = located;
    const value = index.cellAt(sheet, address).value;
    const check: InputCheck = { cell, indicator, sheet, address, value };
    checks.push(check);
    const add = (rule: ValidationRuleId, message: string) =>
      findings.push(finding(rule, sheet, address, indicator.code, message, value));

    if (isBlank(value) || (typeof value === "string" && value.trim() === "")) {
      if (isTarget) add("target.empty", M.targetEmpty(what));
      else if (!cell.triwulan) add("input.empty", M.empty(what));
      else {
        const quarters = filled.get(`${cell.indicator}:${cell.component}`) ?? [];
        const later = quarters.findIndex((f, i) => f && i >= cell.triwulan!);
        if (later >= 0)
          add("input.empty", M.quarterGap(what, M.tw(ROMAN[(later + 1) as Triwulan])));
        else if (cell.triwulan === 1 && !quarters.some(Boolean))
          add("input.empty", M.quarterNone(M.inputWhat(label, indicator.order)));
      }
      continue;
    }
    if (isErrorValue(value)) {
      add("input.errorValue", M.errorValue(what, value));
      continue;
    }
    if (isTarget && typeof value === "string") {
      // A target range ("80-85"): read as the core reads it.
      const range = parseTargetRange(value);
      if (range && range.bawah > range.atas) {
        add("target.rangeOrder", M.targetRangeOrder(what, quoteValue(value)));
        continue;
      }
      if (range) continue;
      // A predikat ("BB") is a target only where the catalogue says so (IKU 1).
      if (parseTargetPredikat(value)) {
        if (indicator.targetPredikat) continue;
        add("target.predikatNotAllowed", M.targetPredikatNotAllowed(what, quoteValue(value)));
        continue;
      }
    }
    if (typeof value !== "number") {
      const asNumber = typeof value === "string" ? parseNumberText(value) : undefined;
      if (asNumber !== undefined)
        add("input.numberAsText", M.numberAsText(what, quoteValue(value), num(asNumber)));
      else add("input.text", M.text(what, M.describe(value)));
      continue;
    }
    const shown = num(value);
    // The value type's rules: an input's own type (IKU 16 read in rupiah holds amounts with
    // decimals), a target ≥ 0 and, for a score, on the score's scale.
    const type = component
      ? inputValueType(indicator, component, aturan, rules)
      : inputValueType(indicator, indicator.components[0], aturan, rules);
    const found =
      !isTarget && component
        ? violation(type, value)
        : value < 0
          ? "negative"
          : kind.targetOnScale && type.maxValue !== undefined && value > type.maxValue
            ? "outOfRange"
            : null;
    if (found === "negative") {
      add("input.negative", M.negative(what, shown));
      continue;
    }
    if (found === "notWhole") {
      add("input.notWhole", M.notWhole(what, shown));
      continue;
    }
    if (found === "outOfRange") {
      const max = type.maxValue === undefined ? undefined : num(type.maxValue);
      add("input.scoreRange", M.outOfRange(what, shown, num(type.minValue), max));
      continue;
    }
    const d = kind.divisor;
    if (!isTarget && d?.at === at && value === 0 && perQuarter(indicator, at)) {
      // 0 of 0 in a persentase is "tidak ada kejadian" (n.a.), a valid report.
      const na = d.naWhenAlsoZero;
      if (!(na !== undefined && componentIsZero(index, iku, indicator, na, cell.triwulan))) {
        add("input.zeroDenominator", M.zeroDenominator(what, na !== undefined));
        continue;
      }
    }
    // A zero target is zero tolerance ("0 kasus") for negative polarity, met by realisasi 0.
    if (isTarget && value === 0 && indicator.polarity === "positif") {
      add("target.zero", M.targetZero(what));
      continue;
    }
    const rule = validations.get(cell.address.toUpperCase());
    if (rule && !passesValidationRule(value, rule)) {
      add(
        "input.validationRule",
        M.validationRule(what, shown, M.ruleWords(rule.type, rule.min, rule.max))
      );
      continue;
    }
    check.number = value;
  }

  // Subset larger than its whole (the kind's rule: persentase), both values clean, in one
  // quarter when both components are posisi.
  const byIndicator = new Map<string, InputCheck[]>();
  for (const c of checks) {
    const key = `${c.indicator.code}:${c.cell.triwulan ?? ""}`;
    const list = byIndicator.get(key) ?? [];
    list.push(c);
    byIndicator.set(key, list);
  }
  for (const list of byIndicator.values()) {
    const indicator = list[0].indicator;
    const subset = rules.kinds[indicator.kind].subset;
    if (!subset || !perQuarter(indicator, subset.part, subset.whole)) continue;
    const [p, w] = [indicator.components[subset.part], indicator.components[subset.whole]];
    const part = list.find((c) => c.cell.role === "input" && c.cell.component === p.key);
    const whole = list.find((c) => c.cell.role === "input" && c.cell.component === w.key);
    if (!part || !whole || part.number === undefined || whole.number === undefined) continue;
    if (part.number > whole.number) {
      findings.push(
        finding(
          "input.subsetLarger",
          part.sheet,
          part.address,
          indicator.code,
          M.subsetLarger(
            part.cell.triwulan
              ? M.quarterWhat(
                  labelOf(indicator, p.key, p.label),
                  ROMAN[part.cell.triwulan],
                  indicator.order
                )
              : M.inputWhat(labelOf(indicator, p.key, p.label), indicator.order),
            `"${labelOf(indicator, w.key, w.label)}"`,
            num(part.number),
            num(whole.number)
          ),
          part.value
        )
      );
    }
  }
  return { findings, checks };
}
