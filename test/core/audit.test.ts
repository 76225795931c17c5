import {
  analyzeFormulas,
  AUDIT_RULE_IDS,
  AUDIT_RULE_LIST,
  AUDIT_RULES,
} from "../../src/core/audit";
import { auditIkuSheet } from "../../src/core/audit/audit";
import { auditRule, placeWords } from "../../src/core/audit/rule";
import type { Place } from "../../src/core/audit/rule";
import { findIkuSheets, matchingFormulas } from "../../src/core/find-iku-sheet";
import { CATALOGUE } from "../../src/core/catalogue";
import { WorkbookIndex } from "../../src/core/workbook-index";
import type { Finding, GridValue } from "../../src/core/grid";
import { buildAuditReport, REPORT_TEXT } from "../../src/core/report";
import { analyzeInputs } from "../../src/core/validate";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { buildCaseGrid } from "../cases/generate";

describe("analyzeFormulas", () => {
  test("the plan's mode is recovered from the formulas; overwritten formulas still find the mode", () => {
    const names = ["IKU01_HASIL", "IKU01_CAPAIAN", "IKU01_KATEGORI"];
    const grid = buildCaseGrid({
      description: "",
      mode: "excel",
      inputs: "examples",
      plant: names.map((name) => ({ plant: "overwrite" as const, name, value: 1 })),
    });
    const [iku] = analyzeInputs(grid).ikuSheets;
    expect(iku.plan.settings.mode).toBe("excel");
    expect(iku.recovered.modeMatches.excel).toBeGreaterThan(iku.recovered.modeMatches.iku);
    const rules = analyzeFormulas(grid).findings.map((f) => [f.cell, f.rule]);
    expect(rules).toEqual([
      ["Q18", "formula.overwritten"],
      ["T18", "formula.overwritten"],
      ["U18", "formula.overwritten"],
    ]);
  });

  test("a formula written otherwise but the same in canonical form matches its mode only", () => {
    const name = "IKU04_HASIL";
    const plain = buildCaseGrid({ description: "", mode: "iku", inputs: "examples" });
    // Lower case, spaces, no blank guards: the plan's formula all the same.
    const written = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      plant: [
        {
          plant: "formula",
          name,
          formula: "=iku.persentase_pmks_tertangani( IKU04_PEMBILANG , IKU04_PENYEBUT )",
        },
      ],
    });
    const [iku] = findIkuSheets(new WorkbookIndex(plain));
    const excelPlan = { ...iku.plan.settings, mode: "excel" as const };
    const count = (grid: typeof plain, mode: "iku" | "excel") => {
      const index = new WorkbookIndex(grid);
      const [found] = findIkuSheets(index);
      const plan = mode === "iku" ? found.plan : buildSheetPlan(excelPlan);
      return matchingFormulas(index, plan);
    };
    expect(count(written, "iku")).toBe(count(plain, "iku"));
    expect(count(written, "iku")).toBeGreaterThan(0);
    // The quarters' aggregations are the same plain formulas in both modes: only they match.
    const aggregates = iku.plan.cells.filter((c) => c.role === "aggregate").length;
    expect(count(written, "excel")).toBe(aggregates);
    expect(count(plain, "excel")).toBe(aggregates);
    expect(count(plain, "iku")).toBeGreaterThan(aggregates);
  });

  test("findings carry the current and the expected formula", () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      plant: [
        {
          plant: "formula",
          name: "IKU04_HASIL",
          formula: "=IKU.PERSENTASE_PMKS_TERTANGANI(IKU04_PEMBILANG,IKU04_PENYEBUT)*1.1",
        },
      ],
    });
    const [f] = analyzeFormulas(grid).findings;
    expect(f).toMatchObject({
      sheet: "IKU 2026",
      cell: "Q33",
      indicator: "IKU04",
      rule: "formula.hardcodedNumber",
      severity: AUDIT_RULES["formula.hardcodedNumber"].severity,
      current: "=IKU.PERSENTASE_PMKS_TERTANGANI(IKU04_PEMBILANG,IKU04_PENYEBUT)*1.1",
      expected:
        '=IKU.PERSENTASE_PMKS_TERTANGANI(IF(ISBLANK(IKU04_PEMBILANG),"",IKU04_PEMBILANG),IF(ISBLANK(IKU04_PENYEBUT),"",IKU04_PENYEBUT))',
    });
  });

  /**
   * A workbook of 100,000 cells: the IKU sheet plus a data sheet of 1,000 × 100 values with an
   * IKU. formula on every 100th row. Only correctness is asserted (the analysis indexes the grid
   * once; speed is the benchmark script's job).
   */
  test("a 100,000-cell workbook: every staff formula is seen, nothing else is reported", () => {
    const grid = buildCaseGrid({ description: "", mode: "iku", inputs: "examples" });
    const rows = 1000;
    const cols = 100;
    const values: GridValue[][] = [];
    const formulas: GridValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const vRow: GridValue[] = [];
      const fRow: GridValue[] = [];
      for (let c = 0; c < cols; c++) {
        const n = r * cols + c;
        if (c === cols - 1 && r % 100 === 0) {
          // Every 100th row: IKU.PERSENTASE with one argument too many (10 formulas in all).
          fRow.push(`=IKU.PERSENTASE(A${r + 1},B${r + 1},C${r + 1})`);
          vRow.push("#VALUE!");
        } else {
          fRow.push(n);
          vRow.push(n);
        }
      }
      values.push(vRow);
      formulas.push(fRow);
    }
    grid.sheets.push({ name: "Data", origin: "A1", values, formulas });
    expect(values.length * values[0].length).toBe(100000);
    const findings = analyzeFormulas(grid).findings;
    expect(findings).toHaveLength(10);
    expect(findings.every((f) => f.sheet === "Data" && f.rule === "formula.argCount")).toBe(true);
    expect(findings.map((f) => f.cell)).toEqual(
      Array.from({ length: 10 }, (_, i) => `CV${i * 100 + 1}`)
    );
    expect(analyzeInputs(grid).findings).toEqual([]);
  });
});

describe("audit rules as modules", () => {
  test("one list: ids unique, every rule labelled in both languages, the table by id follows it", () => {
    expect(new Set(AUDIT_RULE_IDS).size).toBe(AUDIT_RULE_LIST.length);
    expect(Object.keys(AUDIT_RULES)).toEqual([...AUDIT_RULE_IDS]);
    for (const rule of AUDIT_RULE_LIST) {
      expect(AUDIT_RULES[rule.id]).toBe(rule);
      expect(rule.label.length * rule.labelEn.length).toBeGreaterThan(0);
      expect(Object.keys(rule.check).length).toBeGreaterThan(0);
    }
  });

  test("a new rule is one record: the runner checks its subjects and words it in each language", () => {
    // A made-up rule: a plan formula cell that shows a negative number.
    const negativeResult = auditRule({
      id: "formula.negativeResult",
      severity: "warning",
      label: "Hasil negatif",
      labelEn: "Negative result",
      messages: {
        id: {
          negative: (where: Place, value: number) => `${placeWords.id(where)} negatif (${value}).`,
        },
        en: { negative: (where, value) => `${placeWords.en(where)} is negative (${value}).` },
      },
      check: {
        planCell: (s) =>
          typeof s.value === "number" && s.value < 0
            ? { say: (m) => m.negative(s.place, s.value as number), current: String(s.value) }
            : undefined,
      },
    });
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      // A changed formula (only cells that differ from the plan or show an error are visited).
      plant: [
        {
          plant: "formula",
          name: "IKU04_HASIL",
          formula: "=IKU04_PEMBILANG-IKU04_PENYEBUT",
          value: -3,
        },
      ],
    });
    const index = new WorkbookIndex(grid);
    const [iku] = findIkuSheets(index, CATALOGUE);
    const run = (lang: "id" | "en") =>
      auditIkuSheet({
        index,
        iku,
        catalogue: CATALOGUE,
        inputProblems: () => new Set(),
        lang,
        rules: [...AUDIT_RULE_LIST, negativeResult],
      }).filter((f) => f.cell === "Q33");
    const id = run("id");
    // The built-in rules first (list order), then the new one on the same cell.
    expect(id.map((f) => f.rule)).toEqual(["formula.wrongFunction", "formula.negativeResult"]);
    expect(id[1]).toMatchObject({
      severity: "warning",
      indicator: "IKU04",
      message: "Realisasi IKU 4 negatif (-3).",
      current: "-3",
    });
    expect(run("en")[1]).toMatchObject({
      message: "Result of IKU 4 is negative (-3).",
      messageLang: "en",
    });
  });
});

describe("the Audit IKU report", () => {
  const findings: Finding[] = [
    {
      sheet: "IKU 2026",
      cell: "K22",
      indicator: "IKU03",
      rule: "formula.swappedArguments",
      severity: "error",
      message: "a",
      current: "=X(B,A)",
      expected: "=X(A,B)",
    },
    {
      sheet: "IKU 2026",
      cell: "Q33",
      indicator: "IKU04",
      rule: "formula.hardcodedNumber",
      severity: "error",
      message: "b",
    },
    {
      sheet: "Rekap",
      cell: "C2",
      rule: "formula.mixedConstant",
      severity: "warning",
      message: "c",
    },
  ];
  const report = buildAuditReport({
    findings,
    checkedAt: "2026-11-27T23:05:10.000Z",
    workbook: "IKU DSPM.xlsx",
    sheets: ["IKU 2026"],
  });
  const texts = report.rows.map((r) => r.values);

  test("has title, timestamp, workbook and summary counts per severity and per rule", () => {
    expect(texts[0][0]).toBe(REPORT_TEXT.title);
    expect(texts[1].slice(0, 2)).toEqual([REPORT_TEXT.timestamp, "27-11-2026 23:05:10 UTC"]);
    expect(texts[2].slice(0, 2)).toEqual([REPORT_TEXT.workbook, "IKU DSPM.xlsx"]);
    const row = (label: string) => texts.find((r) => r[0] === label);
    expect(row(REPORT_TEXT.total)?.[1]).toBe(3);
    expect(row(REPORT_TEXT.severity.error)?.[1]).toBe(2);
    expect(row(REPORT_TEXT.severity.warning)?.[1]).toBe(1);
    expect(row(AUDIT_RULES["formula.mixedConstant"].label)?.slice(1, 3)).toEqual([
      1,
      "formula.mixedConstant",
    ]);
  });

  test("has one row per finding with current and expected formulas", () => {
    expect(report.rows[report.headerRow - 1].values).toEqual([...REPORT_TEXT.columns]);
    const body = report.rows.slice(report.headerRow);
    expect(body).toHaveLength(3);
    expect(body[0].values).toEqual([
      1,
      "IKU 2026",
      "K22",
      "IKU03",
      AUDIT_RULES["formula.swappedArguments"].label,
      REPORT_TEXT.severity.error,
      "a",
      "=X(B,A)",
      "=X(A,B)",
    ]);
    expect(body.map((r) => r.style)).toEqual(["error", "error", "warning"]);
    expect(report.range).toBe(`A1:I${report.rows.length}`);
    expect(report.rows.every((r) => r.values.length === 9)).toBe(true);
  });

  test("an empty check says so", () => {
    const empty = buildAuditReport({
      findings: [],
      checkedAt: "2026-01-01T00:00:00Z",
      workbook: "w",
      sheets: [],
    });
    expect(empty.rows[empty.headerRow].values[0]).toBe(REPORT_TEXT.none);
    expect(empty.findings).toBe(0);
  });
});
