import { CellError } from "../core/errors";
import { isFiniteNumber, kategoriOf, predikatOf, runFunction } from "../core/calculation";
import { accepts, pairDefined, RULES } from "../core/rules";
import type { KindId, ValueTypeId } from "../core/rules";

/*
 * The bridge between Excel's custom-functions runtime and the calculation core. Every wrapper
 * in functions.ts calls one of these. Each has a fast path for the common case (arguments that
 * pass their value type's record, computed by their kind's record: src/core/rules, the same the
 * core's runner uses) and otherwise hands the raw arguments to the core's runner, which checks
 * them in order and names the first bad one.
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

/*
 * The tuned test of the commonest call, a persentase of counts (bench fn_overhead_ratio): the
 * generic test of pair() reads the records on every call and costs several times the division.
 * It is used only while the records say what it assumes (checked once, when the bundle loads),
 * so a changed count or persentase rule switches it off instead of being bypassed.
 */
const COUNT = RULES.valueTypes.cacah;
const PERCENT = RULES.kinds.persentase;
const TUNED_PERCENT_OF_COUNTS =
  COUNT.minValue === 0 &&
  COUNT.maxValue === undefined &&
  COUNT.integer &&
  PERCENT.divisor?.at === 1 &&
  PERCENT.subset?.part === 0 &&
  PERCENT.subset.whole === 1;

/**
 * Whether part and whole are whole counts with part ≤ whole and whole > 0: exactly the finite
 * arguments the core's runner accepts for a persentase of counts and computes as its value. The
 * five conditions cost one float comparison each and two roundings, with no float→int→float
 * round trip (as in `x >>> 0 === x`). Counts of any size qualify, since the core computes them
 * alike.
 */
function isPercentageOfCounts(part: number, whole: number): boolean {
  return (
    Math.floor(part) >= part && // integral (NaN fails; ±Infinity fail part ≤ whole or part ≥ 0)
    Math.floor(whole) - whole >= 0 && // integral and finite (Infinity − Infinity is NaN)
    part >= 0 && // -0 passes, as in checkArg; the result is then -0 on both paths
    part <= whole &&
    whole > 0 // whole ≥ part ≥ 0: the divisor is not 0
  );
}

/**
 * A kind of two components of one value type (persentase, rasio, pertumbuhan, penurunan): when
 * both pass the type and the kind's rules between them, the kind's value is exactly what the
 * core's runner would compute (an overflow goes to the runner for its message).
 */
export function pair(
  name: string,
  kind: KindId,
  type: ValueTypeId,
  first: unknown,
  second: unknown
): number | string {
  if (kind === "persentase" && type === "cacah" && TUNED_PERCENT_OF_COUNTS) {
    if (typeof first === "number" && typeof second === "number")
      if (isPercentageOfCounts(first, second)) return PERCENT.value(first, second);
    return general2(name, first, second);
  }
  const t = RULES.valueTypes[type];
  const k = RULES.kinds[kind];
  if (accepts(t, first) && accepts(t, second) && pairDefined(k, first, second)) {
    const value = k.value(first, second);
    if (value - value === 0) return value;
  }
  return general2(name, first, second);
}

/** A kind of one component (nilai: a score taken as it is). */
export function single(name: string, kind: KindId, type: ValueTypeId, value: unknown): number {
  if (accepts(RULES.valueTypes[type], value)) return RULES.kinds[kind].value(value);
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

/** Predikat SAKIP of a score. */
export function predikat(name: string, value: unknown): string {
  if (accepts(RULES.valueTypes.skor, value)) return predikatOf(value);
  return general(name, [value]) as string;
}
