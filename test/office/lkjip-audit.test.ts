import { CATALOGUE } from "../../src/core/catalogue";
import type { Finding } from "../../src/core/grid";
import { buildLkjipPlan } from "../../src/core/sakip/lkjip";
import type { LkjipPlan } from "../../src/core/sakip/lkjip";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { auditInContext } from "../../src/office/check";
import { generateIkuSheet } from "../../src/office/generate";
import { createLkjipInContext } from "../../src/office/lkjip";
import { rememberSheetsInContext } from "../../src/office/read-workbook";
import { SheetMemo } from "../../src/office/sheet-memo";
import { createFakeExcel } from "../fake-excel/fake-excel";
import type { FakeExcel } from "../fake-excel/fake-excel";

/**
 * The pane's "Audit Rumus" on the Pengukuran Kinerja sheet written by src/office/lkjip.ts: clean
 * as written, each tampering found on its cell, a year sheet added since gives one stale
 * finding; the audit stays one sync with the pane's memo (as without an LKjIP sheet).
 */

const SHEET = "Pengukuran Kinerja 2027";

async function yearSheet(fake: FakeExcel, tahun: number) {
  const plan = buildSheetPlan({
    tahun,
    namaPerangkatDaerah: CATALOGUE.agency.nama,
    sheetName: `IKU ${tahun}`,
    mode: "excel",
  });
  expect((await generateIkuSheet(fake.context, plan)).ok).toBe(true);
}

function planOf(fake: FakeExcel): LkjipPlan {
  const built = buildLkjipPlan({
    tahun: 2027,
    yearSheets: [{ tahun: 2027, sheet: "IKU 2027" }],
    names: fake.workbook.names.map((n) => ({ name: n.name, refersTo: n.formula })),
    namaPerangkatDaerah: CATALOGUE.agency.nama,
  });
  if (!built.ok) throw new Error("no plan");
  return built.plan;
}

/** Audit Rumus as the pane runs it after start-up; its findings on the LKjIP sheet and syncs. */
async function audit(
  fake: FakeExcel
): Promise<{ findings: Finding[]; syncs: number; sheets: string[] }> {
  const memo = new SheetMemo();
  await rememberSheetsInContext(fake.context, memo);
  fake.resetSyncs();
  const r = await auditInContext(fake.context, memo);
  if (!r.ok) throw new Error(r.problem.code);
  return {
    findings: r.value.findings.filter((f) => f.sheet === SHEET || f.rule.startsWith("lkjip.")),
    syncs: fake.syncs(),
    sheets: r.value.sheets,
  };
}

describe("Audit Rumus on the Pengukuran Kinerja sheet in Excel (fake)", () => {
  test("clean as written, in one sync as without the sheet; tampered cells found on their cells", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    await yearSheet(fake, 2027);
    const before = await audit(fake);
    expect(before).toEqual({ findings: [], syncs: 1, sheets: ["IKU 2027"] });
    expect((await createLkjipInContext(fake.context, 2027)).ok).toBe(true);
    // The summary names the LKjIP sheet among the sheets checked.
    expect(await audit(fake)).toEqual({ findings: [], syncs: 1, sheets: ["IKU 2027", SHEET] });

    const plan = planOf(fake);
    const refs = plan.cells.filter(
      (c) => c.formula !== undefined && plan.calcs[c.address].op === "ref"
    );
    const [copied, changed] = refs;
    fake.typeAt(SHEET, copied.address, 85);
    fake.typeAt(SHEET, changed.address, `${changed.formula}*2`);
    fake.typeAt(SHEET, plan.budget[0].address, "satu miliar");
    fake.typeAt(SHEET, plan.budget[1].address, -1000);
    const after = await audit(fake);
    expect(after.syncs).toBe(1);
    expect(after.findings.map((f) => [f.cell, f.rule, f.severity])).toEqual(
      [
        [copied.address, "lkjip.copiedValue", "error"],
        [changed.address, "lkjip.formulaChanged", "error"],
        [plan.budget[0].address, "lkjip.budgetInvalid", "error"],
        [plan.budget[1].address, "lkjip.budgetInvalid", "error"],
      ].sort((a, b) => Number(/\d+/.exec(a[0])![0]) - Number(/\d+/.exec(b[0])![0]))
    );
    const change = after.findings.find((f) => f.rule === "lkjip.formulaChanged")!;
    expect(change.expected).toBe(changed.formula);
    expect(change.message).toContain(changed.formula!);
  });

  test("a year sheet added since: one stale finding; written again, clean", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    await yearSheet(fake, 2027);
    expect((await createLkjipInContext(fake.context, 2027)).ok).toBe(true);
    await yearSheet(fake, 2026);
    const stale = await audit(fake);
    expect(stale.findings.map((f) => [f.sheet, f.rule])).toEqual([[SHEET, "lkjip.stale"]]);
    expect(stale.findings[0].message).toContain("Buat tabel Pengukuran Kinerja");
    expect(stale.syncs).toBe(1);
    expect((await createLkjipInContext(fake.context, 2027)).ok).toBe(true);
    expect((await audit(fake)).findings).toEqual([]);
  });
});
