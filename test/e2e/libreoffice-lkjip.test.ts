import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { addKatalogSheet } from "../../src/cli/katalog";
import { messages } from "../../src/cli/messages";
import { scopeNames } from "../../src/cli/scoped-names";
import type { ScopedName } from "../../src/cli/scoped-names";
import { writePlan } from "../../src/cli/xlsx-write";
import { CATALOGUE } from "../../src/core/catalogue";
import { katalogContent } from "../../src/core/katalog/write";
import type { Catalogue } from "../../src/core/catalogue";
import type { GridValue } from "../../src/core/grid";
import { buildLkjipPlan, evaluateLkjip } from "../../src/core/sakip/lkjip";
import type { LkjipPlan, LookupValue, WorkbookName } from "../../src/core/sakip/lkjip";
import { evaluatePlan, planInputs } from "../../src/core/sheet/evaluate";
import { buildRenstraPlan } from "../../src/core/sakip/renstra";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import type { PlanRef, SheetPlan } from "../../src/core/sheet/types";
import { readWorkbook, ROOT, runCli, tempDir } from "../cli/helpers";
import { fromCell, fromCore, same, show } from "./lo/compare";
import { findSoffice, recalculate } from "./lo/libreoffice";

/**
 * The proof for the LKjIP sheet: a workbook with the Renstra period 2025–2029 (the
 * Target Renstra sheet of buildRenstraPlan, as `iku renstra` writes it), the years 2025–2027
 * filled (one negative-polarity indicator, unfilled inputs, a blank target, a range and a
 * predikat target), `iku lkjip --tahun 2027` writes "Pengukuran Kinerja 2027", staff
 * type the budget, and LibreOffice recalculates every formula cell of the four tables and of
 * the chart data; each must equal what the core computes (evaluateLkjip) from the same inputs.
 * The comparison is written to test-artifacts/libreoffice-lkjip.json.
 */

jest.setTimeout(180_000);

const YEARS = [2025, 2026, 2027];
const PERIOD = [2025, 2026, 2027, 2028, 2029];
const RENSTRA = "Target Renstra";
/** IKU08 reads "lower is better" in this workbook's catalogue (the built-in one has none). */
const NEGATIVE = "IKU08";

function catalogueWithNegative(): Catalogue {
  return {
    ...CATALOGUE,
    indicators: CATALOGUE.indicators.map((i) =>
      i.code === NEGATIVE ? { ...i, polarity: "negatif" as const } : i
    ),
  };
}

/** A component's test value: numerators below denominators, every year a little higher. */
function inputValue(tahun: number, indicator: string, position: number): GridValue {
  const n = Number(indicator.slice(3));
  if (tahun === 2027 && indicator === "IKU05" && position === 0) return null; // unfilled
  if (tahun === 2026 && indicator === "IKU09") return null; // unfilled year
  if (indicator === "IKU01") return 70 + (tahun - 2025) * 4.5;
  return position === 0 ? 30 + n * 2 + (tahun - 2025) * 7 : 100 + n;
}

function targetValue(tahun: number, indicator: string): GridValue {
  if (tahun === 2026 && indicator === "IKU07") return null; // no target typed
  if (tahun === 2027 && indicator === "IKU01") return "BB";
  if (tahun === 2027 && indicator === "IKU03") return "80-85";
  if (indicator === NEGATIVE) return 20;
  return 60 + Number(indicator.slice(3)) + (tahun - 2025) * 5;
}

function renstraValue(indicator: string, key: string): GridValue {
  const n = Number(indicator.slice(3));
  if (key === "AKHIR") {
    if (indicator === "IKU10") return null;
    if (indicator === "IKU12") return "90-95";
    return indicator === NEGATIVE ? 10 : 80 + n;
  }
  if (key === "AWAL") return 50 + n;
  return indicator === NEGATIVE ? 25 - (Number(key.slice(-4)) - 2025) * 3 : 60 + n;
}

const BUDGET: Record<string, [GridValue, GridValue]> = {
  S1: [1_000_000_000, 950_000_000],
  S2: [0, 5_000_000],
  S3: [2_500_000_000.5, null],
};

describe("LibreOffice recalculates the LKjIP sheet to the core's values", () => {
  test("Renstra 2025–2029, years 2025–2027, Pengukuran Kinerja 2027", async () => {
    const soffice = findSoffice();
    if (!soffice) {
      throw new Error(
        "LibreOffice (soffice) tidak ditemukan: pasang paket Debian libreoffice-calc-nogui atau set SOFFICE=/path/ke/soffice."
      );
    }
    const catalogue = catalogueWithNegative();
    const dir = tempDir("iku-lo-lkjip-");
    const wb = new ExcelJS.Workbook();
    const names: ScopedName[] = [];
    /** Values of the other sheets' cells, by sheet and address, as the core computes them. */
    const values = new Map<string, Map<string, LookupValue>>();

    // The year sheets: plain-Excel formulas, inputs and targets typed by "staff".
    const plans: SheetPlan[] = [];
    for (const tahun of YEARS) {
      const plan = buildSheetPlan(
        {
          tahun,
          namaPerangkatDaerah: catalogue.agency.nama,
          sheetName: `IKU ${tahun}`,
          mode: "excel",
        },
        catalogue
      );
      plans.push(plan);
      const ws = wb.addWorksheet(plan.sheetName);
      const typed: Record<string, GridValue> = {};
      const cells = new Map<string, LookupValue>();
      const position: Record<string, number> = {};
      for (const input of planInputs(plan, catalogue)) {
        const k = position[input.indicator] ?? 0;
        const value =
          input.role === "target"
            ? targetValue(tahun, input.indicator)
            : inputValue(tahun, input.indicator, k);
        if (input.role === "input") position[input.indicator] = k + 1;
        typed[input.name] = value;
        cells.set(input.address, value);
      }
      const computed = evaluatePlan(plan, typed, catalogue);
      for (const [address, v] of computed) cells.set(address, v);
      values.set(plan.sheetName, cells);
      await writePlan(wb, ws, { ...plan, names: [] }, { cached: new Map() });
      for (const input of planInputs(plan, catalogue)) {
        const v = typed[input.name];
        if (v !== null) ws.getCell(input.address).value = v;
      }
      for (const n of plan.names) names.push({ ...n, sheet: plan.sheetName });
    }

    // The Target Renstra sheet as the real builder plans it (what `iku renstra` writes), its
    // names scoped to it; staff type kondisi awal, the yearly targets and kondisi akhir.
    const renstraPlan = buildRenstraPlan(
      { periode: { awal: 2025, akhir: 2029 }, namaPerangkatDaerah: catalogue.agency.nama },
      catalogue
    );
    expect(renstraPlan.sheetName).toBe(RENSTRA);
    const renstra = wb.addWorksheet(RENSTRA);
    await writePlan(wb, renstra, { ...renstraPlan, names: [] }, { cached: new Map() });
    const renstraCells = new Map<string, LookupValue>();
    for (const ri of renstraPlan.renstra.indicators) {
      expect(ri.targets.map((t) => t.tahun)).toEqual(PERIOD);
      const typed: [PlanRef, GridValue][] = [
        [ri.awal, renstraValue(ri.code, "AWAL")],
        ...ri.targets.map((t): [PlanRef, GridValue] => [
          t,
          renstraValue(ri.code, `TARGET_${t.tahun}`),
        ]),
        // IKU14 has no end target typed in this Renstra (its table 3 row says so).
        [ri.akhir, ri.code === "IKU14" ? null : renstraValue(ri.code, "AKHIR")],
      ];
      for (const [ref, value] of typed) {
        if (value !== null) renstra.getCell(ref.address).value = value;
        renstraCells.set(ref.address, value);
      }
    }
    for (const n of renstraPlan.names) names.push({ ...n, sheet: RENSTRA });
    values.set(RENSTRA, renstraCells);
    // The workbook's own Katalog IKU says IKU08 is "lower is better": the CLI reads it.
    addKatalogSheet(wb, katalogContent(catalogue), messages("id"));
    const file = path.join(dir, "sakip.xlsx");
    writeFileSync(file, await scopeNames(Buffer.from(await wb.xlsx.writeBuffer()), names));

    // The CLI writes the LKjIP sheet into the workbook.
    const made = await runCli(["lkjip", file, "--tahun", "2027"]);
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/grafik/);

    // The plan the CLI wrote, from the same names.
    const workbookNames: WorkbookName[] = names.map((n) => ({
      name: n.name,
      refersTo: n.refersTo,
    }));
    const built = buildLkjipPlan(
      {
        tahun: 2027,
        yearSheets: YEARS.map((tahun) => ({ tahun, sheet: `IKU ${tahun}` })),
        names: workbookNames,
        renstraSheet: RENSTRA,
        namaPerangkatDaerah: catalogue.agency.nama,
      },
      catalogue
    );
    if (!built.ok) throw new Error("no plan");
    const plan: LkjipPlan = built.plan;

    // Staff type the budget (the file stays as the CLI wrote it otherwise).
    const filled = await readWorkbook(file);
    const lk = filled.getWorksheet(plan.sheetName)!;
    const budgetValues = new Map<string, LookupValue>();
    for (const b of plan.budget) {
      const v = BUDGET[b.sasaran][b.field === "PAGU" ? 0 : 1];
      budgetValues.set(b.address, v);
      if (v !== null) lk.getCell(b.address).value = v;
    }
    values.set(plan.sheetName, budgetValues);
    const typedFile = path.join(dir, "diisi.xlsx");
    await filled.xlsx.writeFile(typedFile);
    // exceljs drops the sheet scope of names it reads: put the workbook's names back.
    const all: ScopedName[] = [
      ...names,
      ...plan.names.map((n) => ({ ...n, sheet: plan.sheetName })),
    ];
    writeFileSync(typedFile, await scopeNames(readFileSync(typedFile), all));

    const recalculated = await recalculate(soffice, typedFile, path.join(dir, "lo"));
    const back = await readWorkbook(recalculated.file);
    const sheet = back.getWorksheet(plan.sheetName)!;
    expect(sheet).toBeDefined();

    const expected = evaluateLkjip(plan, (s, a) => values.get(s)?.get(a), catalogue);
    const rows = Object.keys(plan.calcs).map((address) => {
      // An empty text shows as an empty cell (LibreOffice saves it without a value).
      const value = expected.get(address);
      const core = value === "" ? null : fromCore(value);
      const libreoffice = fromCell(sheet.getCell(address));
      return {
        address,
        op: plan.calcs[address].op,
        core,
        libreoffice,
        same: same(core, libreoffice),
      };
    });
    const artifacts = path.join(ROOT, "test-artifacts");
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(
      path.join(artifacts, "libreoffice-lkjip.json"),
      JSON.stringify({ soffice, cells: rows }, null, 2)
    );
    const differing = rows
      .filter((r) => !r.same)
      .map(
        (r) => `${r.address} (${r.op}): LibreOffice ${show(r.libreoffice)}, inti ${show(r.core)}`
      );
    expect(differing).toEqual([]);

    // The cases cover what the tables must show: every error class, several kategori, the
    // negative polarity against the end target, the budget's serapan and efisiensi.
    const shown = rows.map((r) => show(r.libreoffice));
    for (const e of ["#N/A", "#DIV/0!"]) expect(shown).toContain(e);
    for (const k of ["Sangat Tinggi", "Tinggi", "Sangat Rendah"]) expect(shown).toContain(k);
    const ops = new Set(rows.map((r) => r.op));
    for (const op of [
      "ref",
      "capaian",
      "kategori",
      "average",
      "serapan",
      "efisiensi",
      "local",
      "na",
    ])
      expect(ops).toContain(op);
    expect(rows.length).toBeGreaterThan(300);
    // Years and cells the workbook lacks are said, not computed.
    expect(plan.years).toEqual(YEARS);
    expect(plan.trendYears).toEqual(PERIOD);
  });
});
