import { CATALOGUE } from "../../../src/core/catalogue";
import { lkjipText } from "../../../src/core/messages/lkjip-sheet";
import { examplePlan } from "../../../src/core/help-lkjip";
import {
  buildLkjipPlan,
  chartsToAdd,
  evaluateLkjip,
  findYearSheets,
  formulaOf,
} from "../../../src/core/sakip/lkjip";
import { parseAddress } from "../../../src/core/sheet/plan";

describe("the LKjIP plan", () => {
  const plan = examplePlan(CATALOGUE);

  test("every formula cell is written from its computation, and nothing else is a formula", () => {
    const formulas = plan.cells.filter((c) => c.formula !== undefined);
    expect(formulas.map((c) => c.address).sort()).toEqual(Object.keys(plan.calcs).sort());
    for (const c of formulas) expect(c.formula).toBe(formulaOf(plan.calcs[c.address]));
    // Cross-sheet references hold absolute addresses, never a qualified name.
    for (const c of formulas) expect(c.formula).not.toMatch(/'![A-Z]+\d*_[A-Z]/);
  });

  test("tables 2 and 3 read the earlier years and the Renstra; the budget inputs are named", () => {
    expect(plan.years).toEqual([2025, 2026, 2027]);
    expect(plan.trendYears).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(plan.budget).toHaveLength(CATALOGUE.sasaran.length * 2);
    for (const b of plan.budget) {
      expect(plan.names.find((n) => n.name === b.name)?.address).toBe(b.address);
      expect(plan.validations.some((v) => v.address === b.address)).toBe(true);
      expect(plan.cells.find((c) => c.address === b.address)?.role).toBe("input");
    }
    expect(plan.tables).toHaveLength(4);
  });

  test("chart series read one row or one column of the plan's chart data", () => {
    expect(plan.charts).toHaveLength(1 + CATALOGUE.indicators.length);
    for (const chart of plan.charts) {
      for (const range of [chart.categories, ...chart.series.map((s) => s.values)]) {
        const [first, last] = range.split(":");
        const [a, b] = [parseAddress(first), parseAddress(last)];
        expect(a.row === b.row || a.column === b.column).toBe(true);
        for (const end of [first, last])
          expect(plan.cells.some((c) => c.address === end)).toBe(true);
      }
    }
    expect(chartsToAdd(plan, "IKU06").map((c) => c.name)).toEqual([
      "IKU_LKJIP_CAPAIAN",
      "IKU_LKJIP_TREN_IKU06",
    ]);
  });

  test("without a Renstra, table 3 says so; without the year's sheet, no plan", () => {
    const names = plan.names.map((n) => ({ name: n.name, refersTo: n.refersTo }));
    const none = buildLkjipPlan({
      tahun: 2027,
      yearSheets: [{ tahun: 2027, sheet: "IKU 2027" }],
      names,
      namaPerangkatDaerah: "X",
    });
    expect(none.ok && none.plan.cells.some((c) => c.value === lkjipText.noRenstra)).toBe(true);
    expect(
      buildLkjipPlan({ tahun: 2028, yearSheets: [], names, namaPerangkatDaerah: "X" })
    ).toEqual({ ok: false, problem: "noYearSheet", tahun: 2028 });
  });

  test("the evaluator: an empty workbook shows #N/A, budget gives serapan and efisiensi", () => {
    const values = evaluateLkjip(plan, () => undefined);
    const serapan = Object.entries(plan.calcs).find(([, c]) => c.op === "serapan")?.[0] ?? "";
    expect(values.get(serapan)).toMatchObject({ kind: "NA" });
    const b = plan.budget.filter((x) => x.sasaran === plan.budget[0].sasaran);
    const typed = new Map([
      [b[0].address, 200],
      [b[1].address, 50],
    ]);
    const filled = evaluateLkjip(plan, (sheet, address) =>
      sheet === plan.sheetName ? typed.get(address) : undefined
    );
    const row = parseAddress(b[0].address).row;
    expect(filled.get(`E${row}`)).toBe(25);
  });

  test("year sheets are found by their marker and their title's year", () => {
    const names = [
      { name: "IKU_LEMBAR", refersTo: "='IKU 2026'!$A$1" },
      { name: "IKU_LEMBAR", refersTo: "='Laporan'!$A$1" },
      { name: "X", refersTo: "='Data'!$A$1" },
    ];
    expect(
      findYearSheets(names, ["IKU 2026", "Laporan", "Data"], (s) =>
        s === "Laporan" ? "Tahun 2025" : ""
      )
    ).toEqual([
      { tahun: 2025, sheet: "Laporan" },
      { tahun: 2026, sheet: "IKU 2026" },
    ]);
  });
});
