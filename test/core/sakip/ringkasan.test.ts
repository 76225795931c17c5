import { CATALOGUE } from "../../../src/core/catalogue";
import { findIkuSheets } from "../../../src/core/find-iku-sheet";
import type { GridValue, WorkbookGrid } from "../../../src/core/grid";
import { KATALOG_SHEET } from "../../../src/core/katalog/layout";
import { CATALOGUE_EN } from "../../../src/core/messages/catalogue-en";
import {
  ringkasanOfWorkbook,
  scaleFor,
  shortName,
  SCALE_MAX,
  SCALE_MIN,
  SHORT_NAME_MAX,
} from "../../../src/core/sakip/ringkasan";
import type {
  RingkasanIndicator,
  RingkasanOutcome,
  RingkasanYear,
  RingkasanYearSheet,
} from "../../../src/core/sakip/ringkasan";
import { buildCase } from "../../cases/generate";
import type { BuiltCase, CaseSpec } from "../../cases/generate";
import { DINKES_KATALOG } from "../katalog/dinkes";

/** The value a built workbook shows at a defined name of its IKU sheet. */
function shown(built: BuiltCase, name: string): GridValue {
  const pos = built.layout.position({ name });
  const sheet = built.grid.sheets.find((s) => s.name === built.plan.sheetName);
  return sheet?.values[pos.row]?.[pos.col] ?? null;
}

function yearsOf(outcome: RingkasanOutcome): RingkasanYear[] {
  if (outcome.kind !== "ok") throw new Error(`expected a Ringkasan, got ${outcome.kind}`);
  return outcome.years;
}

function indicators(year: RingkasanYear): RingkasanIndicator[] {
  return year.sasaran.flatMap((s) => s.indicators);
}

function byCode(year: RingkasanYear, code: string): RingkasanIndicator {
  const found = indicators(year).find((i) => i.code === code);
  if (!found) throw new Error(`no ${code} in the Ringkasan`);
  return found;
}

function build(spec: Omit<CaseSpec, "description">): BuiltCase {
  return buildCase({ description: "ringkasan", ...spec });
}

/** Where a defined name of the plan points, as the Ringkasan reports a cell. */
function cellOf(built: BuiltCase, name: string) {
  const ref = built.plan.names.find((n) => n.name === name);
  if (!ref) throw new Error(`no name ${name}`);
  return { sheet: built.plan.sheetName, address: ref.address };
}

/** The indicator's first input in sheet order (TW I of its first component). */
function firstInput(built: BuiltCase, code: string): string {
  const ind = built.plan.indicators.find((i) => i.code === code);
  if (!ind) throw new Error(`no indicator ${code}`);
  return ind.inputs[0].name;
}

describe("Ringkasan of a year sheet", () => {
  test.each(["excel", "iku"] as const)(
    "every indicator filled (%s formulas): the sheet's capaian, its kategori, its cell",
    (mode) => {
      const built = build({ mode, inputs: "examples" });
      const [year] = yearsOf(ringkasanOfWorkbook(built.grid));
      expect(year.tahun).toBe(2026);
      expect(year.sheet).toBe("IKU 2026");
      expect(year.total).toBe(CATALOGUE.indicators.length);
      expect(year.filled).toBe(CATALOGUE.indicators.length);
      for (const planned of built.plan.indicators) {
        const row = byCode(year, planned.code);
        const capaian = shown(built, planned.capaian.name);
        expect(typeof capaian).toBe("number");
        expect(row.capaian).toEqual({
          status: "ok",
          value: capaian,
          kategori: {
            // The sheet's own KATEGORI cell says the same word: one reading of the bands.
            label: shown(built, planned.kategori.name),
            band: expect.any(Number),
            bands: 5,
          },
        });
        expect(row.cell).toEqual(cellOf(built, planned.capaian.name));
      }
    }
  );

  test("grouped by the catalogue's sasaran, in the catalogue's order, with English names", () => {
    const built = build({ mode: "excel", inputs: "examples" });
    const outcome = ringkasanOfWorkbook(built.grid);
    expect(outcome.kind === "ok" && outcome.catalogue).toBe("builtin");
    const [year] = yearsOf(outcome);
    expect(year.sasaran.map((s) => s.code)).toEqual(CATALOGUE.sasaran.map((s) => s.code));
    for (const s of year.sasaran) {
      expect(s.name).toBe(CATALOGUE.sasaran.find((x) => x.code === s.code)?.name);
      expect(s.indicators.map((i) => i.code)).toEqual(
        CATALOGUE.indicators.filter((i) => i.sasaran === s.code).map((i) => i.code)
      );
    }
    const first = indicators(year)[0];
    const indicator = CATALOGUE.indicators.find((i) => i.code === first.code)!;
    expect(first.name).toBe(indicator.name);
    expect(first.nameEn).toBe(CATALOGUE_EN[first.code].name);
    expect(first.polarity).toBe(indicator.polarity);
  });

  test("the agency's own bands: the kategori the sheet's formulas give, its band and count", () => {
    const aturan = {
      desimal: 1,
      kategoriBatas: [100, 80],
      kategoriLabel: ["Melampaui", "Tercapai", "Belum tercapai"],
      swadaya: "program" as const,
    };
    for (const mode of ["excel", "iku"] as const) {
      const built = build({ mode, inputs: "examples", aturan });
      const [year] = yearsOf(ringkasanOfWorkbook(built.grid));
      expect(year.kategoriLabels).toEqual(aturan.kategoriLabel);
      for (const planned of built.plan.indicators) {
        const row = byCode(year, planned.code);
        if (row.capaian.status !== "ok") throw new Error(`${planned.code} has no capaian`);
        const label = shown(built, planned.kategori.name);
        expect({ mode, code: planned.code, label: row.capaian.kategori.label }).toEqual({
          mode,
          code: planned.code,
          label,
        });
        expect(row.capaian.kategori.band).toBe(aturan.kategoriLabel.indexOf(String(label)));
        expect(row.capaian.kategori.bands).toBe(3);
      }
    }
  });

  test("nothing filled: each capaian says what is missing and selects the first input", () => {
    const built = build({ mode: "excel", inputs: "empty" });
    const [year] = yearsOf(ringkasanOfWorkbook(built.grid));
    expect(year.filled).toBe(0);
    for (const planned of built.plan.indicators) {
      const row = byCode(year, planned.code);
      expect(row.capaian).toEqual({ status: "notFilled", missing: ["realisasi", "target"] });
      expect(row.cell).toEqual(cellOf(built, planned.inputs[0].name));
    }
  });

  test("only the target missing: it says so and selects the target cell", () => {
    const built = build({
      mode: "iku",
      inputs: "examples",
      inputOverrides: { IKU06_TARGET: null },
    });
    const row = byCode(yearsOf(ringkasanOfWorkbook(built.grid))[0], "IKU06");
    expect(row.capaian).toEqual({ status: "notFilled", missing: ["target"] });
    expect(row.cell).toEqual(cellOf(built, "IKU06_TARGET"));
  });

  test("one of two inputs missing: the realisasi, and the empty input's cell", () => {
    const built = build({
      mode: "excel",
      inputs: "examples",
      inputOverrides: { IKU06_PENYEBUT: null },
    });
    const row = byCode(yearsOf(ringkasanOfWorkbook(built.grid))[0], "IKU06");
    expect(row.capaian).toEqual({ status: "notFilled", missing: ["realisasi"] });
    // The empty component's first quarter input.
    expect(row.cell).toEqual(cellOf(built, "IKU06_PENYEBUT_TW1"));
  });

  test("an error value, n.a., a typed text and a lost name each have their reason", () => {
    const built = build({
      mode: "iku",
      inputs: "examples",
      inputOverrides: { IKU14_PENYEBUT: 0 },
      plant: [
        { plant: "displays", name: "IKU03_CAPAIAN", value: "#NAME?" },
        { plant: "displays", name: "IKU04_CAPAIAN", value: "n.a." },
        { plant: "overwrite", name: "IKU05_CAPAIAN", value: "sudah" },
        { plant: "remove-name", name: "IKU07_CAPAIAN" },
      ],
    });
    const [year] = yearsOf(ringkasanOfWorkbook(built.grid));
    // A zero denominator: the hasil is #DIV/0!, an error and not "not filled".
    expect(byCode(year, "IKU14").capaian).toEqual({ status: "error", error: "#DIV/0!" });
    expect(byCode(year, "IKU14").cell).toEqual(cellOf(built, "IKU14_CAPAIAN"));
    expect(byCode(year, "IKU03").capaian).toEqual({ status: "error", error: "#NAME?" });
    expect(byCode(year, "IKU04").capaian).toEqual({ status: "na" });
    expect(byCode(year, "IKU05").capaian).toEqual({ status: "notNumber", value: "sudah" });
    expect(byCode(year, "IKU07").capaian).toEqual({ status: "noCell" });
    expect(byCode(year, "IKU07").cell).toEqual(cellOf(built, "IKU07_HASIL"));
    expect(year.filled).toBe(CATALOGUE.indicators.length - 5);
  });
});

describe("Ringkasan of a workbook", () => {
  test("no IKU sheet: says so", () => {
    const grid: WorkbookGrid = {
      workbook: "kosong.xlsx",
      sheets: [{ name: "Catatan", origin: "A1", values: [["x"]], formulas: [["x"]] }],
      names: [],
    };
    expect(ringkasanOfWorkbook(grid)).toEqual({ kind: "noIkuSheet" });
  });

  test("a Katalog with mistakes: its findings, with their cells on the Katalog sheet", () => {
    const built = build({ mode: "excel", inputs: "examples" });
    const rows = DINKES_KATALOG.map((r) => r.map((v) => v ?? ""));
    const broken = rows.map((r) => [...r]);
    const at = broken.findIndex((r) => r[0] === "KES01");
    broken[at][3] = "bukan jenis";
    built.grid.sheets.unshift({
      name: KATALOG_SHEET,
      origin: "A1",
      values: broken,
      formulas: broken,
    });
    const outcome = ringkasanOfWorkbook(built.grid);
    if (outcome.kind !== "katalogInvalid") throw new Error(`got ${outcome.kind}`);
    expect(outcome.sheet).toBe(KATALOG_SHEET);
    expect(outcome.findings.length).toBeGreaterThan(0);
    expect(outcome.findings.every((f) => f.sheet === KATALOG_SHEET && f.cell !== "")).toBe(true);
  });

  test("a workbook with its own Katalog: its sasaran and indicators, no English names", () => {
    const built = build({ mode: "excel", katalog: "dinkes", inputs: "examples" });
    const outcome = ringkasanOfWorkbook(built.grid);
    expect(outcome.kind === "ok" && outcome.catalogue).toBe("katalog");
    const [year] = yearsOf(outcome);
    // Per sasaran: an indicator listed later in the Katalog joins its sasaran's group.
    const grouped = built.catalogue.sasaran.flatMap((s) =>
      built.catalogue.indicators.filter((i) => i.sasaran === s.code).map((i) => i.code)
    );
    expect(indicators(year).map((i) => i.code)).toEqual(grouped);
    expect(year.sasaran.map((s) => s.name)).toEqual(built.catalogue.sasaran.map((s) => s.name));
    expect(indicators(year).every((i) => i.nameEn === undefined)).toBe(true);
    expect(indicators(year).every((i) => i.capaian.status === "ok")).toBe(true);
  });

  test("several year sheets with sheet-scoped names: found by the core, latest first", () => {
    const y2025 = build({ mode: "excel", inputs: "examples", tahun: 2025 });
    const y2026 = build({ mode: "iku", inputs: "empty", tahun: 2026 });
    const scoped = (b: BuiltCase) => b.grid.names.map((n) => ({ ...n, sheet: b.plan.sheetName }));
    const grid: WorkbookGrid = {
      workbook: "dua-tahun.xlsx",
      sheets: [...y2025.grid.sheets, ...y2026.grid.sheets],
      names: [...scoped(y2025), ...scoped(y2026)],
    };
    const years = yearsOf(ringkasanOfWorkbook(grid));
    expect(years.map((y) => [y.tahun, y.sheet, y.filled])).toEqual([
      [2026, "IKU 2026", 0],
      [2025, "IKU 2025", CATALOGUE.indicators.length],
    ]);
    expect(byCode(years[0], "IKU06").cell).toEqual(cellOf(y2026, firstInput(y2026, "IKU06")));
    expect(byCode(years[1], "IKU06").cell).toEqual(cellOf(y2025, "IKU06_CAPAIAN"));
  });

  test("several year sheets (given by the finder): each year, latest first, its own cells", () => {
    const y2025 = build({ mode: "excel", inputs: "examples", tahun: 2025 });
    const y2026 = build({ mode: "excel", inputs: "empty", tahun: 2026 });
    // One workbook: both sheets; the names of one (workbook-wide names cannot hold both).
    const grid: WorkbookGrid = {
      workbook: "dua-tahun.xlsx",
      sheets: [...y2025.grid.sheets, ...y2026.grid.sheets],
      names: y2025.grid.names,
    };
    // The finder decides the year sheets; the 2026 one is located by its plan's addresses.
    const finder = (...args: Parameters<typeof findIkuSheets>): RingkasanYearSheet[] => [
      ...findIkuSheets(args[0], args[1]),
      {
        sheet: y2026.plan.sheetName,
        plan: y2026.plan,
        locate: (cell) => ({ sheet: y2026.plan.sheetName, address: cell.address }),
      },
    ];
    const years = yearsOf(ringkasanOfWorkbook(grid, { findYearSheets: (i, c) => finder(i, c) }));
    expect(years.map((y) => [y.tahun, y.sheet, y.filled])).toEqual([
      [2026, "IKU 2026", 0],
      [2025, "IKU 2025", CATALOGUE.indicators.length],
    ]);
    expect(byCode(years[0], "IKU06").cell).toEqual(cellOf(y2026, firstInput(y2026, "IKU06")));
    expect(byCode(years[1], "IKU06").cell).toEqual(cellOf(y2025, "IKU06_CAPAIAN"));
  });
});

describe("bar helpers", () => {
  test("shortName: cut at a word with an ellipsis, short names unchanged", () => {
    expect(shortName("Jumlah LPM")).toBe("Jumlah LPM");
    for (const ind of CATALOGUE.indicators) {
      const s = shortName(ind.name);
      expect(s.length).toBeLessThanOrEqual(SHORT_NAME_MAX);
      if (ind.name.length <= SHORT_NAME_MAX) expect(s).toBe(ind.name);
      else {
        expect(s.endsWith("…")).toBe(true);
        expect(ind.name.startsWith(s.slice(0, -1))).toBe(true);
        // At a word: the next character of the full name is a space or punctuation.
        expect(ind.name.charAt(s.length - 1)).toMatch(/[\s,;:(/–-]/);
      }
    }
    expect(shortName("x".repeat(80), 20)).toBe(`${"x".repeat(19)}…`);
  });

  test("scaleFor: at least SCALE_MIN, the largest capaian rounded up, at most SCALE_MAX", () => {
    expect(scaleFor([])).toBe(SCALE_MIN);
    expect(scaleFor([50, 99.5])).toBe(SCALE_MIN);
    expect(scaleFor([130.2])).toBe(140);
    expect(scaleFor([165, 20])).toBe(180);
    expect(scaleFor([1000])).toBe(SCALE_MAX);
  });
});
