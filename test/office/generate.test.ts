import { OfficeMockObject } from "office-addin-mock";
import { CATALOGUE } from "../../src/core/catalogue";
import type { Catalogue } from "../../src/core/catalogue";
import { buildSheetPlan, columnLetter, MARKER_NAME, parseAddress } from "../../src/core/sheet/plan";
import type { SheetPlan, SheetSettings } from "../../src/core/sheet/types";
import {
  decideGeneration,
  estimatePayloadBytes,
  generateFromSettings,
  generateIkuSheet,
  MAX_PAYLOAD_BYTES,
  parseNameReference,
  suggestSheetName,
} from "../../src/office/generate";
import { largeCatalogue } from "../core/sheet/fixtures";

/*
 * A small in-memory Excel behind office-addin-mock objects. Only the surface generate.ts uses is
 * modelled, with the names and shapes of @types/office-js. As in Excel, nothing a batch queues
 * happens before context.sync(); loaded properties are readable only after load + sync
 * (OfficeMockObject enforces it); the first failing operation rejects the sync and the rest of
 * the batch is not applied; writing to a protected sheet fails with AccessDenied.
 */

interface FakeSheet {
  name: string;
  protected: boolean;
  /** A password set by the user (the add-in never sets one). */
  password: string | null;
  /** Contents as written through `formulas` (constants or "=…"). */
  cells: Map<string, unknown>;
  numberFormats: Map<string, string>;
  merges: string[];
  validations: Map<string, Record<string, unknown>>;
  /** Format properties set per cell, e.g. "fill.color", "protection.locked". */
  formats: Map<string, Record<string, unknown>>;
  columnWidths: Map<string, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  printTitleRows: string | null;
  layout: Record<string, unknown>;
}

interface FakeName {
  name: string;
  formula: string;
}

class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    location: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation: location };
  }
}

/** Cells of an A1 range ("B2:C3", "A1", "3:3" not supported here). */
function cellsOf(range: string): { row: number; column: number }[] {
  const [a, b = a] = range.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  const out: { row: number; column: number }[] = [];
  for (let r = p.row; r <= q.row; r++)
    for (let c = p.column; c <= q.column; c++) out.push({ row: r, column: c });
  return out;
}
const key = (row: number, column: number) => `${columnLetter(column)}${row}`;
const isWholeRows = (range: string) => /^\d+:\d+$/.test(range);
const isWholeColumns = (range: string) => /^[A-Z]+:[A-Z]+$/.test(range);

class FakeExcel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  syncs = 0;
  suspended = { calculation: 0, screen: 0 };
  cellEditMode = false;
  /** A printer driver that does not offer the plan's paper size. */
  refusesPaperSize = false;
  private queue: (() => void)[] = [];
  private pendingLoads: OfficeMockObject[] = [];
  readonly context: Excel.RequestContext;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheet(n);
    this.context = this.buildContext();
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      name,
      protected: false,
      password: null,
      cells: new Map(),
      numberFormats: new Map(),
      merges: [],
      validations: new Map(),
      formats: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozenRows: 0,
      printTitleRows: null,
      layout: {},
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s)
      throw new OfficeError(
        "ItemNotFound",
        `Worksheet ${name} not found`,
        "WorksheetCollection.getItem"
      );
    return s;
  }

  /** The cell a defined name refers to, as the test sees it. */
  named(name: string): { sheet: FakeSheet; address: string } {
    const n = this.names.find((x) => x.name.toUpperCase() === name.toUpperCase());
    const ref = n && parseNameReference(n.formula);
    if (!ref) throw new Error(`name ${name} missing or broken`);
    return { sheet: this.sheet(ref.sheet), address: ref.address };
  }

  valueOfName(name: string): unknown {
    const { sheet, address } = this.named(name);
    return sheet.cells.get(address);
  }

  private enqueue(op: () => void): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    const loads = this.pendingLoads;
    this.queue = [];
    this.pendingLoads = [];
    if (this.cellEditMode) {
      throw new OfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.", "");
    }
    for (const op of ops) op();
    for (const m of loads) await m.sync();
    // OfficeMockObject settles nested properties in later microtasks.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private writable(sheet: FakeSheet, location: string): void {
    if (sheet.protected) {
      throw new OfficeError(
        "AccessDenied",
        "The cell or chart you're trying to change is protected.",
        location
      );
    }
  }

  /** Defines setters that queue `apply(value)`; the getter returns what was set. */
  private settable(obj: object, props: Record<string, (value: unknown) => void>): void {
    for (const [prop, apply] of Object.entries(props)) {
      let stored: unknown;
      Object.defineProperty(obj, prop, {
        configurable: true,
        get: () => stored,
        set: (v: unknown) => {
          stored = v;
          this.enqueue(() => apply(v));
        },
      });
    }
  }

  private formatProxy(sheetName: string, ranges: string[]): OfficeMockObject {
    const format = new OfficeMockObject({
      fill: {},
      font: {},
      protection: {},
      borders: {
        getItem: (edge: string) => {
          const border = new OfficeMockObject({});
          this.settable(border, {
            style: (v) => setFormat(`border.${edge}.style`, v),
            weight: (v) => setFormat(`border.${edge}.weight`, v),
            color: (v) => setFormat(`border.${edge}.color`, v),
          });
          return border;
        },
      },
    });
    const setFormat = (prop: string, value: unknown): void => {
      const sheet = this.sheet(sheetName);
      this.writable(sheet, "RangeFormat");
      for (const r of ranges) {
        if (isWholeRows(r)) {
          const [from, to] = r.split(":").map(Number);
          for (let row = from; row <= to; row++) {
            if (prop === "rowHeight") sheet.rowHeights.set(row, value as number);
            if (prop === "useStandardHeight" && value === true) sheet.rowHeights.delete(row);
          }
          continue;
        }
        if (isWholeColumns(r)) {
          if (prop === "columnWidth") sheet.columnWidths.set(r.split(":")[0], value as number);
          continue;
        }
        for (const { row, column } of cellsOf(r)) {
          const k = key(row, column);
          sheet.formats.set(k, { ...(sheet.formats.get(k) ?? {}), [prop]: value });
        }
      }
    };
    this.settable(format, {
      horizontalAlignment: (v) => setFormat("horizontalAlignment", v),
      verticalAlignment: (v) => setFormat("verticalAlignment", v),
      wrapText: (v) => setFormat("wrapText", v),
      columnWidth: (v) => setFormat("columnWidth", v),
      rowHeight: (v) => setFormat("rowHeight", v),
      useStandardHeight: (v) => setFormat("useStandardHeight", v),
    });
    this.settable(format.fill, { color: (v) => setFormat("fill.color", v) });
    this.settable(format.font, {
      bold: (v) => setFormat("font.bold", v),
      italic: (v) => setFormat("font.italic", v),
      size: (v) => setFormat("font.size", v),
      color: (v) => setFormat("font.color", v),
    });
    this.settable(format.protection, { locked: (v) => setFormat("protection.locked", v) });
    return format;
  }

  private rangeProxy(sheetName: string, address: string): OfficeMockObject {
    const range = new OfficeMockObject({
      address,
      merge: () => {
        this.enqueue(() => {
          const sheet = this.sheet(sheetName);
          this.writable(sheet, "Range.merge");
          sheet.merges.push(address);
        });
      },
      unmerge: () => {
        this.enqueue(() => {
          const sheet = this.sheet(sheetName);
          this.writable(sheet, "Range.unmerge");
          const inside = new Set(cellsOf(address).map((p) => key(p.row, p.column)));
          sheet.merges = sheet.merges.filter(
            (m) => !cellsOf(m).some((p) => inside.has(key(p.row, p.column)))
          );
        });
      },
      clear: (applyTo?: string) => {
        this.enqueue(() => {
          const sheet = this.sheet(sheetName);
          this.writable(sheet, "Range.clear");
          expect(applyTo ?? "All").toBe("All");
          for (const { row, column } of cellsOf(address)) {
            const k = key(row, column);
            sheet.cells.delete(k);
            sheet.numberFormats.delete(k);
            sheet.formats.delete(k);
          }
        });
      },
      dataValidation: {
        clear: () =>
          this.enqueue(() => {
            const sheet = this.sheet(sheetName);
            this.writable(sheet, "DataValidation.clear");
            for (const { row, column } of cellsOf(address))
              sheet.validations.delete(key(row, column));
          }),
      },
    });
    const write = (target: "cells" | "numberFormats", location: string) => (value: unknown) => {
      const sheet = this.sheet(sheetName);
      this.writable(sheet, location);
      const grid = value as unknown[][];
      const all = cellsOf(address);
      const first = all[0];
      const last = all[all.length - 1];
      if (
        grid.length !== last.row - first.row + 1 ||
        grid.some((r) => r.length !== last.column - first.column + 1)
      ) {
        throw new OfficeError(
          "InvalidArgument",
          "The number of rows or columns doesn't match the range.",
          location
        );
      }
      grid.forEach((cells, i) =>
        cells.forEach((v, j) => {
          if (v === null) return; // null leaves the cell as it is
          const k = key(first.row + i, first.column + j);
          if (target === "cells") sheet.cells.set(k, v);
          else sheet.numberFormats.set(k, v as string);
        })
      );
    };
    this.settable(range, {
      formulas: write("cells", "Range.formulas"),
      values: write("cells", "Range.values"),
      numberFormat: write("numberFormats", "Range.numberFormat"),
    });
    const validation = (prop: string) => (v: unknown) => {
      const sheet = this.sheet(sheetName);
      this.writable(sheet, "DataValidation");
      sheet.validations.set(address, { ...(sheet.validations.get(address) ?? {}), [prop]: v });
    };
    this.settable(range.dataValidation, {
      rule: validation("rule"),
      prompt: validation("prompt"),
      errorAlert: validation("errorAlert"),
      ignoreBlanks: validation("ignoreBlanks"),
    });
    range.format = this.formatProxy(sheetName, [address]);
    return range;
  }

  private sheetProxy(name: string): OfficeMockObject {
    const sheet = new OfficeMockObject({
      getRange: (address: string) => this.rangeProxy(name, address),
      getRanges: (addresses: string) => {
        const areas = new OfficeMockObject({ address: addresses });
        areas.format = this.formatProxy(
          name,
          addresses.split(",").map((a) => a.trim())
        );
        return areas;
      },
      activate: () => undefined,
      protection: {
        protect: (options?: Excel.WorksheetProtectionOptions, password?: string) =>
          this.enqueue(() => {
            const s = this.sheet(name);
            // As Excel does since mid-2026: protecting a protected sheet is refused.
            if (s.protected)
              throw new OfficeError(
                "AccessDenied",
                "Already protected.",
                "WorksheetProtection.protect"
              );
            expect(options).toBeDefined();
            s.protected = true;
            s.password = password ?? null;
          }),
        unprotect: (password?: string) =>
          this.enqueue(() => {
            const s = this.sheet(name);
            if (!s.protected || (s.password !== null && s.password !== password)) {
              throw new OfficeError(
                "AccessDenied",
                "You cannot perform the requested operation.",
                "WorksheetProtection.unprotect"
              );
            }
            s.protected = false;
            s.password = null;
          }),
      },
      freezePanes: {
        unfreeze: () => this.enqueue(() => (this.sheet(name).frozenRows = 0)),
        freezeRows: (count: number) => this.enqueue(() => (this.sheet(name).frozenRows = count)),
        freezeColumns: () => undefined,
        freezeAt: () => undefined,
      },
      pageLayout: {
        setPrintTitleRows: (rows: string) =>
          this.enqueue(() => (this.sheet(name).printTitleRows = rows)),
      },
    });
    this.settable(sheet.pageLayout, {
      orientation: (v) => (this.sheet(name).layout.orientation = v),
      paperSize: (v) => {
        if (this.refusesPaperSize) {
          throw new OfficeError(
            "GeneralException",
            "Unable to set the paper size.",
            "PageLayout.paperSize"
          );
        }
        this.sheet(name).layout.paperSize = v;
      },
      zoom: (v) => (this.sheet(name).layout.zoom = v),
    });
    return sheet;
  }

  /** Cell content seen through a name, as NamedItem.arrayValues reports it. */
  private arrayValuesOf(name: string): { values: unknown[][]; types: string[][] } {
    const n = this.names.find((x) => x.name.toUpperCase() === name.toUpperCase())!;
    const ref = parseNameReference(n.formula);
    const sheet = ref && this.sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase());
    if (!ref || !sheet) return { values: [["#REF!"]], types: [["Error"]] };
    const raw = sheet.cells.get(ref.address);
    if (raw === undefined || raw === null || raw === "")
      return { values: [[""]], types: [["Empty"]] };
    if (typeof raw === "string" && raw.startsWith("="))
      return { values: [[0]], types: [["Double"]] };
    if (typeof raw === "string") {
      const text = raw.startsWith("'") ? raw.slice(1) : raw;
      return { values: [[text]], types: [["String"]] };
    }
    return { values: [[raw]], types: [[typeof raw === "boolean" ? "Boolean" : "Double"]] };
  }

  private buildContext(): Excel.RequestContext {
    const worksheets: OfficeMockObject = new OfficeMockObject({
      load: (props: string) => {
        const paths = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
        const items = this.sheets.map((s) => {
          const item = new OfficeMockObject({
            name: s.name,
            protection: { protected: s.protected },
          });
          item.load(paths.join(","));
          this.pendingLoads.push(item);
          return item;
        });
        this.enqueue(() => (worksheets.items = items));
        return worksheets;
      },
      getItem: (name: string) => {
        this.enqueue(() => void this.sheet(name));
        return this.sheetProxy(name);
      },
      add: (name: string) => {
        this.enqueue(() => {
          if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
            throw new OfficeError(
              "ItemAlreadyExists",
              "A sheet with that name exists.",
              "WorksheetCollection.add"
            );
          }
          this.addSheet(name);
        });
        return this.sheetProxy(name);
      },
    });
    const names: OfficeMockObject = new OfficeMockObject({
      load: (props: string) => {
        const paths = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
        const items = this.names.map((n) => {
          const item = new OfficeMockObject({ name: n.name, formula: n.formula });
          item.load(paths.join(","));
          this.pendingLoads.push(item);
          return item;
        });
        this.enqueue(() => (names.items = items));
        return names;
      },
      getItemOrNullObject: (name: string) => {
        const exists = this.names.some((n) => n.name.toUpperCase() === name.toUpperCase());
        const item = new OfficeMockObject({
          isNullObject: !exists,
          arrayValues: exists ? this.arrayValuesOf(name) : { values: undefined, types: undefined },
        });
        // isNullObject is readable after the sync, like every loaded property.
        item.load("isNullObject");
        this.pendingLoads.push(item);
        return item;
      },
      getItem: (name: string) => {
        const item = new OfficeMockObject({
          delete: () =>
            this.enqueue(() => {
              const before = this.names.length;
              this.names = this.names.filter((n) => n.name.toUpperCase() !== name.toUpperCase());
              if (this.names.length === before)
                throw new OfficeError("ItemNotFound", name, "NamedItem.delete");
            }),
        });
        this.settable(item, {
          formula: (v) => {
            const n = this.names.find((x) => x.name.toUpperCase() === name.toUpperCase());
            if (!n) throw new OfficeError("ItemNotFound", name, "NamedItem.formula");
            n.formula = v as string;
          },
        });
        return item;
      },
      add: (name: string, reference: string) => {
        this.enqueue(() => {
          if (this.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) {
            throw new OfficeError("ItemAlreadyExists", name, "NamedItemCollection.add");
          }
          this.names.push({ name, formula: reference });
        });
      },
    });
    const context = new OfficeMockObject({
      workbook: {},
      application: {
        suspendApiCalculationUntilNextSync: () => void this.suspended.calculation++,
        suspendScreenUpdatingUntilNextSync: () => void this.suspended.screen++,
      },
      sync: () => this.sync(),
    });
    context.workbook.worksheets = worksheets;
    context.workbook.names = names;
    return context as unknown as Excel.RequestContext;
  }
}

const settings = (overrides: Partial<SheetSettings> = {}): SheetSettings => ({
  tahun: 2026,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: "IKU 2026",
  mode: "iku",
  ...overrides,
});

async function generate(fake: FakeExcel, plan: SheetPlan) {
  fake.syncs = 0;
  return generateIkuSheet(fake.context, plan);
}

/** Types a value into the cell a name refers to, as staff would. */
function type(fake: FakeExcel, name: string, value: unknown): void {
  const { sheet, address } = fake.named(name);
  sheet.cells.set(address, value);
}

describe("generateIkuSheet on a new workbook", () => {
  const fake = new FakeExcel(["Data"]);
  fake.sheet("Data").cells.set("A1", "anggaran");
  fake.names.push({ name: "Anggaran", formula: "=Data!$A$1" });
  const plan = buildSheetPlan(settings());
  let result: Awaited<ReturnType<typeof generateIkuSheet>>;

  beforeAll(async () => {
    result = await generate(fake, plan);
  });

  it("creates the sheet in one read and one write sync", () => {
    expect(result).toEqual({
      ok: true,
      value: { sheet: "IKU 2026", created: true, indicators: 18, keptValues: 0, range: plan.range },
    });
    expect(fake.syncs).toBe(2);
    expect(fake.suspended).toEqual({ calculation: 1, screen: 1 });
  });

  it("writes the plan's texts, formulas, names and formats", () => {
    const sheet = fake.sheet("IKU 2026");
    expect(sheet.cells.get("A1")).toBe("INDIKATOR KINERJA UTAMA");
    const hasil = fake.named("IKU06_HASIL");
    expect(hasil.sheet.cells.get(hasil.address)).toBe(
      "=IKU.PERSENTASE_PPKS_REHAB(IKU06_PEMBILANG,IKU06_PENYEBUT)"
    );
    expect(fake.named(MARKER_NAME).address).toBe("A1");
    expect(fake.names).toHaveLength(plan.names.length + 1);
    for (const c of plan.cells) {
      if (c.formula) expect(sheet.cells.get(c.address)).toBe(c.formula);
      else if (c.value !== undefined) expect(sheet.cells.get(c.address)).toBe(c.value);
      else expect(sheet.cells.has(c.address)).toBe(false);
      expect(sheet.numberFormats.get(c.address)).toBe(c.numberFormat ?? "General");
      expect(sheet.formats.get(c.address)?.["protection.locked"]).toBe(plan.styles[c.style].locked);
    }
    const input = fake.named("IKU06_PEMBILANG").address;
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
    const nilai = fake.named("IKU01_NILAI").address;
    expect(sheet.validations.get(nilai)?.rule).toEqual({
      decimal: { formula1: 0, formula2: 100, operator: "Between" },
    });
  });

  it("sets widths, heights, freeze, print setup and protection", () => {
    const sheet = fake.sheet("IKU 2026");
    expect(sheet.columnWidths.size).toBe(Object.keys(plan.columnWidths).length);
    expect(sheet.rowHeights.get(plan.table.headerRow)).toBe(plan.rowHeights[plan.table.headerRow]);
    expect(sheet.frozenRows).toBe(plan.freeze.rows);
    expect(sheet.printTitleRows).toBe(plan.print.titleRows);
    expect(sheet.layout).toEqual({
      orientation: "Landscape",
      paperSize: "Folio",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(sheet.protected).toBe(true);
    expect(sheet.password).toBeNull();
  });

  it("changes nothing outside the sheet and its names", () => {
    expect(fake.sheet("Data").cells).toEqual(new Map([["A1", "anggaran"]]));
    expect(fake.sheet("Data").formats.size).toBe(0);
    expect(fake.names.find((n) => n.name === "Anggaran")).toEqual({
      name: "Anggaran",
      formula: "=Data!$A$1",
    });
  });
});

describe("the number of syncs does not grow with the catalogue", () => {
  it.each([
    ["18 indicators", CATALOGUE],
    ["180 indicators", largeCatalogue(10)],
  ] as [string, Catalogue][])(
    "%s: 2 syncs to create, 2 to regenerate",
    async (_label, catalogue) => {
      const fake = new FakeExcel();
      const plan = buildSheetPlan(settings(), catalogue);
      expect((await generate(fake, plan)).ok).toBe(true);
      expect(fake.syncs).toBe(2);
      expect((await generate(fake, plan)).ok).toBe(true);
      expect(fake.syncs).toBe(2);
      expect(fake.names).toHaveLength(plan.names.length);
      expect(estimatePayloadBytes(plan)).toBeLessThan(MAX_PAYLOAD_BYTES);
    }
  );
});

describe("regenerating keeps typed values", () => {
  it("keeps inputs and targets by name, in both formula modes, and updates the formulas", async () => {
    const fake = new FakeExcel();
    await generate(fake, buildSheetPlan(settings()));
    type(fake, "IKU06_PEMBILANG", 45);
    type(fake, "IKU06_PENYEBUT", 60);
    type(fake, "IKU06_TARGET", 80.5);
    type(fake, "IKU02_PANTI_JOMPO", 2);
    type(fake, "IKU01_NILAI", 78.5);
    type(fake, "IKU03_PEMBILANG", "dua belas"); // a wrong entry is still the user's
    const result = await generate(fake, buildSheetPlan(settings({ mode: "excel" })));
    expect(result).toMatchObject({ ok: true, value: { created: false, keptValues: 6 } });
    expect(fake.syncs).toBe(2);
    expect(fake.valueOfName("IKU06_PEMBILANG")).toBe(45);
    expect(fake.valueOfName("IKU06_PENYEBUT")).toBe(60);
    expect(fake.valueOfName("IKU06_TARGET")).toBe(80.5);
    expect(fake.valueOfName("IKU02_PANTI_JOMPO")).toBe(2);
    expect(fake.valueOfName("IKU01_NILAI")).toBe(78.5);
    // Text stays text (apostrophe prefix), never re-read as a number or a formula.
    expect(fake.valueOfName("IKU03_PEMBILANG")).toBe("'dua belas");
    expect(fake.valueOfName("IKU06_HASIL")).toMatch(/^=IF\(OR\(ISBLANK\(IKU06_PEMBILANG\)/);
    expect(fake.sheet("IKU 2026").protected).toBe(true);
  });

  it("moves values with their indicator when the catalogue order changes or shrinks", async () => {
    const fake = new FakeExcel();
    await generate(fake, buildSheetPlan(settings()));
    type(fake, "IKU03_PEMBILANG", 45);
    type(fake, "IKU10_PENYEBUT", 7);
    type(fake, "IKU18_TARGET", 95);
    type(fake, "IKU04_PEMBILANG", 1);
    const before = {
      IKU03: fake.named("IKU03_PEMBILANG").address,
      IKU10: fake.named("IKU10_PENYEBUT").address,
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
    expect(fake.named("IKU03_PEMBILANG").address).not.toBe(before.IKU03);
    expect(fake.named("IKU10_PENYEBUT").address).not.toBe(before.IKU10);
    expect(fake.named("IKU18_TARGET").address).not.toBe(before.IKU18);
    expect(fake.valueOfName("IKU03_PEMBILANG")).toBe(45);
    expect(fake.valueOfName("IKU10_PENYEBUT")).toBe(7);
    expect(fake.valueOfName("IKU18_TARGET")).toBe(95);
    // The old position of a moved value holds the new layout, not the stale number.
    const sheet = fake.sheet("IKU 2026");
    const atOld = plan.cells.find((c) => c.address === before.IKU10);
    expect(sheet.cells.get(before.IKU10)).toBe(atOld?.formula ?? atOld?.value);
    // The removed indicator's names are gone; the old table's last rows are cleared.
    expect(fake.names.some((n) => n.name.startsWith("IKU04_"))).toBe(false);
    const end = parseAddress(plan.range.split(":")[1]);
    for (const k of sheet.cells.keys()) expect(parseAddress(k).row).toBeLessThanOrEqual(end.row);
  });

  it("lifts the add-in's own protection (no password) and puts it back", async () => {
    const fake = new FakeExcel();
    await generate(fake, buildSheetPlan(settings()));
    expect(fake.sheet("IKU 2026").protected).toBe(true);
    type(fake, "IKU05_PENYEBUT", 50);
    const result = await generate(fake, buildSheetPlan(settings()));
    expect(result).toMatchObject({ ok: true, value: { keptValues: 1 } });
    expect(fake.sheet("IKU 2026").protected).toBe(true);
  });
});

describe("refusals and errors", () => {
  it("never writes a sheet of that name the add-in did not make, and offers a free name", async () => {
    const fake = new FakeExcel(["IKU 2026", "IKU 2026 (2)"]);
    fake.sheet("IKU 2026").cells.set("B2", "catatan saya");
    const result = await generate(fake, buildSheetPlan(settings()));
    expect(result).toEqual({
      ok: false,
      problem: { code: "foreignSheet", sheet: "IKU 2026", suggestion: "IKU 2026 (3)" },
    });
    expect(fake.syncs).toBe(1);
    expect(fake.sheet("IKU 2026").cells).toEqual(new Map([["B2", "catatan saya"]]));
    expect(fake.names).toEqual([]);
  });

  it("refuses when the IKU names belong to another IKU sheet", async () => {
    const fake = new FakeExcel();
    await generate(fake, buildSheetPlan(settings()));
    const result = await generate(
      fake,
      buildSheetPlan(settings({ sheetName: "IKU 2027", tahun: 2027 }))
    );
    expect(result).toEqual({ ok: false, problem: { code: "otherIkuSheet", sheet: "IKU 2026" } });
    expect(fake.syncs).toBe(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "IKU 2026"]);
  });

  it("surfaces cell-edit mode as cellEditMode", async () => {
    const fake = new FakeExcel();
    fake.cellEditMode = true;
    const result = await generate(fake, buildSheetPlan(settings()));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.code).toBe("cellEditMode");
    expect(fake.sheets).toHaveLength(1);
  });

  it("reports a password set by the user as sheetProtected and writes nothing", async () => {
    const fake = new FakeExcel();
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

  it("still reports success when only the printer refuses the paper size (print setup is last)", async () => {
    const fake = new FakeExcel();
    fake.refusesPaperSize = true;
    const result = await generate(fake, buildSheetPlan(settings()));
    expect(result).toMatchObject({ ok: true, value: { created: true } });
    const sheet = fake.sheet("IKU 2026");
    expect(sheet.protected).toBe(true);
    expect(sheet.printTitleRows).not.toBeNull();
    expect(sheet.layout.paperSize).toBeUndefined();
  });

  it("reaches Excel through Excel.run in generateFromSettings, and reports notInExcel without it", async () => {
    const fake = new FakeExcel();
    const g = globalThis as { Excel?: unknown };
    expect(await generateFromSettings(settings())).toEqual({
      ok: false,
      problem: { code: "notInExcel" },
    });
    g.Excel = new OfficeMockObject({
      run: async (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(fake.context),
    });
    try {
      const result = await generateFromSettings(settings());
      expect(result).toMatchObject({ ok: true, value: { created: true, indicators: 18 } });
    } finally {
      delete g.Excel;
    }
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

  it("estimates the write well under 5 MB", () => {
    const small = estimatePayloadBytes(buildSheetPlan(settings()));
    const large = estimatePayloadBytes(buildSheetPlan(settings(), largeCatalogue(10)));
    expect(small).toBeLessThan(MAX_PAYLOAD_BYTES / 10);
    expect(large).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(large).toBeGreaterThan(small);
  });
});
