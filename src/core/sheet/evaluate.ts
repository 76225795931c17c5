import { ATURAN_BAWAAN } from "../aturan";
import type { AturanCapaian } from "../aturan";
import { CATALOGUE } from "../catalogue";
import type { Catalogue, Indicator } from "../catalogue";
import { CellError, EXCEL_ERROR_TEXT, isCellError } from "../errors";
import type { ErrorKind } from "../errors";
import { buildFunctionTable, FUNCTIONS, runDef } from "../calculation";
import type { FunctionDef, Result } from "../calculation";
import type { GridValue } from "../grid";
import type { ValueTypeId } from "../rules";
import { hasilFunction } from "./formula-text";
import { aggregateValues, ROMAN } from "./quarters";
import type { Triwulan } from "./quarters";
import type { SheetPlan, ValidationRule } from "./types";

/**
 * Values of a plan's formula cells computed with the core (the same code the custom functions
 * run), never by parsing formula text: the CLI writes them as cached results, the audit uses
 * them for golden grids. Both formula modes give these values (test/core/sheet/equivalence).
 */

/** One input or target cell of a plan, with what it accepts. */
export interface PlanInput {
  /** Defined name, e.g. IKU06_PEMBILANG or IKU06_TARGET. */
  name: string;
  /** A1 address without $. */
  address: string;
  indicator: string;
  /** Component key (PEMBILANG, …) or "TARGET". */
  component: string;
  role: "input" | "target";
  /** The input's value type (src/core/rules/value-types.ts); target: any number ≥ 0. */
  valueType: ValueTypeId | "target";
  /** The catalogue's label of the component, or the indicator's name for a target. */
  label: string;
  /** An input's quarter (1 = TW I); absent for a target. */
  triwulan?: Triwulan;
  /** The data-validation rule the plan puts on the cell. */
  rule: ValidationRule;
}

/** Every input and target cell of a plan, in sheet order (components, then the target). */
export function planInputs(plan: SheetPlan, catalogue: Catalogue = CATALOGUE): PlanInput[] {
  const rules = new Map(plan.validations.map((v) => [v.address, v]));
  const ruleAt = (address: string): ValidationRule => {
    const rule = rules.get(address);
    if (!rule) throw new Error(`The plan has no validation for input cell ${address}`);
    return rule;
  };
  const out: PlanInput[] = [];
  for (const ind of plan.indicators) {
    for (const input of ind.inputs) {
      out.push({
        name: input.name,
        address: input.address,
        indicator: ind.code,
        component: input.key,
        role: "input",
        valueType: input.valueType,
        label: `${input.label} (TW ${ROMAN[input.triwulan]})`,
        triwulan: input.triwulan,
        rule: ruleAt(input.address),
      });
    }
    out.push({
      name: ind.target.name,
      address: ind.target.address,
      indicator: ind.code,
      component: "TARGET",
      role: "target",
      valueType: "target",
      label: catalogue.indicators.find((i) => i.code === ind.code)?.name ?? ind.code,
      rule: ruleAt(ind.target.address),
    });
  }
  return out;
}

const ERROR_BY_TEXT: ReadonlyMap<string, ErrorKind> = new Map(
  (Object.entries(EXCEL_ERROR_TEXT) as [ErrorKind, string][]).map(([kind, t]) => [t, kind])
);

/**
 * A grid value as a function argument. Grids carry errors as their text ("#N/A"); an error in an
 * input cell propagates through the formulas as in Excel.
 */
export function gridArgument(value: GridValue | undefined): unknown {
  if (typeof value === "string") {
    const kind = ERROR_BY_TEXT.get(value);
    if (kind) return new CellError(kind, value);
  }
  return value ?? null;
}

function functionTable(catalogue: Catalogue): ReadonlyMap<string, FunctionDef> {
  return catalogue === CATALOGUE ? FUNCTIONS : buildFunctionTable(catalogue);
}

function run(table: ReadonlyMap<string, FunctionDef>, name: string, args: unknown[]): Result {
  const def = table.get(name);
  if (!def) throw new Error(`Function ${name} is not in the function table`);
  return runDef(def, args);
}

/** The hasil, capaian and kategori of one indicator from its input values. */
export function evaluateIndicator(
  indicator: Indicator,
  inputs: readonly unknown[],
  target: unknown,
  catalogue: Catalogue = CATALOGUE,
  aturan: AturanCapaian = ATURAN_BAWAAN
): { hasil: Result; capaian: Result; kategori: Result } {
  const table = functionTable(catalogue);
  const hasil = run(table, hasilFunction(indicator, aturan), [...inputs]);
  const capaian = run(table, "CAPAIAN", [hasil, target, indicator.polarity, aturan.desimal]);
  const kategori = run(table, "KATEGORI_CAPAIAN", [
    capaian,
    aturan.kategoriBatas,
    aturan.kategoriLabel,
    aturan.desimal,
  ]);
  return { hasil, capaian, kategori };
}

/** The hasil and capaian of one indicator's values against a target (no kategori). */
function evaluateQuarter(
  table: ReadonlyMap<string, FunctionDef>,
  indicator: Indicator,
  components: readonly unknown[],
  target: unknown,
  aturan: AturanCapaian
): { hasil: Result; capaian: Result } {
  const hasil = run(table, hasilFunction(indicator, aturan), [...components]);
  const capaian = run(table, "CAPAIAN", [hasil, target, indicator.polarity, aturan.desimal]);
  return { hasil, capaian };
}

/** The value an aggregate gives a formula: "" (unfilled) stays "", an error its CellError. */
function asResult(value: unknown): Result {
  if (isCellError(value) || typeof value === "number" || typeof value === "string") return value;
  // A logical passed through by posisi: Excel shows TRUE/FALSE, the hasil checks it.
  return value === null || value === undefined ? "" : String(value).toUpperCase();
}

/**
 * The value of every formula cell of the plan, by address, from the input and target values
 * keyed by defined name (missing names are blank cells): each component up to each quarter
 * (the last one the year's), hasil and capaian up to each quarter, and the year's hasil,
 * capaian and kategori.
 */
export function evaluatePlan(
  plan: SheetPlan,
  inputs: Readonly<Record<string, GridValue>>,
  catalogue: Catalogue = CATALOGUE
): Map<string, Result> {
  const out = new Map<string, Result>();
  const byCode = new Map(catalogue.indicators.map((i) => [i.code, i]));
  const table = functionTable(catalogue);
  const aturan = plan.settings.aturan ?? ATURAN_BAWAAN;
  for (const planned of plan.indicators) {
    const indicator = byCode.get(planned.code);
    if (!indicator)
      throw new Error(`Indicator ${planned.code} of the plan is not in the catalogue`);
    const target = gridArgument(inputs[planned.target.name]);
    // Each component up to each quarter: the aggregation of its quarters' values so far.
    const toDate = planned.components.map((c) => {
      const quarters = planned.inputs
        .filter((i) => i.key === c.key)
        .sort((a, b) => a.triwulan - b.triwulan)
        .map((i) => gridArgument(inputs[i.name]));
      return c.toDate.map((ref, q) => {
        const value = aggregateValues(quarters.slice(0, q + 1), c.agregasi);
        out.set(ref.address, asResult(value));
        return value;
      });
    });
    planned.quarters.forEach((q, i) => {
      const r = evaluateQuarter(
        table,
        indicator,
        toDate.map((values) => values[i]),
        target,
        aturan
      );
      out.set(q.hasil.address, r.hasil);
      out.set(q.capaian.address, r.capaian);
    });
    const year = evaluateIndicator(
      indicator,
      toDate.map((values) => values[values.length - 1]),
      target,
      catalogue,
      aturan
    );
    out.set(planned.hasil.address, year.hasil);
    out.set(planned.capaian.address, year.capaian);
    out.set(planned.kategori.address, year.kategori);
  }
  return out;
}
