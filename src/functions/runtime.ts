import { CellError } from "../core/errors";
import {
  isFiniteNumber,
  isScore,
  isSmallCount,
  kategoriOf,
  percentageValue,
  predikatOf,
  ratioDefined,
  ratioValue,
  runFunction,
} from "../core/calculation";

/*
 * The bridge between Excel's custom-functions runtime and the calculation core. Every wrapper
 * in functions.ts calls one of these. Each has a fast path for the common case (arguments that
 * pass the core's own predicates, computed by the core's own functions) and otherwise hands the
 * raw arguments to the core's runner, which checks them in order and names the first bad one.
 * The fast path allocates nothing (no argument array, no Result object) and has no try/catch, so
 * V8 inlines it into the caller and keeps the numbers unboxed; the slow path is a separate call.
 */

/** Turns a core error into the error value Excel shows (only #VALUE! and #N/A carry text). */
export function toExcelError(error: CellError): CustomFunctions.Error {
  switch (error.kind) {
    case "DIV0":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case "NA":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
    default:
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
}

/**
 * Runs a function through the core. A core error is thrown as a CustomFunctions.Error (the
 * runtime shows it in the cell); runFunction itself never throws.
 */
export function general(name: string, args: readonly unknown[]): number | string {
  const result = runFunction(name, args);
  if (result instanceof CellError) throw toExcelError(result);
  return result;
}

/** The slow path of two-argument functions: builds the argument list out of the fast path. */
function general2(name: string, first: unknown, second: unknown): number | string {
  return general(name, [first, second]);
}

/**
 * Whether part and whole are whole counts with part ≤ whole and whole > 0: exactly the finite
 * arguments the core's runner accepts for a percentage and computes as percentageValue (checkArg
 * "count" for both, then percentageDefined), so the fast path gives its result unchanged. The
 * five conditions cost one float comparison each and two roundings, with no float→int→float
 * round trip (as in `x >>> 0 === x`): the checks of 10^6 calls otherwise cost more than the
 * division (bench fn_overhead_ratio). Counts of any size qualify, since the core computes them
 * alike; a bound such as 2^32 would cost another constant and comparison per call.
 */
function isPercentageOfCounts(part: number, whole: number): boolean {
  return (
    Math.floor(part) >= part && // integral (NaN fails; ±Infinity fail part ≤ whole or part ≥ 0)
    Math.floor(whole) - whole >= 0 && // integral and finite (Infinity − Infinity is NaN)
    part >= 0 && // -0 passes, as in checkArg; the result is then -0 on both paths
    part <= whole &&
    whole > 0 // whole ≥ part ≥ 0, so this is percentageDefined's whole ≠ 0
  );
}

/** Percentage of a subset: two whole counts, part ≤ whole, whole > 0 (0 of 0: "n.a."). */
export function percent(name: string, part: unknown, whole: unknown): number | string {
  if (typeof part === "number" && typeof whole === "number" && isPercentageOfCounts(part, whole)) {
    return percentageValue(part, whole);
  }
  return general2(name, part, whole);
}

/** Plain quotient of two whole counts (averages, RASIO). */
export function ratio(name: string, numerator: unknown, denominator: unknown): number {
  if (isSmallCount(numerator) && isSmallCount(denominator) && ratioDefined(denominator)) {
    return ratioValue(numerator, denominator);
  }
  return general2(name, numerator, denominator) as number;
}

/** A 0–100 score taken as it is (Nilai SAKIP). */
export function score(name: string, value: unknown): number {
  if (isScore(value)) return value;
  return general(name, [value]) as number;
}

/** Sum of a repeating parameter: Excel passes every argument in one array (of ranges). */
export function total(name: string, values: unknown): number {
  return general(name, [values]) as number;
}

/** A single cell passed to a matrix parameter arrives as [[v]]. */
function cellOf(value: unknown): unknown {
  return Array.isArray(value) &&
    value.length === 1 &&
    Array.isArray(value[0]) &&
    value[0].length === 1
    ? (value[0] as unknown[])[0]
    : value;
}

/** Capaian against a target (a number, a range text or two cells), with the optional rules. */
export function capaian(
  name: string,
  realisasi: unknown,
  target: unknown,
  polaritas: unknown,
  desimal: unknown
): number | string {
  return general(name, [realisasi, cellOf(target), polaritas, desimal]);
}

/** Kategori capaian of any finite number (or n.a.), by the default or the agency's bands. */
export function kategori(
  name: string,
  value: unknown,
  batas: unknown,
  label: unknown,
  desimal: unknown
): string {
  if (isFiniteNumber(value) && batas == null && label == null && desimal == null)
    return kategoriOf(value);
  return general(name, [value, batas, label, desimal]) as string;
}

/** Predikat SAKIP of a 0–100 score. */
export function predikat(name: string, value: unknown): string {
  if (isScore(value)) return predikatOf(value);
  return general(name, [value]) as string;
}
