import { CATALOGUE } from "../../src/core/catalogue";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import type { SheetSettings } from "../../src/core/sheet/types";
import { generateIkuSheet } from "../../src/office/generate";
import { createFakeExcel } from "../fake-excel/fake-excel";
import type { FakeExcel } from "../fake-excel/fake-excel";

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
  /** What the restore promises: contents, number formats, names and protection. */
  function kept(fake: FakeExcel) {
    const sheet = fake.sheet("IKU 2026");
    return {
      cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)),
      numberFormats: [...sheet.numberFormats]
        .filter(([, f]) => f !== "General")
        .sort(([a], [b]) => a.localeCompare(b)),
      names: [...fake.workbook.names].sort((a, b) => a.name.localeCompare(b.name)),
      protected: sheet.protected,
      data: [...fake.sheet("Data").cells],
    };
  }

  async function existing(): Promise<FakeExcel> {
    const fake = workbook();
    expect((await generateIkuSheet(fake.context, plan)).ok).toBe(true);
    fake.type("IKU01_NILAI", 78.5);
    fake.type("IKU03_PEMBILANG", "dua belas");
    return fake;
  }

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

  test("puts contents, number formats, names and protection back, whichever operation fails", async () => {
    let failures = 0;
    for (let n = 1; ; n++) {
      const fake = await existing();
      const before = kept(fake);
      const result = await regenerateWithFailure(fake, n);
      if (result.ok) break; // past the last operation
      failures++;
      expect(result.problem).toMatchObject({ sheet: "IKU 2026", restored: true });
      expect({ n, state: kept(fake) }).toEqual({ n, state: before });
    }
    expect(failures).toBeGreaterThan(50);
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
    // Sync 2 is the write, 3 the restore's read, 4 the restore's write.
    if (syncs === 2) fake.workbook.failAtOperation = 40;
    if (syncs === 4) fake.workbook.failAtOperation = 3;
    try {
      return await originalSync();
    } finally {
      fake.workbook.failAtOperation = null;
    }
  };
  const next = buildSheetPlan({ ...settings, tahun: 2027 }, catalogue);
  const result = await generateIkuSheet(context, next);
  expect(syncs).toBe(4);
  expect(result).toMatchObject({ ok: false, problem: { sheet: "IKU 2026", restored: false } });
});
