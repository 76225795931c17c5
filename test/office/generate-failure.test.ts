import { CATALOGUE } from "../../src/core/catalogue";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import type { SheetSettings } from "../../src/core/sheet/types";
import { BACKUP_SHEET, generateIkuSheet } from "../../src/office/generate";
import { createFakeExcel } from "../fake-excel/fake-excel";
import type { FakeExcel, SheetModel } from "../fake-excel/fake-excel";

/*
 * A batch is not a transaction: Excel applies the operations before a failing one. A generate
 * that creates the sheet and fails at any operation of its write must leave the workbook as it
 * was (the fake fails the n-th operation on request).
 */

const settings: SheetSettings = {
  tahun: 2026,
  namaPerangkatDaerah: "Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang",
  sheetName: "IKU 2026",
  mode: "iku",
};

// Three indicators keep the write short enough to fail it at every one of its operations.
const catalogue = { ...CATALOGUE, indicators: CATALOGUE.indicators.slice(0, 3) };
const plan = buildSheetPlan(settings, catalogue);

jest.setTimeout(300_000);

/** Everything the fake workbook holds except the suspension counters. */
function state(fake: FakeExcel): string {
  const { handlers: _h, suspended: _s, failAtOperation: _f, ...model } = fake.workbook;
  return JSON.stringify(model, (_key, value: unknown) =>
    value instanceof Map ? [...value] : value instanceof Set ? [...value] : value
  );
}

/** A workbook with staff data and a name of its own, and a stale IKU name of a deleted sheet. */
function workbook(): FakeExcel {
  const fake = createFakeExcel({ sheets: ["Data"] });
  fake.sheet("Data").cells.set("A1", { formula: 12, value: 12 });
  fake.workbook.names.push(
    { name: "TOTAL_DATA", formula: "=Data!$A$1", comment: "" },
    { name: "IKU06_PEMBILANG", formula: "=#REF!$H$29", comment: "" }
  );
  return fake;
}

/** Operations of the write sync of a successful create (counted on a fresh workbook). */
async function writeOperations(): Promise<number> {
  for (let n = 1; ; n *= 2) {
    const fake = workbook();
    const probe = await generateWithFailure(fake, n);
    if (probe.ok) return n; // an upper bound: no operation n in the write
  }
}

async function generateWithFailure(fake: FakeExcel, failAt: number) {
  // The read sync runs first; the failure is armed for the write sync.
  const context = fake.context;
  const originalSync = context.sync.bind(context);
  let syncs = 0;
  (context as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    if (syncs === 2) fake.workbook.failAtOperation = failAt;
    try {
      return await originalSync();
    } finally {
      if (syncs === 2) fake.workbook.failAtOperation = null;
    }
  };
  return generateIkuSheet(context, plan);
}

describe("a generate that fails midway", () => {
  test("leaves the workbook as it was, whichever operation of the write fails", async () => {
    const bound = await writeOperations();
    let failures = 0;
    for (let n = 1; n <= bound; n++) {
      const fake = workbook();
      const before = state(fake);
      const result = await generateWithFailure(fake, n);
      if (result.ok) break; // past the last operation
      failures++;
      expect({ n, state: state(fake) }).toEqual({ n, state: before });
    }
    expect(failures).toBeGreaterThan(50);
  });
});

describe("a regenerate over the add-in's sheet that fails midway", () => {
  /** A sheet as it can be seen in Excel (ids of conditional formats are Excel's own). */
  function sheetState(sheet: SheetModel) {
    const sorted = <T>(entries: Iterable<[string | number, T]>) =>
      [...entries].sort(([a], [b]) => String(a).localeCompare(String(b)));
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      protected: sheet.protected,
      password: sheet.password,
      protectionOptions: sheet.protectionOptions,
      cells: sorted(sheet.cells),
      numberFormats: sorted(sheet.numberFormats),
      formats: sorted(sheet.formats),
      merges: [...sheet.merges].sort(),
      validations: sorted(sheet.validations),
      conditionalFormats: sheet.conditionalFormats
        .map((cf) => ({ ...cf, id: 0, address: "", cells: [...cf.cells].sort() }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      columnWidths: sorted(sheet.columnWidths),
      rowHeights: sorted(sheet.rowHeights),
      frozen: sheet.frozen,
      printTitleRows: sheet.printTitleRows,
      layout: sheet.layout,
    };
  }

  /** The whole workbook: every sheet (none added, none left behind) and every name. */
  function kept(fake: FakeExcel) {
    return {
      sheets: fake.workbook.sheets.map(sheetState),
      names: [...fake.workbook.names].sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  /**
   * The add-in's sheet after staff used it: values typed, and what a regenerate changes made
   * different from the plan (a protection with other options, freeze panes, page setup, widths,
   * heights, a fill, a merge, a validation and a mark of their own inside the table).
   */
  async function existing(): Promise<FakeExcel> {
    const fake = workbook();
    expect((await generateIkuSheet(fake.context, plan)).ok).toBe(true);
    fake.type("IKU01_NILAI_TW4", 78.5);
    fake.type("IKU03_PEMBILANG_TW4", "dua belas");
    const sheet = fake.sheet("IKU 2026");
    sheet.protectionOptions = {
      ...(sheet.protectionOptions as Excel.WorksheetProtectionOptions),
      allowFormatCells: true,
      allowInsertRows: true,
      selectionMode: "Unlocked",
    };
    sheet.frozen = { rows: 4, columns: 1 };
    sheet.layout = { ...sheet.layout, orientation: "Portrait" };
    sheet.printTitleRows = "$1:$2";
    sheet.columnWidths.set("A", 33);
    sheet.columnWidths.delete("B");
    sheet.rowHeights.set(2, 44);
    sheet.rowHeights.set(plan.indicators.length + 8, 27);
    sheet.formats.set("A1", { ...sheet.formats.get("A1"), "fill.color": "#FFFF00" });
    const end = plan.range.split(":")[1].replace(/\d+$/, "");
    sheet.merges.push(`A${endRow(plan)}:B${endRow(plan)}`);
    sheet.validations.set(`${end}2`, {
      rule: { wholeNumber: { formula1: 1, operator: "GreaterThan" } },
    });
    sheet.conditionalFormats.push({
      id: 9999,
      type: "Custom",
      address: "A1:B1",
      cells: new Set(["A1", "B1"]),
      formula: '=A1<>""',
      fill: "#FF0000",
    });
    return fake;
  }

  const endRow = (p: typeof plan) => Number(/\d+$/.exec(p.range)?.[0]);

  // Another year and plain Excel formulas: the write changes titles, formulas and formats.
  const next = buildSheetPlan({ ...settings, tahun: 2027, mode: "excel" }, catalogue);

  async function regenerateWithFailure(fake: FakeExcel, failAt: number) {
    const context = fake.context;
    const originalSync = context.sync.bind(context);
    let syncs = 0;
    (context as { sync: () => Promise<void> }).sync = async () => {
      syncs++;
      if (syncs === 2) fake.workbook.failAtOperation = failAt;
      try {
        return await originalSync();
      } finally {
        if (syncs === 2) fake.workbook.failAtOperation = null;
      }
    };
    return generateIkuSheet(context, next);
  }

  test("puts the whole workbook back, whichever operation fails; a success leaves no copy", async () => {
    let failures = 0;
    for (let n = 1; ; n++) {
      const fake = await existing();
      const before = kept(fake);
      const result = await regenerateWithFailure(fake, n);
      if (result.ok) {
        // Past the last operation: the sheet is regenerated and its hidden copy is gone.
        expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Data", "IKU 2026"]);
        expect(fake.sheet("IKU 2026").protectionOptions).toMatchObject({
          allowFormatColumns: true,
          allowFormatCells: false,
        });
        break;
      }
      failures++;
      expect(result.problem).toMatchObject({ sheet: "IKU 2026", restored: true });
      expect({ n, state: kept(fake) }).toEqual({ n, state: before });
    }
    expect(failures).toBeGreaterThan(50);
  });

  test("the upgrade of workbook-wide names: a failure at any operation puts them back workbook-wide, a success makes them the sheet's own", async () => {
    let failures = 0;
    for (let n = 1; ; n++) {
      const fake = await existing();
      // As the previous version left the sheet: every add-in name workbook-wide.
      for (const name of fake.workbook.names) delete name.scope;
      const before = kept(fake);
      const result = await regenerateWithFailure(fake, n);
      if (result.ok) {
        const own = fake.workbook.names.filter((x) => x.scope === "IKU 2026").map((x) => x.name);
        expect(own.sort()).toEqual(next.names.map((x) => x.name).sort());
        // Staff's own name and the stale name of a deleted sheet stay workbook-wide.
        expect(fake.workbook.names.filter((x) => x.scope === undefined).map((x) => x.name)).toEqual(
          ["TOTAL_DATA", "IKU06_PEMBILANG"]
        );
        expect(fake.valueOf("IKU01_NILAI_TW4", "IKU 2026")).toBe(78.5);
        expect(fake.valueOf("IKU03_PEMBILANG_TW4", "IKU 2026")).toBe("dua belas");
        break;
      }
      failures++;
      expect(result.problem).toMatchObject({ sheet: "IKU 2026", restored: true });
      expect({ n, state: kept(fake) }).toEqual({ n, state: before });
    }
    expect(failures).toBeGreaterThan(50);
  });

  test("a sheet staff unprotected stays unprotected, also when the write failed after protecting it", async () => {
    async function unprotected(): Promise<FakeExcel> {
      const fake = await existing();
      const sheet = fake.sheet("IKU 2026");
      sheet.protected = false;
      sheet.protectionOptions = null;
      return fake;
    }
    // The operations of the write: the smallest failAt that no longer fails it.
    let low = 1;
    let high = 4096;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if ((await regenerateWithFailure(await unprotected(), mid)).ok) high = mid;
      else low = mid + 1;
    }
    // The last operations come after the protection; one in the middle before it.
    for (const n of [low - 1, low - 2, low - 3, Math.floor(low / 2)]) {
      const fake = await unprotected();
      const before = kept(fake);
      const result = await regenerateWithFailure(fake, n);
      expect(result).toMatchObject({ ok: false, problem: { restored: true } });
      expect({ n, state: kept(fake) }).toEqual({ n, state: before });
    }
  });

  test("a backup name already taken by a sheet of the workbook is not touched", async () => {
    const fake = await existing();
    fake.addSheet(BACKUP_SHEET).cells.set("A1", { formula: "punya staf", value: "punya staf" });
    const before = kept(fake);
    const result = await regenerateWithFailure(fake, 30);
    expect(result).toMatchObject({ ok: false, problem: { restored: true } });
    expect(kept(fake)).toEqual(before);
    expect((await generateIkuSheet(fake.context, next)).ok).toBe(true);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Data", "IKU 2026", BACKUP_SHEET]);
    expect(fake.sheet(BACKUP_SHEET).cells.get("A1")?.value).toBe("punya staf");
  });

  test("a password set by someone else stops the write before anything changes", async () => {
    const fake = await existing();
    fake.sheet("IKU 2026").password = "rahasia";
    const before = kept(fake);
    const result = await generateIkuSheet(fake.context, next);
    expect(result).toMatchObject({ ok: false, problem: { code: "sheetProtected" } });
    expect(kept(fake)).toEqual(before);
  });

  test("a refused print setup still ends with the sheet protected and no copy left", async () => {
    const fake = await existing();
    fake.workbook.refusesPaperSize = true;
    const result = await generateIkuSheet(fake.context, next);
    expect(result).toMatchObject({ ok: true, value: { printSetup: { applied: false } } });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Data", "IKU 2026"]);
    expect(fake.sheet("IKU 2026").protected).toBe(true);
  });
});

test("a restore that fails too is reported as such, naming the sheet to check", async () => {
  const fake = workbook();
  expect((await generateIkuSheet(fake.context, plan)).ok).toBe(true);
  const context = fake.context;
  const originalSync = context.sync.bind(context);
  let syncs = 0;
  (context as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    // Sync 2 is the write, 3 the restore's read, 4 the read of the copy, 5 the restore's write.
    if (syncs === 2) fake.workbook.failAtOperation = 40;
    if (syncs === 5) fake.workbook.failAtOperation = 3;
    try {
      return await originalSync();
    } finally {
      fake.workbook.failAtOperation = null;
    }
  };
  const next = buildSheetPlan({ ...settings, tahun: 2027 }, catalogue);
  const result = await generateIkuSheet(context, next);
  expect(syncs).toBe(5);
  expect(result).toMatchObject({ ok: false, problem: { sheet: "IKU 2026", restored: false } });
});
