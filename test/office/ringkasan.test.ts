import { KATALOG_SHEET } from "../../src/core/katalog/layout";
import { ringkasanOfWorkbook } from "../../src/core/sakip/ringkasan";
import type { RingkasanOutcome } from "../../src/core/sakip/ringkasan";
import { selectCellInContext } from "../../src/office/navigate";
import { rememberSheetsInContext } from "../../src/office/read-workbook";
import { readRingkasan, ringkasanInContext } from "../../src/office/ringkasan";
import { SheetMemo } from "../../src/office/sheet-memo";
import { buildCaseGrid } from "../cases/generate";
import { DINKES_KATALOG } from "../core/katalog/dinkes";
import { createFakeExcel, withExcel } from "../fake-excel/fake-excel";
import type { FakeExcel } from "../fake-excel/fake-excel";

/** A year sheet with every indicator filled but one target, as staff leave it mid-year. */
const grid = () =>
  buildCaseGrid({
    description: "",
    mode: "iku",
    inputs: "examples",
    inputOverrides: { IKU06_TARGET: null },
  });

/** Everything the fake workbook holds, to prove the Ringkasan changes nothing. */
function snapshot(excel: FakeExcel): string {
  const { handlers: _handlers, ...model } = excel.workbook;
  return JSON.stringify(model, (_key, value: unknown) =>
    value instanceof Map ? [...value] : value instanceof Set ? [...value] : value
  );
}

function okOutcome(r: Awaited<ReturnType<typeof ringkasanInContext>>): RingkasanOutcome {
  if (!r.ok) throw new Error(`problem ${r.problem.code}`);
  return r.value;
}

describe("Ringkasan on the fake Excel", () => {
  test("one sync with the pane's sheet memo, the core's answer, nothing written", async () => {
    const g = grid();
    const excel = createFakeExcel({ grid: g });
    const memo = new SheetMemo();
    await rememberSheetsInContext(excel.context, memo);
    const before = snapshot(excel);
    excel.resetSyncs();
    const outcome = okOutcome(await ringkasanInContext(excel.context, memo));
    expect(excel.syncs()).toBe(1);
    expect(outcome).toEqual(ringkasanOfWorkbook(g));
    expect(outcome.kind).toBe("ok");
    expect(snapshot(excel)).toBe(before);
  });

  test("without a memo (the pane's first read): two syncs, then one", async () => {
    const excel = createFakeExcel({ grid: grid() });
    const memo = new SheetMemo();
    await ringkasanInContext(excel.context, memo);
    expect(excel.syncs()).toBe(2);
    excel.resetSyncs();
    await ringkasanInContext(excel.context, memo);
    expect(excel.syncs()).toBe(1);
  });

  test("a capaian's cell and a missing target's cell are selected in Excel in one sync", async () => {
    const excel = createFakeExcel({ grid: grid() });
    const outcome = okOutcome(await ringkasanInContext(excel.context));
    if (outcome.kind !== "ok") throw new Error(outcome.kind);
    const rows = outcome.years[0].sasaran.flatMap((s) => s.indicators);
    const filled = rows.find((r) => r.code === "IKU03");
    const missing = rows.find((r) => r.code === "IKU06");
    expect(filled?.capaian.status).toBe("ok");
    expect(missing?.capaian).toEqual({ status: "notFilled", missing: ["target"] });
    for (const [row, name] of [
      [filled, "IKU03_CAPAIAN"],
      [missing, "IKU06_TARGET"],
    ] as const) {
      const cell = row?.cell;
      if (!cell) throw new Error(`${name}: no cell`);
      expect(cell).toEqual({ sheet: "IKU 2026", address: excel.named(name).address });
      excel.resetSyncs();
      await selectCellInContext(excel.context, cell.sheet, cell.address);
      expect(excel.syncs()).toBe(1);
      expect(excel.workbook.active).toBe(cell.sheet);
      expect(excel.workbook.selected).toBe(cell.address);
    }
  });

  test("a Katalog IKU with mistakes: its findings, nothing else read into a Ringkasan", async () => {
    const g = grid();
    const rows = DINKES_KATALOG.map((r) => r.map((v) => v ?? ""));
    rows[rows.findIndex((r) => r[0] === "KES01")][3] = "bukan jenis";
    g.sheets.unshift({ name: KATALOG_SHEET, origin: "A1", values: rows, formulas: rows });
    const excel = createFakeExcel({ grid: g });
    const outcome = okOutcome(await ringkasanInContext(excel.context));
    expect(outcome.kind).toBe("katalogInvalid");
    if (outcome.kind !== "katalogInvalid") return;
    expect(outcome.findings.length).toBeGreaterThan(0);
    expect(outcome.findings.every((f) => f.sheet === KATALOG_SHEET)).toBe(true);
  });

  test("a workbook without an IKU sheet: noIkuSheet (the pane says to generate one)", async () => {
    const excel = createFakeExcel({ sheets: ["Catatan"] });
    expect(okOutcome(await ringkasanInContext(excel.context))).toEqual({ kind: "noIkuSheet" });
  });

  test("readRingkasan runs in its own Excel.run batch", async () => {
    const g = grid();
    const excel = createFakeExcel({ grid: g });
    const r = await withExcel(excel, () => readRingkasan());
    expect(r).toEqual({ ok: true, value: ringkasanOfWorkbook(g) });
  });
});
