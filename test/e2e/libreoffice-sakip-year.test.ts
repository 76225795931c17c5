import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { sheetGrid } from "../../src/cli/xlsx-read";
import type { Result } from "../../src/core/calculation";
import type { Indicator } from "../../src/core/catalogue";
import type { GridValue } from "../../src/core/grid";
import { KATALOG_SHEET } from "../../src/core/katalog/layout";
import { catalogueOfKatalog } from "../../src/core/katalog/workbook";
import { buildLkjipPlan, evaluateLkjip, findRenstraSheet } from "../../src/core/sakip/lkjip";
import type { LkjipPlan, LookupValue, WorkbookName } from "../../src/core/sakip/lkjip";
import {
  buildRenstraPlan,
  findRenstra,
  renstraLinkTarget,
  renstraTargetLinks,
} from "../../src/core/sakip/renstra";
import { evaluatePlan, planInputs } from "../../src/core/sheet/evaluate";
import type { PlanInput } from "../../src/core/sheet/evaluate";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import type { SheetPlan } from "../../src/core/sheet/types";
import { rawDefinedNames, readWorkbook, ROOT, runCli, tempDir } from "../cli/helpers";
import { fromCell, fromCore, same, show } from "./lo/compare";
import type { Shown } from "./lo/compare";
import { findSoffice, recalculate } from "./lo/libreoffice";
import { editWorkbook, typedCells } from "./lo/typing";

/**
 * Issue 15's first "Done when", in real software: one workbook holds the Renstra period
 * 2025–2029 (the Target Renstra sheet `iku renstra` writes, its kondisi awal, yearly targets and
 * kondisi akhir typed by staff), the year sheets IKU 2025, IKU 2026 and IKU 2027 (`iku generate
 * --tahun N --update`, plain Excel formulas, Target cells linked to the Renstra, one PK target
 * typed over its link), filled by triwulan (the quarter inputs `<component>_TWq`; both
 * aggregations, blank quarters, a negative-polarity indicator from the workbook's own Katalog,
 * 2027 reported up to TW III only), and `iku lkjip --tahun 2027` writes Pengukuran Kinerja 2027,
 * whose budget staff then type. LibreOffice recalculates the workbook; every formula cell of the
 * three year sheets (quarters to date, year aggregates, hasil, capaian, kategori, the Target
 * links) and of the four LKjIP tables (and the chart data) must equal the core's value:
 * evaluatePlan for a year sheet, evaluateLkjip for the LKjIP sheet. The comparison is written to
 * test-artifacts/libreoffice-sakip-year.json.
 */

jest.setTimeout(300_000);

const PERIODE = [2025, 2026, 2027, 2028, 2029];
const YEARS = [2025, 2026, 2027];
const LKJIP_TAHUN = 2027;
/** "Lower is better" in this agency's Katalog IKU (the built-in catalogue has no such indicator). */
const NEGATIVE = "IKU08";
/** The Perjanjian Kinerja of 2026 revised IKU07's target: typed over the Renstra link. */
const PK = { tahun: 2026, code: "IKU07", value: 55 };
/** The last quarter reported in each year: 2027 is the running year, TW IV not in yet. */
const REPORTED_TO: Record<number, number> = { 2025: 4, 2026: 4, 2027: 3 };

const numberOf = (code: string) => Number(code.slice(3));

/** What staff typed on the Target Renstra: kondisi awal, a target per year, kondisi akhir. */
function renstraValue(ind: Indicator, key: "AWAL" | "AKHIR" | number): GridValue {
  const n = numberOf(ind.code);
  const step = typeof key === "number" ? key - 2025 : 0;
  if (ind.code === NEGATIVE) return key === "AWAL" ? 30 : key === "AKHIR" ? 10 : 25 - 3 * step;
  if (ind.code === "IKU01") {
    // Nilai SAKIP: a predikat as the 2027 target and as the end target.
    if (key === 2027) return "BB";
    return key === "AWAL" ? 66 : key === "AKHIR" ? "A" : 70 + 2 * step;
  }
  if (ind.code === "IKU02") return key === "AWAL" ? 5 : key === "AKHIR" ? 10 : 6 + step;
  if (ind.kind === "rasio") return key === "AWAL" ? 2 : key === "AKHIR" ? 3.5 : 2.5 + 0.25 * step;
  if (ind.code === "IKU03" && key === 2027) return "80-85"; // a range target
  if (ind.code === "IKU09" && key === 2027) return null; // no Renstra target for 2027
  if (ind.code === "IKU10" && key === "AKHIR") return null; // no end target
  if (ind.code === "IKU12" && key === "AKHIR") return "90-95";
  return key === "AWAL" ? 40 + n : key === "AKHIR" ? 72 + n : 60 + n + 3 * step;
}

/**
 * A quarter input's value: realisasi that varies by indicator, year and quarter, with the cases
 * the aggregations must get right (named below); blank after the year's last reported quarter.
 */
function quarterInput(tahun: number, input: PlanInput, ind: Indicator): GridValue {
  const tw = input.triwulan ?? 4;
  const { indicator: code, component: key } = input;
  const n = numberOf(code);
  const y = tahun - 2025;
  if (tw > REPORTED_TO[tahun]) return null;
  if (tahun === 2026 && code === "IKU09") return null; // a whole year unreported
  if (tahun === 2027 && code === "IKU05" && key === "PEMBILANG") return null; // not reported yet
  if (tahun === 2025 && code === "IKU06" && key === "PEMBILANG" && tw === 2) return null; // akumulasi gap
  if (tahun === 2025 && code === "IKU12" && key === "PEMBILANG" && tw === 4) return null; // posisi: TW III latest
  if (tahun === 2026 && code === "IKU14" && key === "PENYEBUT" && tw === 3) return null; // posisi gap
  if (tahun === 2025 && code === "IKU04" && key === "PENYEBUT" && tw === 1) return 0; // TW I: ÷ 0
  if (tahun === 2026 && code === "IKU17" && key === "PENYEBUT" && tw === 2) return "dua puluh";
  if (tahun === 2026 && code === "IKU15" && key === "PEMBILANG") return 20 + tw; // far below target
  if (code === "IKU01") return 66 + 4 * y + tw;
  if (code === "IKU02")
    return key === "PANTI_ASUHAN" ? 3 + y : key === "PANTI_JOMPO" ? 2 : y + (tw >= 3 ? 1 : 0);
  if (code === NEGATIVE) return key === "PEMBILANG" ? 26 - 3 * y - tw : 100;
  if (ind.kind === "rasio") return key === "PEMBILANG" ? 30 + 5 * y + 2 * tw : 12;
  // Percentages: realisasi from about half to all; a flow (akumulasi) is reported per quarter, a
  // stock (posisi) at each quarter's end.
  const share = Math.min(1, (40 + 3 * n + 4 * y) / 100);
  const [part, whole] = ind.components.map((c) => c.agregasi);
  if (key === "PENYEBUT") return whole === "akumulasi" ? 25 + n : 100 + n + tw;
  if (whole === "akumulasi") return Math.round(share * (25 + n));
  // A flow part of a stock whole: each quarter a quarter of the year's part.
  if (part === "akumulasi") return Math.round((share * (100 + n + tw)) / 4);
  // A stock part: growing by 2 each quarter, so that which quarter is the latest shows.
  return Math.round(share * (100 + n + tw)) - 2 * (4 - tw);
}

/** The budget of table 4 per sasaran: pagu and realisasi anggaran (S3's realisasi not in yet). */
const BUDGET: Record<string, [GridValue, GridValue]> = {
  S1: [1_250_000_000, 1_187_500_000],
  S2: [4_800_000_000, 4_104_000_000.5],
  S3: [2_000_000_000, null],
};

interface Compared {
  sheet: string;
  address: string;
  what: string;
  core: Shown;
  libreoffice: Shown;
  same: boolean;
}

describe("LibreOffice recalculates the SAKIP year to the core's values", () => {
  test("Renstra 2025–2029, years 2025–2027 by triwulan, Pengukuran Kinerja 2027", async () => {
    const started = Date.now();
    const soffice = findSoffice();
    if (!soffice) {
      throw new Error(
        "LibreOffice (soffice) tidak ditemukan: pasang paket Debian libreoffice-calc-nogui atau set SOFFICE=/path/ke/soffice."
      );
    }
    const dir = tempDir("iku-lo-sakip-");
    const katalogFile = path.join(dir, "katalog.xlsx");
    const file = path.join(dir, "sakip.xlsx");
    const ok = async (args: string[]) => {
      const r = await runCli(args);
      expect({ args, stderr: r.stderr, code: r.code }).toEqual({ args, stderr: "", code: 0 });
      return r.stdout;
    };

    // The agency's Katalog IKU: the built-in one, IKU08 marked "negatif" by staff.
    await ok(["katalog", "--out", katalogFile]);
    const kwb = await readWorkbook(katalogFile);
    const kws = kwb.getWorksheet(KATALOG_SHEET)!;
    let polaritas: { row: number; column: number } | undefined;
    let kodeColumn = 0;
    kws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.value === "Polaritas") polaritas = { row: r, column: c };
        if (cell.value === "Kode") kodeColumn = c;
      })
    );
    let negativeRow = 0;
    kws.eachRow((row, r) => {
      if (row.getCell(kodeColumn).value === NEGATIVE) negativeRow = r;
    });
    expect(polaritas && negativeRow > polaritas.row).toBe(true);
    kws.getCell(negativeRow, polaritas!.column).value = "negatif";
    await kwb.xlsx.writeFile(katalogFile);

    // The workbook: the first year with the Katalog, the Renstra, then every year (re)generated
    // so that its Target cells link to the Renstra.
    await ok([
      "generate",
      "--out",
      file,
      "--tahun",
      "2025",
      "--rumus",
      "excel",
      "--katalog",
      katalogFile,
    ]);
    await ok(["renstra", file, "--periode", "2025-2029"]);
    for (const tahun of YEARS)
      await ok(["generate", "--update", file, "--tahun", String(tahun), "--rumus", "excel"]);

    const namesOf = async (): Promise<WorkbookName[]> =>
      (await rawDefinedNames(file)).map((n) => ({ name: n.name, refersTo: `=${n.text}` }));
    const generated = await readWorkbook(file);
    const sheetNames = generated.worksheets.map((ws) => ws.name);
    // The catalogue the CLI used: the workbook's own Katalog IKU.
    const read = catalogueOfKatalog(sheetGrid(generated.getWorksheet(KATALOG_SHEET)!, file), {
      lang: "id",
    });
    if (!read.ok) throw new Error(`Katalog: ${JSON.stringify(read.findings)}`);
    const catalogue = read.catalogue;
    expect(catalogue.indicators.find((i) => i.code === NEGATIVE)?.polarity).toBe("negatif");
    const agregasi = new Set(
      catalogue.indicators.flatMap((i) => i.components.map((c) => c.agregasi))
    );
    expect([...agregasi].sort()).toEqual(["akumulasi", "posisi"]);

    // The Renstra as the real builder plans it, at the cells its names point at.
    const names = await namesOf();
    const found = findRenstra(names, sheetNames);
    expect(found?.periode).toEqual({ awal: 2025, akhir: 2029 });
    const renstra = buildRenstraPlan(
      {
        periode: found!.periode,
        namaPerangkatDaerah: catalogue.agency.nama,
        sheetName: found!.sheet,
      },
      catalogue
    );
    const renstraCells = new Map<string, GridValue>();
    for (const ri of renstra.renstra.indicators) {
      const ind = catalogue.indicators.find((i) => i.code === ri.code)!;
      const put = (ref: { name: string; address: string }, v: GridValue) => {
        expect(found!.addresses.get(ref.name.toUpperCase())).toBe(ref.address);
        renstraCells.set(ref.address, v);
      };
      put(ri.mulai, 2025);
      put(ri.selesai, 2029);
      put(ri.awal, renstraValue(ind, "AWAL"));
      for (const t of ri.targets) put(t, renstraValue(ind, t.tahun));
      put(ri.akhir, renstraValue(ind, "AKHIR"));
    }
    expect(renstra.renstra.indicators.map((i) => i.targets.map((t) => t.tahun))).toEqual(
      renstra.renstra.indicators.map(() => PERIODE)
    );

    // The year sheets' plans (the CLI's, Target links included), checked against the file.
    const plans: SheetPlan[] = YEARS.map((tahun) =>
      buildSheetPlan(
        {
          tahun,
          namaPerangkatDaerah: catalogue.agency.nama,
          sheetName: `IKU ${tahun}`,
          mode: "excel",
          targetLinks: renstraTargetLinks(found, tahun),
        },
        catalogue
      )
    );
    const formulaDiffers = (wb: ExcelJS.Workbook, sheet: string, cells: SheetPlan["cells"]) =>
      cells
        .filter((c) => c.formula !== undefined)
        .filter((c) => `=${wb.getWorksheet(sheet)?.getCell(c.address).formula}` !== c.formula)
        .map((c) => `${sheet}!${c.address}`);
    for (const plan of plans)
      expect(formulaDiffers(generated, plan.sheetName, plan.cells)).toEqual([]);

    // Staff type the Renstra, each year's quarters and the revised PK target.
    const yearTyped = new Map<number, Record<string, GridValue>>();
    const typing: Record<string, Map<string, GridValue>> = { [found!.sheet]: renstraCells };
    const override = plans
      .find((p) => p.settings.tahun === PK.tahun)!
      .indicators.find((i) => i.code === PK.code)!.target;
    for (const plan of plans) {
      const tahun = plan.settings.tahun;
      const cells = new Map<string, GridValue>();
      const byName: Record<string, GridValue> = {};
      for (const input of planInputs(plan, catalogue)) {
        if (input.role === "target") continue;
        const ind = catalogue.indicators.find((i) => i.code === input.indicator)!;
        const v = quarterInput(tahun, input, ind);
        byName[input.name] = v;
        if (v !== null) cells.set(input.address, v);
      }
      if (tahun === PK.tahun) cells.set(override.address, PK.value);
      yearTyped.set(tahun, byName);
      typing[plan.sheetName] = cells;
    }
    await editWorkbook(file, typedCells(typing));

    // The CLI writes the LKjIP sheet from the workbook's names (as it finds them now).
    const beforeLkjip = await namesOf();
    expect(await ok(["lkjip", file, "--tahun", String(LKJIP_TAHUN)])).toMatch(/grafik/);
    const built = buildLkjipPlan(
      {
        tahun: LKJIP_TAHUN,
        yearSheets: YEARS.map((tahun) => ({ tahun, sheet: `IKU ${tahun}` })),
        names: beforeLkjip,
        renstraSheet: findRenstraSheet(beforeLkjip, sheetNames),
        namaPerangkatDaerah: catalogue.agency.nama,
      },
      catalogue
    );
    if (!built.ok) throw new Error(`No LKjIP plan: ${built.problem}`);
    const lkjip: LkjipPlan = built.plan;
    expect(lkjip.years).toEqual(YEARS);
    expect(lkjip.trendYears).toEqual(PERIODE);
    expect(lkjip.renstraSheet).toBe(found!.sheet);

    // Staff type the budget. Every formula's cached result is dropped, so whatever LibreOffice
    // saves below is its own computation (and the file is checked to hold the plans' formulas).
    const budget = new Map<string, GridValue>();
    for (const b of lkjip.budget)
      budget.set(b.address, BUDGET[b.sasaran][b.field === "PAGU" ? 0 : 1]);
    expect(budget.size).toBe(2 * 3);
    const lkjipFormulas = lkjip.cells.filter((c) => c.formula !== undefined);
    let differing: string[] = [];
    await editWorkbook(file, (wb) => {
      typedCells({ [lkjip.sheetName]: budget })(wb);
      for (const plan of plans) differing.push(...formulaDiffers(wb, plan.sheetName, plan.cells));
      differing.push(...formulaDiffers(wb, lkjip.sheetName, lkjipFormulas));
      for (const sheet of [...plans.map((p) => p.sheetName), lkjip.sheetName])
        wb.getWorksheet(sheet)!.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula)
              cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
          })
        );
    });
    // The PK target is the one Target cell that holds a typed value instead of its link.
    expect(differing).toEqual([`IKU ${PK.tahun}!${override.address}`]);

    const recalculated = await recalculate(soffice, file, path.join(dir, "lo"));
    const back = await readWorkbook(recalculated.file);

    // The core's values of the year sheets: the Target links read the Renstra (blank stays
    // blank), the PK target is the typed one, then evaluatePlan.
    const rows: Compared[] = [];
    const lookup = new Map<string, Map<string, LookupValue>>([[found!.sheet, renstraCells]]);
    for (const plan of plans) {
      const tahun = plan.settings.tahun;
      const byName = { ...yearTyped.get(tahun)! };
      const values = new Map<string, LookupValue>();
      const expected = new Map<string, Result>();
      for (const ind of plan.indicators) {
        const cell = plan.cells.find((c) => c.address === ind.target.address)!;
        const link = renstraLinkTarget(cell.formula);
        const linked = link ? (renstraCells.get(link.address) ?? "") : null;
        const overridden = tahun === PK.tahun && ind.code === PK.code;
        byName[ind.target.name] = overridden ? PK.value : linked;
        if (link && !overridden) expected.set(ind.target.address, linked as Result);
      }
      for (const input of planInputs(plan, catalogue))
        values.set(input.address, byName[input.name]);
      for (const [address, v] of evaluatePlan(plan, byName, catalogue)) {
        values.set(address, v);
        expected.set(address, v);
      }
      lookup.set(plan.sheetName, values);
      const ws = back.getWorksheet(plan.sheetName)!;
      for (const c of plan.cells) {
        if (c.formula === undefined) continue;
        if (tahun === PK.tahun && c.address === override.address) continue;
        const core = expected.has(c.address) ? fromCore(expected.get(c.address)) : undefined;
        const libreoffice = fromCell(ws.getCell(c.address));
        rows.push({
          sheet: plan.sheetName,
          address: c.address,
          what: c.name ?? c.role,
          core: core ?? { error: "(no core value)" },
          libreoffice,
          same: core !== undefined && same(core, libreoffice),
        });
      }
      if (tahun === PK.tahun) expect(ws.getCell(override.address).value).toBe(PK.value);
    }

    // The core's values of the LKjIP sheet, from the year sheets', the Renstra's and the budget.
    lookup.set(lkjip.sheetName, budget);
    const lkExpected = evaluateLkjip(lkjip, (s, a) => lookup.get(s)?.get(a), catalogue);
    const lk = back.getWorksheet(lkjip.sheetName)!;
    for (const c of lkjipFormulas) {
      const value = lkExpected.get(c.address);
      // An empty text shows as an empty cell (LibreOffice saves it without a value).
      const core = value === undefined ? undefined : value === "" ? null : fromCore(value);
      const libreoffice = fromCell(lk.getCell(c.address));
      rows.push({
        sheet: lkjip.sheetName,
        address: c.address,
        what: lkjip.calcs[c.address]?.op ?? c.role,
        core: core === undefined ? { error: "(no core value)" } : core,
        libreoffice,
        same: core !== undefined && same(core, libreoffice),
      });
    }

    const artifacts = path.join(ROOT, "test-artifacts");
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(
      path.join(artifacts, "libreoffice-sakip-year.json"),
      JSON.stringify({ soffice, cells: rows }, null, 2)
    );
    const yearFormulas = plans.reduce((n, p) => n + p.cells.filter((c) => c.formula).length, 0);
    console.log(
      `LibreOffice = inti: ${rows.filter((r) => r.same).length} dari ${rows.length} sel rumus ` +
        `(lembar tahun ${yearFormulas - 1}, ${lkjip.sheetName} ${lkjipFormulas.length}), ` +
        `${Math.round((Date.now() - started) / 1000)} detik`
    );
    differing = rows
      .filter((r) => !r.same)
      .map(
        (r) =>
          `${r.sheet}!${r.address} (${r.what}): LibreOffice ${show(r.libreoffice)}, inti ${show(r.core)}`
      );
    expect(differing).toEqual([]);

    // Nothing skipped: every formula cell of the plans was compared (the PK target is typed).
    expect(Object.keys(lkjip.calcs).sort()).toEqual(lkjipFormulas.map((c) => c.address).sort());
    expect(rows).toHaveLength(yearFormulas - 1 + lkjipFormulas.length);

    // The cases cover what the sheets must show: each aggregation's blank quarter, the error
    // classes, several kategori, every LKjIP computation.
    const shown = rows.map((r) => show(r.libreoffice));
    for (const e of ["#N/A", "#DIV/0!", "#VALUE!"]) expect(shown).toContain(e);
    for (const k of ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"])
      expect(shown).toContain(k);
    const ops = new Set(rows.filter((r) => r.sheet === lkjip.sheetName).map((r) => r.what));
    for (const op of ["ref", "capaian", "kategori", "average", "serapan", "efisiensi", "local"])
      expect(ops).toContain(op);
  });
});
