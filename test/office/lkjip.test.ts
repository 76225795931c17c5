import { CATALOGUE } from "../../src/core/catalogue";
import { buildLkjipPlan, CHART_PREFIX, LKJIP_MARKER } from "../../src/core/sakip/lkjip";
import type { LkjipPlan } from "../../src/core/sakip/lkjip";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { generateIkuSheet } from "../../src/office/generate";
import { addLkjipChartsInContext, createLkjipInContext } from "../../src/office/lkjip";
import { createFakeExcel } from "../fake-excel/fake-excel";
import type { FakeExcel } from "../fake-excel/fake-excel";

const SHEET = "Pengukuran Kinerja 2027";

/** A workbook with the add-in's IKU sheet of 2027 (made by the pane's generate). */
async function yearWorkbook(): Promise<FakeExcel> {
  const fake = createFakeExcel({ sheets: ["Data"] });
  const plan = buildSheetPlan({
    tahun: 2027,
    namaPerangkatDaerah: CATALOGUE.agency.nama,
    sheetName: "IKU 2027",
    mode: "excel",
  });
  expect((await generateIkuSheet(fake.context, plan)).ok).toBe(true);
  return fake;
}

/** The plan the pane writes for that workbook, from the same names. */
function planOf(fake: FakeExcel): LkjipPlan {
  const built = buildLkjipPlan({
    tahun: 2027,
    yearSheets: [{ tahun: 2027, sheet: "IKU 2027" }],
    // The year sheet's names are its own (sheet-scoped) since several years share a workbook.
    names: fake.workbook.names.map((n) => ({ name: n.name, refersTo: n.formula })),
    namaPerangkatDaerah: CATALOGUE.agency.nama,
  });
  if (!built.ok) throw new Error("no plan");
  return built.plan;
}

const qualified = (range: string) =>
  `'${SHEET}'!${range
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":")}`;

describe("LKjIP sheet and charts in Excel (fake)", () => {
  test("the sheet: the plan's formulas, sheet-scoped names, protected; typed budget kept", async () => {
    const fake = await yearWorkbook();
    const r = await createLkjipInContext(fake.context, 2027);
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({
        sheet: SHEET,
        created: true,
        years: [2027],
        renstra: false,
      }),
    });
    const plan = planOf(fake);
    const sheet = fake.sheet(SHEET);
    for (const c of plan.cells) {
      if (c.formula) expect(sheet.cells.get(c.address)?.formula).toBe(c.formula);
    }
    expect(sheet.protected).toBe(true);
    const scoped = fake.workbook.names.filter((n) => n.scope === SHEET).map((n) => n.name);
    expect(scoped.sort()).toEqual(plan.names.map((n) => n.name).sort());
    expect(scoped).toContain(LKJIP_MARKER);
    // Only the budget cells are unlocked inputs.
    for (const b of plan.budget)
      expect(sheet.formats.get(b.address)?.["protection.locked"]).toBe(false);

    fake.typeAt(SHEET, plan.budget[0].address, 1_250_000_000);
    fake.typeAt(SHEET, plan.budget[1].address, "=1000000*950");
    const again = await createLkjipInContext(fake.context, 2027);
    expect(again).toEqual({
      ok: true,
      value: expect.objectContaining({ created: false, kept: 2 }),
    });
    expect(sheet.cells.get(plan.budget[0].address)?.formula).toBe(1_250_000_000);
    expect(sheet.cells.get(plan.budget[1].address)?.formula).toBe("=1000000*950");
    // The names are replaced, not doubled.
    expect(fake.workbook.names.filter((n) => n.scope === SHEET)).toHaveLength(plan.names.length);
  });

  test("charts: the right series ranges, re-running replaces only the add-in's charts", async () => {
    const fake = await yearWorkbook();
    const before = await addLkjipChartsInContext(fake.context, 2027);
    expect(before).toEqual({ ok: false, problem: { code: "noLkjipSheet", sheet: SHEET } });
    expect((await createLkjipInContext(fake.context, 2027)).ok).toBe(true);
    const plan = planOf(fake);

    // A chart of the user's on the sheet (the sheet unprotected by staff, then protected again).
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      ws.protection.unprotect();
      const own = ws.charts.add("ColumnClustered", ws.getRange("C5:C6"), "Columns");
      own.name = "Grafik staf";
      ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    });

    const added = await addLkjipChartsInContext(fake.context, 2027);
    expect(added).toEqual({
      ok: true,
      value: { sheet: SHEET, added: plan.charts.length, replaced: 0 },
    });
    const charts = fake.sheet(SHEET).charts;
    expect(charts).toHaveLength(plan.charts.length + 1);
    expect(fake.sheet(SHEET).protected).toBe(true);
    for (const spec of plan.charts) {
      const chart = charts.find((c) => c.name === spec.name);
      expect(chart).toBeDefined();
      expect(chart?.title).toBe(spec.title);
      expect(chart?.position).toEqual({ start: spec.from, end: spec.to });
      expect(chart?.series).toEqual(
        spec.series.map((s) => ({
          name: s.name,
          chartType: s.chartType,
          values: qualified(s.values),
          xAxisValues: qualified(spec.categories),
        }))
      );
    }
    // The capaian chart: columns of table 1's capaian (via the chart data) and the 100% line.
    const capaian = charts.find((c) => c.name === `${CHART_PREFIX}CAPAIAN`);
    expect(capaian?.series.map((s) => s.chartType)).toEqual(["ColumnClustered", "Line"]);
    expect(plan.charts).toHaveLength(1 + CATALOGUE.indicators.length);

    // Again, for one indicator: the add-in's 19 charts go, the user's stays, two come.
    const one = await addLkjipChartsInContext(fake.context, 2027, "IKU06");
    expect(one).toEqual({
      ok: true,
      value: { sheet: SHEET, added: 2, replaced: plan.charts.length },
    });
    expect(fake.sheet(SHEET).charts.map((c) => c.name)).toEqual([
      "Grafik staf",
      `${CHART_PREFIX}CAPAIAN`,
      `${CHART_PREFIX}TREN_IKU06`,
    ]);
  });

  test("a year without its sheet and a foreign sheet of that name are refused", async () => {
    const fake = await yearWorkbook();
    expect(await createLkjipInContext(fake.context, 2026)).toEqual({
      ok: false,
      problem: { code: "noYearSheet", sheet: "IKU 2026" },
    });
    fake.addSheet(SHEET);
    fake.typeAt(SHEET, "A1", "catatan staf");
    expect(await createLkjipInContext(fake.context, 2027)).toEqual({
      ok: false,
      problem: { code: "foreignSheet", sheet: SHEET },
    });
    expect(fake.sheet(SHEET).cells.get("A1")?.value).toBe("catatan staf");
  });
});
