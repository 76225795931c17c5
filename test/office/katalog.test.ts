import { CATALOGUE } from "../../src/core/catalogue";
import type { GridValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import {
  KATALOG_COLUMNS,
  KATALOG_MAX_INDICATORS,
  KATALOG_SHEET,
} from "../../src/core/katalog/layout";
import { catalogueOfKatalog } from "../../src/core/katalog/workbook";
import { katalogContent } from "../../src/core/katalog/write";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import type { FormulaMode, SheetSettings } from "../../src/core/sheet/types";
import { auditInContext, validateInContext } from "../../src/office/check";
import { generateIkuSheet } from "../../src/office/generate";
import { createKatalogInContext } from "../../src/office/katalog";
import { readWorkbookGrid } from "../../src/office/read-workbook";
import { SheetMemo } from "../../src/office/sheet-memo";
import { DINKES_KATALOG } from "../core/katalog/dinkes";
import { createFakeExcel } from "../fake-excel/fake-excel";
import type { FakeExcel } from "../fake-excel/fake-excel";

const settings = (mode: FormulaMode, overrides: Partial<SheetSettings> = {}): SheetSettings => ({
  tahun: 2026,
  namaPerangkatDaerah: "Dinas Kesehatan Kota Contoh",
  sheetName: "IKU 2026",
  mode,
  ...overrides,
});

function katalogGrid(rows: GridValue[][], name = KATALOG_SHEET): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return { name, origin: "A1", values, formulas: values };
}

/** A workbook with a Katalog sheet (the Dinkes one unless given) and a sheet of other data. */
function dinkesWorkbook(rows: GridValue[][] = DINKES_KATALOG, name = KATALOG_SHEET): FakeExcel {
  const grid: WorkbookGrid = {
    workbook: "Dinkes.xlsx",
    sheets: [
      { name: "Data", origin: "A1", values: [["anggaran"]], formulas: [["anggaran"]] },
      katalogGrid(rows, name),
    ],
    names: [],
  };
  return createFakeExcel({ grid });
}

const dinkesCatalogue = () => {
  const resolved = catalogueOfKatalog(katalogGrid(DINKES_KATALOG));
  if (!resolved.ok) throw new Error("the Dinkes Katalog must read");
  return resolved.catalogue;
};

/** The workbook's sheets and names, to prove an operation changed nothing. */
function snapshot(excel: FakeExcel): string {
  const { sheets, names, active, selected } = excel.workbook;
  return JSON.stringify({ sheets, names, active, selected }, (_key, value: unknown) =>
    value instanceof Map ? [...value] : value instanceof Set ? [...value] : value
  );
}

describe.each<FormulaMode>(["iku", "excel"])("generate from a workbook's Katalog (%s)", (mode) => {
  test("writes the Dinkes sheet with its names and formulas in the two syncs, and says so", async () => {
    const excel = dinkesWorkbook();
    const result = await generateIkuSheet(excel.context, { settings: settings(mode) });
    expect(excel.syncs()).toBe(2);
    expect(result).toMatchObject({
      ok: true,
      value: {
        sheet: "IKU 2026",
        created: true,
        indicators: 5,
        catalogue: { source: "katalog", sheet: KATALOG_SHEET, indicators: 5 },
      },
    });
    const plan = buildSheetPlan(settings(mode), dinkesCatalogue());
    expect(result.ok && result.value.firstInput).toBe(plan.indicators[0].inputs[0].address);
    const sheet = excel.sheet("IKU 2026");
    for (const c of plan.cells) {
      if (c.formula) expect(sheet.cells.get(c.address)?.formula).toBe(c.formula);
    }
    for (const n of plan.names) {
      expect(excel.workbook.names.find((x) => x.name === n.name)?.formula).toBe(n.refersTo);
    }
    // The agency's codes name its cells; no DSPM indicator is on the sheet.
    expect(excel.named("KES01_HASIL").sheet.name).toBe("IKU 2026");
    expect(excel.workbook.names.some((n) => n.name.startsWith("IKU06_"))).toBe(false);
    // Validation and the marks of invalid inputs come with it.
    expect(sheet.validations.size).toBe(plan.validations.length);
    expect(sheet.conditionalFormats.length).toBe(plan.conditionalFormats.length);
  });

  test("a regenerate keeps every typed value of the Katalog's indicators", async () => {
    const excel = dinkesWorkbook();
    await generateIkuSheet(excel.context, { settings: settings(mode) });
    const plan = buildSheetPlan(settings(mode), dinkesCatalogue());
    const inputs = plan.indicators.flatMap((ind) => [...ind.inputs, ind.target]);
    inputs.forEach((cell, i) => excel.type(cell.name, i + 1));
    excel.resetSyncs();
    const again = await generateIkuSheet(excel.context, { settings: settings(mode) });
    expect(excel.syncs()).toBe(2);
    expect(again).toMatchObject({ ok: true, value: { created: false, keptValues: inputs.length } });
    inputs.forEach((cell, i) => expect(excel.valueOf(cell.name)).toBe(i + 1));
  });
});

test("the Katalog's Perangkat Daerah names the sheet's agency when the form's name is only the default", async () => {
  const dspm = settings("iku", { namaPerangkatDaerah: CATALOGUE.agency.nama });
  const titleOf = (s: SheetSettings) =>
    buildSheetPlan(s, dinkesCatalogue()).cells.find((c) => c.address === "A2")?.value;
  const typed = dinkesWorkbook();
  await generateIkuSheet(typed.context, { settings: dspm });
  expect(typed.sheet("IKU 2026").cells.get("A2")?.formula).toBe(titleOf(dspm));
  const defaulted = dinkesWorkbook();
  await generateIkuSheet(defaulted.context, { settings: dspm }, undefined, {
    agencyFromKatalog: true,
  });
  const dinkes = titleOf(settings("iku"));
  expect(dinkes).toMatch(/Kesehatan/i);
  expect(defaulted.sheet("IKU 2026").cells.get("A2")?.formula).toBe(dinkes);
});

test("a Katalog sheet named with a space after it is found by its own name (one more read)", async () => {
  const excel = dinkesWorkbook(DINKES_KATALOG, "Katalog IKU ");
  const result = await generateIkuSheet(excel.context, { settings: settings("iku") });
  expect(excel.syncs()).toBe(3);
  expect(result).toMatchObject({
    ok: true,
    value: { indicators: 5, catalogue: { source: "katalog", sheet: "Katalog IKU " } },
  });
});

describe("a Katalog with mistakes", () => {
  const broken = (): GridValue[][] => {
    const rows = DINKES_KATALOG.map((r) => [...r]);
    rows[2][3] = "persen"; // KES01's Jenis
    rows[4][0] = "KES02"; // KES03's Kode, a duplicate
    return rows;
  };

  test("writes nothing and answers with its findings and their cells", async () => {
    const excel = dinkesWorkbook(broken());
    const before = snapshot(excel);
    const result = await generateIkuSheet(excel.context, { settings: settings("iku") });
    expect(snapshot(excel)).toBe(before);
    expect(excel.syncs()).toBe(1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe("katalogInvalid");
    expect(result.problem.sheet).toBe(KATALOG_SHEET);
    expect(result.problem.findings?.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      [KATALOG_SHEET, "D3", "katalog.jenisUnknown"],
      [KATALOG_SHEET, "A5", "katalog.kodeDuplicate"],
    ]);
    expect(result.problem.findings?.[0].message).toMatch(/persen/);
  });

  test("an empty Katalog sheet is a finding too, not the built-in catalogue", async () => {
    const excel = createFakeExcel({ sheets: ["Data", "katalog iku"] });
    const result = await generateIkuSheet(excel.context, { settings: settings("iku") });
    expect(result).toMatchObject({
      ok: false,
      problem: { code: "katalogInvalid", sheet: "katalog iku" },
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Data", "katalog iku"]);
  });

  test("Periksa Data and Audit Rumus answer with the Katalog's findings", async () => {
    const excel = dinkesWorkbook(broken());
    for (const check of [validateInContext, auditInContext]) {
      const result = await check(excel.context);
      expect(result).toMatchObject({
        ok: true,
        value: { sheets: [], catalogue: { source: "katalog", sheet: KATALOG_SHEET } },
      });
      if (!result.ok) return;
      expect(result.value.findings.map((f) => f.cell)).toEqual(["D3", "A5"]);
    }
  });
});

describe("the checks on a workbook with a Katalog", () => {
  async function generated(): Promise<FakeExcel> {
    const excel = dinkesWorkbook();
    await generateIkuSheet(excel.context, { settings: settings("excel") });
    const plan = buildSheetPlan(settings("excel"), dinkesCatalogue());
    // KES01 (persentase): a numerator above its denominator; the rest typed well.
    for (const ind of plan.indicators) {
      ind.inputs.forEach((cell, i) => excel.type(cell.name, i === 0 ? 50 : 40));
      excel.type(ind.target.name, 10);
    }
    return excel;
  }

  test("Periksa Data reads the IKU sheet with the Katalog's catalogue", async () => {
    const excel = await generated();
    const memo = new SheetMemo();
    memo.remember(excel.workbook.sheets.map((s) => s.name));
    excel.resetSyncs();
    const result = await validateInContext(excel.context, memo);
    // The Katalog sheet, known to the memo, is read in the batch of the IKU sheet.
    expect(excel.syncs()).toBe(1);
    expect(result).toMatchObject({
      ok: true,
      value: {
        sheets: ["IKU 2026"],
        catalogue: { source: "katalog", sheet: KATALOG_SHEET, indicators: 5 },
      },
    });
    if (!result.ok) return;
    expect(result.value.findings.map((f) => f.indicator)).toEqual(["KES01"]);
  });

  test("without the memo, the Katalog sheet costs one more sync", async () => {
    const excel = await generated();
    excel.resetSyncs();
    const result = await validateInContext(excel.context);
    expect(excel.syncs()).toBe(2);
    expect(result.ok && result.value.findings.map((f) => f.indicator)).toEqual(["KES01"]);
  });

  test("a Katalog sheet the memo knew and that is gone falls back to the full read", async () => {
    const excel = await generated();
    const memo = new SheetMemo();
    memo.remember([...excel.workbook.sheets.map((s) => s.name), "Katalog IKU"]);
    excel.workbook.sheets = excel.workbook.sheets.filter((s) => s.name !== KATALOG_SHEET);
    excel.resetSyncs();
    const result = await validateInContext(excel.context, memo);
    // The failed batch, then the full read without the memo (2 syncs).
    expect(excel.syncs()).toBe(3);
    expect(result.ok && result.value.catalogue).toEqual({
      source: "builtin",
      indicators: CATALOGUE.indicators.length,
    });
    expect(memo.known).toEqual(excel.workbook.sheets.map((s) => s.name));
  });

  test("Audit Rumus reads the IKU sheet with the Katalog's catalogue: the clean sheet has no finding", async () => {
    const excel = await generated();
    const result = await auditInContext(excel.context);
    expect(result).toMatchObject({
      ok: true,
      value: {
        sheets: ["IKU 2026"],
        findings: [],
        catalogue: { source: "katalog", sheet: KATALOG_SHEET, indicators: 5 },
      },
    });
  });
});

/** The Katalog sheet as the checks read it. */
async function readKatalogBack(excel: FakeExcel): Promise<SheetGrid> {
  const read = await readWorkbookGrid(excel.context);
  const sheet = read.grid.sheets.find((s) => s.name === KATALOG_SHEET);
  if (!sheet) throw new Error("no Katalog sheet");
  return sheet;
}

describe("creating the Katalog sheet", () => {
  test("prefilled with the built-in catalogue: it reads back as the built-in one, and generates its sheet", async () => {
    const excel = createFakeExcel({ sheets: ["Sheet1"] });
    const memo = new SheetMemo();
    const result = await createKatalogInContext(excel.context, "builtin", {}, memo);
    expect(excel.syncs()).toBe(2);
    expect(result).toEqual({
      ok: true,
      value: { sheet: KATALOG_SHEET, indicators: CATALOGUE.indicators.length, replaced: false },
    });
    expect(memo.known).toEqual(["Sheet1", KATALOG_SHEET]);
    const back = catalogueOfKatalog(await readKatalogBack(excel));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    for (const mode of ["iku", "excel"] as const) {
      const s = settings(mode, { namaPerangkatDaerah: CATALOGUE.agency.nama });
      expect(buildSheetPlan(s, back.catalogue)).toEqual(buildSheetPlan(s, CATALOGUE));
    }
  });

  test("laid out as a table to edit: bold header, widths, frozen header, text cells, lists on Jenis and Polaritas", async () => {
    const excel = createFakeExcel({ sheets: ["Sheet1"] });
    await createKatalogInContext(excel.context, "builtin");
    const sheet = excel.sheet(KATALOG_SHEET);
    const content = katalogContent(CATALOGUE);
    const headerRow = content.headerRow + 1;
    expect(sheet.cells.get(`A${headerRow}`)?.formula).toBe("Kode");
    expect(sheet.formats.get(`A${headerRow}`)?.["font.bold"]).toBe(true);
    expect(sheet.formats.get(`M${headerRow}`)?.["font.bold"]).toBe(true);
    expect(sheet.frozen).toEqual({ rows: headerRow, columns: 0 });
    expect(sheet.columnWidths.size).toBe(KATALOG_COLUMNS.length);
    expect(sheet.numberFormats.get(`A${headerRow + 1}`)).toBe("@");
    const end = headerRow + KATALOG_MAX_INDICATORS;
    const jenis = sheet.validations.get(`D${headerRow + 1}:D${end}`);
    expect(jenis?.rule).toEqual({
      list: {
        inCellDropDown: true,
        source: "persentase,rasio,jumlah,nilai,pertumbuhan,penurunan",
      },
    });
    expect(sheet.validations.get(`I${headerRow + 1}:I${end}`)?.rule).toEqual({
      list: { inCellDropDown: true, source: "positif,negatif" },
    });
    expect(excel.workbook.active).toBe(KATALOG_SHEET);
    expect(excel.workbook.selected).toBe(`A${headerRow + 1}`);
  });

  test("empty with one example row: it reads back with no findings", async () => {
    const excel = createFakeExcel({ sheets: ["Sheet1"] });
    const result = await createKatalogInContext(excel.context, "example");
    expect(result).toMatchObject({ ok: true, value: { indicators: 1 } });
    const back = catalogueOfKatalog(await readKatalogBack(excel));
    expect(back).toMatchObject({ ok: true, source: "katalog" });
    if (!back.ok) return;
    expect(back.catalogue.indicators.map((i) => i.code)).toEqual([CATALOGUE.indicators[0].code]);
  });

  test("an existing Katalog sheet is never replaced without asking", async () => {
    const excel = dinkesWorkbook(DINKES_KATALOG, "KATALOG IKU");
    const before = snapshot(excel);
    const result = await createKatalogInContext(excel.context, "builtin");
    expect(result).toEqual({ ok: false, problem: { code: "katalogExists", sheet: "KATALOG IKU" } });
    expect(snapshot(excel)).toBe(before);
    expect(excel.syncs()).toBe(1);
  });

  test("replaced when the user agreed: the old rows are gone", async () => {
    const excel = dinkesWorkbook();
    const result = await createKatalogInContext(excel.context, "example", { replace: true });
    expect(result).toMatchObject({ ok: true, value: { replaced: true, indicators: 1 } });
    const back = catalogueOfKatalog(await readKatalogBack(excel));
    expect(back.ok && back.catalogue.indicators.map((i) => i.code)).toEqual([
      CATALOGUE.indicators[0].code,
    ]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Data", KATALOG_SHEET]);
  });

  test("a Katalog sheet protected by staff is refused, unchanged", async () => {
    const excel = dinkesWorkbook();
    const sheet = excel.sheet(KATALOG_SHEET);
    sheet.protected = true;
    sheet.password = "rahasia";
    const before = snapshot(excel);
    await expect(
      createKatalogInContext(excel.context, "builtin", { replace: true })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(snapshot(excel)).toBe(before);
  });
});
