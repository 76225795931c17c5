import type { Indicator, IndicatorKind, Polarity } from "../catalogue";
import { KATEGORI_BOUNDS, KATEGORI_CAPAIAN } from "../formulas";
import type { ArgCheck } from "../formulas";
import type { FormulaMode } from "./types";

/**
 * Formula builders of the IKU sheet, one per indicator kind, in the two modes:
 * - "iku": the add-in's custom functions (=IKU.PERSENTASE_PPKS_REHAB(IKU06_PEMBILANG,…));
 * - "excel": plain Excel formulas (Excel 2016+, LibreOffice) that give the same value and the
 *   same error class as the custom function: the argument checks of src/core/formulas.ts
 *   (checkArg, in argument order, first problem wins) written as nested IFs.
 * Every formula refers to cells only through their workbook-scoped defined names.
 */

/** The namespace of the custom functions (manifest / functions.json). */
export const FUNCTION_NAMESPACE = "IKU";

/**
 * Error expressions accepted by Excel, LibreOffice and HyperFormula alike. NA() and 1/0 are
 * plain functions/arithmetics; the #VALUE! literal is an error constant all three parse.
 */
export const ERROR_EXPR = { NA: "NA()", DIV0: "1/0", VALUE: "#VALUE!" } as const;

/** Name of an input cell: IKU06_PEMBILANG. */
export function inputName(indicator: Indicator, key: string): string {
  return `${indicator.code}_${key}`;
}

export const RESULT_KEYS = {
  hasil: "HASIL",
  target: "TARGET",
  capaian: "CAPAIAN",
  kategori: "KATEGORI",
} as const;

export const hasilName = (i: Indicator) => inputName(i, RESULT_KEYS.hasil);
export const targetName = (i: Indicator) => inputName(i, RESULT_KEYS.target);
export const capaianName = (i: Indicator) => inputName(i, RESULT_KEYS.capaian);
export const kategoriName = (i: Indicator) => inputName(i, RESULT_KEYS.kategori);

/** The check the custom function applies to every component of an indicator (formulas.ts). */
export function componentCheck(indicator: Indicator): ArgCheck {
  return indicator.kind === "nilai" ? "score" : "count";
}

/**
 * `then` guarded by the checks of one argument, as checkArg does: blank (or empty text) →
 * #N/A; not a number (text, boolean) → #VALUE!; out of the check's range → #VALUE!. An error in
 * the referenced cell propagates unchanged (the comparisons pass it through), as Excel does for
 * a custom function's argument.
 */
export function guard(ref: string, check: ArgCheck, then: string): string {
  const bad: Record<ArgCheck, string | null> = {
    number: null,
    nonNegative: `${ref}<0`,
    count: `OR(${ref}<0,${ref}<>INT(${ref}))`,
    score: `OR(${ref}<0,${ref}>100)`,
    polarity: null,
  };
  const cond = bad[check];
  const checked = cond === null ? then : `IF(${cond},${ERROR_EXPR.VALUE},${then})`;
  // NOT(ISLOGICAL): LibreOffice stores TRUE as a number 1 (ISNUMBER is TRUE there), Excel and
  // the custom functions treat a boolean as not a number.
  const isNumber = `AND(ISNUMBER(${ref}),NOT(ISLOGICAL(${ref})))`;
  return `IF(OR(ISBLANK(${ref}),${ref}=""),${ERROR_EXPR.NA},IF(${isNumber},${checked},${ERROR_EXPR.VALUE}))`;
}

function guardAll(refs: readonly string[], check: ArgCheck, then: string): string {
  return refs.reduceRight((inner, ref) => guard(ref, check, inner), then);
}

/**
 * One builder per indicator kind: the plain-Excel computation on checked values, as
 * computeIndicator does it (same operations in the same order, so the same floating result).
 */
export const KIND_BUILDERS: Record<IndicatorKind, (refs: readonly string[]) => string> = {
  // percentageOf: denominator 0 first, then a subset larger than its whole.
  persentase: ([a, b]) =>
    `IF(${b}=0,${ERROR_EXPR.DIV0},IF(${a}>${b},${ERROR_EXPR.VALUE},${a}/${b}*100))`,
  rasio: ([a, b]) => `IF(${b}=0,${ERROR_EXPR.DIV0},${a}/${b})`,
  jumlah: (refs) => refs.join("+"),
  nilai: ([a]) => a,
};

/** Hasil: the indicator's result from its component names. */
export function hasilFormula(indicator: Indicator, mode: FormulaMode): string {
  const refs = indicator.components.map((c) => inputName(indicator, c.key));
  if (mode === "iku") return `=${FUNCTION_NAMESPACE}.${indicator.functionName}(${refs.join(",")})`;
  return `=${guardAll(refs, componentCheck(indicator), KIND_BUILDERS[indicator.kind](refs))}`;
}

/** Capaian: realisasi (hasil) against the target, by the indicator's polarity (capaianOf). */
export function capaianFormula(indicator: Indicator, mode: FormulaMode): string {
  const h = hasilName(indicator);
  const t = targetName(indicator);
  const polarity: Polarity = indicator.polarity;
  if (mode === "iku") return `=${FUNCTION_NAMESPACE}.CAPAIAN(${h},${t},"${polarity}")`;
  const value = polarity === "negatif" ? `(2*${t}-${h})/${t}*100` : `${h}/${t}*100`;
  return `=${guardAll([h, t], "nonNegative", `IF(${t}=0,${ERROR_EXPR.DIV0},${value})`)}`;
}

/** Kategori: the LKjIP category of the capaian (kategoriOf), bounds read from the core. */
export function kategoriFormula(indicator: Indicator, mode: FormulaMode): string {
  const c = capaianName(indicator);
  if (mode === "iku") return `=${FUNCTION_NAMESPACE}.KATEGORI_CAPAIAN(${c})`;
  const lowest = `"${KATEGORI_CAPAIAN[KATEGORI_CAPAIAN.length - 1]}"`;
  const chain = KATEGORI_BOUNDS.reduceRight(
    (inner, [bound, label]) => `IF(${c}>=${bound},"${label}",${inner})`,
    lowest
  );
  return `=${guard(c, "number", chain)}`;
}
