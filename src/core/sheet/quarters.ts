import type { Agregasi, Indicator } from "../catalogue";
import { CellError, isCellError } from "../errors";
import { functionMessages } from "../messages/functions";
import { ERROR_EXPR } from "../rules";

/**
 * Realisasi per triwulan: the names of the quarter cells and the aggregation of a component's
 * quarters, as formula text (both formula modes write the same plain formula: it only adds or
 * picks, so LibreOffice and Excel 2016 compute it) and as the core computes it (evaluate.ts),
 * which a test holds equal (test/core/sheet/equivalence).
 *
 * - akumulasi to quarter q: the sum of the filled quarters 1…q; nothing filled → "" (unfilled,
 *   which the hasil formula shows as #N/A, never a silent 0); a text or logical in any of them →
 *   #VALUE!; an error value → that error.
 * - posisi to quarter q: the latest filled quarter of 1…q, as it is (the hasil formula checks
 *   it like any input); nothing filled → "".
 * "Filled" is Excel's `q<>""`: a blank cell and an empty text are not filled. Negative values
 * pass through unchanged where the value type allows them.
 */

export const TRIWULAN = [1, 2, 3, 4] as const;
export type Triwulan = (typeof TRIWULAN)[number];

/** TW I … TW IV, as the agency's monitoring forms write the quarters. */
export const ROMAN: Record<Triwulan, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/** A quarter's input of a component: IKU06_PEMBILANG_TW3. */
export function quarterName(indicator: Indicator, key: string, q: Triwulan): string {
  return `${indicator.code}_${key}_TW${q}`;
}

/**
 * A component's value up to quarter q: IKU06_PEMBILANG_SD_TW2 ("sampai dengan"); up to TW IV it
 * is the year's component, IKU06_PEMBILANG.
 */
export function toDateName(indicator: Indicator, key: string, q: Triwulan): string {
  return q === 4 ? `${indicator.code}_${key}` : `${indicator.code}_${key}_SD_TW${q}`;
}

/** Hasil and capaian up to quarter q: IKU06_HASIL_TW2, IKU06_CAPAIAN_TW2. */
export const hasilQuarterName = (indicator: Indicator, q: Triwulan) =>
  `${indicator.code}_HASIL_TW${q}`;
export const capaianQuarterName = (indicator: Indicator, q: Triwulan) =>
  `${indicator.code}_CAPAIAN_TW${q}`;

/** Every name suffix the quarters add to a component key (upper case), for name lookups. */
export const QUARTER_SUFFIXES: readonly string[] = TRIWULAN.flatMap((q) =>
  q === 4 ? [`_TW${q}`] : [`_TW${q}`, `_SD_TW${q}`]
);

/** The result names per quarter of an indicator code (upper case), for name lookups. */
export function quarterResultNames(code: string): string[] {
  return TRIWULAN.flatMap((q) => [`${code}_HASIL_TW${q}`, `${code}_CAPAIAN_TW${q}`]);
}

/** The aggregation formula (without "=") of the quarter cells `refs` (TW I first). */
export function aggregateFormula(refs: readonly string[], agregasi: Agregasi): string {
  if (agregasi === "posisi") {
    return refs.reduce((inner, ref) => `IF(${ref}="",${inner},${ref})`, '""');
  }
  const blank = refs.map((r) => `${r}=""`).join(",");
  const bad = refs.map((r) => `ISTEXT(${r}),ISLOGICAL(${r})`).join(",");
  return `IF(AND(${blank}),"",IF(OR(${bad}),${ERROR_EXPR.VALUE},SUM(${refs.join(",")})))`;
}

const unfilled = (v: unknown) => v === null || v === undefined || v === "";

/** The core's value of aggregateFormula for the quarters' values (TW I first). */
export function aggregateValues(values: readonly unknown[], agregasi: Agregasi): unknown {
  if (agregasi === "posisi") {
    // From the latest quarter back; an error met on the way is what `q=""` gives in Excel.
    for (let i = values.length - 1; i >= 0; i--) {
      if (isCellError(values[i])) return values[i];
      if (!unfilled(values[i])) return values[i];
    }
    return "";
  }
  // AND(q1="",…) meets an error first (in quarter order), then OR(ISTEXT…) and SUM.
  const error = values.find(isCellError);
  if (error !== undefined) return error;
  if (values.every(unfilled)) return "";
  if (values.some((v) => typeof v === "string" || typeof v === "boolean"))
    return new CellError("VALUE", functionMessages.quarterNotNumber);
  return values.reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
}
