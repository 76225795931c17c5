import { HyperFormula } from "hyperformula";
import type { DetailedCellError, RawCellContent } from "hyperformula";
import { ATURAN_BAWAAN } from "../../../src/core/aturan";
import type { AturanCapaian } from "../../../src/core/aturan";
import { CATALOGUE } from "../../../src/core/catalogue";
import type { Catalogue, Indicator } from "../../../src/core/catalogue";
import { CellError, isCellError } from "../../../src/core/errors";
import type { ErrorKind } from "../../../src/core/errors";
import { runFunction } from "../../../src/core/calculation";
import type { Result } from "../../../src/core/calculation";
import { evaluatePlan } from "../../../src/core/sheet/evaluate";
import { hasilFunction } from "../../../src/core/sheet/formula-text";
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

function engine(catalogue: Catalogue, aturan?: AturanCapaian): Engine {
  const plan = buildSheetPlan(
    { tahun: 2026, namaPerangkatDaerah: "Dinas", sheetName: SHEET, mode: "excel", aturan },
    catalogue
  );
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
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
  // A posisi aggregate passes a typed TRUE/FALSE through; the core's results carry it as text.
  if (typeof v === "boolean") return { value: v ? "TRUE" : "FALSE" };
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

/**
 * Puts the quarters' values of an indicator's components in the sheet (`quarters[q][k]`: TW q+1
 * of component k; missing: blank) and its target, and compares every formula cell of its block
 * (the components up to each quarter, the quarters' and the year's results) evaluated by
 * HyperFormula and by evaluatePlan.
 */
function checkQuarters(
  e: Engine,
  indicator: Indicator,
  quarters: Typed[][],
  target: Typed,
  catalogue: Catalogue
): Map<string, Result> {
  const block = e.plan.indicators.find((b) => b.code === indicator.code)!;
  const grid: Record<string, string | number | boolean | null> = {};
  e.hf.batch(() => {
    for (const cell of block.inputs) {
      const k = block.components.findIndex((c) => c.key === cell.key);
      const v = quarters[cell.triwulan - 1]?.[k] ?? null;
      e.hf.setCellContents(at(e.sheet, cell.address), hfContent(v));
      grid[cell.name] = coreValue(v);
    }
    e.hf.setCellContents(at(e.sheet, block.target.address), hfContent(target));
    grid[block.target.name] = coreValue(target);
  });
  const planned = evaluatePlan(e.plan, grid, catalogue);
  const label = `${indicator.code} ${JSON.stringify(quarters)} target ${JSON.stringify(target)}`;
  const refs = [
    ...block.components.flatMap((c) => c.toDate),
    ...block.quarters.flatMap((q) => [q.hasil, q.capaian]),
    block.hasil,
    block.capaian,
    block.kategori,
  ];
  for (const ref of refs) {
    const hf = fromHf(e.hf.getCellValue(at(e.sheet, ref.address)));
    const core = fromCore(planned.get(ref.address)!);
    expectSame(hf, core, `${label} ${ref.name}`);
  }
  return planned;
}

/**
 * Runs one case: the indicator's inputs (typed in TW IV, as an upgraded sheet holds its year
 * values) and target, evaluated three ways.
 */
function check(
  e: Engine,
  indicator: Indicator,
  inputs: Typed[],
  target: Typed,
  catalogue: Catalogue
): void {
  const block = e.plan.indicators.find((b) => b.code === indicator.code)!;
  const planned = checkQuarters(e, indicator, [[], [], [], inputs], target, catalogue);
  const label = `${indicator.code} ${JSON.stringify(inputs)} target ${JSON.stringify(target)}`;
  if (catalogue === CATALOGUE) {
    // evaluatePlan agrees with the custom function itself.
    const direct = runFunction(
      hasilFunction(indicator, e.plan.settings.aturan),
      inputs.map(coreValue)
    );
    expectSame(
      fromCore(planned.get(block.hasil.address)!),
      fromCore(direct),
      `${label} runFunction`
    );
  }
}

const TARGETS: Typed[] = [
  80,
  100,
  0,
  null,
  "x",
  -5,
  true,
  { text: "90" },
  "70-80", // a range: 75 is inside, 100 above, 45 below
  "80,5 – 85", // decimal comma, spaces, en dash
  "80.5-85", // decimal point
  "85-80", // upside down
  "80-", // half a range
  "a-b",
  "BB", // a predikat (IKU 1's PK targets): met from its band's lower bound up
  " aa ", // any case, spaces around
  "D", // the lowest band: always met
  "E", // not a predikat
  "A|BB",
  "B B",
];

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
    for (const nilai of [100, 91, 90.99, 90.5, 90, 76, 75.5, 75, 66, 65, 51, 50.5, 50, 0]) {
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

  it("classes the capaian as printed: band edges 90, 90.004, 90.5, 90.996, 91", () => {
    // Realisasi rounded as printed (IKU 1 takes decimals) against a target of 100, and
    // capaian values written straight into the capaian cell for the kategori formula.
    const ind = CATALOGUE.indicators.find((i) => i.code === "IKU01")!;
    const block = e.plan.indicators.find((b) => b.code === "IKU01")!;
    const shown: Record<string, unknown> = {};
    for (const nilai of [90, 90.004, 90.5, 90.996, 91]) {
      check(e, ind, [nilai], 100, CATALOGUE);
      shown[nilai] = e.hf.getCellValue(at(e.sheet, block.kategori.address));
    }
    expect(shown).toEqual({
      90: "Tinggi",
      90.004: "Tinggi",
      90.5: "Sangat Tinggi",
      90.996: "Sangat Tinggi",
      91: "Sangat Tinggi",
    });
    // Capaian itself at the edges (a realisasi of 91 against 100.0044 gives 90.99600…).
    check(e, ind, [91], 100.0044, CATALOGUE);
    expect(e.hf.getCellValue(at(e.sheet, block.kategori.address))).toBe("Sangat Tinggi");
    check(e, ind, [90], 99.9956, CATALOGUE);
    expect(e.hf.getCellValue(at(e.sheet, block.kategori.address))).toBe("Tinggi");
    const kategori = e.plan.cells.find((c) => c.name === "IKU01_KATEGORI")!.formula!;
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    const sheet = hf.getSheetId(hf.addSheet("K"))!;
    hf.addNamedExpression("IKU01_CAPAIAN", "=K!$A$1");
    hf.setCellContents({ sheet, row: 0, col: 1 }, kategori);
    for (const capaian of [90, 90.004, 90.5, 90.996, 91, 50.5, -3, "n.a.", "x", null]) {
      hf.setCellContents({ sheet, row: 0, col: 0 }, capaian);
      expectSame(
        fromHf(hf.getCellValue({ sheet, row: 0, col: 1 })),
        fromCore(runFunction("KATEGORI_CAPAIAN", [capaian])),
        `KATEGORI_CAPAIAN(${String(capaian)})`
      );
    }
    hf.destroy();
  });

  it("marks 0 of 0 as n.a. (tidak ada kejadian) in hasil, capaian and kategori", () => {
    const ind = CATALOGUE.indicators.find((i) => i.code === "IKU09")!;
    const block = e.plan.indicators.find((b) => b.code === "IKU09")!;
    for (const target of [100, "80-85", null]) check(e, ind, [0, 0], target, CATALOGUE);
    check(e, ind, [0, 0], 100, CATALOGUE);
    for (const ref of [block.hasil, block.capaian, block.kategori])
      expect(e.hf.getCellValue(at(e.sheet, ref.address))).toBe("n.a.");
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
  const catalogue: Catalogue = {
    ...CATALOGUE,
    indicators: CATALOGUE.indicators.map((i) =>
      i.code === "IKU03" || i.code === "IKU01" ? { ...i, polarity: "negatif" } : i
    ),
  };
  const e = engine(catalogue);

  it("computes capaian as (2 × target − realisasi) / target × 100 in both evaluators", () => {
    const ind = catalogue.indicators.find((i) => i.code === "IKU03")!;
    expect(e.plan.cells.find((c) => c.name === "IKU03_CAPAIAN")?.formula).toContain(
      "(2*IKU03_TARGET-ROUND(IKU03_HASIL,2))"
    );
    for (const inputs of FRACTION_CASES.slice(0, 8)) {
      for (const target of [80, 40, 0, null, "70-80", "20-30"])
        check(e, ind, inputs, target, catalogue);
    }
  });

  it("floors at 0 (R = 2T, R > 2T) and reads a zero target as zero tolerance", () => {
    const ind = catalogue.indicators.find((i) => i.code === "IKU01")!;
    const block = e.plan.indicators.find((b) => b.code === "IKU01")!;
    const capaian = (nilai: number, target: Typed) => {
      check(e, ind, [nilai], target, catalogue);
      return e.hf.getCellValue(at(e.sheet, block.capaian.address));
    };
    expect(capaian(20, 10)).toBe(0); // R = 2T
    expect(capaian(25, 10)).toBe(0); // R > 2T: −50 floored
    expect(capaian(0, 0)).toBe(100); // target 0, nothing happened
    expect(capaian(3, 0)).toBe(0); // target 0 missed
    expect(capaian(72, "80-85")).toBeCloseTo(110, 9); // below a range
    expect(capaian(82, "80-85")).toBe(100); // inside
    expect(capaian(93.5, "80-85")).toBeCloseTo(90, 9); // above
  });
});

describe("target ranges and an agency's own rules", () => {
  it("reads ranges below, inside and above for positive polarity", () => {
    const e = engine(CATALOGUE);
    const ind = CATALOGUE.indicators.find((i) => i.code === "IKU01")!;
    const block = e.plan.indicators.find((b) => b.code === "IKU01")!;
    const capaian = (nilai: number, target: Typed) => {
      check(e, ind, [nilai], target, CATALOGUE);
      return e.hf.getCellValue(at(e.sheet, block.capaian.address));
    };
    expect(capaian(72, "80-85")).toBe(90);
    expect(capaian(82, "80-85")).toBe(100);
    expect(capaian(85, "80-85")).toBe(100);
    expect(capaian(93.5, "80-85")).toBeCloseTo(110, 9);
    expect(capaian(80.25, "80,5-85")).toBeCloseTo((80.25 / 80.5) * 100, 9);
  });

  it("uses the agency's decimals, bands and labels in the sheet's formulas", () => {
    const aturan: AturanCapaian = {
      desimal: 1,
      kategoriBatas: [100, 80, 60],
      kategoriLabel: ["Sangat Baik", "Baik", "Cukup", "Kurang"],
      swadaya: "program",
    };
    const e = engine(CATALOGUE, aturan);
    const ind = CATALOGUE.indicators.find((i) => i.code === "IKU01")!;
    const block = e.plan.indicators.find((b) => b.code === "IKU01")!;
    const seen: unknown[] = [];
    for (const nilai of [100, 99.96, 80.04, 80.06, 60, 45]) {
      for (const target of [100, 80, "80-85"]) check(e, ind, [nilai], target, CATALOGUE);
      check(e, ind, [nilai], 100, CATALOGUE);
      seen.push(e.hf.getCellValue(at(e.sheet, block.kategori.address)));
    }
    // 99.96 is printed 100.0 (1 decimal): not above 100.
    expect(seen).toEqual(["Baik", "Baik", "Cukup", "Baik", "Kurang", "Kurang"]);
    const planned = evaluatePlan(e.plan, { IKU01_NILAI_TW2: 80.06, IKU01_TARGET: 100 });
    expect(planned.get(block.kategori.address)).toBe("Baik");
  });

  it("reads IKU 16 in rupiah when the agency chooses it (decimals ≥ 0), counts otherwise", () => {
    const rupiah = engine(CATALOGUE, { ...ATURAN_BAWAAN, swadaya: "rupiah" });
    const program = engine(CATALOGUE);
    const ind = CATALOGUE.indicators.find((i) => i.code === "IKU16")!;
    const block = (x: Engine) => x.plan.indicators.find((b) => b.code === "IKU16")!;
    const hasil = (x: Engine, inputs: Typed[]) => {
      check(x, ind, inputs, 80, CATALOGUE);
      return fromHf(x.hf.getCellValue(at(x.sheet, block(x).hasil.address)));
    };
    for (const inputs of [
      ...FRACTION_CASES,
      [1250000.5, 2500001],
      [37500000.75, 50000000.25],
      [0.5, 0.25],
      [0.25, 0.5],
    ]) {
      for (const target of [80, "70-80", null]) check(rupiah, ind, inputs, target, CATALOGUE);
    }
    expect(hasil(rupiah, [2.5, 60])).toEqual({ value: (2.5 / 60) * 100 });
    expect(hasil(rupiah, [1250000.5, 2500001])).toEqual({ value: 50 });
    expect(hasil(rupiah, [-0.5, 60])).toEqual({ error: "VALUE" });
    expect(hasil(program, [2.5, 60])).toEqual({ error: "VALUE" });
    expect(new Set(block(rupiah).inputs.map((i) => i.valueType))).toEqual(new Set(["rupiah"]));
    expect(new Set(block(program).inputs.map((i) => i.valueType))).toEqual(new Set(["cacah"]));
    // Only IKU 16 changes: IKU 17 still refuses decimals under the rupiah reading.
    const ikuPkk = CATALOGUE.indicators.find((i) => i.code === "IKU17")!;
    check(rupiah, ikuPkk, [2.5, 60], 80, CATALOGUE);
    const pkk = rupiah.plan.indicators.find((b) => b.code === "IKU17")!;
    expect(fromHf(rupiah.hf.getCellValue(at(rupiah.sheet, pkk.hasil.address)))).toEqual({
      error: "VALUE",
    });
  });

  it("reads a predikat target by its band (IKU 1): 100 from the lower bound up, else R ÷ bound", () => {
    const e = engine(CATALOGUE);
    const ind = CATALOGUE.indicators.find((i) => i.code === "IKU01")!;
    const block = e.plan.indicators.find((b) => b.code === "IKU01")!;
    const capaian = (nilai: number, target: Typed) => {
      check(e, ind, [nilai], target, CATALOGUE);
      return e.hf.getCellValue(at(e.sheet, block.capaian.address));
    };
    // Band edges of BB (> 70): 70 is B but R ÷ 70 = 100 (no jump); 69.99 just below.
    expect(capaian(70.01, "BB")).toBe(100);
    expect(capaian(70, "BB")).toBe(100);
    expect(capaian(70.004, "BB")).toBe(100); // printed 70,00
    expect(capaian(69.995, "BB")).toBe(100); // printed 70,00
    expect(capaian(69.99, "BB")).toBeCloseTo((69.99 / 70) * 100, 9);
    expect(capaian(56, "BB")).toBeCloseTo(80, 9);
    expect(capaian(95, "BB")).toBe(100); // AA is above BB: met, not 135
    expect(capaian(90.5, "AA")).toBe(100);
    expect(capaian(90, "AA")).toBe(100);
    expect(capaian(81, "aa")).toBe(90);
    expect(capaian(30, "C")).toBe(100);
    expect(capaian(15, "C")).toBe(50);
    expect(capaian(0, "D")).toBe(100);
    expect(capaian(0, "CC")).toBe(0);
    const kategori = e.hf.getCellValue(at(e.sheet, block.kategori.address));
    expect(kategori).toBe("Sangat Rendah");
    for (const target of ["E", "A|BB", "B B", "BBB"]) {
      check(e, ind, [75], target, CATALOGUE);
      expect(fromHf(e.hf.getCellValue(at(e.sheet, block.capaian.address)))).toEqual({
        error: "VALUE",
      });
    }
  });
});

describe("realisasi per triwulan", () => {
  const e = engine(CATALOGUE);
  const find = (code: string) => CATALOGUE.indicators.find((i) => i.code === code)!;
  /** One component's quarters, TW I first (a row of checkQuarters' table is a quarter). */
  const byComponent = (...components: Typed[][]): Typed[][] =>
    [0, 1, 2, 3].map((q) => components.map((c) => c[q] ?? null));

  const QUARTER_CASES: Typed[][] = [
    [10, 15, 20, 5], // all filled
    [10, null, 20, null], // gaps
    [null, null, null, null], // nothing: unfilled, never 0
    [null, null, null, 0], // a zero typed is a zero
    [10, "x", 20, 5], // a text in a quarter
    [10, { text: "12" }, null, null], // a number stored as text
    [10, true, null, null], // a logical
    [10, null, null, "x"], // a text in the latest quarter
    ["", 5, null, null], // empty text counts as not filled in posisi, as text in akumulasi
    [-3, 5, null, null], // negative (the hasil's check says whether it may be)
    [2.5, 3, null, null],
  ];

  it.each(["IKU03", "IKU06", "IKU14"])(
    "%s: plain-Excel formulas and the core agree on every quarter cell",
    (code) => {
      const ind = find(code);
      for (const a of QUARTER_CASES)
        for (const b of [
          [50, 60, 70, 80],
          [null, 60, null, null],
          [0, 0, null, null],
          [null, null, null, null],
        ])
          checkQuarters(e, ind, byComponent(a, b), 50, CATALOGUE);
    }
  );

  it("IKU02 (three posisi counts) and IKU01 (a posisi score) agree too", () => {
    for (const a of QUARTER_CASES) {
      checkQuarters(
        e,
        find("IKU02"),
        byComponent(a, [1, 1, 2, 2], [null, 3, null, null]),
        6,
        CATALOGUE
      );
      checkQuarters(e, find("IKU01"), byComponent(a), "BB", CATALOGUE);
    }
  });

  it("a year value typed in TW IV gives the year's result of a one-year sheet, for both aggregations", () => {
    for (const code of ["IKU03", "IKU06", "IKU14"]) {
      const planned = checkQuarters(e, find(code), [[], [], [], [45, 60]], 80, CATALOGUE);
      const block = e.plan.indicators.find((b) => b.code === code)!;
      expect(planned.get(block.hasil.address)).toBe(runFunction(find(code).functionName, [45, 60]));
    }
  });
});
