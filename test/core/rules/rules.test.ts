import { HyperFormula } from "hyperformula";
import type { DetailedCellError } from "hyperformula";
import { buildFunctionTable, runDef, runFunction } from "../../../src/core/calculation";
import type { Result } from "../../../src/core/calculation";
import { CATALOGUE } from "../../../src/core/catalogue";
import type { Catalogue, Indicator } from "../../../src/core/catalogue";
import { Catalogue as CatalogueSchema } from "../../../src/core/catalogue/schema";
import { isCellError } from "../../../src/core/errors";
import type { GridValue, WorkbookGrid } from "../../../src/core/grid";
import { parseCell } from "../../../src/core/formula-parser/address";
import { functionMessages as M } from "../../../src/core/messages/functions";
import { computeKind, dataValidation, KINDS, RULES, VALUE_TYPES } from "../../../src/core/rules";
import type { RuleTable, ValueTypeRule } from "../../../src/core/rules";
import { evaluatePlan } from "../../../src/core/sheet/evaluate";
import { buildSheetPlan, parseAddress } from "../../../src/core/sheet/plan";
import type { FormulaMode, SheetPlan } from "../../../src/core/sheet/types";
import { quarterName } from "../../../src/core/sheet/quarters";
import { analyzeInputs } from "../../../src/core/validate";
import { yearValuesInQuarters } from "../../cases/generate";

/**
 * The rule table is the one place a value rule or a kind lives: a catalogue carrying a changed
 * record (passed as a value, nothing global changes) makes every consumer follow it — the
 * custom function, the plain-Excel formula (evaluated by HyperFormula), Excel's data
 * validation, the conditional-format mark and Periksa Data's finding.
 */

const SHEET = "IKU 2026";

function withValueType(type: ValueTypeRule): Catalogue {
  const rules: RuleTable = { ...RULES, valueTypes: { ...RULES.valueTypes, [type.id]: type } };
  return { ...CATALOGUE, rules };
}

function plan(catalogue: Catalogue, mode: FormulaMode = "excel"): SheetPlan {
  return buildSheetPlan(
    { tahun: 2026, namaPerangkatDaerah: "Dinas", sheetName: SHEET, mode },
    catalogue
  );
}

function cellAt(sheet: number, address: string) {
  const { row, column } = parseAddress(address);
  return { sheet, row: row - 1, col: column - 1 };
}

/** HyperFormula with the plan's formulas, names, and each mark formula in a cell of its own. */
function engine(p: SheetPlan) {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
  const sheet = hf.getSheetId(hf.addSheet(SHEET))!;
  const marks = hf.getSheetId(hf.addSheet("Marks"))!;
  for (const n of p.names) hf.addNamedExpression(n.name, n.refersTo);
  hf.batch(() => {
    for (const c of p.cells) if (c.formula) hf.setCellContents(cellAt(sheet, c.address), c.formula);
  });
  /** Whether the error mark of a cell is on (its formula read on the IKU sheet). */
  const markOn = (address: string): unknown => {
    const mark = p.conditionalFormats.find((m) => m.address === address && m.severity === "error");
    if (!mark) throw new Error(`no mark at ${address}`);
    const formula = mark.formula.replace(/\b([A-Z]{1,3}\d+)\b/g, `'${SHEET}'!$1`);
    hf.setCellContents({ sheet: marks, row: 0, col: 0 }, formula);
    return hf.getCellValue({ sheet: marks, row: 0, col: 0 });
  };
  const set = (values: Record<string, GridValue>) =>
    hf.batch(() => {
      for (const [name, v] of Object.entries(yearValuesInQuarters(p, values))) {
        const n = p.names.find((x) => x.name === name)!;
        hf.setCellContents(cellAt(sheet, n.address), v);
      }
    });
  const value = (name: string) => {
    const n = p.names.find((x) => x.name === name)!;
    return hf.getCellValue(cellAt(sheet, n.address));
  };
  return { hf, set, value, markOn };
}

/** A workbook grid of the plan with the given inputs (as the CLI would read it). */
function grid(p: SheetPlan, inputs: Record<string, GridValue>, catalogue: Catalogue): WorkbookGrid {
  const end = parseCell(p.range.split(":")[1])!;
  const values: GridValue[][] = Array.from({ length: end.row + 1 }, () =>
    Array<GridValue>(end.col + 1).fill("")
  );
  const formulas = values.map((r) => [...r]);
  const computed = evaluatePlan(p, inputs, catalogue);
  for (const cell of p.cells) {
    const pos = parseCell(cell.address)!;
    const typed = cell.name ? inputs[cell.name] : undefined;
    if (cell.formula) {
      formulas[pos.row][pos.col] = cell.formula;
      const r = computed.get(cell.address);
      values[pos.row][pos.col] = isCellError(r) ? "#VALUE!" : (r ?? "");
    } else if (cell.value !== undefined) {
      formulas[pos.row][pos.col] = cell.value;
      values[pos.row][pos.col] = cell.value;
    } else if (typed !== undefined) {
      formulas[pos.row][pos.col] = typed;
      values[pos.row][pos.col] = typed;
    }
  }
  return {
    workbook: "rules.xlsx",
    sheets: [{ name: SHEET, origin: "A1", values, formulas }],
    names: p.names.map((n) => ({ name: n.name, refersTo: n.refersTo })),
  };
}

function errorKind(v: unknown): string | undefined {
  return v !== null && typeof v === "object" && "type" in v
    ? (v as DetailedCellError).type
    : undefined;
}

function findingsOf(catalogue: Catalogue, inputs: Record<string, GridValue>, code: string) {
  const p = plan(catalogue);
  return analyzeInputs(grid(p, yearValuesInQuarters(p, inputs), catalogue), { catalogue })
    .findings.filter((f) => f.indicator === code && f.rule.startsWith("input."))
    .map((f) => ({ rule: f.rule, message: f.message }));
}

describe("a changed value type: skor up to 10 instead of 100", () => {
  const skor10 = withValueType({ ...VALUE_TYPES.skor, maxValue: 10 });
  const ikuNilai = CATALOGUE.indicators.find((i) => i.kind === "nilai")!;
  const key = ikuNilai.components[0].key;
  // A year value, typed in TW IV as an upgraded sheet holds it (yearValuesInQuarters).
  const input = `${ikuNilai.code}_${key}`;

  test("the built-in table is unchanged by it (no global state)", () => {
    expect(VALUE_TYPES.skor.maxValue).toBe(100);
    expect(runFunction(ikuNilai.functionName, [50])).toBe(50);
  });

  test("the custom function refuses 12 and names the new bound", () => {
    const def = buildFunctionTable(skor10).get(ikuNilai.functionName)!;
    expect(runDef(def, [8])).toBe(8);
    const r = runDef(def, [12]);
    expect(isCellError(r) && [r.kind, r.message]).toEqual([
      "VALUE",
      M.outOfRange(ikuNilai.components[0].param, 0, 10),
    ]);
    const predikat = buildFunctionTable(skor10).get("PREDIKAT_SAKIP")!;
    expect(isCellError(runDef(predikat, [50]))).toBe(true);
  });

  test("the plain-Excel formula (HyperFormula), the mark and the data validation follow", () => {
    const p = plan(skor10);
    const e = engine(p);
    e.set({ [input]: 12 });
    expect(errorKind(e.value(`${ikuNilai.code}_HASIL`))).toBe("VALUE");
    const address = p.names.find((n) => n.name === quarterName(ikuNilai, key, 4))!.address;
    expect(e.markOn(address)).toBe(true);
    e.set({ [input]: 8 });
    expect(e.value(`${ikuNilai.code}_HASIL`)).toBe(8);
    expect(e.markOn(address)).toBe(false);
    // The built-in plan still takes 12.
    const builtIn = engine(plan(CATALOGUE));
    builtIn.set({ [input]: 12 });
    expect(builtIn.value(`${ikuNilai.code}_HASIL`)).toBe(12);
    expect(builtIn.markOn(address)).toBe(false);

    const rule = p.validations.find((v) => v.address === address)!;
    expect(rule).toMatchObject({ type: "decimal", operator: "between", min: 0, max: 10 });
    expect(rule.inputMessage).toContain("antara 0 dan 10.");
    expect(rule.errorMessage).toBe("Isian harus angka antara 0 dan 10.");
  });

  test("Periksa Data reports 12 with the new bound; 8 is clean", () => {
    // A posisi score: TW I–III hold 8 (an empty one before a filled one is a finding of its own).
    const quarters = (tw4: number) => ({
      ...Object.fromEntries(([1, 2, 3] as const).map((q) => [quarterName(ikuNilai, key, q), 8])),
      [quarterName(ikuNilai, key, 4)]: tw4,
    });
    expect(ikuNilai.components[0].agregasi).toBe("posisi");
    expect(findingsOf(skor10, quarters(12), ikuNilai.code)).toEqual([
      {
        rule: "input.scoreRange",
        message: `"${ikuNilai.components[0].label}" TW IV (IKU ${ikuNilai.order}) harus bernilai antara 0 dan 10, bukan 12.`,
      },
    ]);
    expect(findingsOf(skor10, quarters(8), ikuNilai.code)).toEqual([]);
    expect(findingsOf(CATALOGUE, quarters(12), ikuNilai.code)).toEqual([]);
  });
});

describe("a changed value type: counts with decimals", () => {
  const decimalCounts = withValueType({ ...VALUE_TYPES.cacah, integer: false });
  const ind = CATALOGUE.indicators.find((i) => i.code === "IKU06")!;
  // Year values, typed in TW IV as an upgraded sheet holds them (yearValuesInQuarters).
  const [part, whole] = ind.components.map((c) => `${ind.code}_${c.key}`);

  test("function, formula, mark, validation and finding all accept 2.5", () => {
    const def = buildFunctionTable(decimalCounts).get(ind.functionName)!;
    expect(runDef(def, [2.5, 10])).toBe(25);
    expect(isCellError(runFunction(ind.functionName, [2.5, 10]))).toBe(true);

    const p = plan(decimalCounts);
    const e = engine(p);
    e.set({ [part]: 2.5, [whole]: 10 });
    expect(e.value(`${ind.code}_HASIL`)).toBe(25);
    const address = p.names.find((n) => n.name === `${part}_TW4`)!.address;
    expect(e.markOn(address)).toBe(false);
    expect(p.validations.find((v) => v.address === address)).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqualTo",
      min: 0,
    });
    expect(findingsOf(decimalCounts, { [part]: 2.5, [whole]: 10 }, ind.code)).toEqual([]);

    // The built-in rules refuse it everywhere.
    const builtIn = engine(plan(CATALOGUE));
    builtIn.set({ [part]: 2.5, [whole]: 10 });
    expect(errorKind(builtIn.value(`${ind.code}_HASIL`))).toBe("VALUE");
    expect(builtIn.markOn(address)).toBe(true);
    expect(
      findingsOf(CATALOGUE, { [part]: 2.5, [whole]: 10 }, ind.code).map((f) => f.rule)
    ).toEqual(["input.notWhole"]);
  });
});

describe("data-validation words of every value type", () => {
  test.each(Object.values(VALUE_TYPES).map((t) => [t.id, t] as const))(
    "%s: both languages, within Excel's limits",
    (_id, type) => {
      for (const lang of ["id", "en"] as const) {
        const v = dataValidation(type, "Jumlah", lang);
        expect(v.inputMessage.startsWith("Jumlah")).toBe(true);
        expect(v.inputMessage.length).toBeLessThanOrEqual(255);
        expect(v.errorMessage.length).toBeLessThanOrEqual(225);
        expect(v.type).toBe(type.integer ? "wholeNumber" : "decimal");
      }
    }
  );
});

/* ---------------------------------------------------------------- the two new kinds */

function growthIndicator(
  code: string,
  order: number,
  kind: "pertumbuhan" | "penurunan"
): Indicator {
  const component = (key: string, role: "sekarang" | "pembanding", param: string) => ({
    key,
    role,
    label: `${role} ${code}`,
    param,
    description: `Nilai ${role} indikator uji.`,
    valueType: "besaran" as const,
    agregasi: "posisi" as const,
  });
  return {
    code,
    order,
    sasaran: "S3",
    name: `Indikator ${kind}`,
    formulaDocument: KINDS[kind].words.id.label,
    formulaReading: KINDS[kind].words.id.label,
    kind,
    timesHundred: true,
    components: [
      component("SEKARANG", "sekarang", "nilai_sekarang"),
      component("PEMBANDING", "pembanding", "nilai_pembanding"),
    ],
    satuan: "%",
    polarity: kind === "pertumbuhan" ? "positif" : "negatif",
    penanggungJawab: "Bidang Uji",
    sumberData: "Uji",
    functionName: kind === "pertumbuhan" ? "PERTUMBUHAN_UJI" : "PENURUNAN_UJI",
    functionDescription: `Fungsi uji jenis ${kind}.`,
    example: [120, 100],
    notes: [],
  };
}

const GROWTH: Catalogue = {
  ...CATALOGUE,
  indicators: [
    ...CATALOGUE.indicators,
    growthIndicator("IKU91", 19, "pertumbuhan"),
    growthIndicator("IKU92", 20, "penurunan"),
  ],
};

describe("pertumbuhan and penurunan", () => {
  test("the catalogue with them passes the schema (roles and count from the kind)", () => {
    expect(CatalogueSchema.safeParse(GROWTH).success).toBe(true);
    const wrong = {
      ...GROWTH,
      indicators: [{ ...growthIndicator("IKU93", 21, "penurunan"), components: [] }],
    };
    expect(CatalogueSchema.safeParse(wrong).success).toBe(false);
  });

  test("the core computation", () => {
    const names = ["k1", "k2"];
    expect(computeKind(KINDS.pertumbuhan, [120, 100], names)).toBeCloseTo(20, 12);
    expect(computeKind(KINDS.pertumbuhan, [80, 100], names)).toBeCloseTo(-20, 12);
    expect(computeKind(KINDS.penurunan, [80, 100], names)).toBeCloseTo(20, 12);
    expect(computeKind(KINDS.penurunan, [125.5, 100], names)).toBeCloseTo(-25.5, 12);
    expect(computeKind(KINDS.pertumbuhan, [0, 50], names)).toBe(-100);
    const zero = computeKind(KINDS.penurunan, [0, 0], names);
    expect(isCellError(zero) && [zero.kind, zero.message]).toEqual(["DIV0", M.divByZero("k2")]);
    const huge = computeKind(KINDS.pertumbuhan, [1e308, 1e-10], names);
    expect(isCellError(huge) && huge.kind).toBe("VALUE");
    // Through the function table: components are numbers ≥ 0 with decimals.
    const table = buildFunctionTable(GROWTH);
    expect(runDef(table.get("PERTUMBUHAN_UJI")!, [110.5, 100])).toBeCloseTo(10.5, 12);
    const negative = runDef(table.get("PENURUNAN_UJI")!, [-1, 100]);
    expect(isCellError(negative) && negative.message).toBe(M.negative("nilai_sekarang"));
  });

  type Typed = number | string | boolean | null;
  const VALUES: Typed[] = [120, 100, 80, 0, 12.5, -3, null, "", "x", true];

  function outcome(v: unknown): string {
    if (isCellError(v as Result)) return `#${(v as { kind: string }).kind}`;
    const kind = errorKind(v);
    if (kind) return { VALUE: "#VALUE", DIV_BY_ZERO: "#DIV0", NA: "#NA" }[kind] ?? kind;
    return typeof v === "number" ? v.toFixed(9) : String(v);
  }

  test.each(["IKU91", "IKU92"])(
    "%s: the plain-Excel formula in HyperFormula agrees with the core on a grid of values",
    (code) => {
      const p = plan(GROWTH);
      const e = engine(p);
      const block = p.indicators.find((b) => b.code === code)!;
      const [k1, k2] = block.inputs.map((i) => i.name);
      let compared = 0;
      for (const a of VALUES) {
        for (const b of VALUES) {
          e.set({ [k1]: a, [k2]: b });
          const core = evaluatePlan(p, { [k1]: a, [k2]: b }, GROWTH).get(block.hasil.address);
          expect({ a, b, hasil: outcome(e.value(block.hasil.name)) }).toEqual({
            a,
            b,
            hasil: outcome(core),
          });
          compared++;
        }
      }
      expect(compared).toBe(VALUES.length ** 2);
    }
  );

  test("their inputs get the besaran rules: validation, mark and finding", () => {
    const p = plan(GROWTH);
    const block = p.indicators.find((b) => b.code === "IKU91")!;
    const [k1, k2] = block.inputs;
    expect(k1.valueType).toBe("besaran");
    expect(p.validations.find((v) => v.address === k1.address)).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqualTo",
      min: 0,
    });
    const e = engine(p);
    e.set({ [k1.name]: 12.5, [k2.name]: 0 });
    expect(e.markOn(k1.address)).toBe(false);
    expect(e.markOn(k2.address)).toBe(true); // K2 > 0
    expect(
      findingsOf(GROWTH, { [k1.name]: 12.5, [k2.name]: 0 }, "IKU91").map((f) => f.rule)
    ).toEqual(["input.zeroDenominator"]);
    expect(findingsOf(GROWTH, { [k1.name]: 150, [k2.name]: 100 }, "IKU91")).toEqual([]);
  });
});
