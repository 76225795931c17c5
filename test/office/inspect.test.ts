import { OfficeMockObject } from "office-addin-mock";
import { parseCell, toA1 } from "../../src/core/formula/address";
import type { GridValue, WorkbookGrid } from "../../src/core/grid";
import { buildAuditReport, REPORT_MARKER } from "../../src/core/report";
import { analyzeInputs } from "../../src/core/validate";
import { MARK_TAG } from "../../src/core/validate/marks";
import type { CheckOutcome } from "../../src/office/api";
import {
  auditInContext,
  auditWorkbook,
  readWorkbookGrid,
  selectCell,
  selectCellInContext,
  subscribeInContext,
  validateInContext,
  validateWorkbook,
  writeAuditReportInContext,
} from "../../src/office/inspect";
import { buildCaseGrid } from "../cases/generate";

/*
 * A small in-memory Excel for inspect.ts, with the names and shapes of @types/office-js. As in
 * Excel, queued writes happen at context.sync(); loaded properties are readable only after
 * load + sync (OfficeMockObject enforces it for the read objects); a protected sheet refuses
 * format changes; every sync is counted.
 */

interface FakeCf {
  id: number;
  address: string;
  type: string;
  formula: string;
  fill?: string;
  font?: string;
}

interface FakeSheet {
  name: string;
  protected: boolean;
  password: string | null;
  /** Content as range.formulas reports it, and the value as range.values does. */
  cells: Map<string, { formula: GridValue; value: GridValue }>;
  numberFormats: Map<string, string>;
  fonts: Map<string, Record<string, unknown>>;
  cfs: FakeCf[];
  frozenRows: number;
  cleared: number;
}

class AccessDenied extends Error {
  readonly code = "AccessDenied";
  readonly debugInfo = { code: "AccessDenied", message: "protected", errorLocation: "Worksheet" };
}

/** Cells of "A1" or "A1:C3". */
function cellsOf(range: string): { row: number; col: number }[] {
  const [a, b = a] = range.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) throw new Error(`bad range ${range}`);
  const out: { row: number; col: number }[] = [];
  for (let r = p.row; r <= q.row; r++)
    for (let c = p.col; c <= q.col; c++) out.push({ row: r, col: c });
  return out;
}

class FakeExcel {
  sheets: FakeSheet[] = [];
  names: { name: string; formula: string }[] = [];
  workbookName = "IKU DSPM.xlsx";
  syncs = 0;
  active = "";
  selected = "";
  handlers = new Map<string, (() => Promise<void>)[]>();
  private queue: (() => void)[] = [];
  private loads: OfficeMockObject[] = [];
  private nextCf = 1;
  readonly context: Excel.RequestContext;

  constructor(grid?: WorkbookGrid) {
    if (grid) {
      this.workbookName = grid.workbook;
      for (const s of grid.sheets) {
        const sheet = this.addSheet(s.name);
        s.values.forEach((row, r) =>
          row.forEach((value, c) => {
            const formula = s.formulas[r]?.[c] ?? "";
            if (value === "" && formula === "") return;
            sheet.cells.set(toA1({ row: r, col: c }), { formula, value });
          })
        );
      }
      this.names = grid.names.map((n) => ({ name: n.name, formula: n.refersTo }));
    }
    this.context = this.buildContext();
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      name,
      protected: false,
      password: null,
      cells: new Map(),
      numberFormats: new Map(),
      fonts: new Map(),
      cfs: [],
      frozenRows: 0,
      cleared: 0,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  addCf(sheet: string, address: string, type: string, formula: string): void {
    this.sheet(sheet).cfs.push({ id: this.nextCf++, address, type, formula });
  }

  async sync(): Promise<void> {
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    // The protected-sheet check throws before any later operation of the batch runs.
    for (const op of queue) op();
    const loads = this.loads;
    this.loads = [];
    for (const m of loads) await m.sync();
    await new Promise((resolve) => setImmediate(resolve));
  }

  private mock(data: Record<string, unknown>, load: string): OfficeMockObject {
    const m = new OfficeMockObject(data);
    m.load(load);
    this.loads.push(m);
    return m;
  }

  private writable(sheet: FakeSheet): void {
    if (sheet.protected) throw new AccessDenied("protected");
  }

  private rangeProxy(sheetName: string, address: string | undefined): Record<string, unknown> {
    const enqueue = (op: () => void) => this.queue.push(op);
    const sheetOf = () => this.sheet(sheetName);
    const cellsIn = () => {
      const sheet = this.sheet(sheetName);
      if (address) return cellsOf(address);
      return [...sheet.cells.keys()].map((a) => parseCell(a) as { row: number; col: number });
    };
    const conditionalFormats = {
      items: [] as unknown[],
      load: () => {
        const sheet = this.sheet(sheetName);
        this.queue.push(() => {
          conditionalFormats.items = sheet.cfs.map((cf) => {
            const item = new OfficeMockObject({ type: cf.type });
            item.load("type");
            this.loads.push(item);
            return Object.assign(item, {
              custom: {
                rule: {
                  load: () => {
                    const rule = this.mock({ formula: cf.formula }, "formula");
                    Object.defineProperty(item.custom.rule, "formula", { get: () => rule.formula });
                  },
                },
              },
              delete: () =>
                this.queue.push(() => {
                  this.writable(sheet);
                  sheet.cfs = sheet.cfs.filter((x) => x.id !== cf.id);
                }),
            });
          });
        });
      },
      add: (type: string) => {
        const cf: FakeCf = { id: this.nextCf++, address: address ?? "", type, formula: "" };
        const sheet = this.sheet(sheetName);
        this.queue.push(() => {
          this.writable(sheet);
          sheet.cfs.push(cf);
        });
        return {
          custom: {
            rule: {
              set formula(v: string) {
                cf.formula = v;
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  cf.fill = v;
                },
              },
              font: {
                set color(v: string) {
                  cf.font = v;
                },
              },
            },
          },
        };
      },
    };
    const setFont = (prop: string) => (v: unknown) =>
      this.queue.push(() => {
        const sheet = this.sheet(sheetName);
        for (const p of cellsIn()) {
          const k = toA1(p);
          sheet.fonts.set(k, { ...(sheet.fonts.get(k) ?? {}), [prop]: v });
        }
      });
    return {
      _sheet: sheetName,
      conditionalFormats,
      clear: () =>
        this.queue.push(() => {
          const sheet = this.sheet(sheetName);
          sheet.cells.clear();
          sheet.numberFormats.clear();
          sheet.fonts.clear();
          sheet.cleared++;
        }),
      select: () =>
        this.queue.push(() => {
          this.active = sheetName;
          this.selected = address ?? "";
        }),
      set values(grid: unknown[][]) {
        enqueue(() => {
          const sheet = sheetOf();
          const first = cellsIn()[0];
          grid.forEach((row, r) =>
            row.forEach((v, c) => {
              const k = toA1({ row: first.row + r, col: first.col + c });
              if (v !== "") sheet.cells.set(k, { formula: v as GridValue, value: v as GridValue });
            })
          );
        });
      },
      set numberFormat(grid: string[][]) {
        enqueue(() => {
          const sheet = sheetOf();
          const first = cellsIn()[0];
          grid.forEach((row, r) =>
            row.forEach((v, c) =>
              sheet.numberFormats.set(toA1({ row: first.row + r, col: first.col + c }), v)
            )
          );
        });
      },
      format: {
        font: {
          set bold(v: boolean) {
            setFont("bold")(v);
          },
          set size(v: number) {
            setFont("size")(v);
          },
          set color(v: string) {
            setFont("color")(v);
          },
        },
        fill: {
          set color(v: string) {
            setFont("fill")(v);
          },
        },
        set columnWidth(_v: number) {
          /* widths are not modelled */
        },
        set wrapText(_v: boolean) {
          /* not modelled */
        },
      },
    };
  }

  private sheetProxy(name: string): Record<string, unknown> {
    return {
      getRange: (address?: string) => this.rangeProxy(name, address),
      getRangeByIndexes: (r: number, c: number, h: number, w: number) =>
        this.rangeProxy(
          name,
          `${toA1({ row: r, col: c })}:${toA1({ row: r + h - 1, col: c + w - 1 })}`
        ),
      getUsedRangeOrNullObject: () => {
        const sheet = this.sheet(name);
        let rows = 0;
        let cols = 0;
        for (const a of sheet.cells.keys()) {
          const p = parseCell(a) as { row: number; col: number };
          rows = Math.max(rows, p.row + 1);
          cols = Math.max(cols, p.col + 1);
        }
        const values: GridValue[][] = Array.from({ length: rows }, () =>
          Array<GridValue>(cols).fill("")
        );
        const formulas: GridValue[][] = Array.from({ length: rows }, () =>
          Array<GridValue>(cols).fill("")
        );
        for (const [a, cell] of sheet.cells) {
          const p = parseCell(a) as { row: number; col: number };
          values[p.row][p.col] = cell.value;
          formulas[p.row][p.col] = cell.formula;
        }
        const quoted = `'${name.split("'").join("''")}'`;
        return this.mock(
          {
            isNullObject: rows === 0,
            address: rows === 0 ? "" : `${quoted}!A1:${toA1({ row: rows - 1, col: cols - 1 })}`,
            values,
            formulas,
          },
          "isNullObject,address,values,formulas"
        );
      },
      activate: () => this.queue.push(() => (this.active = name)),
      protection: {
        protect: () =>
          this.queue.push(() => {
            const s = this.sheet(name);
            if (s.protected) throw new AccessDenied("already protected");
            s.protected = true;
          }),
        unprotect: (password?: string) =>
          this.queue.push(() => {
            const s = this.sheet(name);
            if (s.password !== null && s.password !== password) throw new AccessDenied("password");
            s.protected = false;
          }),
      },
      freezePanes: {
        unfreeze: () => this.queue.push(() => (this.sheet(name).frozenRows = 0)),
        freezeRows: (n: number) => this.queue.push(() => (this.sheet(name).frozenRows = n)),
      },
      onChanged: {
        add: (handler: () => Promise<void>) => {
          const list = this.handlers.get(name) ?? [];
          const registration = {
            context: this.context,
            remove: () =>
              this.queue.push(() =>
                this.handlers.set(
                  name,
                  (this.handlers.get(name) ?? []).filter((h) => h !== handler)
                )
              ),
          };
          this.queue.push(() => this.handlers.set(name, [...list, handler]));
          return registration;
        },
      },
    };
  }

  private buildContext(): Excel.RequestContext {
    const worksheets: Record<string, unknown> = {
      items: [],
      load: () => {
        this.queue.push(() => {
          worksheets.items = this.sheets.map((s) => {
            const item = this.mock(
              { name: s.name, protection: { protected: s.protected } },
              "name,protection/protected"
            );
            return Object.assign(item, this.sheetProxy(s.name));
          });
        });
      },
      getItem: (name: string) => this.sheetProxy(name),
      add: (name: string) => {
        this.queue.push(() => {
          if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
            throw new Error("exists");
          this.addSheet(name);
        });
        return this.sheetProxy(name);
      },
    };
    const names: Record<string, unknown> = {
      items: [],
      load: () => {
        this.queue.push(() => {
          names.items = this.names.map((n) => {
            const item = this.mock({ name: n.name, formula: n.formula }, "name,formula");
            return Object.assign(item, {
              delete: () => this.queue.push(() => (this.names = this.names.filter((x) => x !== n))),
            });
          });
        });
      },
      getItemOrNullObject: (name: string) => {
        const found = this.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
        const obj = {
          isNullObject: !found,
          formula: found?.formula,
          load: () => undefined,
        };
        return obj;
      },
      add: (name: string, range: { _sheet?: string }, _comment?: string) =>
        this.queue.push(() => {
          void _comment;
          this.names.push({ name, formula: `='${range._sheet ?? ""}'!$A$1` });
        }),
    };
    const workbook = this.mock({ name: this.workbookName }, "name");
    workbook.load = () => workbook;
    this.loads.pop();
    const wbLoad = () => {
      const m = this.mock({ name: this.workbookName }, "name");
      Object.defineProperty(wb, "name", { get: () => m.name, configurable: true });
    };
    const wb: Record<string, unknown> = { worksheets, names, load: wbLoad };
    const context = { workbook: wb, sync: () => this.sync() };
    return context as unknown as Excel.RequestContext;
  }
}

const cleanGrid = () => buildCaseGrid({ description: "", mode: "iku", inputs: "examples" });

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
      const excel = new FakeExcel(grid);
      const read = await readWorkbookGrid(excel.context);
      expect(excel.syncs).toBe(2);
      expect(read.grid.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
      expect(read.grid.names).toEqual(grid.names);
      expect(read.grid.workbook).toBe(grid.workbook);
      expect(read.grid.sheets[0].values).toEqual(grid.sheets[0].values);
      expect(read.grid.sheets[0].formulas).toEqual(grid.sheets[0].formulas);
    }
  });
});

describe("validate and audit in Excel", () => {
  test("validate finds the planted problem and replaces only the add-in's own marks (5 syncs)", async () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      inputOverrides: { IKU05_PENYEBUT: -3 },
    });
    const excel = new FakeExcel(grid);
    const sheet = grid.sheets[0].name;
    excel.sheet(sheet).protected = true;
    excel.addCf(sheet, "H27", "Custom", "=H27>1000"); // the user's own rule
    excel.addCf(sheet, "H27", "Custom", `=AND(N("${MARK_TAG}")=0,H27<0)`); // an old mark
    excel.addCf(sheet, "A1", "DataBar", "");
    const result = await validateInContext(excel.context);
    expect(excel.syncs).toBe(5);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.sheets).toEqual([sheet]);
    expect(result.value.findings.map((f) => [f.cell, f.rule])).toEqual([["I27", "input.negative"]]);
    const cfs = excel.sheet(sheet).cfs;
    expect(cfs.filter((c) => c.formula === "=H27>1000")).toHaveLength(1);
    expect(cfs.filter((c) => c.type === "DataBar")).toHaveLength(1);
    const marks = cfs.filter((c) => c.formula.includes(MARK_TAG));
    expect(marks).toHaveLength(analyzeInputs(grid).marks.length);
    expect(marks.every((m) => m.fill && m.font)).toBe(true);
    // Lifted for the write and protected again.
    expect(excel.sheet(sheet).protected).toBe(true);

    // Re-check: the marks are replaced, not added twice.
    await validateInContext(excel.context);
    expect(excel.sheet(sheet).cfs.filter((c) => c.formula.includes(MARK_TAG))).toHaveLength(
      marks.length
    );
  });

  test("audit reports the three planted mistakes in 2 syncs", async () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      edits: [
        { cell: "IKU06_HASIL", formula: 75 },
        {
          cell: "IKU03_HASIL",
          formula: "=IKU.PERSENTASE_PPKS_BANSOS(IKU03_PENYEBUT,IKU03_PEMBILANG)",
          value: "#VALUE!",
        },
        {
          cell: "IKU04_HASIL",
          formula: "=IKU.PERSENTASE_PMKS_TERTANGANI(IKU04_PEMBILANG,IKU04_PENYEBUT)*1.1",
          value: 88,
        },
      ],
    });
    const excel = new FakeExcel(grid);
    const result = await auditInContext(excel.context);
    expect(excel.syncs).toBe(2);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.findings.map((f) => f.rule)).toEqual([
      "formula.swappedArguments",
      "formula.hardcodedNumber",
      "formula.overwritten",
    ]);
  });

  test("a sheet protected by the user with a password: findings are returned, nothing is marked", async () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      inputOverrides: { IKU05_PENYEBUT: -3 },
    });
    const excel = new FakeExcel(grid);
    const sheet = excel.sheet(grid.sheets[0].name);
    sheet.protected = true;
    sheet.password = "rahasia";
    const result = await validateInContext(excel.context);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.findings.map((f) => f.rule)).toEqual(["input.negative"]);
    expect(sheet.cfs).toEqual([]);
    expect(sheet.protected).toBe(true);
  });

  test("outside Excel every operation answers notInExcel", async () => {
    const notInExcel = { ok: false, problem: { code: "notInExcel" } };
    expect(await validateWorkbook()).toEqual(notInExcel);
    expect(await auditWorkbook()).toEqual(notInExcel);
    expect(await selectCell("IKU 2026", "A1")).toEqual(notInExcel);
  });

  test("a workbook without an IKU sheet answers noIkuSheet", async () => {
    const excel = new FakeExcel({
      workbook: "x.xlsx",
      sheets: [{ name: "Sheet1", origin: "A1", values: [[1]], formulas: [[1]] }],
      names: [],
    });
    const v = await validateInContext(excel.context);
    const a = await auditInContext(excel.context);
    expect(v).toEqual({ ok: false, problem: { code: "noIkuSheet" } });
    expect(a).toEqual({ ok: false, problem: { code: "noIkuSheet" } });
  });
});

describe("navigation and change subscription", () => {
  test("selectCell activates the sheet and selects the cell in one sync", async () => {
    const excel = new FakeExcel(cleanGrid());
    const result = await selectCellInContext(excel.context, "IKU 2026", "I27");
    expect(result).toEqual({ ok: true, value: undefined });
    expect(excel.syncs).toBe(1);
    expect(excel.active).toBe("IKU 2026");
    expect(excel.selected).toBe("I27");
  });

  test("subscribes to changes of the IKU sheet and removes the subscription", async () => {
    const excel = new FakeExcel(cleanGrid());
    const calls: number[] = [];
    const g = globalThis as unknown as { Excel?: unknown };
    const previous = g.Excel;
    g.Excel = {
      run: async (
        context: Excel.RequestContext,
        batch: (c: Excel.RequestContext) => Promise<void>
      ) => batch(context),
    };
    try {
      const result = await subscribeInContext(excel.context, () => calls.push(1));
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      const handlers = excel.handlers.get("IKU 2026") ?? [];
      expect(handlers).toHaveLength(1);
      await handlers[0]();
      expect(calls).toEqual([1]);
      await result.value();
      expect(excel.handlers.get("IKU 2026")).toEqual([]);
    } finally {
      g.Excel = previous;
    }
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
    rule: "formula.hardcodedNumber",
    severity: "error" as const,
    message: "Hasil IKU 4 memuat angka tetap 1,1.",
    current: "=IKU.PERSENTASE_PMKS_TERTANGANI(IKU04_PEMBILANG,IKU04_PENYEBUT)*1.1",
    expected: "=IKU.PERSENTASE_PMKS_TERTANGANI(IKU04_PEMBILANG,IKU04_PENYEBUT)",
  };

  test("writes the report sheet in 2 syncs, marks it, and changes nothing else", async () => {
    const grid = cleanGrid();
    const excel = new FakeExcel(grid);
    const before = new Map(excel.sheet("IKU 2026").cells);
    const result = await writeAuditReportInContext(excel.context, outcome([finding]));
    expect(excel.syncs).toBe(2);
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
    expect(excel.names.some((n) => n.name === REPORT_MARKER)).toBe(true);
    expect(excel.sheet("IKU 2026").cells).toEqual(before);
    expect(excel.sheets.map((s) => s.name)).toEqual(["IKU 2026", "Audit IKU"]);

    // Written again: the same sheet is cleared and rewritten, no new sheet.
    await writeAuditReportInContext(excel.context, outcome([]));
    expect(excel.sheets.map((s) => s.name)).toEqual(["IKU 2026", "Audit IKU"]);
    expect(report.cleared).toBe(1);
  });

  test("never overwrites a user's own sheet named Audit IKU", async () => {
    const excel = new FakeExcel(cleanGrid());
    const mine = excel.addSheet("Audit IKU");
    mine.cells.set("A1", { formula: "catatan saya", value: "catatan saya" });
    const result = await writeAuditReportInContext(excel.context, outcome([finding]));
    expect(result).toEqual({ ok: true, value: { sheet: "Audit IKU (2)", rows: 1 } });
    expect(mine.cells.get("A1")?.value).toBe("catatan saya");
    expect(mine.cleared).toBe(0);
  });
});
