import { HyperFormula } from "hyperformula";
import type { DetailedCellError, RawCellContent } from "hyperformula";
import { CATALOGUE } from "../../../src/core/catalogue";
import type { Catalogue, Indicator } from "../../../src/core/catalogue";
import { CellError, isCellError } from "../../../src/core/errors";
import type { ErrorKind } from "../../../src/core/errors";
import { runFunction } from "../../../src/core/formulas";
import type { Result } from "../../../src/core/formulas";
import { evaluatePlan } from "../../../src/core/sheet/evaluate";
import { buildSheetPlan, parseAddress } from "../../../src/core/sheet/plan";
import type { SheetPlan } from "../../../src/core/sheet/types";

/**
 * The plain-Excel formulas ("excel" mode) give the same value and the same error class as the
 * custom functions (runFunction) and as evaluatePlan, on a table of cases per indicator kind.
 * HyperFormula evaluates the formulas as Excel would, with the plan's defined names.
 */

const SHEET = "IKU 2026";

/** A typed cell: a number, text, boolean, or blank (null). `text` keeps "12" as text. */
type Typed = number | string | boolean | null | { text: string };

const HF_ERROR_KIND: Record<string, ErrorKind> = { VALUE: "VALUE", DIV_BY_ZERO: "DIV0", NA: "NA" };

interface Engine {
  hf: HyperFormula;
  sheet: number;
  plan: SheetPlan;
}

function engine(catalogue: Catalogue): Engine {
  const plan = buildSheetPlan(
    { tahun: 2026, namaPerangkatDaerah: "Dinas", sheetName: SHEET, mode: "excel" },
    catalogue
  );
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const sheet = hf.getSheetId(hf.addSheet(SHEET))!;
  for (const n of plan.names) hf.addNamedExpression(n.name, n.refersTo);
  hf.batch(() => {
    for (const c of plan.cells) if (c.formula) hf.setCellContents(at(sheet, c.address), c.formula);
  });
  return { hf, sheet, plan };
}

function at(sheet: number, address: string) {
  const { row, column } = parseAddress(address);
  return { sheet, row: row - 1, col: column - 1 };
}

/** How a typed value goes into HyperFormula (a leading apostrophe makes text of "12"). */
function hfContent(v: Typed): RawCellContent {
  if (v !== null && typeof v === "object") return `'${v.text}`;
  return v;
}

/** How the same value reaches a custom function / the grid. */
function coreValue(v: Typed): string | number | boolean | null {
  if (v !== null && typeof v === "object") return v.text;
  return v;
}

/** Value or error class, comparable across the three evaluators. */
type Outcome = { error: ErrorKind } | { value: number | string };

function fromCore(r: Result): Outcome {
  return isCellError(r) ? { error: r.kind } : { value: r };
}

function fromHf(v: unknown): Outcome {
  if (v !== null && typeof v === "object" && "type" in v) {
    const kind = HF_ERROR_KIND[(v as DetailedCellError).type];
    if (!kind) throw new Error(`unexpected HyperFormula error ${(v as DetailedCellError).type}`);
    return { error: kind };
  }
  return { value: v as number | string };
}

function expectSame(actual: Outcome, expected: Outcome, label: string): void {
  if ("error" in expected) {
    expect({ label, ...actual }).toEqual({ label, ...expected });
  } else if (typeof expected.value === "number") {
    expect({ label, kind: "value" in actual ? typeof actual.value : actual.error }).toEqual({
      label,
      kind: "number",
    });
    expect((actual as { value: number }).value).toBeCloseTo(expected.value, 9);
  } else {
    expect({ label, ...actual }).toEqual({ label, ...expected });
  }
}

/** Runs one case: the indicator's inputs and target, evaluated three ways. */
function check(
  e: Engine,
  indicator: Indicator,
  inputs: Typed[],
  target: Typed,
  catalogue: Catalogue
): void {
  const block = e.plan.indicators.find((b) => b.code === indicator.code)!;
  const grid: Record<string, string | number | boolean | null> = {};
  e.hf.batch(() => {
    block.inputs.forEach((cell, i) => {
      e.hf.setCellContents(at(e.sheet, cell.address), hfContent(inputs[i]));
      grid[cell.name] = coreValue(inputs[i]);
    });
    e.hf.setCellContents(at(e.sheet, block.target.address), hfContent(target));
    grid[block.target.name] = coreValue(target);
  });
  const planned = evaluatePlan(e.plan, grid, catalogue);
  const label = `${indicator.code} ${JSON.stringify(inputs)} target ${JSON.stringify(target)}`;
  for (const ref of [block.hasil, block.capaian, block.kategori]) {
    const hf = fromHf(e.hf.getCellValue(at(e.sheet, ref.address)));
    const core = fromCore(planned.get(ref.address)!);
    expectSame(hf, core, `${label} ${ref.name}`);
  }
  if (catalogue === CATALOGUE) {
    // evaluatePlan agrees with the custom function itself.
    const direct = runFunction(indicator.functionName, inputs.map(coreValue));
    expectSame(
      fromCore(planned.get(block.hasil.address)!),
      fromCore(direct),
      `${label} runFunction`
    );
  }
}

const TARGETS: Typed[] = [80, 100, 0, null, "x", -5, true, { text: "90" }];

const FRACTION_CASES: Typed[][] = [
  [45, 60], // happy
  [60, 60], // numerator = denominator
  [0, 60],
  [61, 60], // subset larger (persentase: #VALUE!, rasio: a number)
  [5, 0], // denominator 0
  [0, 0],
  [null, 60], // empty
  [45, null],
  [null, null],
  ["", 60], // empty text
  ["abc", 60], // text
  [45, "x"],
  [{ text: "12" }, 60], // a number typed as text
  [true, 60], // boolean
  [45, false],
  [-1, 60], // negative
  [45, -60],
  [2.5, 60], // fractional
  [45, 60.5],
  [null, "x"], // first problem wins: #N/A
  ["x", null], // first problem wins: #VALUE!
  [-1, 0],
  [1000000, 1000001],
];

const JUMLAH_CASES: Typed[][] = [
  [4, 2, 3],
  [0, 0, 0],
  [null, 2, 3],
  [4, null, 3],
  [4, 2, "x"],
  [4, true, 3],
  [4, 2, -1],
  [4, 2.5, 3],
  [{ text: "4" }, 2, 3],
  ["x", null, -1],
];

const NILAI_CASES: Typed[][] = [
  [78.5],
  [100],
  [0],
  [100.5],
  [-0.1],
  [null],
  [""],
  ["x"],
  [true],
  [{ text: "80" }],
  [91],
  [90.99],
  [76],
  [66],
  [51],
  [50.99],
];

function casesFor(indicator: Indicator): Typed[][] {
  switch (indicator.kind) {
    case "jumlah":
      return JUMLAH_CASES;
    case "nilai":
      return NILAI_CASES;
    default:
      return FRACTION_CASES;
  }
}

describe("plain Excel formulas are equivalent to the custom functions", () => {
  const e = engine(CATALOGUE);

  it.each(CATALOGUE.indicators.map((i) => [i.code, i] as const))("%s", (_code, indicator) => {
    for (const inputs of casesFor(indicator)) {
      for (const target of TARGETS) check(e, indicator, inputs, target, CATALOGUE);
    }
  });

  it("gives every kategori at its bounds", () => {
    const ind = CATALOGUE.indicators.find((i) => i.kind === "nilai")!;
    const seen = new Set<string>();
    for (const nilai of [100, 91, 90.99, 76, 75.99, 66, 65.99, 51, 50.99, 0]) {
      check(e, ind, [nilai], 100, CATALOGUE);
      const block = e.plan.indicators.find((b) => b.code === ind.code)!;
      seen.add(String(e.hf.getCellValue(at(e.sheet, block.kategori.address))));
    }
    expect([...seen].sort()).toEqual([
      "Rendah",
      "Sangat Rendah",
      "Sangat Tinggi",
      "Sedang",
      "Tinggi",
    ]);
  });

  it("propagates an error typed in an input cell", () => {
    const ind = CATALOGUE.indicators.find((i) => i.code === "IKU06")!;
    const block = e.plan.indicators.find((b) => b.code === "IKU06")!;
    e.hf.setCellContents(at(e.sheet, block.inputs[0].address), "=1/0");
    e.hf.setCellContents(at(e.sheet, block.inputs[1].address), 60);
    expect(fromHf(e.hf.getCellValue(at(e.sheet, block.hasil.address)))).toEqual({ error: "DIV0" });
    const core = runFunction(ind.functionName, [new CellError("DIV0", "x"), 60]);
    expect(fromCore(core)).toEqual({ error: "DIV0" });
  });
});

describe("negative polarity", () => {
  it("computes capaian as (2 × target − realisasi) / target × 100 in both evaluators", () => {
    const catalogue: Catalogue = {
      ...CATALOGUE,
      indicators: CATALOGUE.indicators.map((i) =>
        i.code === "IKU03" ? { ...i, polarity: "negatif" } : i
      ),
    };
    const e = engine(catalogue);
    const ind = catalogue.indicators.find((i) => i.code === "IKU03")!;
    expect(e.plan.cells.find((c) => c.name === "IKU03_CAPAIAN")?.formula).toContain(
      "(2*IKU03_TARGET-IKU03_HASIL)"
    );
    for (const inputs of FRACTION_CASES.slice(0, 8)) {
      for (const target of [80, 40, 0, null]) check(e, ind, inputs, target, catalogue);
    }
  });
});
