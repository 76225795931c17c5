import {
  ATURAN_BAWAAN,
  DESIMAL_BAWAAN,
  NA_TEXT,
  PREDIKAT_TARGET_BATAS,
  sameKategori,
} from "../aturan";
import type { AturanCapaian } from "../aturan";
import type { Indicator, Polarity } from "../catalogue";
import {
  ERROR_EXPR,
  excelViolation,
  inputValueType,
  kindFormula,
  readsRupiah,
  RULES,
} from "../rules";
import type { RuleTable } from "../rules";
import type { FormulaMode } from "./types";
import { FUNCTION_NAMESPACE } from "../namespace";

/**
 * Formula builders of the IKU sheet, one per indicator kind, in the two modes:
 * - "iku": the add-in's custom functions (=IKU.PERSENTASE_PPKS_REHAB(IKU06_PEMBILANG,…));
 * - "excel": plain Excel formulas (Excel 2016+, LibreOffice) that give the same value and the
 *   same error class as the custom function: the argument checks of src/core/calculation.ts
 *   (checkArg, in argument order, first problem wins) written as nested IFs, each value type's
 *   and kind's from its record (src/core/rules).
 * Every formula refers to cells only through their workbook-scoped defined names.
 */

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

/** The custom function that computes the indicator's hasil under the agency's rules. */
export function hasilFunction(indicator: Indicator, aturan: AturanCapaian = ATURAN_BAWAAN): string {
  return readsRupiah(indicator, aturan) && indicator.rupiahFunction
    ? indicator.rupiahFunction
    : indicator.functionName;
}

/**
 * `then` guarded by the checks of one argument, as checkArg does: blank (or empty text) →
 * #N/A; not a number (text, boolean) → #VALUE!; a number for which `bad` holds → #VALUE!. An
 * error in the referenced cell propagates unchanged (the comparisons pass it through), as
 * Excel does for a custom function's argument.
 */
export function guard(
  ref: string,
  bad: string | null,
  then: string,
  /** What a non-number may still be (n.a., a target range): its test, and the formula then. */
  text: { when: string; then: string } | null = null
): string {
  const checked = bad === null ? then : `IF(${bad},${ERROR_EXPR.VALUE},${then})`;
  const other = text ? `IF(${text.when},${text.then},${ERROR_EXPR.VALUE})` : ERROR_EXPR.VALUE;
  return `IF(OR(ISBLANK(${ref}),${ref}=""),${ERROR_EXPR.NA},IF(${isNumber(ref)},${checked},${other}))`;
}

/**
 * A number and not a logical. NOT(ISLOGICAL): LibreOffice stores TRUE as a number 1 (ISNUMBER
 * is TRUE there), Excel and the custom functions treat a boolean as not a number.
 */
function isNumber(ref: string): string {
  return `AND(ISNUMBER(${ref}),NOT(ISLOGICAL(${ref})))`;
}

/** "n.a." (any case), as isNaText reads it; FALSE for numbers and logicals. */
function isNa(ref: string): string {
  return `AND(ISTEXT(${ref}),${ref}="${NA_TEXT}")`;
}

/**
 * The bounds of a target typed as a range text ("80-85", "80,5 – 85"), as parseTargetRange
 * reads it: an en dash as a hyphen, split at the first hyphen, each side trimmed and read with
 * either "," or "." as its decimal mark. The mark is swapped for the workbook's own
 * (MID(1/2&"",2,1): "," in Indonesian Excel, "." in English) before VALUE, so the reading does
 * not depend on the locale. An error value when a side is not a number.
 */
export function rangeBound(ref: string, side: "bawah" | "atas"): string {
  const s = `SUBSTITUTE(${ref},"–","-")`;
  const part = side === "bawah" ? `LEFT(${s},FIND("-",${s})-1)` : `MID(${s},FIND("-",${s})+1,99)`;
  const mark = `MID(1/2&"",2,1)`;
  return `VALUE(SUBSTITUTE(SUBSTITUTE(TRIM(${part}),",",${mark}),".",${mark}))`;
}

/**
 * Whether a text cell holds a predikat target (AA … D), as parseTargetPredikat reads it: spaces
 * around it trimmed, any case. Looked up in one "|AA|A|…|" text (short enough for a
 * data-validation and conditional-format formula); the length test keeps "A|BB" out.
 */
export function isPredikatText(ref: string): string {
  const list = `|${PREDIKAT_TARGET_BATAS.map(([p]) => p).join("|")}|`;
  return `AND(LEN(TRIM(${ref}))<3,ISNUMBER(FIND("|"&UPPER(TRIM(${ref}))&"|","${list}")))`;
}

/** The lower bound of a predikat target's band (Excel's "=" ignores case, as the core does). */
function predikatBound(ref: string): string {
  const bands = PREDIKAT_TARGET_BATAS.slice(0, -1);
  const last = PREDIKAT_TARGET_BATAS[PREDIKAT_TARGET_BATAS.length - 1][1];
  return bands.reduceRight(
    (inner, [p, bound]) => `IF(TRIM(${ref})="${p}",${bound},${inner})`,
    String(last)
  );
}

/**
 * An input handed to a custom function whatever the host does with a blank cell: Excel desktop
 * passes an empty cell to an `any` parameter as 0, Excel on the web as null (office-js #4702).
 * A blank becomes empty text, which the core reads as "not filled" (#N/A "… belum diisi") on
 * every host, with the function's own message and its argument order (first problem wins).
 */
export function blankAsEmptyText(ref: string): string {
  return `IF(ISBLANK(${ref}),"",${ref})`;
}

/**
 * Hasil: the indicator's result from its component names (IKU 16 by the swadaya reading). In
 * plain Excel: each component guarded by its value type, in argument order, around the kind's
 * computation. `refs`: the components' names (default the year's, IKU06_PEMBILANG; a quarter's
 * hasil passes the components up to that quarter, IKU06_PEMBILANG_SD_TW2).
 */
export function hasilFormula(
  indicator: Indicator,
  mode: FormulaMode,
  aturan: AturanCapaian = ATURAN_BAWAAN,
  rules: RuleTable = RULES,
  refs: readonly string[] = indicator.components.map((c) => inputName(indicator, c.key))
): string {
  if (mode === "iku") {
    const args = refs.map(blankAsEmptyText).join(",");
    return `=${FUNCTION_NAMESPACE}.${hasilFunction(indicator, aturan)}(${args})`;
  }
  const value = kindFormula(rules.kinds[indicator.kind], refs);
  const guarded = refs.reduceRight((inner, ref, i) => {
    const type = inputValueType(indicator, indicator.components[i], aturan, rules);
    return guard(ref, excelViolation(type, ref), inner);
  }, value);
  return `=${guarded}`;
}

/** The value of a capaian against one target `t` (capaianAgainst), realisasi as printed `r`. */
function capaianAgainst(r: string, t: string, polarity: Polarity): string {
  if (polarity === "negatif") return `IF(${t}=0,IF(${r}=0,100,0),MAX(0,(2*${t}-${r})/${t}*100))`;
  return `IF(${t}=0,${ERROR_EXPR.DIV0},MAX(0,${r}/${t}*100))`;
}

/**
 * Capaian: realisasi (hasil) against the target, by the indicator's polarity (capaianOf): the
 * realisasi rounded as printed; a target range met within its bounds; "n.a." passes through.
 * `refs` puts other cells in place of the indicator's names: a quarter's hasil (IKU06_HASIL_TW2),
 * or the LKjIP's realisasi against the Renstra's end target.
 */
export function capaianFormula(
  indicator: Indicator,
  mode: FormulaMode,
  aturan: AturanCapaian = ATURAN_BAWAAN,
  refs?: { hasil: string; target: string }
): string {
  const h = refs?.hasil ?? hasilName(indicator);
  const t = refs?.target ?? targetName(indicator);
  const polarity: Polarity = indicator.polarity;
  if (mode === "iku") {
    const decimals = aturan.desimal === DESIMAL_BAWAAN ? "" : `,${aturan.desimal}`;
    // Hasil is a formula (never blank); the target is typed, so it gets the blank guard.
    return `=${FUNCTION_NAMESPACE}.CAPAIAN(${h},${blankAsEmptyText(t)},"${polarity}"${decimals})`;
  }
  const r = `ROUND(${h},${aturan.desimal})`;
  const lo = rangeBound(t, "bawah");
  const hi = rangeBound(t, "atas");
  const againstRange = `IF(${r}<${lo},${capaianAgainst(r, lo, polarity)},IF(${r}>${hi},${capaianAgainst(r, hi, polarity)},100))`;
  // A predikat target (IKU 1): 100 from its band's lower bound up, else realisasi ÷ that bound.
  const p = predikatBound(t);
  const againstPredikat = `IF(${r}>=${p},100,${r}/${p}*100)`;
  const againstText = `IF(${isPredikatText(t)},${againstPredikat},${againstRange})`;
  const value = `IF(${isNumber(h)},IF(${isNumber(t)},${capaianAgainst(r, t, polarity)},${againstText}),"${NA_TEXT}")`;
  // The checks of checkArg in argument order, each written once (the range bounds are long):
  // realisasi blank → #N/A, neither a number nor "n.a." → #VALUE!; then the target likewise,
  // where a text must be a predikat or a range whose lower bound is not above its upper one.
  const badTarget = `IF(${isNumber(t)},${t}<0,IF(ISTEXT(${t}),IF(${isPredikatText(t)},FALSE(),IF(ISERROR(${lo}+${hi}),TRUE(),${lo}>${hi})),TRUE()))`;
  const target = `IF(OR(ISBLANK(${t}),${t}=""),${ERROR_EXPR.NA},IF(${badTarget},${ERROR_EXPR.VALUE},${value}))`;
  const badRealisasi = `IF(${isNumber(h)},FALSE(),NOT(${isNa(h)}))`;
  return `=IF(OR(ISBLANK(${h}),${h}=""),${ERROR_EXPR.NA},IF(${badRealisasi},${ERROR_EXPR.VALUE},${target}))`;
}

/**
 * Kategori: the category of the capaian as printed (kategoriOf), by the agency's bands; of the
 * cell `ref` when given (an average capaian of the LKjIP) instead of the indicator's capaian.
 */
export function kategoriFormula(
  indicator: Indicator,
  mode: FormulaMode,
  aturan: AturanCapaian = ATURAN_BAWAAN,
  ref?: string
): string {
  const c = ref ?? capaianName(indicator);
  const labels = aturan.kategoriLabel;
  const bounds = aturan.kategoriBatas;
  if (mode === "iku") {
    const custom = !sameKategori(aturan);
    const extra = custom
      ? `,{${bounds.join(",")}},{${labels.map(excelText).join(",")}}`
      : aturan.desimal === DESIMAL_BAWAAN
        ? ""
        : ",,";
    const decimals = aturan.desimal === DESIMAL_BAWAAN ? "" : `,${aturan.desimal}`;
    return `=${FUNCTION_NAMESPACE}.KATEGORI_CAPAIAN(${c}${extra}${decimals})`;
  }
  const shown = `ROUND(${c},${aturan.desimal})`;
  const chain = bounds.reduceRight(
    (inner, bound, i) => `IF(${shown}>${bound},${excelText(labels[i])},${inner})`,
    excelText(labels[bounds.length])
  );
  return `=${guard(c, null, chain, { when: isNa(c), then: `"${NA_TEXT}"` })}`;
}

/** A text constant of a formula ("" doubled). */
function excelText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
