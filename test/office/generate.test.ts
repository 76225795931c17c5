import { CATALOGUE } from "../../src/core/catalogue";
import type { Catalogue } from "../../src/core/catalogue";
import { buildSheetPlan, MARKER_NAME, parseAddress } from "../../src/core/sheet/plan";
import type { SheetPlan, SheetSettings } from "../../src/core/sheet/types";
import {
  BATCH_BYTES,
  batchSteps,
  decideGeneration,
  estimatePayloadBytes,
  nameSteps,
  planSteps,
  generateFromSettings,
  generateIkuSheet,
  MAX_PAYLOAD_BYTES,
} from "../../src/office/generate";
import { parseNameReference } from "../../src/core/formula-parser/name-reference";
import { suggestSheetName } from "../../src/core/sheet/regenerate";
import { largeCatalogue } from "../core/sheet/fixtures";
import { createFakeExcel, REQUEST_LIMIT_BYTES, withExcel } from "../fake-excel/fake-excel";
import type { FakeExcel } from "../fake-excel/fake-excel";

const settings = (overrides: Partial<SheetSettings> = {}): SheetSettings => ({
  tahun: 2026,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: "IKU 2026",
  mode: "iku",
  ...overrides,
});

async function generate(fake: FakeExcel, plan: SheetPlan) {
  fake.resetSyncs();
  return generateIkuSheet(fake.context, plan);
}

const text = (s: string) => ({ formula: s, value: s });

describe("generateIkuSheet on a new workbook", () => {
  const fake = createFakeExcel({ sheets: ["Data"] });
  fake.sheet("Data").cells.set("A1", text("anggaran"));
  fake.workbook.names.push({ name: "Anggaran", formula: "=Data!$A$1", comment: "" });
  const plan = buildSheetPlan(settings());
  let result: Awaited<ReturnType<typeof generateIkuSheet>>;

  beforeAll(async () => {
    result = await generate(fake, plan);
  });

  it("creates the sheet in one read and one write sync", () => {
    expect(result).toEqual({
      ok: true,
      value: {
        sheet: "IKU 2026",
        created: true,
        indicators: 18,
        keptValues: 0,
        range: plan.range,
        printSetup: { applied: true },
      },
    });
    expect(fake.syncs()).toBe(2);
    expect(fake.workbook.suspended).toEqual({ calculation: 1, screen: 1 });
  });

  it("writes the plan's texts, formulas, names and formats", () => {
    const sheet = fake.sheet("IKU 2026");
    expect(sheet.cells.get("A1")?.formula).toBe("INDIKATOR KINERJA UTAMA");
    expect(fake.valueOf("IKU06_HASIL")).toBe(
      '=IKU.PERSENTASE_PPKS_REHAB(IF(ISBLANK(IKU06_PEMBILANG),"",IKU06_PEMBILANG),IF(ISBLANK(IKU06_PENYEBUT),"",IKU06_PENYEBUT))'
    );
    expect(fake.named(MARKER_NAME).address).toBe("A1");
    expect(fake.workbook.names).toHaveLength(plan.names.length + 1);
    for (const c of plan.cells) {
      // Texts stay texts ("(1)" is not -1): number formats are written before the contents.
      if (c.formula) expect(sheet.cells.get(c.address)?.formula).toBe(c.formula);
      else if (c.value !== undefined)
        expect(sheet.cells.get(c.address)?.formula ?? "").toBe(c.value); // "" leaves a blank
      else expect(sheet.cells.has(c.address)).toBe(false);
      expect(sheet.numberFormats.get(c.address)).toBe(c.numberFormat ?? "General");
      expect(sheet.formats.get(c.address)?.["protection.locked"]).toBe(plan.styles[c.style].locked);
    }
    const input = fake.named("IKU06_PEMBILANG_TW4").address;
    expect(sheet.formats.get(input)).toMatchObject({
      "fill.color": "#FFF2CC",
      "font.color": "#0000FF",
    });
    expect(sheet.merges.sort()).toEqual(plan.merges.map((m) => m.range).sort());
    expect(sheet.validations.size).toBe(plan.validations.length);
    expect(sheet.validations.get(input)).toMatchObject({
      ignoreBlanks: true,
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      errorAlert: { showAlert: true, style: "Stop" },
    });
    const nilai = fake.named("IKU01_NILAI_TW4").address;
    expect(sheet.validations.get(nilai)?.rule).toEqual({
      decimal: { formula1: 0, formula2: 100, operator: "Between" },
    });
  });

  it("sets widths, heights, freeze, print setup and protection", () => {
    const sheet = fake.sheet("IKU 2026");
    expect(sheet.columnWidths.size).toBe(Object.keys(plan.columnWidths).length);
    expect(sheet.rowHeights.get(plan.table.headerRow)).toBe(plan.rowHeights[plan.table.headerRow]);
    expect(sheet.frozen).toEqual(plan.freeze);
    expect(sheet.printTitleRows).toBe(plan.print.titleRows);
    expect(sheet.layout).toEqual({
      orientation: "Landscape",
      paperSize: "Folio",
      // An unfilled indicator's #N/A prints as "–".
      printErrors: "Dash",
      // Documented values only: one page wide; no verticalFitToPages (0 is not documented).
      zoom: { horizontalFitToPages: 1 },
    });
    expect(sheet.protected).toBe(true);
    expect(sheet.password).toBeNull();
  });

  it("changes nothing outside the sheet and its names", () => {
    expect(fake.sheet("Data").cells).toEqual(new Map([["A1", text("anggaran")]]));
    expect(fake.sheet("Data").formats.size).toBe(0);
    expect(fake.workbook.names.find((n) => n.name === "Anggaran")).toEqual({
      name: "Anggaran",
      formula: "=Data!$A$1",
      comment: "",
    });
  });
});

describe("the marks of invalid inputs (conditional formats of the plan)", () => {
  const marksOf = (fake: FakeExcel, sheet = "IKU 2026") =>
    fake.sheet(sheet).conditionalFormats.map((cf) => ({
      type: cf.type,
      cells: [...cf.cells],
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
    }));
  const planned = (plan: SheetPlan) =>
    plan.conditionalFormats.map((cf) => ({
      type: "Custom",
      cells: [cf.address],
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
    }));
  const userRule = (address: string) => ({
    id: 0,
    type: "Custom",
    address,
    cells: new Set([address]),
    formula: `=${address}>1000`,
  });

  it("are written with the sheet, in the same write sync", async () => {
    const fake = createFakeExcel();
    const plan = buildSheetPlan(settings());
    expect((await generate(fake, plan)).ok).toBe(true);
    expect(fake.syncs()).toBe(2);
    expect(plan.conditionalFormats.length).toBeGreaterThan(plan.indicators.length);
    expect(marksOf(fake)).toEqual(planned(plan));
  });

  it("replace older marks on the input cells, also where a changed catalogue moved them, and leave other conditional formats alone", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    fake.sheet("Data").conditionalFormats.push(userRule("A1"));
    await generate(fake, buildSheetPlan(settings()));
    const ikuSheet = fake.sheet("IKU 2026");
    // Outside the table: a rule the user added before the sheet was protected.
    ikuSheet.conditionalFormats.push(userRule("Z200"));
    const changed: Catalogue = {
      ...CATALOGUE,
      indicators: CATALOGUE.indicators
        .filter((i) => i.code !== "IKU04")
        .map((i) => (i.code === "IKU10" ? { ...i, order: 0 } : i)),
    };
    const plan = buildSheetPlan(settings({ mode: "excel" }), changed);
    // Marks an older version wrote on input cells of the old table, one of them on a cell that
    // is no input in the new layout.
    const inputs = new Set(plan.conditionalFormats.map((cf) => cf.address));
    const oldInputs = plan.indicators
      .flatMap((ind) => [...ind.inputs, ind.target])
      .map((c) => fake.named(c.name).address);
    const moved = oldInputs.filter((address) => !inputs.has(address));
    expect(moved.length).toBeGreaterThan(0);
    for (const address of [oldInputs[0], moved[0]]) {
      ikuSheet.conditionalFormats.push({
        ...userRule(address),
        formula: `=AND(N("IKU_PERIKSA")=0,${address}<0)`,
      });
    }

    expect((await generate(fake, plan)).ok).toBe(true);
    expect(fake.syncs()).toBe(2);
    const z200 = {
      type: "Custom",
      cells: ["Z200"],
      formula: "=Z200>1000",
      fill: undefined,
      fontColor: undefined,
    };
    expect(marksOf(fake)).toEqual([z200, ...planned(plan)]);
    expect(marksOf(fake, "Data")).toHaveLength(1);

    // Once more with the same plan: replaced, not doubled.
    await generate(fake, plan);
    expect(marksOf(fake)).toEqual([z200, ...planned(plan)]);
  });
});

describe("the number of syncs grows only with the request size", () => {
  it("18 indicators: 2 syncs to create, 2 to regenerate", async () => {
    const fake = createFakeExcel();
    const plan = buildSheetPlan(settings());
    expect((await generate(fake, plan)).ok).toBe(true);
    expect(fake.syncs()).toBe(2);
    expect((await generate(fake, plan)).ok).toBe(true);
    expect(fake.syncs()).toBe(2);
    expect(batchesOf(plan)).toBe(1);
  });

  it.each(["iku", "excel"] as const)(
    "180 indicators (%s mode): over 5 MB in one request, so written in batches each under it",
    async (mode) => {
      const fake = createFakeExcel();
      const plan = buildSheetPlan(settings({ mode }), largeCatalogue(10));
      // In one request the write would be refused by Excel on the web.
      expect(estimatePayloadBytes(plan)).toBeGreaterThan(MAX_PAYLOAD_BYTES);
      const batches = batchesOf(plan);
      expect(batches).toBeGreaterThan(1);

      expect((await generate(fake, plan)).ok).toBe(true);
      expect(fake.syncs()).toBe(1 + batches);
      expect(fake.maxRequestBytes()).toBeLessThan(REQUEST_LIMIT_BYTES);
      expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "IKU 2026"]);
      expect(fake.workbook.names.filter((n) => n.scope === "IKU 2026")).toHaveLength(
        plan.names.length
      );
      const last = plan.indicators[plan.indicators.length - 1];
      expect(fake.valueOf(last.capaian.name)).toBe(
        plan.cells.find((c) => c.name === last.capaian.name)?.formula
      );
      expect(fake.sheet("IKU 2026").validations.size).toBe(plan.validations.length);
      expect(fake.sheet("IKU 2026").conditionalFormats).toHaveLength(
        plan.conditionalFormats.length
      );

      // Regenerating keeps a value typed in the last indicator, in as many batches.
      const input = last.inputs[last.inputs.length - 1];
      fake.type(input.name, 7);
      const again = await generate(fake, plan);
      expect(again).toMatchObject({ ok: true, value: { created: false, keptValues: 1 } });
      expect(fake.syncs()).toBe(1 + batches);
      expect(fake.valueOf(input.name)).toBe(7);
      expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "IKU 2026"]);
    }
  );

  it("a failure in a later batch puts the sheet back as it was (created: removed)", async () => {
    const plan = buildSheetPlan(settings(), largeCatalogue(10));
    const fake = createFakeExcel();
    const before = JSON.stringify(fake.workbook.sheets.map((s) => s.name));
    failInSync(fake, 3); // the second batch
    const created = await generateIkuSheet(fake.context, plan);
    expect(created.ok).toBe(false);
    expect(JSON.stringify(fake.workbook.sheets.map((s) => s.name))).toBe(before);
    expect(fake.workbook.names).toHaveLength(0);

    // Over an existing sheet: restored from its hidden copy, typed value and names included.
    expect((await generate(fake, plan)).ok).toBe(true);
    const input = plan.indicators[0].inputs[0];
    fake.type(input.name, 3);
    const contents = () =>
      [...fake.sheet("IKU 2026").cells].map(([k, c]) => `${k}=${String(c.formula)}`).sort();
    const formulas = contents();
    failInSync(fake, 1 + batchesOf(plan)); // the last batch
    const updated = await generateIkuSheet(fake.context, plan);
    expect(updated).toMatchObject({ ok: false, problem: { restored: true } });
    expect(fake.valueOf(input.name)).toBe(3);
    expect(contents()).toEqual(formulas);
    expect(fake.workbook.names.filter((n) => n.scope === "IKU 2026")).toHaveLength(
      plan.names.length
    );
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "IKU 2026"]);
  });
});

/** Batches of the plan's write on a new sheet. */
function batchesOf(plan: SheetPlan): number {
  const none = { legacyNames: [], staleNames: [], existingNames: new Set<string>() };
  return batchSteps([...nameSteps(plan, none), ...planSteps(plan, new Map())], BATCH_BYTES).length;
}

/** Arms the fake to fail the first operation of the `n`-th sync from now. */
function failInSync(fake: FakeExcel, n: number): void {
  const context = fake.context;
  const original = context.sync.bind(context);
  let syncs = 0;
  (context as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    if (syncs === n) fake.workbook.failAtOperation = 1;
    try {
      return await original();
    } finally {
      if (syncs === n) {
        fake.workbook.failAtOperation = null;
        (context as { sync: () => Promise<void> }).sync = original;
      }
    }
  };
}

describe("regenerating keeps typed values", () => {
  it("keeps inputs and targets by name, in both formula modes, and updates the formulas", async () => {
    const fake = createFakeExcel();
    await generate(fake, buildSheetPlan(settings()));
    fake.type("IKU06_PEMBILANG_TW4", 45);
    fake.type("IKU06_PENYEBUT_TW4", 60);
    fake.type("IKU06_TARGET", 80.5);
    fake.type("IKU02_PANTI_JOMPO_TW4", 2);
    fake.type("IKU01_NILAI_TW4", 78.5);
    fake.type("IKU03_PEMBILANG_TW4", "dua belas"); // a wrong entry is still the user's
    const result = await generate(fake, buildSheetPlan(settings({ mode: "excel" })));
    expect(result).toMatchObject({ ok: true, value: { created: false, keptValues: 6 } });
    expect(fake.syncs()).toBe(2);
    expect(fake.valueOf("IKU06_PEMBILANG_TW4")).toBe(45);
    expect(fake.valueOf("IKU06_PENYEBUT_TW4")).toBe(60);
    expect(fake.valueOf("IKU06_TARGET")).toBe(80.5);
    expect(fake.valueOf("IKU02_PANTI_JOMPO_TW4")).toBe(2);
    expect(fake.valueOf("IKU01_NILAI_TW4")).toBe(78.5);
    // Text stays text (written with Excel's apostrophe prefix), never a number or a formula.
    expect(fake.valueOf("IKU03_PEMBILANG_TW4")).toBe("dua belas");
    expect(fake.valueOf("IKU06_HASIL")).toMatch(/^=IF\(OR\(ISBLANK\(IKU06_PEMBILANG\)/);
    expect(fake.sheet("IKU 2026").protected).toBe(true);
  });

  it("moves values with their indicator when the catalogue order changes or shrinks", async () => {
    const fake = createFakeExcel();
    await generate(fake, buildSheetPlan(settings()));
    fake.type("IKU03_PEMBILANG_TW4", 45);
    fake.type("IKU10_PENYEBUT_TW4", 7);
    fake.type("IKU18_TARGET", 95);
    fake.type("IKU04_PEMBILANG_TW4", 1);
    const before = {
      IKU03: fake.named("IKU03_PEMBILANG_TW4").address,
      IKU10: fake.named("IKU10_PENYEBUT_TW4").address,
      IKU18: fake.named("IKU18_TARGET").address,
    };
    // IKU10 moves to the top of sasaran 2 and IKU04 leaves the catalogue.
    const changed: Catalogue = {
      ...CATALOGUE,
      indicators: CATALOGUE.indicators
        .filter((i) => i.code !== "IKU04")
        .map((i) => (i.code === "IKU10" ? { ...i, order: 0 } : i)),
    };
    const plan = buildSheetPlan(settings(), changed);
    const result = await generate(fake, plan);
    expect(result).toMatchObject({
      ok: true,
      value: { created: false, keptValues: 3, indicators: 17 },
    });
    expect(fake.named("IKU03_PEMBILANG_TW4").address).not.toBe(before.IKU03);
    expect(fake.named("IKU10_PENYEBUT_TW4").address).not.toBe(before.IKU10);
    expect(fake.named("IKU18_TARGET").address).not.toBe(before.IKU18);
    expect(fake.valueOf("IKU03_PEMBILANG_TW4")).toBe(45);
    expect(fake.valueOf("IKU10_PENYEBUT_TW4")).toBe(7);
    expect(fake.valueOf("IKU18_TARGET")).toBe(95);
    // The old position of a moved value holds the new layout, not the stale number.
    const sheet = fake.sheet("IKU 2026");
    const atOld = plan.cells.find((c) => c.address === before.IKU10);
    expect(sheet.cells.get(before.IKU10)?.formula).toBe(atOld?.formula ?? atOld?.value);
    // The removed indicator's names are gone; the old table's last rows are cleared.
    expect(fake.workbook.names.some((n) => n.name.startsWith("IKU04_"))).toBe(false);
    const end = parseAddress(plan.range.split(":")[1]);
    for (const k of sheet.cells.keys()) expect(parseAddress(k).row).toBeLessThanOrEqual(end.row);
  });

  it("lifts the add-in's own protection (no password) and puts it back", async () => {
    const fake = createFakeExcel();
    await generate(fake, buildSheetPlan(settings()));
    expect(fake.sheet("IKU 2026").protected).toBe(true);
    fake.type("IKU05_PENYEBUT_TW4", 50);
    const result = await generate(fake, buildSheetPlan(settings()));
    expect(result).toMatchObject({ ok: true, value: { keptValues: 1 } });
    expect(fake.sheet("IKU 2026").protected).toBe(true);
  });
});

describe("refusals and errors", () => {
  it("never writes a sheet of that name the add-in did not make, and offers a free name", async () => {
    const fake = createFakeExcel({ sheets: ["IKU 2026", "IKU 2026 (2)"] });
    fake.sheet("IKU 2026").cells.set("B2", text("catatan saya"));
    const result = await generate(fake, buildSheetPlan(settings()));
    expect(result).toEqual({
      ok: false,
      problem: { code: "foreignSheet", sheet: "IKU 2026", suggestion: "IKU 2026 (3)" },
    });
    expect(fake.syncs()).toBe(1);
    expect(fake.sheet("IKU 2026").cells).toEqual(new Map([["B2", text("catatan saya")]]));
    expect(fake.workbook.names).toEqual([]);
  });

  it("refuses a second sheet for a tahun that has one, naming it; another year is added", async () => {
    const fake = createFakeExcel();
    await generate(fake, buildSheetPlan(settings()));
    const result = await generate(
      fake,
      buildSheetPlan(settings({ sheetName: "Laporan 2026", tahun: 2026 }))
    );
    expect(result).toEqual({
      ok: false,
      problem: { code: "otherIkuSheet", sheet: "IKU 2026", tahun: 2026 },
    });
    // The read, and the read of the other year sheets' titles.
    expect(fake.syncs()).toBe(2);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "IKU 2026"]);
    const added = await generate(
      fake,
      buildSheetPlan(settings({ sheetName: "IKU 2027", tahun: 2027 }))
    );
    expect(added.ok).toBe(true);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "IKU 2026", "IKU 2027"]);
  });

  it("surfaces cell-edit mode as cellEditMode", async () => {
    const fake = createFakeExcel();
    fake.workbook.cellEditMode = true;
    const result = await generate(fake, buildSheetPlan(settings()));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.code).toBe("cellEditMode");
    expect(fake.workbook.sheets).toHaveLength(1);
  });

  it("reports a password set by the user as sheetProtected and writes nothing", async () => {
    const fake = createFakeExcel();
    await generate(fake, buildSheetPlan(settings()));
    const sheet = fake.sheet("IKU 2026");
    sheet.password = "rahasia";
    const before = new Map(sheet.cells);
    const result = await generate(fake, buildSheetPlan(settings({ mode: "excel" })));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatchObject({
      code: "sheetProtected",
      sheet: "IKU 2026",
    });
    expect(sheet.cells).toEqual(before);
  });

  it("tells the user when the printer refuses the paper size, and still protects the sheet", async () => {
    const fake = createFakeExcel(),
      plan = buildSheetPlan(settings());
    fake.workbook.refusesPaperSize = true;
    const result = await generate(fake, plan);
    expect(result).toMatchObject({
      ok: true,
      value: { created: true, printSetup: { applied: false } },
    });
    if (!result.ok || result.value.printSetup?.applied !== false) throw new Error("no warning");
    expect(result.value.printSetup.detail).toMatch(/paper size/i);
    const sheet = fake.sheet("IKU 2026");
    expect(sheet.protected).toBe(true);
    expect(fake.workbook.active).toBe("IKU 2026");
    expect(sheet.printTitleRows).toBe(plan.print.titleRows);
    expect(sheet.layout.paperSize).toBeUndefined();
    // The table itself is complete.
    const hasil = plan.cells.find((c) => c.name === "IKU06_HASIL");
    expect(fake.valueOf("IKU06_HASIL")).toBe(hasil?.formula);
  });

  it("sets the print setup on a regenerated (protected) sheet too: page setup before protect()", async () => {
    const fake = createFakeExcel(),
      plan = buildSheetPlan(settings());
    await generate(fake, plan);
    const sheet = fake.sheet("IKU 2026");
    sheet.layout = {};
    sheet.printTitleRows = null;
    expect(sheet.protected).toBe(true);
    const result = await generate(fake, plan);
    expect(result).toMatchObject({ ok: true, value: { printSetup: { applied: true } } });
    expect(sheet.layout).toMatchObject({ orientation: "Landscape", paperSize: "Folio" });
    expect(sheet.printTitleRows).toBe(plan.print.titleRows);
    expect(sheet.protected).toBe(true);
  });

  it("reaches Excel through Excel.run in generateFromSettings, and reports notInExcel without it", async () => {
    const fake = createFakeExcel();
    expect(await generateFromSettings(settings())).toEqual({
      ok: false,
      problem: { code: "notInExcel" },
    });
    const result = await withExcel(fake, () => generateFromSettings(settings()));
    expect(result).toMatchObject({ ok: true, value: { created: true, indicators: 18 } });
    // The two syncs of generateIkuSheet and Excel.run's closing one.
    expect(fake.syncs()).toBe(3);
  });
});

describe("pure helpers", () => {
  it("parses name references", () => {
    expect(parseNameReference("='IKU 2026'!$H$19")).toEqual({ sheet: "IKU 2026", address: "H19" });
    expect(parseNameReference("=Sheet1!$A$1")).toEqual({ sheet: "Sheet1", address: "A1" });
    expect(parseNameReference("='Dinas''s'!$B$2")).toEqual({ sheet: "Dinas's", address: "B2" });
    expect(parseNameReference("=#REF!$H$19")).toBeNull();
    expect(parseNameReference("=Sheet1!$A$1:$B$2")).toBeNull();
    expect(parseNameReference(42)).toBeNull();
  });

  it("suggests a free sheet name within Excel's 31 characters", () => {
    expect(suggestSheetName("IKU 2026", ["iku 2026"])).toBe("IKU 2026 (2)");
    const long = "X".repeat(31);
    expect(suggestSheetName(long, [long]).length).toBeLessThanOrEqual(31);
  });

  it("treats a broken marker (deleted sheet) as free", () => {
    const plan = buildSheetPlan(settings());
    const decision = decideGeneration(plan, {
      sheets: [{ name: "Sheet1", protected: false }],
      names: [{ name: MARKER_NAME, formula: "=#REF!$A$1" }],
      values: {},
    });
    expect(decision).toMatchObject({ ok: true, existing: null });
  });

  it("estimates the write of the built-in catalogue far under 5 MB, a larger one above it", () => {
    const small = estimatePayloadBytes(buildSheetPlan(settings()));
    const large = estimatePayloadBytes(buildSheetPlan(settings(), largeCatalogue(10)));
    expect(small).toBeLessThan(MAX_PAYLOAD_BYTES / 5);
    expect(large).toBeGreaterThan(small * 9);
  });
});

describe("notes typed inside the table of the add-in's sheet", () => {
  /** The add-in's sheet with typed inputs and notes in a label, a result and a blank cell. */
  async function sheetWithNotes() {
    const fake = createFakeExcel();
    expect((await generate(fake, buildSheetPlan(settings()))).ok).toBe(true);
    fake.type("IKU03_PEMBILANG_TW4", 45);
    const plan = buildSheetPlan(settings());
    const cells = fake.sheet("IKU 2026").cells;
    const label = plan.cells.find((c) => c.role === "label" && c.value !== undefined)!.address;
    const result = plan.cells.find((c) => c.role === "result")!.address;
    const blank = plan.cells.find((c) => c.role === "label" && c.value === undefined)!.address;
    cells.set(label, text("tanya Bappeda"));
    cells.set(result, { formula: 17, value: 17 });
    cells.set(blank, text("catatan: data belum final"));
    return { fake, label, result, blank };
  }

  it("are listed with their contents and nothing is written unless the user agrees", async () => {
    const { fake, label, result, blank } = await sheetWithNotes();
    const before = JSON.stringify([...fake.sheet("IKU 2026").cells]);
    const outcome = await generate(fake, buildSheetPlan(settings({ tahun: 2027 })));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.code).toBe("userNotes");
    expect(outcome.problem.sheet).toBe("IKU 2026");
    expect(new Set(outcome.problem.notes)).toEqual(
      new Set([
        { address: label, content: "tanya Bappeda" },
        { address: result, content: 17 },
        { address: blank, content: "catatan: data belum final" },
      ])
    );
    // Only the read ran: the sheet is as it was.
    expect(fake.syncs()).toBe(1);
    expect(JSON.stringify([...fake.sheet("IKU 2026").cells])).toBe(before);

    const agreed = await generateIkuSheet(
      fake.context,
      buildSheetPlan(settings({ tahun: 2027 })),
      undefined,
      { removeNotes: true }
    );
    expect(agreed).toMatchObject({ ok: true, value: { created: false, keptValues: 1 } });
    expect(fake.valueOf("IKU03_PEMBILANG_TW4")).toBe(45);
    expect(fake.sheet("IKU 2026").cells.get(blank)).toBeUndefined();
  });

  it("are not reported for the add-in's own labels when the year, agency or catalogue change", async () => {
    const fake = createFakeExcel();
    expect((await generate(fake, buildSheetPlan(settings()))).ok).toBe(true);
    fake.type("IKU03_PEMBILANG_TW4", 45);
    fake.type("IKU18_TARGET", "95");
    const changed: Catalogue = {
      ...CATALOGUE,
      indicators: CATALOGUE.indicators
        .filter((i) => i.code !== "IKU04" && i.code !== "IKU18")
        .map((i) => (i.code === "IKU10" ? { ...i, order: 0 } : i)),
    };
    const plan = buildSheetPlan(
      settings({ tahun: 2027, namaPerangkatDaerah: "Dinas Sosial Kota Contoh", mode: "excel" }),
      changed
    );
    expect(await generate(fake, plan)).toMatchObject({ ok: true, value: { created: false } });
    // And back to the full catalogue: the texts of the smaller sheet are the add-in's too.
    expect(await generate(fake, buildSheetPlan(settings()))).toMatchObject({ ok: true });
  });

  it("inputs kept by name and cells outside the table are no notes", async () => {
    const fake = createFakeExcel();
    const plan = buildSheetPlan(settings());
    expect((await generate(fake, plan)).ok).toBe(true);
    fake.type("IKU01_NILAI_TW4", "belum ada data");
    const end = parseAddress(plan.range.split(":")[1]);
    fake.sheet("IKU 2026").cells.set(`A${end.row + 3}`, text("catatan di bawah tabel"));
    expect(await generate(fake, plan)).toMatchObject({ ok: true, value: { keptValues: 1 } });
    expect(fake.sheet("IKU 2026").cells.get(`A${end.row + 3}`)).toEqual(
      text("catatan di bawah tabel")
    );
  });
});
