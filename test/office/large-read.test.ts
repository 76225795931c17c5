import type { GridValue, WorkbookGrid } from "../../src/core/grid";
import { analyzeFormulas } from "../../src/core/audit";
import { analyzeInputs } from "../../src/core/validate";
import { readUsedRangesInBatches } from "../../src/office/chunked-read";
import type { ReadProgress } from "../../src/office/chunked-read";
import { auditInContext, validateInContext } from "../../src/office/check";
import { SheetMemo } from "../../src/office/sheet-memo";
import { buildCaseGrid } from "../cases/generate";
import { createFakeExcel, RESPONSE_LIMIT_BYTES } from "../fake-excel/fake-excel";

/*
 * Audit and Periksa Data on a workbook whose single read is over Excel on the web's 5 MB
 * response limit: the strict fake refuses such a response (ResponsePayloadSizeLimitExceeded),
 * so the read must go in batches, with progress, and give the same findings as the in-memory
 * analysis of the same grid.
 */

const SHEETS = 20;
const ROWS = 1250;
const COLUMNS = 20; // 20 sheets × 25,000 cells = 500,000 cells

/** The clean IKU sheet plus data sheets: numbers, texts, and an IKU. formula every 100 rows. */
function largeGrid(sheets = SHEETS): WorkbookGrid {
  const grid = buildCaseGrid({ description: "", mode: "iku", inputs: "examples" });
  for (let s = 0; s < sheets; s++) {
    const values: GridValue[][] = [];
    const formulas: GridValue[][] = [];
    for (let r = 0; r < ROWS; r++) {
      const v: GridValue[] = [];
      const f: GridValue[] = [];
      for (let c = 0; c < COLUMNS; c++) {
        const value = c % 3 === 0 ? `Kelurahan ${r}-${c}` : r * COLUMNS + c + 0.25;
        v.push(value);
        f.push(value);
      }
      if (r % 100 === 0) {
        v[COLUMNS - 1] = 75;
        f[COLUMNS - 1] = `=IKU.PERSENTASE_PPKS_BANSOS(B${r + 1},C${r + 1})`;
      }
      values.push(v);
      formulas.push(f);
    }
    grid.sheets.push({ name: `Data ${s + 1}`, origin: "A1", values, formulas });
  }
  return grid;
}

// Half a million cells through the fake: generous on a shared machine (no time is asserted).
jest.setTimeout(180_000);

describe("a workbook over the 5 MB response limit", () => {
  const grid = largeGrid();

  test("the fake refuses the one-batch read, as Excel on the web does", async () => {
    const excel = createFakeExcel({ grid });
    for (let i = 0; i < SHEETS; i++) {
      const worksheet = excel.context.workbook.worksheets.getItem(`Data ${i + 1}`);
      worksheet.getUsedRangeOrNullObject(true).load("values,formulas");
    }
    await expect(excel.context.sync()).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
  });

  test("audit reads in batches under the limit, with progress, and finds what the analysis finds", async () => {
    const excel = createFakeExcel({ grid });
    const memo = new SheetMemo();
    const progress: ReadProgress[] = [];
    const result = await auditInContext(excel.context, memo, (p) => progress.push(p));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.findings).toEqual(analyzeFormulas(grid).findings);
    expect(excel.maxResponseBytes()).toBeLessThan(RESPONSE_LIMIT_BYTES);
    // Progress: from 0 to every cell, never backwards.
    expect(progress[0].done).toBe(0);
    const last = progress[progress.length - 1];
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThanOrEqual(SHEETS * ROWS * COLUMNS);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i].done).toBeGreaterThanOrEqual(progress[i - 1].done);

    // The memo learnt the size: the next audit goes to batches without a refused sync.
    excel.resetSyncs();
    const again = await auditInContext(excel.context, memo);
    expect(again.ok).toBe(true);
    expect(excel.maxResponseBytes()).toBeLessThan(RESPONSE_LIMIT_BYTES);
  });

  test("Periksa Data reads an IKU sheet over the limit (staff notes far below the table)", async () => {
    const notes = buildCaseGrid({ description: "", mode: "iku", inputs: "examples" });
    const iku = notes.sheets[0];
    const width = iku.values[0].length;
    for (let r = 0; r < 12000; r++) {
      const row = Array.from({ length: width }, (_, c) => `Catatan staf baris ${r} kolom ${c}`);
      iku.values.push(row);
      iku.formulas.push([...row]);
    }
    const excel = createFakeExcel({ grid: notes });
    const progress: ReadProgress[] = [];
    const result = await validateInContext(excel.context, new SheetMemo(), (p) => progress.push(p));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.findings).toEqual(analyzeInputs(notes).findings);
    expect(excel.maxResponseBytes()).toBeLessThan(RESPONSE_LIMIT_BYTES);
    expect(progress.length).toBeGreaterThan(1);
  });

  test("a sheet renamed or deleted during the batched read does not fail the audit", async () => {
    // Four data sheets of 25,000 cells: read in batches when the memo says the workbook is large.
    const medium = largeGrid(4);
    for (const change of ["rename", "delete"] as const) {
      const excel = createFakeExcel({ grid: medium });
      const memo = new SheetMemo();
      memo.rememberCells(Number.MAX_SAFE_INTEGER);
      let changed = false;
      const result = await auditInContext(excel.context, memo, (p) => {
        // After the first batch: staff rename or delete a data sheet.
        if (!changed && p.done > 0) {
          changed = true;
          const i = excel.workbook.sheets.findIndex((s) => s.name === "Data 4");
          if (change === "rename") excel.workbook.sheets[i].name = "Data empat";
          else excel.workbook.sheets.splice(i, 1);
        }
      });
      expect({ change, ok: result.ok }).toEqual({ change, ok: true });
      expect(changed).toBe(true);
      if (result.ok && change === "rename") {
        expect(memo.known).toContain("Data empat");
      }
    }
  });

  test("a refused batch is read again in halves", async () => {
    const excel = createFakeExcel({ grid });
    const refs = [{ sheet: "Data 1", address: `'Data 1'!A1:T${ROWS}` }];
    // A budget far over the limit: the first batch is refused, the halves pass.
    const grids = await readUsedRangesInBatches(excel.context, refs, undefined, 10_000_000);
    const data = grids.get("Data 1")!;
    expect(data.values).toEqual(grid.sheets.find((s) => s.name === "Data 1")!.values);
    expect(data.formulas).toEqual(grid.sheets.find((s) => s.name === "Data 1")!.formulas);
  });
});

test("an ordinary workbook is still read in one sync (with the memo)", async () => {
  const grid = buildCaseGrid({ description: "", mode: "iku", inputs: "examples" });
  const excel = createFakeExcel({ grid });
  const memo = new SheetMemo();
  memo.remember(grid.sheets.map((s) => s.name));
  const result = await auditInContext(excel.context, memo);
  expect(result.ok).toBe(true);
  expect(excel.syncs()).toBe(1);
});
