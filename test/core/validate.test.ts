import { HyperFormula } from "hyperformula";
import type { GridValue } from "../../src/core/grid";
import { analyzeInputs, parseNumberText, VALIDATION_RULES } from "../../src/core/validate";
import { isMarkFormula, MARK_TAG } from "../../src/core/validate/marks";
import { passesValidationRule } from "../../src/core/validate/validate";
import type { ValidationRule } from "../../src/core/sheet/types";
import { ATURAN_BAWAAN } from "../../src/core/aturan";
import { buildCaseGrid } from "../cases/generate";

describe("numbers typed as text", () => {
  test.each([
    ["45", 45],
    [" 45 ", 45],
    ["1.234", 1234],
    ["1.234.567", 1234567],
    ["12,5", 12.5],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["0.75", 0.75],
    ["-3", -3],
    ["1\u00a0234", 1234],
  ])("%j reads as %d", (text, n) => expect(parseNumberText(text)).toBe(n));

  test.each(["banyak", "", "12a", "1..2", "Rp 5", "1,2,3"])("%j is not a number", (text) =>
    expect(parseNumberText(text)).toBeUndefined()
  );
});

describe("the plan's data-validation rules", () => {
  const base: ValidationRule = {
    address: "H19",
    type: "wholeNumber",
    operator: "greaterThanOrEqualTo",
    min: 0,
    inputTitle: "",
    inputMessage: "",
    errorTitle: "",
    errorMessage: "",
  };
  test("whole numbers ≥ 0 and decimals between bounds", () => {
    expect(passesValidationRule(3, base)).toBe(true);
    expect(passesValidationRule(3.5, base)).toBe(false);
    expect(passesValidationRule(-1, base)).toBe(false);
    expect(passesValidationRule("3", base)).toBe(false);
    const between = { ...base, type: "decimal" as const, operator: "between" as const, max: 100 };
    expect(passesValidationRule(99.5, between)).toBe(true);
    expect(passesValidationRule(100.5, between)).toBe(false);
  });
});

describe("analyzeInputs", () => {
  test("collects every problem, one value finding per cell, with its position and indicator", () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      inputOverrides: {
        IKU03_PEMBILANG: "sepuluh",
        IKU03_PENYEBUT: -5,
        IKU12_PEMBILANG: 2.5,
        IKU18_PEMBILANG: 500,
        IKU01_TARGET: 0,
      },
    });
    const { findings } = analyzeInputs(grid);
    expect(findings.map((f) => [f.cell, f.indicator, f.rule, f.severity])).toEqual([
      // A year value stands in TW IV (the other akumulasi quarters 0): see yearValuesInQuarters.
      ["S18", "IKU01", "target.zero", "warning"],
      ["I32", "IKU03", "input.text", "error"],
      ["K32", "IKU03", "input.negative", "error"],
      ["I77", "IKU12", "input.notWhole", "error"],
      ["I107", "IKU18", "input.subsetLarger", "error"],
    ]);
    for (const f of findings)
      expect(f.severity).toBe(VALIDATION_RULES[f.rule as keyof typeof VALIDATION_RULES].severity);
    // Messages name the component with the catalogue's label.
    expect(findings[1].message).toContain("Jumlah PPKS yang memperoleh bantuan sosial");
  });

  test("IKU 16 read in rupiah accepts decimals; read as programmes it does not", () => {
    const inputOverrides = { IKU16_PEMBILANG: 1250000.5, IKU16_PENYEBUT: 2500000.75 };
    const rupiah = buildCaseGrid({
      description: "",
      mode: "excel",
      inputs: "examples",
      aturan: { ...ATURAN_BAWAAN, swadaya: "rupiah" },
      inputOverrides,
    });
    expect(analyzeInputs(rupiah).findings.filter((f) => f.indicator === "IKU16")).toEqual([]);
    const negative = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      aturan: { ...ATURAN_BAWAAN, swadaya: "rupiah" },
      inputOverrides: { IKU16_PEMBILANG: -0.5, IKU16_PENYEBUT: 10.5 },
    });
    expect(
      analyzeInputs(negative)
        .findings.filter((f) => f.indicator === "IKU16")
        .map((f) => f.rule)
    ).toEqual(["input.negative"]);
    const program = buildCaseGrid({
      description: "",
      mode: "excel",
      inputs: "examples",
      inputOverrides,
    });
    expect(
      analyzeInputs(program)
        .findings.filter((f) => f.indicator === "IKU16")
        .map((f) => f.rule)
    ).toEqual(["input.notWhole", "input.notWhole"]);
  });

  test("a predikat is a target of IKU 1 only; the marks agree", () => {
    for (const mode of ["iku", "excel"] as const) {
      const grid = buildCaseGrid({
        description: "",
        mode,
        inputs: "examples",
        inputOverrides: {
          IKU01_TARGET: "BB",
          IKU02_TARGET: " aa",
          IKU03_TARGET: "BB",
          IKU04_TARGET: "E",
        },
      });
      const findings = analyzeInputs(grid).findings.map((f) => [f.indicator, f.rule]);
      expect(findings).toEqual([
        ["IKU02", "target.predikatNotAllowed"],
        ["IKU03", "target.predikatNotAllowed"],
        ["IKU04", "input.text"],
      ]);
      const marks = flaggedAndExpected(grid);
      expect(marks.flagged).toEqual(marks.expected);
      expect(marks.flagged).toHaveLength(3);
    }
    const rule = { type: "targetRange", operator: "greaterThanOrEqualTo", min: 0 } as const;
    expect(
      passesValidationRule("BB", { ...rule, predikat: true } as unknown as ValidationRule)
    ).toBe(true);
    expect(passesValidationRule("BB", rule as unknown as ValidationRule)).toBe(false);
  });

  test("a workbook without the add-in's sheet has no IKU sheets", () => {
    const result = analyzeInputs({
      workbook: "x",
      sheets: [{ name: "Sheet1", origin: "A1", values: [[1]], formulas: [[1]] }],
      names: [],
    });
    expect(result.sheets).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  test("the year comes from the sheet name when the title cell was edited", () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      tahun: 2027,
      plant: [{ plant: "overwrite", cell: "year", value: "Tahun anggaran" }],
    });
    const [iku] = analyzeInputs(grid).ikuSheets;
    expect(iku.plan.settings.tahun).toBe(2027);
    expect(iku.recovered.tahunFrom).toBe("sheetName");
  });
});

describe("in-sheet marks", () => {
  test("are recognized by their tag, read through tokens", () => {
    expect(isMarkFormula(`=AND(N("${MARK_TAG}")=0,A1<0)`)).toBe(true);
    expect(isMarkFormula(`=AND(N("LAIN")=0,A1<0)`)).toBe(false);
    expect(isMarkFormula(`=A1="${MARK_TAG}"`)).toBe(false);
    expect(isMarkFormula(null)).toBe(false);
  });

  test("are the sheet plan's conditional formats: one source, rebuilt at the cells' places", () => {
    const grid = buildCaseGrid({ description: "", mode: "iku", inputs: "examples" });
    const analysis = analyzeInputs(grid);
    const [iku] = analysis.ikuSheets;
    expect(analysis.marks.length).toBe(iku.plan.conditionalFormats.length);
    expect(analysis.marks).toEqual(
      iku.plan.conditionalFormats.map((cf) => ({
        sheet: iku.sheet,
        address: cf.address,
        severity: cf.severity,
        formula: cf.formula,
        fill: cf.fill,
        fontColor: cf.fontColor,
      }))
    );
    expect(iku.plan.conditionalFormats.every((cf) => isMarkFormula(cf.formula))).toBe(true);

    // Rows inserted above the table: the marks follow the cells (by their names).
    const moved = analyzeInputs(
      buildCaseGrid({
        description: "",
        mode: "iku",
        inputs: "examples",
        plant: [{ plant: "insert-rows", above: { cell: "year" }, count: 2 }],
      })
    );
    const down = (a1: string) => a1.replace(/\d+/, (row) => String(Number(row) + 2));
    expect(moved.marks.map((m) => m.address)).toEqual(
      iku.plan.conditionalFormats.map((cf) => down(cf.address))
    );
  });

  test("under the rupiah reading mark IKU 16's decimals only when Periksa Data reports them", () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "excel",
      inputs: "examples",
      aturan: { ...ATURAN_BAWAAN, swadaya: "rupiah" },
      inputOverrides: { IKU16_PEMBILANG: 20.5, IKU16_PENYEBUT: 10.25, IKU17_PEMBILANG: 1.5 },
    });
    // IKU 16: decimals are fine in rupiah, and its components add up over the quarters
    // (akumulasi), so a quarter's part above its whole is no mistake; IKU 17 still counts
    // programmes: 1,5 is not whole.
    expect(flaggedAndExpected(grid)).toEqual({
      flagged: ["I102:error"],
      expected: ["I102:error"],
    });
    const rules = analyzeInputs(grid).findings.map((f) => [f.indicator, f.rule]);
    expect(rules.filter(([code]) => code === "IKU16")).toEqual([]);
    expect(rules).toContainEqual(["IKU17", "input.notWhole"]);
  });

  /**
   * The plan's mark formulas, evaluated by a formula engine on a sheet with the values, flag an
   * input cell exactly when "Periksa Data" reports an error there (blanks and warnings excepted).
   */
  test("flag exactly the cells with an error finding (evaluated with HyperFormula)", () => {
    const overrides: Record<string, GridValue> = {
      IKU01_NILAI: 101,
      IKU02_PANTI_ASUHAN: 1.5,
      IKU03_PEMBILANG: "lima",
      IKU04_PENYEBUT: -1,
      IKU05_PEMBILANG: 60,
      IKU14_PENYEBUT: 0, // posisi: a quarter's 0 divides (an akumulasi quarter's 0 does not)
      IKU07_TARGET: -2,
      IKU08_TARGET: 0,
      IKU09_PEMBILANG: "12,5",
      IKU11_PEMBILANG: 99,
    };
    const grid = buildCaseGrid({
      description: "",
      mode: "excel",
      inputs: "examples",
      inputOverrides: overrides,
    });
    const analysis = analyzeInputs(grid);
    // The marks as the generator writes them: the plan's conditional formats.
    const marks = analysis.ikuSheets[0].plan.conditionalFormats;
    const sheet = grid.sheets[0];
    // Values only (the marks read inputs), each mark in a spare column.
    const data: (GridValue | string)[][] = sheet.values.map((row, r) =>
      row.map((v, c) =>
        typeof sheet.formulas[r][c] === "string" && String(sheet.formulas[r][c]).startsWith("=")
          ? null
          : v
      )
    );
    const spare = data[0].length + 2;
    marks.forEach((m, i) => {
      while (data.length <= i) data.push([]);
      data[i][spare] = m.formula;
    });
    const hf = HyperFormula.buildFromSheets({ S: data as never }, { licenseKey: "gpl-v3" });
    const flagged = new Set<string>();
    marks.forEach((m, i) => {
      if (hf.getCellValue({ sheet: 0, row: i, col: spare }) === true)
        flagged.add(`${m.address}:${m.severity}`);
    });
    hf.destroy();
    const expected = new Set(
      analysis.findings
        .filter((f) => f.rule !== "input.empty" && f.rule !== "target.empty")
        .map((f) => `${f.cell}:${f.severity}`)
    );
    expect([...flagged].sort()).toEqual([...expected].sort());
    expect(expected.size).toBe(Object.keys(overrides).length - 1); // IKU11 (rasio) may exceed
  });
});

/** The cells the plan's marks flag (evaluated with HyperFormula) and the error findings. */
function flaggedAndExpected(grid: ReturnType<typeof buildCaseGrid>): {
  flagged: string[];
  expected: string[];
} {
  const analysis = analyzeInputs(grid);
  const marks = analysis.ikuSheets[0].plan.conditionalFormats;
  const sheet = grid.sheets[0];
  const data: (GridValue | string)[][] = sheet.values.map((row, r) =>
    row.map((v, c) =>
      typeof sheet.formulas[r][c] === "string" && String(sheet.formulas[r][c]).startsWith("=")
        ? null
        : v
    )
  );
  const spare = data[0].length + 2;
  marks.forEach((m, i) => {
    while (data.length <= i) data.push([]);
    data[i][spare] = m.formula;
  });
  const hf = HyperFormula.buildFromSheets({ S: data as never }, { licenseKey: "gpl-v3" });
  const flagged = new Set<string>();
  marks.forEach((m, i) => {
    if (hf.getCellValue({ sheet: 0, row: i, col: spare }) === true)
      flagged.add(`${m.address}:${m.severity}`);
  });
  hf.destroy();
  const expected = analysis.findings
    .filter((f) => f.severity === "error" && f.rule !== "input.empty")
    .map((f) => `${f.cell}:${f.severity}`);
  return { flagged: [...flagged].sort(), expected: [...new Set(expected)].sort() };
}
