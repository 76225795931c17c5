import { CATALOGUE } from "../../src/core/catalogue";
import { buildSheetPlan, MARKER_NAME } from "../../src/core/sheet/plan";
import type { SheetSettings } from "../../src/core/sheet/types";
import { auditInContext, validateInContext } from "../../src/office/check";
import { generateIkuSheet } from "../../src/office/generate";
import { writeRenstraInContext } from "../../src/office/renstra";
import { rememberSheetsInContext } from "../../src/office/read-workbook";
import { SheetMemo } from "../../src/office/sheet-memo";
import { exampleInputs } from "../cases/generate";
import { createFakeExcel, withExcel } from "../fake-excel/fake-excel";
import { subscribeInContext } from "../../src/office/navigate";
import type { FakeExcel, SheetModel } from "../fake-excel/fake-excel";

/**
 * Several years in one workbook on the fake Excel: each year's sheet has its own (sheet-scoped)
 * names, generating one year changes nothing on the others, one tahun has one sheet, a one-year
 * workbook of the previous version (workbook-wide names) is upgraded keeping every typed value,
 * and the checks cover every year's sheet.
 */

const settings = (tahun: number, over: Partial<SheetSettings> = {}): SheetSettings => ({
  tahun,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: `IKU ${tahun}`,
  mode: "excel",
  ...over,
});

async function generate(fake: FakeExcel, tahun: number, over: Partial<SheetSettings> = {}) {
  fake.resetSyncs();
  const result = await generateIkuSheet(fake.context, buildSheetPlan(settings(tahun, over)));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

/** A sheet's state as plain data (cells, formats, validations, marks, layout) and its names. */
function sheetState(fake: FakeExcel, name: string): string {
  const sheet: SheetModel = fake.sheet(name);
  const names = fake.workbook.names
    .filter((n) => n.scope === name || (n.scope === undefined && n.formula.includes(name)))
    .map((n) => ({ ...n }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return JSON.stringify({ sheet, names }, (_key, value: unknown) =>
    value instanceof Map ? [...value] : value instanceof Set ? [...value] : value
  );
}

/** Types the example inputs on a year's sheet, as staff would. */
function typeInputs(fake: FakeExcel, tahun: number): Record<string, unknown> {
  const plan = buildSheetPlan(settings(tahun));
  const typed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(exampleInputs(plan))) {
    fake.type(name, value, `IKU ${tahun}`);
    typed[name] = value;
  }
  return typed;
}

async function threeYears(): Promise<FakeExcel> {
  const fake = createFakeExcel({ sheets: ["Data"] });
  for (const tahun of [2025, 2026, 2027]) {
    await generate(fake, tahun);
    typeInputs(fake, tahun);
  }
  return fake;
}

describe("several years in one workbook (fake Excel)", () => {
  test("each year's sheet has its own names, the marker included; no name is workbook-wide", async () => {
    const fake = await threeYears();
    expect(fake.workbook.names.filter((n) => n.scope === undefined)).toEqual([]);
    for (const tahun of [2025, 2026, 2027]) {
      const sheet = `IKU ${tahun}`;
      expect(fake.named(MARKER_NAME, sheet).sheet.name).toBe(sheet);
      expect(fake.named("IKU06_HASIL", sheet).sheet.name).toBe(sheet);
    }
    // The same formulas on every sheet: each finds its own sheet's names.
    expect(fake.valueOf("IKU06_HASIL", "IKU 2025")).toBe(fake.valueOf("IKU06_HASIL", "IKU 2027"));
  });

  test("regenerating one year changes nothing on the other years' sheets (values, formulas, formats, names)", async () => {
    const fake = await threeYears();
    const before2025 = sheetState(fake, "IKU 2025");
    const before2027 = sheetState(fake, "IKU 2027");
    const typed = typeInputs(fake, 2026);
    const outcome = await generate(fake, 2026, { mode: "iku" });
    expect(outcome).toMatchObject({ sheet: "IKU 2026", created: false });
    expect(outcome.keptValues).toBe(Object.keys(typed).length);
    // Two syncs of the generate, one more to read the other years' titles (one tahun, one sheet).
    expect(fake.syncs()).toBe(3);
    expect(sheetState(fake, "IKU 2025")).toBe(before2025);
    expect(sheetState(fake, "IKU 2027")).toBe(before2027);
    for (const [name, value] of Object.entries(typed)) {
      expect(fake.valueOf(name, "IKU 2026")).toBe(value);
    }
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([
      "Data",
      "IKU 2025",
      "IKU 2026",
      "IKU 2027",
    ]);
  });

  test("a second sheet for a tahun that has one is refused, naming it; nothing changes", async () => {
    const fake = await threeYears();
    const before = JSON.stringify(fake.workbook.names);
    fake.resetSyncs();
    const result = await generateIkuSheet(
      fake.context,
      buildSheetPlan(settings(2026, { sheetName: "Laporan 2026" }))
    );
    expect(result).toEqual({
      ok: false,
      problem: { code: "otherIkuSheet", sheet: "IKU 2026", tahun: 2026 },
    });
    expect(fake.workbook.sheets.map((s) => s.name)).not.toContain("Laporan 2026");
    expect(JSON.stringify(fake.workbook.names)).toBe(before);
  });

  test("Periksa Data and Audit Rumus check every year's sheet; a planted mistake is found on its sheet", async () => {
    const fake = await threeYears();
    fake.type("IKU05_PENYEBUT_TW4", -3, "IKU 2026");
    const hasil = fake.named("IKU06_HASIL", "IKU 2027");
    fake.typeAt("IKU 2027", hasil.address, 42);
    const memo = new SheetMemo();
    await rememberSheetsInContext(fake.context, memo);
    fake.resetSyncs();
    const validated = await validateInContext(fake.context, memo);
    expect(fake.syncs()).toBe(1);
    if (!validated.ok) throw new Error(JSON.stringify(validated.problem));
    expect(validated.value.sheets).toEqual(["IKU 2025", "IKU 2026", "IKU 2027"]);
    expect(validated.value.findings.map((f) => [f.sheet, f.rule])).toEqual([
      ["IKU 2026", "input.negative"],
    ]);
    fake.resetSyncs();
    const audited = await auditInContext(fake.context, memo);
    expect(fake.syncs()).toBe(1);
    if (!audited.ok) throw new Error(JSON.stringify(audited.problem));
    expect(audited.value.sheets).toEqual(["IKU 2025", "IKU 2026", "IKU 2027"]);
    const overwritten = audited.value.findings.filter((f) => f.rule === "formula.overwritten");
    expect(overwritten.map((f) => [f.sheet, f.cell])).toEqual([["IKU 2027", hasil.address]]);
  });

  test("the pane hears changes on every year's sheet", async () => {
    const fake = await threeYears();
    const calls: string[] = [];
    const result = await subscribeInContext(fake.context, () => calls.push("x"));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    await fake.changed("IKU 2025", "A1");
    await fake.changed("IKU 2027", "A1");
    await fake.changed("Data", "A1");
    expect(calls).toEqual(["x", "x"]);
    await withExcel(fake, () => result.value());
    expect(["iku 2025", "iku 2026", "iku 2027"].map((s) => fake.workbook.handlers.get(s))).toEqual([
      [],
      [],
      [],
    ]);
  });
});

describe("upgrade of a one-year workbook made before names were sheet-scoped", () => {
  /** A workbook as the previous version left it: every add-in name workbook-wide. */
  async function legacyWorkbook(): Promise<{ fake: FakeExcel; typed: Record<string, unknown> }> {
    const fake = createFakeExcel({ sheets: ["Data"] });
    await generate(fake, 2026);
    const typed = typeInputs(fake, 2026);
    fake.typeAt("IKU 2026", fake.named("IKU06_TARGET", "IKU 2026").address, 75);
    typed.IKU06_TARGET = 75;
    for (const n of fake.workbook.names) delete n.scope;
    // A name staff made, workbook-wide, stays as it is.
    fake.workbook.names.push({ name: "CATATAN_SAYA", formula: "='IKU 2026'!$B$2", comment: "" });
    return { fake, typed };
  }

  test("the next generate makes every add-in name the sheet's own and keeps every typed value", async () => {
    const { fake, typed } = await legacyWorkbook();
    const outcome = await generate(fake, 2026);
    expect(outcome.keptValues).toBe(Object.keys(typed).length);
    expect(fake.syncs()).toBe(2);
    const workbookWide = fake.workbook.names.filter((n) => n.scope === undefined);
    expect(workbookWide.map((n) => n.name)).toEqual(["CATATAN_SAYA"]);
    const plan = buildSheetPlan(settings(2026));
    expect(
      fake.workbook.names
        .filter((n) => n.scope === "IKU 2026")
        .map((n) => n.name)
        .sort()
    ).toEqual(plan.names.map((n) => n.name).sort());
    for (const [name, value] of Object.entries(typed)) {
      expect(fake.valueOf(name, "IKU 2026")).toBe(value);
    }
  });

  test("a new year next to a one-year workbook leaves the old sheet and its names as they are", async () => {
    const { fake } = await legacyWorkbook();
    const before = sheetState(fake, "IKU 2026");
    await generate(fake, 2027);
    expect(sheetState(fake, "IKU 2026")).toBe(before);
    expect(fake.named("IKU06_HASIL", "IKU 2027").sheet.name).toBe("IKU 2027");
    expect(fake.named("IKU06_HASIL", "IKU 2026").sheet.name).toBe("IKU 2026");
  });
});

describe("reads of a generate in a workbook of several years", () => {
  test("with the pane's memo of the year sheets, a regenerate reads the others' titles in its first sync (2 syncs); a year sheet added since costs one more", async () => {
    const fake = await threeYears();
    const memo = new SheetMemo();
    await rememberSheetsInContext(fake.context, memo);
    fake.resetSyncs();
    const again = await generateIkuSheet(fake.context, buildSheetPlan(settings(2026)), memo);
    expect(again).toMatchObject({ ok: true, value: { created: false } });
    expect(fake.syncs()).toBe(2);

    // The one-sheet-per-year check still sees every year through the memo: a second 2025 sheet
    // is refused, naming the other.
    fake.resetSyncs();
    const twin = await generateIkuSheet(
      fake.context,
      buildSheetPlan(settings(2025, { sheetName: "IKU 2025 (2)" })),
      memo
    );
    expect(twin).toMatchObject({ ok: false, problem: { code: "otherIkuSheet" } });
    expect(JSON.stringify(twin)).toContain("IKU 2025");
    // Refused after the one read: nothing is written.
    expect(fake.syncs()).toBe(1);

    // A year added without the pane (another context, no memo): the memo misses it.
    await generate(fake, 2028);
    fake.resetSyncs();
    const after = await generateIkuSheet(fake.context, buildSheetPlan(settings(2026)), memo);
    expect(after).toMatchObject({ ok: true });
    expect(fake.syncs()).toBe(3);
    // ... and the generate remembered it: the next one is back to 2.
    fake.resetSyncs();
    await generateIkuSheet(fake.context, buildSheetPlan(settings(2026)), memo);
    expect(fake.syncs()).toBe(2);
  });

  test("a year generated from the settings links its Target to the Target Renstra without another read (the Renstra's names come with the sheet list)", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const renstra = await writeRenstraInContext(fake.context, {
      periode: { awal: 2025, akhir: 2029 },
    });
    expect(renstra.ok).toBe(true);
    fake.type("IKU06_TARGET_2026", 82, "Target Renstra");
    fake.resetSyncs();
    const result = await generateIkuSheet(fake.context, { settings: settings(2026) });
    expect(result).toMatchObject({ ok: true, value: { created: true } });
    expect(fake.syncs()).toBe(2);
    const link = fake.valueOf("IKU06_TARGET", "IKU 2026");
    expect(String(link)).toMatch(
      /^=IF\(ISBLANK\('Target Renstra'!\$[A-Z]+\$\d+\),"",'Target Renstra'!\$[A-Z]+\$\d+\)$/
    );
    const cell = fake.named("IKU06_TARGET_2026", "Target Renstra").address;
    expect(String(link)).toContain(`'Target Renstra'!$${cell.replace(/(\d+)/, "$$$1")}`);
  });
});
