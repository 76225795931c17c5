import { RENSTRA_SHEET } from "../../src/core/sakip/renstra";
import { toA1 } from "../../src/core/formula-parser/address";
import { buildAuditReport, REPORT_MARKER } from "../../src/core/report";
import { MARKER_NAME } from "../../src/core/sheet/plan";
import { analyzeInputs } from "../../src/core/validate";
import type { WorkbookGrid } from "../../src/core/grid";
import type { CheckOutcome } from "../../src/office/api";
import {
  auditInContext,
  auditWorkbook,
  validateInContext,
  validateWorkbook,
} from "../../src/office/check";
import { selectCell, selectCellInContext, subscribeInContext } from "../../src/office/navigate";
import { readWorkbookGrid, rememberSheetsInContext } from "../../src/office/read-workbook";
import { writeAuditReportInContext } from "../../src/office/write-report";
import { buildCaseGrid, caseNames, loadCase } from "../cases/generate";
import { generateIkuSheet } from "../../src/office/generate";
import { SheetMemo } from "../../src/office/sheet-memo";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { createFakeExcel, withExcel } from "../fake-excel/fake-excel";
import type { FakeExcel } from "../fake-excel/fake-excel";

/** The pane's memo as start-up leaves it (rememberSheetsInContext), syncs counted from zero. */
/** The cell a name of the grid refers to, A1 without $ or sheet. */
function cellOfName(grid: WorkbookGrid, name: string): string {
  const found = grid.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return found.refersTo.replace(/^=(.*!)?/, "").replace(/\$/g, "");
}

async function startedMemo(excel: FakeExcel): Promise<SheetMemo> {
  const memo = new SheetMemo();
  await rememberSheetsInContext(excel.context, memo);
  excel.resetSyncs();
  return memo;
}

const cleanGrid = () => buildCaseGrid({ description: "", mode: "iku", inputs: "examples" });

/** Everything the fake workbook holds, to prove an operation changed nothing. */
function snapshot(excel: FakeExcel): string {
  const { handlers: _handlers, ...model } = excel.workbook;
  return JSON.stringify(model, (_key, value: unknown) =>
    value instanceof Map ? [...value] : value instanceof Set ? [...value] : value
  );
}

describe("readWorkbookGrid", () => {
  test("reads every sheet and name in a constant number of syncs (2), whatever the sheet count", async () => {
    for (const extra of [0, 5]) {
      const grid = cleanGrid();
      for (let i = 0; i < extra; i++) {
        grid.sheets.push({
          name: `Lain ${i}`,
          origin: "A1",
          values: [[1, "=A1*2"]],
          formulas: [[1, "=A1*2"]],
        });
      }
      const excel = createFakeExcel({ grid });
      const read = await readWorkbookGrid(excel.context);
      expect(excel.syncs()).toBe(2);
      expect(read.grid.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
      expect(read.grid.names).toEqual(grid.names);
      expect(read.grid.workbook).toBe(grid.workbook);
      expect(read.grid.sheets[0].values).toEqual(grid.sheets[0].values);
      expect(read.grid.sheets[0].formulas).toEqual(grid.sheets[0].formulas);
    }
  });
});

/** The clean generated sheet and `extra` other sheets with IKU formulas of staff. */
function gridWithOtherSheets(extra: number) {
  const grid = cleanGrid();
  for (let i = 0; i < extra; i++) {
    grid.sheets.push({
      name: `Lain ${i}`,
      origin: "B2",
      values: [[4, 5, 80]],
      formulas: [[4, 5, "=IKU.PERSENTASE(B2,C2)"]],
    });
  }
  return grid;
}

describe("readWorkbookGrid with the pane's sheet memo", () => {
  test("knowing the sheets, it reads the whole workbook in 1 sync, as much as without the memo", async () => {
    for (const extra of [0, 5]) {
      const grid = gridWithOtherSheets(extra);
      const cold = await readWorkbookGrid(createFakeExcel({ grid }).context);
      const excel = createFakeExcel({ grid });
      const memo = new SheetMemo();
      memo.remember(grid.sheets.map((s) => s.name));
      const warm = await readWorkbookGrid(excel.context, memo);
      expect(excel.syncs()).toBe(1);
      expect(warm).toEqual(cold);
      expect(warm.grid.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    }
  });

  test("a sheet added since the last read is read in a second sync, and remembered", async () => {
    const grid = gridWithOtherSheets(2);
    const memo = new SheetMemo();
    memo.remember(grid.sheets.slice(0, 2).map((s) => s.name));
    const excel = createFakeExcel({ grid });
    const read = await readWorkbookGrid(excel.context, memo);
    expect(excel.syncs()).toBe(2);
    expect(read).toEqual(await readWorkbookGrid(createFakeExcel({ grid }).context));
    expect(memo.known).toEqual(grid.sheets.map((s) => s.name));
  });

  test("a sheet deleted or renamed since: the failed batch is read again from the list", async () => {
    for (const change of ["delete", "rename"] as const) {
      const grid = gridWithOtherSheets(2);
      const memo = new SheetMemo();
      memo.remember(grid.sheets.map((s) => s.name));
      const excel = createFakeExcel({ grid });
      if (change === "delete") excel.workbook.sheets.splice(1, 1);
      else excel.workbook.sheets[1].name = "Lain baru";
      const expected = grid.sheets.map((s) => s.name);
      if (change === "delete") expected.splice(1, 1);
      else expected[1] = "Lain baru";

      const read = await readWorkbookGrid(excel.context, memo);
      // The batch that failed on the missing name, then the read without the memo.
      expect({ change, syncs: excel.syncs() }).toEqual({ change, syncs: 3 });
      expect(read.grid.sheets.map((s) => s.name)).toEqual(expected);
      expect(memo.known).toEqual(expected);
      excel.resetSyncs();
      await readWorkbookGrid(excel.context, memo);
      expect(excel.syncs()).toBe(1);
    }
  });

  test("a sheet renamed only in case is still the same sheet: one sync", async () => {
    const grid = gridWithOtherSheets(1);
    const memo = new SheetMemo();
    memo.remember(grid.sheets.map((s) => s.name.toUpperCase()));
    const excel = createFakeExcel({ grid });
    const read = await readWorkbookGrid(excel.context, memo);
    expect(excel.syncs()).toBe(1);
    expect(read.grid.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    expect(read.grid.sheets[1].formulas).toEqual(grid.sheets[1].formulas);
  });

  test("another failure (cell-edit mode) is not retried: it reaches the caller", async () => {
    const grid = gridWithOtherSheets(1);
    const memo = new SheetMemo();
    memo.remember(grid.sheets.map((s) => s.name));
    const excel = createFakeExcel({ grid });
    excel.workbook.cellEditMode = true;
    await expect(readWorkbookGrid(excel.context, memo)).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    expect(excel.syncs()).toBe(1);
    expect(memo.known).toEqual(grid.sheets.map((s) => s.name));
  });

  test("the pane's start-up read, validate and generate each fill the memo: the next audit is 1 sync", async () => {
    const grid = gridWithOtherSheets(3);
    const fresh = () => ({ excel: createFakeExcel({ grid }), memo: new SheetMemo() });

    const startUp = fresh();
    expect(await rememberSheetsInContext(startUp.excel.context, startUp.memo)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(startUp.excel.syncs()).toBe(1);

    const validated = fresh();
    await validateInContext(validated.excel.context, validated.memo);

    const generated = fresh();
    generated.excel.workbook.sheets.splice(0, 1); // the IKU sheet is made by generate
    generated.excel.workbook.names.length = 0;
    const plan = buildSheetPlan({
      tahun: 2026,
      namaPerangkatDaerah: "DSPM",
      sheetName: "IKU 2026",
      mode: "iku",
    });
    const made = await generateIkuSheet(generated.excel.context, plan, generated.memo);
    if (!made.ok) throw new Error(JSON.stringify(made.problem));

    for (const [what, { excel, memo }] of Object.entries({ startUp, validated, generated })) {
      excel.resetSyncs();
      const result = await auditInContext(excel.context, memo);
      if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.problem)}`);
      expect({ what, syncs: excel.syncs() }).toEqual({ what, syncs: 1 });
      expect({ what, sheets: result.value.sheets }).toEqual({ what, sheets: ["IKU 2026"] });
    }
  });
});

describe("validate and audit in Excel", () => {
  test("validate finds the planted problem in 1 read sync and changes nothing", async () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      inputOverrides: { IKU05_PENYEBUT: -3 },
    });
    const excel = createFakeExcel({ grid });
    const sheet = grid.sheets[0].name;
    excel.sheet(sheet).protected = true;
    excel.sheet(sheet).conditionalFormats.push({
      id: 1,
      type: "Custom",
      address: "H27",
      cells: new Set(["H27"]),
      formula: "=H27>1000",
    });
    const before = snapshot(excel);
    // The pane's memo learns the sheets and which are the add-in's at start-up.
    const memo = await startedMemo(excel);
    const result = await validateInContext(excel.context, memo);
    expect(excel.syncs()).toBe(1);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.sheets).toEqual([sheet]);
    // The year's -3 is typed in TW IV (the earlier quarters hold 0).
    expect(result.value.findings.map((f) => [f.cell, f.rule])).toEqual([
      [cellOfName(grid, "IKU05_PENYEBUT_TW4"), "input.negative"],
    ]);
    // Read-only: the marks are the sheet's own conditional formats, written by the generator.
    expect(snapshot(excel)).toEqual(before);
  });

  /**
   * Validation reads only the year sheets (the memo knows them from start-up) when it can: on
   * every golden case its findings equal the analysis of the whole workbook, in a constant number
   * of syncs (1; 2 when a table name points at another sheet or the marker is missing).
   */
  test("validate reads what the analysis needs: same findings as the whole workbook, on every golden case", async () => {
    const names = caseNames();
    expect(names.length).toBeGreaterThan(20);
    const syncsSeen = new Set<number>();
    for (const name of names) {
      const { grid } = loadCase(name);
      const excel = createFakeExcel({ grid });
      const memo = await startedMemo(excel);
      const result = await validateInContext(excel.context, memo);
      const expected = analyzeInputs(grid);
      if (expected.sheets.length === 0) {
        expect(result).toEqual({ ok: false, problem: { code: "noIkuSheet" } });
        continue;
      }
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problem)}`);
      expect({ name, findings: result.value.findings }).toEqual({
        name,
        findings: expected.findings,
      });
      const marker = grid.names.some((n) => n.name === MARKER_NAME);
      const iku = expected.sheets[0].toLowerCase();
      // The Target Renstra sheet is read in the first batch too (its inputs are checked).
      const elsewhere = grid.names.some(
        (n) =>
          /^IKU\d{2,3}_/i.test(n.name) &&
          !n.refersTo.toLowerCase().includes(iku) &&
          !n.refersTo.includes(RENSTRA_SHEET)
      );
      expect({ name, syncs: excel.syncs() }).toEqual({
        name,
        syncs: !marker || elsewhere ? 2 : 1,
      });
      syncsSeen.add(excel.syncs());
    }
    // The cases exercise the fallback too.
    expect([...syncsSeen].sort()).toEqual([1, 2]);
  });

  test("a table name on another sheet: that sheet is read too (2 syncs)", async () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      inputOverrides: { IKU05_PENYEBUT: -3 },
    });
    // IKU05_PENYEBUT's TW IV input was cut and pasted to another sheet (the name moves with the
    // cell).
    grid.sheets.push({ name: "Lain", origin: "B2", values: [[-7]], formulas: [[-7]] });
    const name = grid.names.find((n) => n.name === "IKU05_PENYEBUT_TW4")!;
    name.refersTo = "=Lain!$B$2";
    const excel = createFakeExcel({ grid });
    const result = await validateInContext(excel.context);
    expect(excel.syncs()).toBe(2);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.findings).toEqual(analyzeInputs(grid).findings);
    expect(result.value.findings.some((f) => f.sheet === "Lain")).toBe(true);
  });

  test("audit reports the three planted mistakes (2 syncs on a first read, 1 with the memo)", async () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      plant: [
        { plant: "overwrite", name: "IKU06_HASIL", value: 75 },
        {
          plant: "formula",
          name: "IKU03_HASIL",
          formula: "=IKU.PERSENTASE_PPKS_BANSOS(IKU03_PENYEBUT,IKU03_PEMBILANG)",
          value: "#VALUE!",
        },
        {
          plant: "formula",
          name: "IKU04_HASIL",
          formula: "=IKU.PERSENTASE_PMKS_TERTANGANI(IKU04_PEMBILANG,IKU04_PENYEBUT)*1.1",
          value: 88,
        },
      ],
    });
    const excel = createFakeExcel({ grid });
    const memo = new SheetMemo();
    const result = await auditInContext(excel.context, memo);
    expect(excel.syncs()).toBe(2);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.findings.map((f) => f.rule)).toEqual([
      "formula.swappedArguments",
      "formula.hardcodedNumber",
      "formula.overwritten",
    ]);
    excel.resetSyncs();
    const again = await auditInContext(excel.context, memo);
    expect(excel.syncs()).toBe(1);
    expect(again.ok && again.value.findings).toEqual(result.value.findings);
  });

  test("in an English Excel the audit's messages and its report sheet are English", async () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      plant: [{ plant: "overwrite", name: "IKU06_HASIL", value: 75 }],
    });
    const excel = createFakeExcel({ grid });
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "en-US" } };
    try {
      const result = await auditInContext(excel.context);
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      const [f] = result.value.findings;
      expect(f).toMatchObject({ rule: "formula.overwritten", messageLang: "en" });
      expect(f.message).toMatch(/^Result of IKU 6 holds the number "75" typed in directly/);
      await writeAuditReportInContext(excel.context, result.value);
      const values = [...excel.sheet("Audit IKU").cells.values()].map((c) => c.value);
      expect(values).toContain(f.message);
      expect(values).toContain("Formula overwritten by a value");
    } finally {
      delete g.Office;
    }
  });

  test("a sheet protected by the user with a password: findings are returned, nothing changes", async () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      inputOverrides: { IKU05_PENYEBUT: -3 },
    });
    const excel = createFakeExcel({ grid });
    const sheet = excel.sheet(grid.sheets[0].name);
    sheet.protected = true;
    sheet.password = "rahasia";
    const before = snapshot(excel);
    const memo = await startedMemo(excel);
    const result = await validateInContext(excel.context, memo);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.findings.map((f) => f.rule)).toEqual(["input.negative"]);
    expect(excel.syncs()).toBe(1);
    expect(snapshot(excel)).toEqual(before);
  });

  test("outside Excel every operation answers notInExcel", async () => {
    const notInExcel = { ok: false, problem: { code: "notInExcel" } };
    expect(await validateWorkbook()).toEqual(notInExcel);
    expect(await auditWorkbook()).toEqual(notInExcel);
    expect(await selectCell("IKU 2026", "A1")).toEqual(notInExcel);
  });

  test("a workbook without an IKU sheet answers noIkuSheet", async () => {
    const excel = createFakeExcel({
      grid: {
        workbook: "x.xlsx",
        sheets: [{ name: "Sheet1", origin: "A1", values: [[1]], formulas: [[1]] }],
        names: [],
      },
    });
    const v = await validateInContext(excel.context);
    const a = await auditInContext(excel.context);
    expect(v).toEqual({ ok: false, problem: { code: "noIkuSheet" } });
    expect(a).toEqual({ ok: false, problem: { code: "noIkuSheet" } });
  });
});

describe("navigation and change subscription", () => {
  test("selectCell activates the sheet and selects the cell in one sync", async () => {
    const excel = createFakeExcel({ grid: cleanGrid() });
    const result = await selectCellInContext(excel.context, "IKU 2026", "I27");
    expect(result).toEqual({ ok: true, value: undefined });
    expect(excel.syncs()).toBe(1);
    expect(excel.workbook.active).toBe("IKU 2026");
    expect(excel.workbook.selected).toBe("I27");
  });

  test("subscribes to changes of the IKU sheet and removes the subscription", async () => {
    const excel = createFakeExcel({ grid: cleanGrid() });
    const calls: number[] = [];
    const result = await subscribeInContext(excel.context, () => calls.push(1));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    const handlers = excel.workbook.handlers.get("iku 2026") ?? [];
    expect(handlers).toHaveLength(1);
    await handlers[0]({ type: "WorksheetChanged", address: "I27" });
    expect(calls).toEqual([1]);
    await withExcel(excel, () => result.value());
    expect(excel.workbook.handlers.get("iku 2026")).toEqual([]);
  });
});

describe("writeAuditReport", () => {
  const outcome = (findings: CheckOutcome["findings"]): CheckOutcome => ({
    sheets: ["IKU 2026"],
    findings,
    checkedAt: "2026-11-27T23:05:10.000Z",
  });
  const finding = {
    sheet: "IKU 2026",
    cell: "K24",
    indicator: "IKU04",
    rule: "formula.hardcodedNumber" as const,
    severity: "error" as const,
    message: "Hasil IKU 4 memuat angka tetap 1,1.",
    current: "=IKU.PERSENTASE_PMKS_TERTANGANI(IKU04_PEMBILANG,IKU04_PENYEBUT)*1.1",
    expected: "=IKU.PERSENTASE_PMKS_TERTANGANI(IKU04_PEMBILANG,IKU04_PENYEBUT)",
  };

  test("writes the report sheet in 2 syncs, marks it, and changes nothing else", async () => {
    const grid = cleanGrid();
    const excel = createFakeExcel({ grid });
    const before = new Map(excel.sheet("IKU 2026").cells);
    const result = await writeAuditReportInContext(excel.context, outcome([finding]));
    expect(excel.syncs()).toBe(2);
    expect(result).toEqual({ ok: true, value: { sheet: "Audit IKU", rows: 1 } });
    const report = excel.sheet("Audit IKU");
    const expected = buildAuditReport({ ...outcome([finding]), workbook: grid.workbook });
    expected.rows.forEach((row, r) =>
      row.values.forEach((v, c) => {
        if (v !== "") expect(report.cells.get(toA1({ row: r, col: c }))?.value).toBe(v);
      })
    );
    // The formulas shown are text, not formulas.
    const formulaCell = toA1({ row: expected.headerRow, col: 7 });
    expect(report.numberFormats.get(formulaCell)).toBe("@");
    expect(excel.workbook.names.some((n) => n.name === REPORT_MARKER)).toBe(true);
    expect(excel.sheet("IKU 2026").cells).toEqual(before);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["IKU 2026", "Audit IKU"]);

    // Written again: the same sheet is cleared and rewritten, no new sheet.
    await writeAuditReportInContext(excel.context, outcome([]));
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["IKU 2026", "Audit IKU"]);
    expect(report.cleared).toBe(1);
  });

  test("user-derived text (a sheet named =1+1) is written as text, never as a formula", async () => {
    const excel = createFakeExcel({ grid: cleanGrid() });
    const result = await writeAuditReportInContext(excel.context, {
      ...outcome([{ ...finding, sheet: "=1+1" }]),
      sheets: ["=1+1"],
    });
    expect(result.ok).toBe(true);
    const report = excel.sheet("Audit IKU");
    const expected = buildAuditReport({
      ...outcome([{ ...finding, sheet: "=1+1" }]),
      sheets: ["=1+1"],
      workbook: cleanGrid().workbook,
    });
    const cells = expected.rows.flatMap((row, r) =>
      row.values.map((v, c) => ({ v, a1: toA1({ row: r, col: c }) }))
    );
    const userText = cells.filter((x) => x.v === "=1+1");
    expect(userText.length).toBe(2);
    for (const { a1 } of userText) {
      expect(report.numberFormats.get(a1)).toBe("@");
      expect(report.cells.get(a1)?.value).toBe("=1+1");
    }
    // Every text cell of the report is text-formatted.
    for (const { v, a1 } of cells)
      if (typeof v === "string") expect(report.numberFormats.get(a1)).toBe("@");
  });

  test("never overwrites a user's own sheet named Audit IKU", async () => {
    const excel = createFakeExcel({ grid: cleanGrid() });
    const mine = excel.addSheet("Audit IKU");
    mine.cells.set("A1", { formula: "catatan saya", value: "catatan saya" });
    const result = await writeAuditReportInContext(excel.context, outcome([finding]));
    expect(result).toEqual({ ok: true, value: { sheet: "Audit IKU (2)", rows: 1 } });
    expect(mine.cells.get("A1")?.value).toBe("catatan saya");
    expect(mine.cleared).toBe(0);
  });

  test("the pane's sheet memo learns the new report sheet: the next audit is still 1 sync", async () => {
    const excel = createFakeExcel({ grid: cleanGrid() });
    const memo = new SheetMemo();
    const first = await auditInContext(excel.context, memo);
    if (!first.ok) throw new Error(JSON.stringify(first.problem));
    await writeAuditReportInContext(excel.context, first.value, memo);
    expect(memo.known).toEqual(["IKU 2026", "Audit IKU"]);
    excel.resetSyncs();
    const again = await auditInContext(excel.context, memo);
    expect(excel.syncs()).toBe(1);
    expect(again.ok && again.value.findings).toEqual([]);
  });
});
