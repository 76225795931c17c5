import { CATALOGUE, functionParams } from "./catalogue";
import type { Catalogue, Indicator, Polarity } from "./catalogue";
import { CellError } from "./errors";
import { describeValueType, functionMessages as M } from "./messages/functions";

/**
 * The calculation core. Every IKU function is declared as data (its argument checks and its
 * computation) and runs through one shared checker, as in HyperFormula's function plugins.
 * Results are numbers, strings or CellError values; nothing here throws on user data.
 */

/** What a cell can hand to a function: Excel passes blanks as null (web) or 0 (desktop). */
export type Scalar = number | string | boolean | null | undefined | CellError;
export type Result = number | string | CellError;

/** Argument checks, from loosest to strictest. */
export type ArgCheck =
  | "number" // any finite number
  | "nonNegative" // finite number ≥ 0
  | "count" // whole number ≥ 0
  | "score" // number 0–100
  | "polarity"; // "positif" | "negatif", optional

export interface ArgSpec {
  name: string;
  check: ArgCheck;
  optional?: boolean;
}

export interface FunctionDef {
  /** Name in the IKU namespace. */
  name: string;
  args: ArgSpec[];
  /** The last argument repeats (and may be a range: nested arrays are flattened). */
  repeating?: boolean;
  /**
   * Runs the function on checked values (numbers, or the polarity text). Receives the
   * arguments as a positional list; for a repeating function, every value in order.
   */
  compute: (values: readonly (number | string)[]) => Result;
  /** Indicator code for the functions of one indicator. */
  indicator?: string;
}

/*
 * Predicates for values that pass a check as they are. checkArg accepts a value through them
 * first, and the custom functions use them for their fast path, so the rule lives here once.
 */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && value - value === 0; // false for NaN and ±Infinity
}
export function isNonNegative(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value !== Infinity;
}
export function isCount(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && Number.isInteger(value);
}
/**
 * A count below 2^32, tested with integer arithmetic alone (cheaper than Number.isInteger in
 * V8): the custom functions' fast path. Every value it accepts is a count; larger counts, and
 * everything else, go through checkArg.
 */
export function isSmallCount(value: unknown): value is number {
  return typeof value === "number" && value >>> 0 === value;
}
export function isScore(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value <= 100; // false for NaN
}

const PASSES: Record<Exclude<ArgCheck, "polarity">, (value: unknown) => value is number> = {
  number: isFiniteNumber,
  nonNegative: isNonNegative,
  count: isCount,
  score: isScore,
};

/** Checks one value against its spec; returns the clean value or a CellError. */
export function checkArg(value: Scalar, spec: ArgSpec): number | string | CellError {
  if (spec.check !== "polarity" && PASSES[spec.check](value)) return value as number;
  if (value instanceof CellError) return value;
  if (value === null || value === undefined || value === "") {
    if (spec.check === "polarity" && spec.optional) return "positif";
    return new CellError("NA", M.empty(spec.name));
  }
  if (spec.check === "polarity") {
    const text = typeof value === "string" ? value.trim().toLowerCase() : "";
    if (text === "positif" || text === "negatif") return text;
    return new CellError("VALUE", M.unknownPolarity(spec.name, String(value)));
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return new CellError("VALUE", M.notNumber(spec.name, describeValueType(value)));
  }
  if (spec.check === "number") return value;
  if (value < 0) return new CellError("VALUE", M.negative(spec.name));
  if (spec.check === "count" && !Number.isInteger(value))
    return new CellError("VALUE", M.notWhole(spec.name));
  if (spec.check === "score" && value > 100) return new CellError("VALUE", M.scoreRange(spec.name));
  return value;
}

/*
 * A percentage or ratio is split into "is it defined" and "its value" (plain boolean and number
 * functions) so the custom functions' fast path can use them without building a Result.
 */

/** Whether a percentage of a subset is defined: the whole is not 0 and the part not above it. */
export function percentageDefined(part: number, whole: number): boolean {
  return whole !== 0 && part <= whole;
}
export function percentageValue(part: number, whole: number): number {
  return (part / whole) * 100;
}

/** Percentage of a subset: numerator ≤ denominator, denominator 0 → #DIV/0!. */
export function percentageOf(
  part: number,
  whole: number,
  partName: string,
  wholeName: string
): Result {
  if (percentageDefined(part, whole)) return percentageValue(part, whole);
  if (whole === 0) return new CellError("DIV0", M.divByZero(wholeName));
  return new CellError("VALUE", M.subsetLarger(partName, wholeName));
}

export function ratioDefined(denominator: number): boolean {
  return denominator !== 0;
}
export function ratioValue(numerator: number, denominator: number): number {
  return numerator / denominator;
}

export function ratioOf(numerator: number, denominator: number, denominatorName: string): Result {
  if (!ratioDefined(denominator)) return new CellError("DIV0", M.divByZero(denominatorName));
  return ratioValue(numerator, denominator);
}

/** Capaian (achievement) in percent; not capped (SAKIP reports show values like 165). */
export function capaianOf(
  realisasi: number,
  target: number,
  polarity: Polarity,
  targetName = "target"
): Result {
  if (target === 0) return new CellError("DIV0", M.divByZero(targetName));
  const result =
    polarity === "negatif" ? ((2 * target - realisasi) / target) * 100 : (realisasi / target) * 100;
  // A tiny target or a huge realisasi overflows (Excel would show #NUM!): say so instead.
  return Number.isFinite(result) ? result : new CellError("VALUE", M.tooLarge());
}

export const KATEGORI_CAPAIAN = [
  "Sangat Tinggi",
  "Tinggi",
  "Sedang",
  "Rendah",
  "Sangat Rendah",
] as const;
export type KategoriCapaian = (typeof KATEGORI_CAPAIAN)[number];
/** Lower bounds (inclusive) of the kategori, LKjIP practice. */
export const KATEGORI_BOUNDS: readonly [number, KategoriCapaian][] = [
  [91, "Sangat Tinggi"],
  [76, "Tinggi"],
  [66, "Sedang"],
  [51, "Rendah"],
];

export function kategoriOf(capaian: number): KategoriCapaian {
  for (const [bound, label] of KATEGORI_BOUNDS) if (capaian >= bound) return label;
  return "Sangat Rendah";
}

export const PREDIKAT_SAKIP = ["AA", "A", "BB", "B", "CC", "C", "D"] as const;
export type PredikatSakip = (typeof PREDIKAT_SAKIP)[number];
/** Lower bounds (exclusive) of the predikat, PermenPANRB 88/2021. */
export const PREDIKAT_BOUNDS: readonly [number, PredikatSakip][] = [
  [90, "AA"],
  [80, "A"],
  [70, "BB"],
  [60, "B"],
  [50, "CC"],
  [30, "C"],
];

export function predikatOf(nilai: number): PredikatSakip {
  for (const [bound, label] of PREDIKAT_BOUNDS) if (nilai > bound) return label;
  return "D";
}

/** The computation of one indicator on checked component values, in component order. */
export function computeIndicator(indicator: Indicator, values: readonly number[]): Result {
  const [first, second] = indicator.components;
  switch (indicator.kind) {
    case "persentase":
      return percentageOf(values[0], values[1], first.param, second.param);
    case "rasio":
      return ratioOf(values[0], values[1], second.param);
    case "jumlah": {
      const sum = values.reduce((total, v) => total + v, 0);
      return Number.isFinite(sum) ? sum : new CellError("VALUE", M.tooLarge());
    }
    case "nilai":
      return values[0];
  }
}

function indicatorDef(indicator: Indicator): FunctionDef {
  const params = functionParams(indicator);
  const check = indicator.kind === "nilai" ? "score" : "count";
  return {
    name: indicator.functionName,
    indicator: indicator.code,
    args: params.map((p) => ({ name: p.name, check })),
    repeating: indicator.kind === "jumlah",
    compute: (values) => computeIndicator(indicator, values as number[]),
  };
}

function helperDefs(): FunctionDef[] {
  return [
    {
      name: "PERSENTASE",
      args: [
        { name: "pembilang", check: "count" },
        { name: "penyebut", check: "count" },
      ],
      compute: ([a, b]) => percentageOf(a as number, b as number, "pembilang", "penyebut"),
    },
    {
      name: "RASIO",
      args: [
        { name: "pembilang", check: "count" },
        { name: "penyebut", check: "count" },
      ],
      compute: ([a, b]) => ratioOf(a as number, b as number, "penyebut"),
    },
    {
      name: "CAPAIAN",
      args: [
        { name: "realisasi", check: "nonNegative" },
        { name: "target", check: "nonNegative" },
        { name: "polaritas", check: "polarity", optional: true },
      ],
      compute: ([r, t, p]) => capaianOf(r as number, t as number, p as Polarity),
    },
    {
      name: "KATEGORI_CAPAIAN",
      args: [{ name: "capaian", check: "number" }],
      compute: ([c]) => kategoriOf(c as number),
    },
    {
      name: "PREDIKAT_SAKIP",
      args: [{ name: "nilai", check: "score" }],
      compute: ([n]) => predikatOf(n as number),
    },
  ];
}

/** Every function of the IKU namespace, keyed by name. */
export function buildFunctionTable(catalogue: Catalogue = CATALOGUE): Map<string, FunctionDef> {
  const defs = [...catalogue.indicators.map(indicatorDef), ...helperDefs()];
  return new Map(defs.map((d) => [d.name, d]));
}

export const FUNCTIONS: ReadonlyMap<string, FunctionDef> = buildFunctionTable();

function flatten(values: readonly unknown[]): Scalar[] {
  const out: Scalar[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else out.push(v as Scalar);
  };
  values.forEach(walk);
  return out;
}

/**
 * Runs a function definition on raw arguments: checks arity and every argument in order (the
 * first problem wins, so the message names the first wrong argument), then computes.
 */
export function runDef(def: FunctionDef, rawArgs: readonly unknown[]): Result {
  if (def.repeating) {
    const values = flatten(rawArgs);
    if (values.length === 0) return new CellError("NA", M.noArgs(def.name));
    const spec = def.args[0];
    const clean: number[] = [];
    for (const v of values) {
      const c = checkArg(v, spec);
      if (c instanceof CellError) return c;
      clean.push(c as number);
    }
    return def.compute(clean);
  }
  if (rawArgs.length > def.args.length)
    return new CellError("VALUE", M.tooManyArgs(def.name, def.args.length));
  const clean: (number | string)[] = [];
  for (let i = 0; i < def.args.length; i++) {
    // A range where one value is expected is refused ("rentang sel"), never silently cut.
    const c = checkArg(rawArgs[i] as Scalar, def.args[i]);
    if (c instanceof CellError) return c;
    clean.push(c);
  }
  return def.compute(clean);
}

/** Runs a function of the IKU namespace by name. Never throws. */
export function runFunction(name: string, rawArgs: readonly unknown[]): Result {
  const def = FUNCTIONS.get(name);
  if (!def) return new CellError("VALUE", M.unknownFunction(name));
  try {
    return runDef(def, rawArgs);
  } catch {
    // Defensive: a bug must still show a clear message, never a bare #VALUE!.
    return new CellError("VALUE", M.internal(name));
  }
}
