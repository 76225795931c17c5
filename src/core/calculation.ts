import {
  ATURAN_BAWAAN,
  DESIMAL_MAKS,
  isNaText,
  KATEGORI_BATAS_BAWAAN,
  KATEGORI_LABEL_BAWAAN,
  kategoriBand,
  NA_TEXT,
  parseTargetPredikat,
  parseTargetRange,
  roundAsPrinted,
} from "./aturan";
import type { AturanCapaian, TargetPredikat, TargetRange } from "./aturan";
import { CATALOGUE } from "./catalogue";
import type { Catalogue, Indicator, Polarity } from "./catalogue";
import { CellError } from "./errors";
import { describeValueType, functionMessages as M } from "./messages/functions";
import { accepts, computeKind, RULES, rulesOf, violation, violationError } from "./rules";
import type { KindRule, RuleTable, ValueTypeRule } from "./rules";

/**
 * The calculation core. Every IKU function is declared as data (its argument checks and its
 * computation) and runs through one shared checker, as in HyperFormula's function plugins.
 * Results are numbers, strings or CellError values; nothing here throws on user data.
 */

/** What a cell can hand to a function: Excel passes blanks as null (web) or 0 (desktop). */
export type Scalar = number | string | boolean | null | undefined | CellError;
export type Result = number | string | CellError;

/** Argument checks. */
export type ArgCheck =
  | "number" // any finite number
  | "nonNegative" // finite number ≥ 0
  | "value" // a number of the spec's value type (src/core/rules/value-types.ts)
  | "polarity" // "positif" | "negatif", optional
  | "realisasi" // any finite number (pertumbuhan, penurunan go below 0), or "n.a." (tidak ada kejadian)
  | "capaian" // any finite number, or "n.a."
  | "target" // number ≥ 0, a range text "80-85", a predikat "BB", or two cells (lower, upper)
  | "decimals" // optional whole number 0–DESIMAL_MAKS, default 2
  | "bounds" // optional list of numbers, highest first (kategori bands)
  | "labels"; // optional list of texts, one more than the bounds

export interface ArgSpec {
  name: string;
  check: ArgCheck;
  optional?: boolean;
  /** The value type of a "value" check: its record, so a changed rule table travels with it. */
  valueType?: ValueTypeRule;
}

export interface FunctionDef {
  /** Name in the IKU namespace. */
  name: string;
  args: ArgSpec[];
  /** The last argument repeats (and may be a range: nested arrays are flattened). */
  repeating?: boolean;
  /**
   * Runs the function on checked values (numbers, texts, a TargetRange or lists, as each
   * check returns them). Receives the arguments as a positional list; for a repeating
   * function, every value in order.
   */
  compute: (values: readonly ArgValue[]) => Result;
  /** Indicator code for the functions of one indicator. */
  indicator?: string;
  /** The kind a kind's function computes (its runtime bridge is chosen by it). */
  kind?: KindRule;
}

/*
 * Predicates for values that pass a check as they are: checkArg accepts a value through them
 * first. A value type's predicate is the rule runner's `accepts`.
 */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && value - value === 0; // false for NaN and ±Infinity
}
export function isNonNegative(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value !== Infinity;
}

/** A checked argument: a number, a text (polaritas, "n.a."), a target range or a list. */
export type ArgValue =
  number | string | TargetRange | TargetPredikat | readonly number[] | readonly string[];

type NumericCheck = "number" | "nonNegative" | "value";

/** The numeric check a richer check falls back to for a plain number. */
const NUMERIC_OF: Record<ArgCheck, NumericCheck | null> = {
  number: "number",
  nonNegative: "nonNegative",
  value: "value",
  polarity: null,
  realisasi: "number",
  capaian: "number",
  target: "nonNegative",
  decimals: null,
  bounds: null,
  labels: null,
};

function flatList(value: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else out.push(v);
  };
  walk(value);
  return out;
}

/** A single cell passed to a matrix parameter arrives as [[v]]: take the value. */
function single(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const list = flatList(value);
  return list.length === 1 ? list[0] : value;
}

function isEmptyArg(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** Checks the optional agency arguments (decimals, kategori bounds and labels). */
function checkRuleArg(raw: unknown, spec: ArgSpec): ArgValue | CellError {
  if (spec.check === "decimals") {
    const value = single(raw);
    if (isEmptyArg(value)) return ATURAN_BAWAAN.desimal;
    if (value instanceof CellError) return value;
    if (!isFiniteNumber(value) || !Number.isInteger(value) || value < 0 || value > DESIMAL_MAKS)
      return new CellError("VALUE", M.decimals(spec.name, DESIMAL_MAKS));
    return value;
  }
  const list = flatList(raw).filter((v) => !isEmptyArg(v));
  const error = list.find((v): v is CellError => v instanceof CellError);
  if (error) return error;
  if (spec.check === "bounds") {
    if (list.length === 0) return KATEGORI_BATAS_BAWAAN;
    if (!list.every(isFiniteNumber)) return new CellError("VALUE", M.boundsNotNumbers(spec.name));
    const bounds = list as number[];
    if (bounds.some((b, i) => i > 0 && b >= bounds[i - 1]))
      return new CellError("VALUE", M.boundsOrder(spec.name));
    return bounds;
  }
  if (list.length === 0) return KATEGORI_LABEL_BAWAAN;
  if (!list.every((v) => typeof v === "string" && v.trim() !== ""))
    return new CellError("VALUE", M.labelsNotText(spec.name));
  return (list as string[]).map((l) => l.trim());
}

/** Checks one value against its spec; returns the clean value or a CellError. */
export function checkArg(raw: Scalar | unknown, spec: ArgSpec): ArgValue | CellError {
  if (spec.check === "decimals" || spec.check === "bounds" || spec.check === "labels")
    return checkRuleArg(raw, spec);
  const numeric = NUMERIC_OF[spec.check];
  const type = spec.valueType;
  if (numeric === "value" && !type) throw new Error(`Argument ${spec.name} has no value type`);
  if (
    numeric === "number"
      ? isFiniteNumber(raw)
      : numeric === "nonNegative"
        ? isNonNegative(raw)
        : numeric === "value" && accepts(type as ValueTypeRule, raw)
  )
    return raw as number;
  if (spec.check === "target" && Array.isArray(raw)) {
    // Two cells: the lower and the upper bound of the target.
    const list = flatList(raw);
    if (list.length === 1) return checkArg(list[0], spec);
    if (list.length === 2) {
      const [bawah, atas] = list.map((v) => checkArg(v, { ...spec, check: "nonNegative" }));
      if (bawah instanceof CellError) return bawah;
      if (atas instanceof CellError) return atas;
      return targetRange(bawah as number, atas as number, spec.name);
    }
  }
  const value = raw as Scalar;
  if (value instanceof CellError) return value;
  if (value === null || value === undefined || value === "") {
    if (spec.check === "polarity" && spec.optional) return "positif";
    return new CellError("NA", M.empty(spec.name));
  }
  if ((spec.check === "realisasi" || spec.check === "capaian") && isNaText(value)) return NA_TEXT;
  if (spec.check === "target" && typeof value === "string") {
    const range = parseTargetRange(value);
    if (range) return targetRange(range.bawah, range.atas, spec.name);
    const predikat = parseTargetPredikat(value);
    if (predikat) return predikat;
  }
  if (spec.check === "polarity") {
    const text = typeof value === "string" ? value.trim().toLowerCase() : "";
    if (text === "positif" || text === "negatif") return text;
    return new CellError("VALUE", M.unknownPolarity(spec.name, String(value)));
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return new CellError("VALUE", M.notNumber(spec.name, describeValueType(value)));
  }
  if (numeric === "number") return value;
  if (numeric === "value") {
    const found = violation(type as ValueTypeRule, value);
    return found ? violationError(type as ValueTypeRule, found, spec.name) : value;
  }
  if (value < 0) return new CellError("VALUE", M.negative(spec.name));
  return value;
}

function targetRange(bawah: number, atas: number, name: string): TargetRange | CellError {
  if (bawah > atas) return new CellError("VALUE", M.rangeOrder(name));
  return { bawah, atas };
}

/**
 * Capaian of one (non-range) target, floored at 0 in both polarities: a realisasi above twice
 * the target (negatif), or below 0 (positif: a pertumbuhan that shrank), is no achievement,
 * never a negative one. A zero target with negative polarity ("0 kasus") is met by a zero
 * realisasi (100) and missed by any other (0).
 */
function capaianAgainst(
  realisasi: number,
  target: number,
  polarity: Polarity,
  targetName: string
): Result {
  if (polarity === "negatif") {
    if (target === 0) return realisasi === 0 ? 100 : 0;
    return Math.max(0, ((2 * target - realisasi) / target) * 100);
  }
  if (target === 0) return new CellError("DIV0", M.divByZero(targetName));
  return Math.max(0, (realisasi / target) * 100);
}

/**
 * Capaian (achievement) in percent; not capped (SAKIP reports show values like 165). The
 * realisasi counts as printed (rounded to `decimals`), so a reviewer who recomputes capaian
 * from the printed table finds the same number. A target range counts as met (100) within its
 * bounds; below it the lower bound is the target, above it the upper one. A predikat target
 * ("BB", IKU 1) is met (100) from its band's lower bound up, else realisasi ÷ that bound × 100
 * (PREDIKAT_TARGET_BATAS). "n.a." stays n.a.
 */
export function capaianOf(
  realisasi: number | string,
  target: number | TargetRange | TargetPredikat,
  polarity: Polarity,
  targetName = "target",
  decimals: number = ATURAN_BAWAAN.desimal
): Result {
  if (typeof realisasi === "string") return NA_TEXT;
  const shown = roundAsPrinted(realisasi, decimals);
  let result: Result;
  if (typeof target === "number") result = capaianAgainst(shown, target, polarity, targetName);
  // A predikat (IKU 1): met at or above its band's lower bound, else realisasi ÷ that bound.
  else if ("predikat" in target)
    result = shown >= target.batas ? 100 : (shown / target.batas) * 100;
  else if (shown < target.bawah) result = capaianAgainst(shown, target.bawah, polarity, targetName);
  else if (shown > target.atas) result = capaianAgainst(shown, target.atas, polarity, targetName);
  else result = 100;
  // A tiny target or a huge realisasi overflows (Excel would show #NUM!): say so instead.
  if (typeof result === "number" && !Number.isFinite(result))
    return new CellError("VALUE", M.tooLarge());
  return result;
}

/** The default labels, as a type (the agency's own labels are any texts). */
export const KATEGORI_CAPAIAN = KATEGORI_LABEL_BAWAAN;
export type KategoriCapaian = (typeof KATEGORI_CAPAIAN)[number];
/** The default bands: exclusive lower bounds, Permendagri 86/2017 read by its upper bounds. */
export const KATEGORI_BOUNDS: readonly [number, KategoriCapaian][] = KATEGORI_BATAS_BAWAAN.map(
  (b, i) => [b, KATEGORI_LABEL_BAWAAN[i]] as [number, KategoriCapaian]
);

/**
 * Kategori of a capaian as printed (rounded to `decimals`): the first band whose bound it
 * exceeds, else the last label. "n.a." stays n.a.
 */
export function kategoriOf(
  capaian: number | string,
  bounds: readonly number[] = KATEGORI_BATAS_BAWAAN,
  labels: readonly string[] = KATEGORI_LABEL_BAWAAN,
  decimals: number = ATURAN_BAWAAN.desimal
): string {
  if (typeof capaian === "string") return NA_TEXT;
  return labels[kategoriBand(roundAsPrinted(capaian, decimals), bounds)];
}

/** Kategori under an agency's rules. */
export function kategoriByAturan(capaian: number | string, aturan: AturanCapaian): string {
  return kategoriOf(capaian, aturan.kategoriBatas, aturan.kategoriLabel, aturan.desimal);
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
export function computeIndicator(
  indicator: Indicator,
  values: readonly number[],
  rules: RuleTable = RULES
): Result {
  const names = indicator.components.map((c) => c.param);
  return computeKind(rules.kinds[indicator.kind], values, names);
}

/**
 * A function computing a kind on components of one value type; `names` are its parameters, one
 * per component (one for a repeating kind).
 */
function kindDef(
  name: string,
  kind: KindRule,
  types: readonly ValueTypeRule[],
  names: readonly string[],
  indicator?: string
): FunctionDef {
  return {
    name,
    ...(indicator ? { indicator } : {}),
    kind,
    args: names.map((n, i) => ({ name: n, check: "value", valueType: types[i] })),
    repeating: kind.repeating,
    compute: (values) => computeKind(kind, values as number[], names),
  };
}

function indicatorDef(indicator: Indicator, rules: RuleTable): FunctionDef {
  const kind = rules.kinds[indicator.kind];
  // A repeating kind has one parameter, the first component's.
  const components = kind.repeating ? indicator.components.slice(0, 1) : indicator.components;
  return kindDef(
    indicator.functionName,
    kind,
    components.map((c) => rules.valueTypes[c.valueType]),
    components.map((c) => c.param),
    indicator.code
  );
}

/**
 * The generic function of every kind (PERSENTASE, RASIO, JUMLAH, NILAI, PERTUMBUHAN, PENURUNAN):
 * named by the kind, its parameters by the components' roles, of the kind's value type (its
 * words: catalogue/helpers.ts, from the same record).
 */
function genericDefs(rules: RuleTable): FunctionDef[] {
  return Object.values(rules.kinds).map((kind) =>
    kindDef(
      kind.id.toUpperCase(),
      kind,
      kind.roles.map(() => rules.valueTypes[kind.valueType]),
      kind.roles
    )
  );
}

function helperDefs(rules: RuleTable): FunctionDef[] {
  const { kinds, valueTypes } = rules;
  return [
    ...genericDefs(rules),
    // IKU 16 read in rupiah (AturanCapaian.swadaya): amounts with decimals, part ≤ whole.
    kindDef(
      "PERSENTASE_SWADAYA_RUPIAH",
      kinds.persentase,
      [valueTypes.rupiah, valueTypes.rupiah],
      ["nilai_swadaya", "nilai_program"]
    ),
    {
      name: "CAPAIAN",
      args: [
        { name: "realisasi", check: "realisasi" },
        { name: "target", check: "target" },
        { name: "polaritas", check: "polarity", optional: true },
        { name: "desimal", check: "decimals", optional: true },
      ],
      compute: ([r, t, p, d]) =>
        capaianOf(
          r as number | string,
          t as number | TargetRange | TargetPredikat,
          p as Polarity,
          "target",
          d as number
        ),
    },
    {
      name: "KATEGORI_CAPAIAN",
      args: [
        { name: "capaian", check: "capaian" },
        { name: "batas", check: "bounds", optional: true },
        { name: "label", check: "labels", optional: true },
        { name: "desimal", check: "decimals", optional: true },
      ],
      compute: ([c, b, l, d]) => {
        const bounds = b as readonly number[];
        const labels = l as readonly string[];
        if (labels.length !== bounds.length + 1)
          return new CellError("VALUE", M.labelsCount("label", bounds.length + 1));
        return kategoriOf(c as number | string, bounds, labels, d as number);
      },
    },
    {
      name: "PREDIKAT_SAKIP",
      args: [{ name: "nilai", check: "value", valueType: valueTypes.skor }],
      compute: ([n]) => predikatOf(n as number),
    },
  ];
}

/** Every function of the IKU namespace, keyed by name. */
export function buildFunctionTable(catalogue: Catalogue = CATALOGUE): Map<string, FunctionDef> {
  const rules = rulesOf(catalogue);
  const defs = [...catalogue.indicators.map((i) => indicatorDef(i, rules)), ...helperDefs(rules)];
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
  const clean: ArgValue[] = [];
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
