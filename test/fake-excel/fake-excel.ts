/**
 * The one fake of Excel: an in-memory workbook behind the part of the Excel JavaScript API that
 * src/office uses. The jest office tests, the benchmark's sync counts and the Chromium harness
 * (test/e2e/harness, where the real task pane runs against it in a page) all use this file, so it
 * imports nothing from Node and nothing from the add-in. Only the surface src/office uses is
 * modelled, with the names and shapes of @types/office-js; anything else throws "not modelled",
 * so a change in the add-in cannot pass silently on a fake that ignores it.
 *
 * API
 *   createFakeExcel(options?) → FakeExcel
 *     options.grid          start from a WorkbookGrid (values + formulas per sheet, names)
 *     options.sheets        or start from empty sheets with these names (default ["Sheet1"])
 *     options.workbookName  the workbook's name (default "IKU DSPM.xlsx", or the grid's)
 *   FakeExcel
 *     context               an Excel.RequestContext over the workbook
 *     syncs()               context.sync() calls so far (every context); resetSyncs() sets 0
 *     maxResponseBytes()    the largest response a sync delivered (see RESPONSE_LIMIT_BYTES)
 *     maxRequestBytes()     the largest request a sync sent (see REQUEST_LIMIT_BYTES)
 *     workbook              the model, for arranging and asserting (see WorkbookModel)
 *     run(batch) / run(object, batch)
 *                           Excel.run: a new context (or the given one), ends with a sync;
 *                           withExcel(fake, fn) installs it as the global Excel during fn
 *     sheet(name), addSheet(name), named(name), valueOf(name), type(name, value),
 *     typeAt(sheet, address, value), changed(sheet, address)
 *                           helpers on the model (a name's cell; typing as staff would, and the
 *                           onChanged event Excel then raises)
 *
 * As in Excel:
 * - nothing a batch queues happens before context.sync(); operations run in queue order and the
 *   first failing one rejects the sync: what came before it stays applied, nothing after it is
 *   (a batch is not a transaction); workbook.failAtOperation fails the n-th one on request;
 * - a property is readable only once loaded and synced: reading it before (or never loaded)
 *   throws PropertyNotLoaded; a load reads the workbook at its place in the queue; isNullObject
 *   is readable after the next sync; a set property is not readable back without a load;
 * - a response over 5 MB (estimated as the JSON of what the batch loaded) is refused with
 *   ResponsePayloadSizeLimitExceeded, as Excel on the web does, and nothing loaded is delivered;
 * - errors carry Excel's codes (ItemNotFound, ItemAlreadyExists, AccessDenied, InvalidArgument,
 *   InvalidReference, InvalidOperationInCellEditMode) and debugInfo.errorLocation;
 * - a protected sheet refuses a write to a range holding a locked cell (cells are locked unless
 *   format.protection.locked was set to false) with AccessDenied, as Excel does; every other
 *   change (formats, merges, validation, page setup, clearing) is refused too (stricter than
 *   Excel, whose protection options can allow some); protecting a protected sheet is refused; a
 *   password must match to unprotect;
 * - a string written through `values`/`formulas` is parsed as Excel parses typed text: "'…" is
 *   text without the apostrophe; in a cell not formatted "@", "=…" is a formula and a number or
 *   TRUE/FALSE becomes that number or logical (in a "@" cell both stay text);
 * - workbook.cellEditMode fails every sync; workbook.failNextSyncWith fails the next one;
 * - Range.copyFrom(source, "All") is Paste All: contents, number formats, cell formats, merges,
 *   validation and conditional formats of the destination are replaced (not widths or heights);
 *   refused on a protected destination and across part of a merge; Worksheet.copy is a full copy
 *   (protection included) named "Name (2)"; the last visible sheet can be neither hidden nor
 *   deleted; renaming a sheet moves the names that refer to it; protection options read back
 *   complete (unset ones false); getRowProperties/getColumnProperties are ClientResults.
 *   Not modelled: formulas pasted to another place (Excel shifts their references), and the
 *   sheet-scoped copies of workbook names that Excel makes on a copied sheet.
 * Not modelled: calculation (a formula written through the API reads back the value it was seeded
 * with, else ""), fonts and fills have no effect, Range.clear leaves conditional formats (whether
 * it removes them is not documented: the add-in clears them explicitly).
 */
import type { GridValue, WorkbookGrid } from "../../src/core/grid";

// ---------------------------------------------------------------------------------------------
// The workbook model (plain data the tests arrange and assert on).

export interface CellModel {
  /** As range.formulas reports it: "=…" for a formula cell, else the constant. */
  formula: GridValue;
  /** As range.values reports it (for a formula cell: the seeded result, else ""). */
  value: GridValue;
}

export interface ConditionalFormatModel {
  id: number;
  type: string;
  /** The address it was added on. */
  address: string;
  /** The cells it still applies to (clearAll on part of it removes those cells). */
  cells: Set<string>;
  /** custom.rule.formula */
  formula: string;
  /** custom.format.fill.color and custom.format.font.color */
  fill?: string;
  fontColor?: string;
}

export interface SheetModel {
  name: string;
  protected: boolean;
  /** A password set by the user (the add-in never sets one). */
  password: string | null;
  /**
   * The options of the protection, as WorksheetProtection.options reports them (every option,
   * unset ones false, selectionMode "Normal"); null while unprotected.
   */
  protectionOptions: Excel.WorksheetProtectionOptions | null;
  /** Worksheet.visibility. */
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** By A1 address without $. */
  cells: Map<string, CellModel>;
  numberFormats: Map<string, string>;
  /** Format properties set per cell: "fill.color", "font.bold", "protection.locked", … */
  formats: Map<string, Record<string, unknown>>;
  merges: string[];
  /** Data validation by the address it was set on. */
  validations: Map<string, Record<string, unknown>>;
  conditionalFormats: ConditionalFormatModel[];
  columnWidths: Map<string, number>;
  rowHeights: Map<number, number>;
  frozen: { rows: number; columns: number };
  printTitleRows: string | null;
  layout: Record<string, unknown>;
  /** How many times the whole sheet was cleared (getRange().clear()). */
  cleared: number;
  /** Charts on the sheet (Worksheet.charts), in the order they were added. */
  charts: ChartModel[];
}

/** A chart series: its ranges as sheet-qualified references ('Sheet'!$C$5:$C$22), or null. */
export interface SeriesModel {
  name: string;
  /** Excel.ChartType of the series (a combination chart mixes them). */
  chartType: string;
  values: string | null;
  xAxisValues: string | null;
}

export interface ChartModel {
  name: string;
  chartType: string;
  title: string;
  series: SeriesModel[];
  /** setPosition: the cells the chart covers. */
  position: { start: string; end: string } | null;
}

export interface NameModel {
  name: string;
  /** As NamedItem.formula reports it: ='IKU 2026'!$J$12 */
  formula: string;
  comment: string;
  /** The sheet whose scope holds the name (Worksheet.names); undefined: the workbook's. */
  scope?: string;
}

export type ChangeHandler = (args: unknown) => Promise<unknown>;

export interface WorkbookModel {
  name: string;
  sheets: SheetModel[];
  names: NameModel[];
  /** The active sheet and the selected address (Range.select / Worksheet.activate). */
  active: string;
  selected: string;
  /** onChanged handlers by sheet name (lower case), registered at the sync. */
  handlers: Map<string, ChangeHandler[]>;
  suspended: { calculation: number; screen: number };
  /** Excel is in cell-edit mode: every sync fails. */
  cellEditMode: boolean;
  /** The next sync fails with this Excel error code (then it is cleared); null: none. */
  failNextSyncWith: string | null;
  /** A printer driver that does not offer the plan's paper size. */
  refusesPaperSize: boolean;
  /**
   * Fails the n-th queued operation run from now (1 = the next one) with GeneralException, to
   * prove a batch that fails midway (a batch is not a transaction) is cleaned up; null: none.
   */
  failAtOperation: number | null;
}

/** An error shaped as OfficeExtension.Error: code, message, debugInfo.errorLocation. */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;
  constructor(
    readonly code: string,
    message: string,
    location = ""
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export interface FakeExcelOptions {
  grid?: WorkbookGrid;
  sheets?: string[];
  workbookName?: string;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface FakeExcel {
  context: Excel.RequestContext;
  syncs(): number;
  resetSyncs(): void;
  /** The largest response a sync delivered so far (estimated JSON bytes; see RESPONSE_LIMIT_BYTES). */
  maxResponseBytes(): number;
  /** The largest request a sync sent so far (estimated JSON bytes; see REQUEST_LIMIT_BYTES). */
  maxRequestBytes(): number;
  workbook: WorkbookModel;
  run<T>(...args: [Batch<T>] | [unknown, Batch<T>]): Promise<T>;
  sheet(name: string): SheetModel;
  addSheet(name: string): SheetModel;
  /**
   * The sheet and cell a defined name refers to (throws when missing or broken): with `sheet`,
   * the name as a formula on that sheet sees it (its own, else the workbook's); without, the
   * workbook's name, else the only sheet-scoped name of that name.
   */
  named(name: string, sheet?: string): { sheet: SheetModel; address: string };
  /** The value (or formula) in the cell a name refers to, as range.formulas reports it. */
  valueOf(name: string, sheet?: string): GridValue | undefined;
  /** Types a value into the cell a name refers to, as staff would (no API, no sync, no event). */
  type(name: string, value: GridValue, sheet?: string): void;
  /** Types a value into a cell of a sheet, as staff would (no event). */
  typeAt(sheet: string, address: string, value: GridValue): void;
  /** Raises the sheet's onChanged event for an address, as Excel does after an edit. */
  changed(sheet: string, address: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Addresses.

/** 1-based, inclusive; Infinity for whole rows or columns. */
interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const ALL: Box = { r1: 1, c1: 1, r2: Infinity, c2: Infinity };

/** "A" → 1, "XFD" → 16384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** 1 → "A". */
function columnLetter(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function parseBox(address: string): Box {
  const text = address.split("$").join("").toUpperCase();
  const [a, b = a] = text.split(":");
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const row = /^(\d+)$/;
  const column = /^([A-Z]{1,3})$/;
  let m: RegExpExecArray | null;
  let n: RegExpExecArray | null;
  if ((m = cell.exec(a)) && (n = cell.exec(b))) {
    return {
      r1: Number(m[2]),
      c1: columnNumber(m[1]),
      r2: Number(n[2]),
      c2: columnNumber(n[1]),
    };
  }
  if ((m = row.exec(a)) && (n = row.exec(b))) {
    return { r1: Number(m[1]), c1: 1, r2: Number(n[1]), c2: Infinity };
  }
  if ((m = column.exec(a)) && (n = column.exec(b))) {
    return { r1: 1, c1: columnNumber(m[1]), r2: Infinity, c2: columnNumber(n[1]) };
  }
  throw new OfficeError("InvalidArgument", `Invalid range address: ${address}`, "Range");
}

const a1 = (row: number, column: number) => `${columnLetter(column)}${row}`;

function boxText(box: Box): string {
  const start = a1(box.r1, box.c1);
  const end = a1(box.r2, box.c2);
  return start === end ? start : `${start}:${end}`;
}

function parseA1(key: string): { row: number; column: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(key) as RegExpExecArray;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

function inBox(box: Box, key: string): boolean {
  const { row, column } = parseA1(key);
  return row >= box.r1 && row <= box.r2 && column >= box.c1 && column <= box.c2;
}

function cellsOf(box: Box): string[] {
  if (!Number.isFinite(box.r2) || !Number.isFinite(box.c2)) {
    throw new Error(`fake Excel: cell-wise operation on an open range ${boxText(box)}`);
  }
  const out: string[] = [];
  for (let r = box.r1; r <= box.r2; r++) for (let c = box.c1; c <= box.c2; c++) out.push(a1(r, c));
  return out;
}

/** A sheet name in a reference, quoted when Excel quotes it. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.split("'").join("''")}'`;
}

/** A defined name's plain single-cell or range reference: ='IKU 2026'!$J$12 */
function parseReference(formula: string): { sheet: string; box: Box } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!([$A-Z0-9:]+)$/i.exec(formula.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].split("''").join("'") : m[2];
  if (sheet.startsWith("#")) return null;
  try {
    return { sheet, box: parseBox(m[3]) };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Typed text, as Excel parses it.

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i;

function parseEntry(v: GridValue, numberFormat: string | undefined): CellModel | null {
  if (v === null || v === "") return null;
  if (typeof v !== "string") return { formula: v, value: v };
  // In a cell formatted as text ("@"), "=…" is text too.
  if (v.startsWith("=") && v.length > 1 && numberFormat !== "@") return { formula: v, value: "" };
  if (v.startsWith("'")) return { formula: v.slice(1), value: v.slice(1) };
  if (numberFormat !== "@") {
    const t = v.trim();
    if (NUMBER.test(t)) return { formula: Number(t), value: Number(t) };
    if (/^\(\d+(\.\d+)?\)$/.test(t)) {
      const n = -Number(t.slice(1, -1));
      return { formula: n, value: n };
    }
    if (/^(TRUE|FALSE)$/i.test(t)) {
      const b = t.toUpperCase() === "TRUE";
      return { formula: b, value: b };
    }
  }
  return { formula: v, value: v };
}

function valueType(v: GridValue): string {
  if (v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return /^#(VALUE!|DIV\/0!|N\/A|NAME\?|REF!|NUM!|NULL!|SPILL!|CALC!)$/.test(v)
    ? "Error"
    : "String";
}

// ---------------------------------------------------------------------------------------------
// Client objects: a Proxy whose loaded properties are readable only after the sync that
// delivered them, and whose writes and method calls are queued until the sync.

/** Properties jest, promise machinery and React probe on any object. */
const PROBES = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "nodeType",
  "$$typeof",
  "constructor",
]);

type Fn = (...args: never[]) => unknown;
type Client = Record<string, unknown>;

interface ClientSpec {
  /** Loadable scalar properties, read from the model when the load runs (at the sync). */
  readers?: Record<string, () => unknown>;
  /** Settable properties: the write runs at the sync, in queue order. */
  writers?: Record<string, (value: unknown) => void>;
  methods?: Record<string, Fn>;
  /** Navigation properties (other client objects or plain records of them). */
  children?: Record<string, Client>;
  /** For *OrNullObject results: whether the object is null (asked at the sync). */
  isNull?: () => boolean;
}

/** Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded). */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

/** And a request over 5 MB (RequestPayloadSizeLimitExceeded): the batch is refused unrun. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Bytes one queued operation adds to the request: its action and object path (about 150 bytes
 * in Office.js's JSON) plus its arguments or the value set, as JSON.
 */
function requestSize(args: unknown): number {
  let json = 0;
  try {
    json = JSON.stringify(args)?.length ?? 0;
  } catch {
    json = 0; // client objects passed as arguments are paths, counted in the frame
  }
  return 150 + json;
}

/**
 * Bytes a loaded value adds to the response, estimated as its JSON (cell grids: values,
 * formulas, types; texts and numbers); collections of objects count a small record each.
 */
function responseSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value !== "object") return JSON.stringify(value)?.length ?? 4;
  if (Array.isArray(value) && (value.length === 0 || Array.isArray(value[0])))
    return JSON.stringify(value).length;
  if (Array.isArray(value)) return value.length * 32;
  return 32;
}

/** What every context of one fake shares: the sync count and the largest response. */
interface Counters {
  syncs: number;
  maxResponseBytes: number;
  maxRequestBytes: number;
}

function notLoaded(prop: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    prop
  );
}

/** One request context's queue: operations and loads wait for context.sync(). */
class Engine {
  private queue: (() => void)[] = [];
  /** Loaded values of the running sync, delivered to their objects only if it succeeds. */
  private deliveries: (() => void)[] = [];
  private readonly populators = new WeakMap<object, (paths: string[]) => void>();
  private responseBytes = 0;
  /** Bytes of the operations queued since the last sync: the next request's size. */
  private requestBytes = 0;

  constructor(
    private readonly model: WorkbookModel,
    private readonly counters: Counters
  ) {}

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  /** Counts an operation's share of the next request (queue time, as Office.js builds it). */
  request(args: unknown): void {
    this.requestBytes += requestSize(args);
  }

  async sync(): Promise<void> {
    // Excel answers asynchronously: handlers and other batches may run in between.
    await Promise.resolve();
    this.counters.syncs++;
    const ops = this.queue;
    this.queue = [];
    this.deliveries = [];
    this.responseBytes = 0;
    const requestBytes = this.requestBytes;
    this.requestBytes = 0;
    this.counters.maxRequestBytes = Math.max(this.counters.maxRequestBytes, requestBytes);
    if (this.model.cellEditMode) {
      throw new OfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (requestBytes > REQUEST_LIMIT_BYTES) {
      // As Excel on the web: the request is refused before any of it runs.
      throw new OfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${requestBytes} bytes).`,
        "Sync"
      );
    }
    const failWith = this.model.failNextSyncWith;
    if (failWith) {
      this.model.failNextSyncWith = null;
      throw new OfficeError(failWith, `Fake Excel refused the batch: ${failWith}`);
    }
    try {
      for (const op of ops) {
        if (this.model.failAtOperation !== null && --this.model.failAtOperation === 0) {
          this.model.failAtOperation = null;
          throw new OfficeError("GeneralException", "Injected failure.", "Injected");
        }
        op();
      }
      if (this.responseBytes > RESPONSE_LIMIT_BYTES) {
        // As Excel on the web: the batch ran, its response is refused.
        throw new OfficeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit (${this.responseBytes} bytes).`,
          "Sync"
        );
      }
    } catch (e) {
      // A failing operation rejects the sync: the loads of this batch are not delivered.
      this.deliveries = [];
      throw e;
    }
    this.counters.maxResponseBytes = Math.max(this.counters.maxResponseBytes, this.responseBytes);
    const delivered = this.deliveries;
    this.deliveries = [];
    for (const deliver of delivered) deliver();
  }

  /**
   * An OfficeExtension.ClientResult (getRowProperties, …): computed when its request runs, its
   * value readable only after the sync that delivered it succeeded.
   */
  result<T>(compute: () => T): { readonly value: T } {
    let delivered: { value: T } | null = null;
    this.enqueue(() => {
      const value = compute();
      this.responseBytes += responseSize(value);
      this.deliveries.push(() => (delivered = { value }));
    });
    return {
      get value(): T {
        if (!delivered) throw notLoaded("value");
        return delivered.value;
      },
    };
  }

  client(spec: ClientSpec): Client {
    const readers = spec.readers ?? {};
    const writers = spec.writers ?? {};
    const children = spec.children ?? {};
    /** Values delivered by a successful sync: the only ones a read may return. */
    const loaded = new Map<string, unknown>();
    const nullNow = () => spec.isNull?.() ?? false;
    const deliver = (name: string, value: unknown) =>
      this.deliveries.push(() => loaded.set(name, value));

    const populate = (paths: string[]) => {
      const own = new Set<string>();
      const nested = new Map<string, string[]>();
      for (const path of paths) {
        const [head, ...rest] = path.split("/");
        if (rest.length === 0) own.add(head);
        else nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      }
      for (const [head, rest] of nested) {
        const child = children[head];
        if (child) {
          this.populateOf(child)(rest);
          continue;
        }
        own.add(head);
      }
      for (const name of own) {
        const reader = readers[name];
        if (!reader) throw new OfficeError("InvalidArgument", `Cannot load '${name}'.`, "load");
        const value = nullNow() ? null : reader();
        this.responseBytes += name.length + responseSize(value);
        deliver(name, value);
        // items/name: the rest of the path loads on every item of the collection.
        const rest = nested.get(name);
        if (rest && Array.isArray(value)) for (const item of value) this.populateOf(item)(rest);
      }
    };

    const methods: Record<string, Fn> = {
      ...spec.methods,
      load: ((props?: string | string[]) => {
        const paths = (Array.isArray(props) ? props : (props ?? "").split(","))
          .map((p) => p.trim())
          .filter((p) => p.length > 0);
        if (paths.length === 0) throw new Error("fake Excel: load() without properties");
        this.enqueue(() => populate(paths));
        return proxy;
      }) as Fn,
    };
    if (spec.isNull) {
      // isNullObject is known after the next sync, loaded or not.
      this.enqueue(() => deliver("isNullObject", nullNow()));
    }

    const proxy: Client = new Proxy({} as Client, {
      get: (_target, prop) => {
        if (typeof prop !== "string") return undefined;
        if (prop in readers || (prop === "isNullObject" && spec.isNull)) {
          if (!loaded.has(prop)) throw notLoaded(prop);
          return loaded.get(prop);
        }
        if (prop in methods) {
          const method = methods[prop] as (...args: unknown[]) => unknown;
          return (...args: unknown[]) => {
            this.request(args);
            return method(...args);
          };
        }
        if (prop in children) return children[prop];
        if (PROBES.has(prop)) return undefined;
        throw new Error(`fake Excel: '${prop}' is not modelled`);
      },
      set: (_target, prop, value) => {
        const writer = typeof prop === "string" ? writers[prop] : undefined;
        if (!writer) throw new Error(`fake Excel: '${String(prop)}' cannot be set here`);
        this.request(value);
        this.enqueue(() => writer(value));
        return true;
      },
    });
    this.populators.set(proxy, populate);
    return proxy;
  }

  private populateOf(child: unknown): (paths: string[]) => void {
    const populate = this.populators.get(child as object);
    if (!populate) throw new Error("fake Excel: navigation property cannot be loaded");
    return populate;
  }
}

// ---------------------------------------------------------------------------------------------
// The fake.

function newSheet(name: string): SheetModel {
  return {
    name,
    protected: false,
    password: null,
    protectionOptions: null,
    visibility: "Visible",
    cells: new Map(),
    numberFormats: new Map(),
    formats: new Map(),
    merges: [],
    validations: new Map(),
    conditionalFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    frozen: { rows: 0, columns: 0 },
    printTitleRows: null,
    layout: {},
    cleared: 0,
    charts: [],
  };
}

/** The chart types the add-in uses, and the ones a series of a combination chart may take. */
const CHART_TYPES = new Set(["ColumnClustered", "BarClustered", "Line", "LineMarkers"]);

/**
 * PageLayoutZoomOptions as documented: a page count per direction (a whole number ≥ 1) or a
 * scale of 10–400, never both; anything else (verticalFitToPages: 0 …) is refused.
 */
function checkZoom(v: unknown): void {
  const bad = (why: string) => {
    throw new OfficeError("InvalidArgument", `Invalid zoom: ${why}.`, "PageLayout.zoom");
  };
  if (v === null || typeof v !== "object") bad("not an object");
  const z = v as Record<string, unknown>;
  for (const key of Object.keys(z)) {
    if (!["horizontalFitToPages", "verticalFitToPages", "scale"].includes(key)) bad(key);
  }
  for (const key of ["horizontalFitToPages", "verticalFitToPages"]) {
    const n = z[key];
    if (n !== undefined && n !== null && !(Number.isInteger(n) && (n as number) >= 1))
      bad(`${key} ${String(n)}`);
  }
  const scale = z.scale;
  if (scale !== undefined && scale !== null) {
    if (typeof scale !== "number" || scale < 10 || scale > 400) bad(`scale ${String(scale)}`);
    if (z.horizontalFitToPages != null || z.verticalFitToPages != null) bad("scale and fit");
  }
}

/** Excel's check on a new sheet name: 1–31 characters, none of : \ / ? * [ ], no edge quote. */
function checkSheetName(name: string, location: string): void {
  if (
    name.trim() === "" ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new OfficeError("InvalidArgument", `Invalid sheet name: ${name}`, location);
  }
}

/** WorksheetProtectionOptions' boolean options (ExcelApi 1.2). */
const PROTECTION_OPTIONS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
] as const;

/** Protection options as Excel reports them: every option, unset ones false. */
function protectionOptions(given: Record<string, unknown>): Excel.WorksheetProtectionOptions {
  const options: Record<string, unknown> = {};
  for (const key of Object.keys(given)) {
    if (!(PROTECTION_OPTIONS as readonly string[]).includes(key) && key !== "selectionMode") {
      throw new OfficeError(
        "InvalidArgument",
        `Unknown option ${key}.`,
        "WorksheetProtection.protect"
      );
    }
  }
  for (const key of PROTECTION_OPTIONS) options[key] = given[key] === true;
  const mode = given.selectionMode ?? "Normal";
  if (!["Normal", "Unlocked", "None"].includes(String(mode))) {
    throw new OfficeError(
      "InvalidArgument",
      `selectionMode ${String(mode)}`,
      "WorksheetProtection.protect"
    );
  }
  options.selectionMode = mode;
  return options as Excel.WorksheetProtectionOptions;
}

/** What PageLayout reports for a sheet whose page setup was never changed. */
const LAYOUT_DEFAULTS: Record<string, unknown> = {
  orientation: "Portrait",
  paperSize: "Letter",
  printErrors: "AsDisplayed",
  zoom: { scale: 100 },
};

/** Excel's standard row height and column width (Calibri 11), in points. */
const STANDARD_HEIGHT = 15;
const STANDARD_WIDTH = 48;

/** Load options of getRowProperties/getColumnProperties: only what is modelled. */
function checkPropertyOptions(options: unknown, index: string, formats: string[]): void {
  const o = (options ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key !== index && key !== "format")
      throw new Error(`fake Excel: loading '${key}' of row/column properties is not modelled`);
  }
  for (const key of Object.keys((o.format ?? {}) as object)) {
    if (!formats.includes(key))
      throw new Error(
        `fake Excel: loading 'format.${key}' of row/column properties is not modelled`
      );
  }
}

/** Whether `inner` lies wholly inside `outer`; whether the two share no cell. */
const within = (inner: Box, outer: Box) =>
  inner.r1 >= outer.r1 && inner.r2 <= outer.r2 && inner.c1 >= outer.c1 && inner.c2 <= outer.c2;
const disjoint = (a: Box, b: Box) => a.r2 < b.r1 || a.r1 > b.r2 || a.c2 < b.c1 || a.c1 > b.c2;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Whether Excel takes a text as a defined name: a letter, "_" or "\\" first, then letters,
 * digits, "_" and "."; not a cell reference (A1 up to XFD1048576, or R1C1 style) nor "R"/"C".
 */
function validName(name: string): boolean {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255) return false;
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  const cell = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (!cell) return true;
  let column = 0;
  for (const ch of cell[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return !(column <= 16384 && Number(cell[2]) >= 1 && Number(cell[2]) <= 1048576);
}
let nextConditionalFormat = 1;

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model: WorkbookModel = {
    name: options.workbookName ?? options.grid?.workbook ?? "IKU DSPM.xlsx",
    sheets: [],
    names: [],
    active: "",
    selected: "",
    handlers: new Map(),
    suspended: { calculation: 0, screen: 0 },
    cellEditMode: false,
    failNextSyncWith: null,
    refusesPaperSize: false,
    failAtOperation: null,
  };
  const addSheet = (name: string): SheetModel => {
    const sheet = newSheet(name);
    model.sheets.push(sheet);
    return sheet;
  };
  if (options.grid) {
    for (const s of options.grid.sheets) {
      const sheet = addSheet(s.name);
      const origin = parseBox(s.origin);
      s.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const formula = s.formulas[r]?.[c] ?? "";
          if ((value === "" || value === null) && (formula === "" || formula === null)) return;
          sheet.cells.set(a1(origin.r1 + r, origin.c1 + c), { formula, value });
        })
      );
    }
    model.names = options.grid.names.map((n) => ({
      name: n.name,
      formula: n.refersTo,
      comment: "",
      ...(n.sheet !== undefined ? { scope: n.sheet } : {}),
    }));
  } else {
    for (const name of options.sheets ?? ["Sheet1"]) addSheet(name);
  }

  const counters: Counters = { syncs: 0, maxResponseBytes: 0, maxRequestBytes: 0 };
  const findSheet = (name: string) => model.sheets.find((s) => same(s.name, name));
  const sheetNamed = (name: string, location = "WorksheetCollection.getItem"): SheetModel => {
    const s = findSheet(name);
    if (!s) throw new OfficeError("ItemNotFound", `Worksheet ${name} not found.`, location);
    return s;
  };
  /** A name in one scope: a sheet's (its name), or the workbook's (undefined). */
  const findName = (name: string, scope?: string) =>
    model.names.find(
      (n) =>
        n.name.toUpperCase() === name.toUpperCase() &&
        (scope === undefined
          ? n.scope === undefined
          : n.scope !== undefined && same(n.scope, scope))
    );

  /** The cell a name refers to, or null when it is missing, broken or a range. */
  const target = (n: NameModel | undefined): { sheet: SheetModel; address: string } | null => {
    const ref = n && parseReference(n.formula);
    const sheet = ref && findSheet(ref.sheet);
    if (!ref || !sheet || ref.box.r1 !== ref.box.r2 || ref.box.c1 !== ref.box.c2) return null;
    return { sheet, address: a1(ref.box.r1, ref.box.c1) };
  };

  /** The contexts of this fake (Excel.run may be given one back). */
  const contexts = new WeakSet<object>();

  /** A request context: its own queue over the shared workbook, as each Excel.run has. */
  const newContext = (): Excel.RequestContext => {
    const engine = new Engine(model, counters);
    const client = (spec: ClientSpec) => engine.client(spec);
    const q = (op: () => void) => engine.enqueue(op);
    const result = <T>(compute: () => T) => engine.result(compute);

    /** Any change to a protected sheet but a write to unlocked cells is refused. */
    const writable = (sheet: SheetModel, location: string): SheetModel => {
      if (sheet.protected) {
        throw new OfficeError(
          "AccessDenied",
          "The cell or chart you're trying to change is on a protected sheet.",
          location
        );
      }
      return sheet;
    };
    /**
     * Values and formulas on a protected sheet: refused when the range holds a locked cell
     * (Excel checks the whole range, also cells the array leaves as they are with null).
     */
    const contentWritable = (sheet: SheetModel, box: Box, location: string): SheetModel => {
      if (!sheet.protected) return sheet;
      const locked = cellsOf(box).some(
        (k) => sheet.formats.get(k)?.["protection.locked"] !== false
      );
      if (locked) {
        throw new OfficeError(
          "AccessDenied",
          "You cannot perform the requested operation. The cell or chart you're trying to change is on a protected sheet.",
          location
        );
      }
      return sheet;
    };

    /**
     * Range.copyFrom(source, "All"), as Excel's Paste All: the destination's contents, number
     * formats, cell formats, merges, data validation and conditional formats are replaced by the
     * source's (column widths and row heights are not copied). A protected destination refuses
     * it; a merge across the edge of either range is refused ("part of a merged cell").
     */
    const copyRange = (src: SheetModel, from: Box, dst: SheetModel, at: Box): void => {
      const location = "Range.copyFrom";
      writable(dst, location);
      const source = cellsOf(from);
      const rows = from.r2 - from.r1 + 1;
      const columns = from.c2 - from.c1 + 1;
      const single = at.r1 === at.r2 && at.c1 === at.c2;
      if (!single && (at.r2 - at.r1 + 1 !== rows || at.c2 - at.c1 + 1 !== columns))
        throw new Error("fake Excel: copyFrom into a range of another size is not modelled");
      // The destination grows from its top-left cell to the source's size.
      const to: Box = { r1: at.r1, c1: at.c1, r2: at.r1 + rows - 1, c2: at.c1 + columns - 1 };
      const dr = to.r1 - from.r1;
      const dc = to.c1 - from.c1;
      const shift = (b: Box): Box => ({
        r1: b.r1 + dr,
        c1: b.c1 + dc,
        r2: b.r2 + dr,
        c2: b.c2 + dc,
      });
      const moved = (key: string) => {
        const p = parseA1(key);
        return a1(p.row + dr, p.column + dc);
      };
      const across = (m: string, box: Box) => {
        const b = parseBox(m);
        return !disjoint(b, box) && !within(b, box);
      };
      if (src.merges.some((m) => across(m, from)) || dst.merges.some((m) => across(m, to))) {
        throw new OfficeError("InvalidOperation", "We can't do that to a merged cell.", location);
      }
      if (
        [...src.validations.keys(), ...dst.validations.keys()].some(
          (k) => across(k, from) || across(k, to)
        )
      )
        throw new Error("fake Excel: a validation across the edge of a copy is not modelled");
      // Everything is read before anything is written: source and destination may overlap.
      const entries = source.map((key) => ({
        key: moved(key),
        cell: src.cells.get(key),
        numberFormat: src.numberFormats.get(key),
        format: src.formats.get(key),
      }));
      const formula = (c: CellModel | undefined) =>
        typeof c?.formula === "string" && c.formula.startsWith("=");
      if ((dr !== 0 || dc !== 0) && entries.some((e) => formula(e.cell)))
        throw new Error(
          "fake Excel: formulas copied to another place (relative references) are not modelled"
        );
      const merges = src.merges
        .filter((m) => within(parseBox(m), from))
        .map((m) => boxText(shift(parseBox(m))));
      const validations = [...src.validations]
        .filter(([k]) => within(parseBox(k), from))
        .map(([k, v]) => [boxText(shift(parseBox(k))), { ...v }] as const);
      const cfs = src.conditionalFormats
        .filter((cf) => [...cf.cells].some((k) => inBox(from, k)))
        .map((cf): ConditionalFormatModel => {
          const cells = [...cf.cells].filter((k) => inBox(from, k)).map(moved);
          const box = cells.map(parseA1).reduce(
            (b, p) => ({
              r1: Math.min(b.r1, p.row),
              c1: Math.min(b.c1, p.column),
              r2: Math.max(b.r2, p.row),
              c2: Math.max(b.c2, p.column),
            }),
            { r1: Infinity, c1: Infinity, r2: 0, c2: 0 }
          );
          return {
            ...cf,
            id: nextConditionalFormat++,
            address: boxText(box),
            cells: new Set(cells),
          };
        });

      for (const key of cellsOf(to)) {
        dst.cells.delete(key);
        dst.numberFormats.delete(key);
        dst.formats.delete(key);
      }
      for (const e of entries) {
        if (e.cell) dst.cells.set(e.key, { ...e.cell });
        if (e.numberFormat !== undefined) dst.numberFormats.set(e.key, e.numberFormat);
        if (e.format) dst.formats.set(e.key, { ...e.format });
      }
      dst.merges = [...dst.merges.filter((m) => disjoint(parseBox(m), to)), ...merges];
      for (const key of [...dst.validations.keys()]) {
        if (within(parseBox(key), to)) dst.validations.delete(key);
      }
      for (const [key, v] of validations) dst.validations.set(key, v);
      for (const cf of dst.conditionalFormats) {
        for (const key of [...cf.cells]) if (inBox(to, key)) cf.cells.delete(key);
      }
      dst.conditionalFormats = [
        ...dst.conditionalFormats.filter((cf) => cf.cells.size > 0),
        ...cfs,
      ];
    };

    // --- Ranges -------------------------------------------------------------------------------

    /** Where a range object points: resolved at the sync (the sheet may be added in the batch). */
    const rangeInfo = new WeakMap<object, { sheet: () => SheetModel; box: () => Box }>();

    const readGrid = (sheet: SheetModel, box: Box, pick: (c: CellModel | undefined) => GridValue) =>
      Array.from({ length: box.r2 - box.r1 + 1 }, (_r, i) =>
        Array.from({ length: box.c2 - box.c1 + 1 }, (_c, j) =>
          pick(sheet.cells.get(a1(box.r1 + i, box.c1 + j)))
        )
      );

    const writeGrid =
      (
        sheetOf: () => SheetModel,
        boxOf: () => Box,
        what: "content" | "numberFormat",
        location: string
      ) =>
      (value: unknown) => {
        const box = boxOf();
        const sheet =
          what === "content"
            ? contentWritable(sheetOf(), box, location)
            : writable(sheetOf(), location);
        const grid = value as GridValue[][];
        const rows = box.r2 - box.r1 + 1;
        const columns = box.c2 - box.c1 + 1;
        if (
          !Array.isArray(grid) ||
          grid.length !== rows ||
          grid.some((r) => !Array.isArray(r) || r.length !== columns)
        ) {
          throw new OfficeError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
            location
          );
        }
        grid.forEach((cells, i) =>
          cells.forEach((v, j) => {
            if (v === null) return; // null leaves the cell as it is
            const key = a1(box.r1 + i, box.c1 + j);
            if (what === "numberFormat") {
              sheet.numberFormats.set(key, String(v));
              return;
            }
            const entry = parseEntry(v, sheet.numberFormats.get(key));
            if (entry) sheet.cells.set(key, entry);
            else sheet.cells.delete(key);
          })
        );
      };

    const formatObject = (sheetOf: () => SheetModel, boxesOf: () => Box[]): Client => {
      const setFormat = (prop: string) => (value: unknown) => {
        const sheet = writable(sheetOf(), "RangeFormat");
        for (const box of boxesOf()) {
          if (prop === "columnWidth" || prop === "useStandardWidth") {
            if (!Number.isFinite(box.c2)) throw new Error("fake Excel: width of every column");
            for (let c = box.c1; c <= box.c2; c++) {
              if (prop === "columnWidth") sheet.columnWidths.set(columnLetter(c), value as number);
              else if (value === true) sheet.columnWidths.delete(columnLetter(c));
            }
          } else if (prop === "rowHeight" || prop === "useStandardHeight") {
            if (!Number.isFinite(box.r2)) throw new Error("fake Excel: height of every row");
            for (let r = box.r1; r <= box.r2; r++) {
              if (prop === "rowHeight") sheet.rowHeights.set(r, value as number);
              else if (value === true) sheet.rowHeights.delete(r);
            }
          } else {
            for (const key of cellsOf(box)) {
              sheet.formats.set(key, { ...(sheet.formats.get(key) ?? {}), [prop]: value });
            }
          }
        }
      };
      const writersOf = (prefix: string, props: string[]) =>
        Object.fromEntries(props.map((p) => [p, setFormat(`${prefix}${p}`)]));
      return client({
        writers: writersOf("", [
          "horizontalAlignment",
          "verticalAlignment",
          "wrapText",
          "columnWidth",
          "rowHeight",
          "useStandardHeight",
          "useStandardWidth",
        ]),
        children: {
          fill: client({ writers: writersOf("fill.", ["color"]) }),
          font: client({ writers: writersOf("font.", ["bold", "italic", "size", "color"]) }),
          protection: client({ writers: writersOf("protection.", ["locked"]) }),
          borders: client({
            methods: {
              getItem: ((edge: string) =>
                client({
                  writers: writersOf(`border.${edge}.`, ["style", "weight", "color"]),
                })) as Fn,
            },
          }),
        },
      });
    };

    const conditionalFormatsObject = (sheetOf: () => SheetModel, boxesOf: () => Box[]): Client =>
      client({
        methods: {
          add: ((type: string) => {
            const boxes = boxesOf();
            if (boxes.length !== 1) throw new Error("fake Excel: add on RangeAreas not modelled");
            const cf: ConditionalFormatModel = {
              id: nextConditionalFormat++,
              type,
              address: boxText(boxes[0]),
              cells: new Set(cellsOf(boxes[0])),
              formula: "",
            };
            q(() =>
              writable(sheetOf(), "ConditionalFormatCollection.add").conditionalFormats.push(cf)
            );
            const custom = client({
              children: {
                rule: client({ writers: { formula: (v) => (cf.formula = String(v)) } }),
                format: client({
                  children: {
                    fill: client({ writers: { color: (v) => (cf.fill = String(v)) } }),
                    font: client({ writers: { color: (v) => (cf.fontColor = String(v)) } }),
                  },
                }),
              },
            });
            return client({ children: { custom } });
          }) as Fn,
          clearAll: (() =>
            q(() => {
              const sheet = writable(sheetOf(), "ConditionalFormatCollection.clearAll");
              const boxes = boxesOf();
              for (const cf of sheet.conditionalFormats) {
                for (const key of [...cf.cells])
                  if (boxes.some((b) => inBox(b, key))) cf.cells.delete(key);
              }
              sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.cells.size > 0);
            })) as Fn,
        },
      });

    /** A range; its box is asked for when the request runs (a used range is known only then). */
    const rangeObject = (
      sheetOf: () => SheetModel,
      boxOf: () => Box,
      isNull?: () => boolean
    ): Client => {
      const address = () => boxText(boxOf());
      let worksheet: Client | undefined;
      const validation = (prop: string) => (v: unknown) => {
        const sheet = writable(sheetOf(), "DataValidation");
        const list = prop === "rule" ? (v as { list?: { source?: unknown } }).list : undefined;
        // Excel refuses a list whose source is not a text of 1–255 characters.
        if (list && (typeof list.source !== "string" || !/^.{1,255}$/s.test(list.source))) {
          throw new OfficeError("InvalidArgument", "Invalid list source.", "DataValidation.rule");
        }
        const key = address();
        sheet.validations.set(key, { ...(sheet.validations.get(key) ?? {}), [prop]: v });
      };
      const range = client({
        isNull,
        readers: {
          address: () => `${sheetRef(sheetOf().name)}!${address()}`,
          values: () => readGrid(sheetOf(), boxOf(), (c) => (c ? (c.value ?? "") : "")),
          formulas: () => readGrid(sheetOf(), boxOf(), (c) => (c ? (c.formula ?? "") : "")),
          // Excel.RangeValueType per cell ("Empty", "Double", "String", "Boolean", "Error").
          valueTypes: () =>
            readGrid(sheetOf(), boxOf(), (c) => valueType(c ? (c.value ?? "") : "")),
          numberFormat: () => {
            const sheet = sheetOf();
            const box = boxOf();
            return Array.from({ length: box.r2 - box.r1 + 1 }, (_r, i) =>
              Array.from(
                { length: box.c2 - box.c1 + 1 },
                (_c, j) => sheet.numberFormats.get(a1(box.r1 + i, box.c1 + j)) ?? "General"
              )
            );
          },
        },
        writers: {
          values: writeGrid(sheetOf, boxOf, "content", "Range.values"),
          formulas: writeGrid(sheetOf, boxOf, "content", "Range.formulas"),
          numberFormat: writeGrid(sheetOf, boxOf, "numberFormat", "Range.numberFormat"),
        },
        methods: {
          merge: (() =>
            q(() => {
              writable(sheetOf(), "Range.merge").merges.push(address());
            })) as Fn,
          unmerge: (() =>
            q(() => {
              const sheet = writable(sheetOf(), "Range.unmerge");
              const box = boxOf();
              sheet.merges = sheet.merges.filter((m) => {
                const b = parseBox(m);
                return b.r2 < box.r1 || b.r1 > box.r2 || b.c2 < box.c1 || b.c1 > box.c2;
              });
            })) as Fn,
          clear: ((applyTo?: string) =>
            q(() => {
              const sheet = writable(sheetOf(), "Range.clear");
              if ((applyTo ?? "All") !== "All") throw new Error("fake Excel: only clear('All')");
              const box = boxOf();
              for (const map of [sheet.cells, sheet.numberFormats, sheet.formats]) {
                for (const key of [...map.keys()]) if (inBox(box, key)) map.delete(key);
              }
              if (box === ALL) sheet.cleared++;
            })) as Fn,
          select: (() =>
            q(() => {
              model.active = sheetOf().name;
              model.selected = address();
            })) as Fn,
          copyFrom: ((source: unknown, copyType = "All", skipBlanks = false, transpose = false) => {
            if (copyType !== "All" || skipBlanks || transpose)
              throw new Error("fake Excel: only copyFrom(source, 'All') is modelled");
            const from =
              typeof source === "string"
                ? { sheet: sheetOf, box: () => parseBox(source) }
                : rangeInfo.get(source as object);
            if (!from) throw new Error("fake Excel: copyFrom needs a range or an address");
            q(() => copyRange(from.sheet(), from.box(), sheetOf(), boxOf()));
          }) as Fn,
          getRowProperties: ((options: Excel.RowPropertiesLoadOptions) => {
            checkPropertyOptions(options, "rowIndex", ["rowHeight", "useStandardHeight"]);
            return result(() => {
              if (isNull?.()) throw new Error("fake Excel: getRowProperties on a null range");
              const sheet = sheetOf();
              const box = boxOf();
              if (!Number.isFinite(box.r2)) throw new Error("fake Excel: properties of every row");
              return Array.from({ length: box.r2 - box.r1 + 1 }, (_r, i) => {
                const row = box.r1 + i;
                const format: Record<string, unknown> = {};
                if (options.format?.rowHeight)
                  format.rowHeight = sheet.rowHeights.get(row) ?? STANDARD_HEIGHT;
                if (options.format?.useStandardHeight)
                  format.useStandardHeight = !sheet.rowHeights.has(row);
                return {
                  ...(options.rowIndex ? { rowIndex: row - 1 } : {}),
                  ...(options.format ? { format } : {}),
                };
              });
            });
          }) as Fn,
          getColumnProperties: ((options: Excel.ColumnPropertiesLoadOptions) => {
            checkPropertyOptions(options, "columnIndex", ["columnWidth", "useStandardWidth"]);
            return result(() => {
              if (isNull?.()) throw new Error("fake Excel: getColumnProperties on a null range");
              const sheet = sheetOf();
              const box = boxOf();
              if (!Number.isFinite(box.c2))
                throw new Error("fake Excel: properties of every column");
              return Array.from({ length: box.c2 - box.c1 + 1 }, (_c, j) => {
                const letter = columnLetter(box.c1 + j);
                const format: Record<string, unknown> = {};
                if (options.format?.columnWidth)
                  format.columnWidth = sheet.columnWidths.get(letter) ?? STANDARD_WIDTH;
                if (options.format?.useStandardWidth)
                  format.useStandardWidth = !sheet.columnWidths.has(letter);
                return {
                  ...(options.columnIndex ? { columnIndex: box.c1 + j - 1 } : {}),
                  ...(options.format ? { format } : {}),
                };
              });
            });
          }) as Fn,
        },
        children: {
          // Created when first used: a worksheet object is a tree of its own.
          get worksheet() {
            worksheet ??= worksheetObject(sheetOf);
            return worksheet;
          },
          format: formatObject(sheetOf, () => [boxOf()]),
          conditionalFormats: conditionalFormatsObject(sheetOf, () => [boxOf()]),
          dataValidation: client({
            writers: {
              rule: validation("rule"),
              prompt: validation("prompt"),
              errorAlert: validation("errorAlert"),
              ignoreBlanks: validation("ignoreBlanks"),
            },
            methods: {
              clear: (() =>
                q(() => {
                  const sheet = writable(sheetOf(), "DataValidation.clear");
                  const box = boxOf();
                  for (const key of [...sheet.validations.keys()]) {
                    if (cellsOf(parseBox(key)).some((k) => inBox(box, k)))
                      sheet.validations.delete(key);
                  }
                })) as Fn,
            },
          }),
        },
      });
      rangeInfo.set(range, { sheet: sheetOf, box: boxOf });
      return range;
    };

    /** The used range's box: cells with content (valuesOnly) or also with a format. */
    const usedBox = (sheet: SheetModel, valuesOnly: boolean): Box | null => {
      const keys = [...sheet.cells.keys()];
      if (!valuesOnly) keys.push(...sheet.numberFormats.keys(), ...sheet.formats.keys());
      if (keys.length === 0) return null;
      // A loop, not Math.min(...): a sheet may hold more cells than a call's arguments.
      const box = { r1: Infinity, c1: Infinity, r2: 0, c2: 0 };
      for (const key of keys) {
        const p = parseA1(key);
        box.r1 = Math.min(box.r1, p.row);
        box.c1 = Math.min(box.c1, p.column);
        box.r2 = Math.max(box.r2, p.row);
        box.c2 = Math.max(box.c2, p.column);
      }
      return box;
    };

    // --- Worksheets ---------------------------------------------------------------------------

    // --- Charts (Worksheet.charts: ExcelApi 1.1; series.add, setValues, chartType: 1.7) --------

    /** A range given to a chart: its sheet-qualified absolute reference. */
    const chartRange = (range: unknown, location: string, oneLine: boolean): string => {
      const info = rangeInfo.get(range as object);
      if (!info) throw new OfficeError("InvalidArgument", "Invalid range.", location);
      const box = info.box();
      if (!Number.isFinite(box.r2) || !Number.isFinite(box.c2))
        throw new OfficeError("InvalidArgument", "Open range.", location);
      if (oneLine && box.r1 !== box.r2 && box.c1 !== box.c2)
        throw new OfficeError("InvalidArgument", "A series reads one row or one column.", location);
      const abs = (r: number, c: number) => `$${columnLetter(c)}$${r}`;
      return `${sheetRef(info.sheet().name)}!${abs(box.r1, box.c1)}:${abs(box.r2, box.c2)}`;
    };
    const checkChartType = (type: unknown, location: string): string => {
      if (!CHART_TYPES.has(String(type)))
        throw new Error(`fake Excel: chart type ${String(type)} is not modelled (${location})`);
      return String(type);
    };

    const seriesObject = (chartOf: () => ChartModel, seriesOf: () => SeriesModel): Client => {
      const existing = (location: string) => {
        const x = seriesOf();
        if (!chartOf().series.includes(x))
          throw new OfficeError("ItemNotFound", "The series does not exist.", location);
        return x;
      };
      return client({
        readers: {
          name: () => existing("ChartSeries.name").name,
          chartType: () => existing("ChartSeries.chartType").chartType,
        },
        writers: {
          name: (v) => void (existing("ChartSeries.name").name = String(v)),
          chartType: (v) =>
            void (existing("ChartSeries.chartType").chartType = checkChartType(
              v,
              "ChartSeries.chartType"
            )),
        },
        methods: {
          setValues: ((range: unknown) =>
            q(() => {
              existing("ChartSeries.setValues").values = chartRange(
                range,
                "ChartSeries.setValues",
                true
              );
            })) as Fn,
          setXAxisValues: ((range: unknown) =>
            q(() => {
              existing("ChartSeries.setXAxisValues").xAxisValues = chartRange(
                range,
                "ChartSeries.setXAxisValues",
                true
              );
            })) as Fn,
          delete: (() =>
            q(() => {
              const x = existing("ChartSeries.delete");
              chartOf().series = chartOf().series.filter((y) => y !== x);
            })) as Fn,
        },
      });
    };

    const chartObject = (sheetOf: () => SheetModel, chartOf: () => ChartModel): Client => {
      const existing = (location: string) => {
        const c = chartOf();
        if (!sheetOf().charts.includes(c))
          throw new OfficeError("ItemNotFound", "The chart does not exist.", location);
        return c;
      };
      const series = client({
        readers: {
          items: () =>
            existing("ChartSeriesCollection.items").series.map((x) =>
              seriesObject(chartOf, () => x)
            ),
        },
        methods: {
          getItemAt: ((index: number) => {
            let found: SeriesModel | undefined;
            q(() => {
              found = existing("ChartSeriesCollection.getItemAt").series[index];
              if (!found) throw new OfficeError("ItemNotFound", `No series ${index}.`, "getItemAt");
            });
            return seriesObject(chartOf, () => found as SeriesModel);
          }) as Fn,
          add: ((name?: string) => {
            const created: SeriesModel = {
              name: name ?? "",
              chartType: "",
              values: null,
              xAxisValues: null,
            };
            q(() => {
              const c = existing("ChartSeriesCollection.add");
              created.chartType = c.chartType;
              c.series.push(created);
            });
            return seriesObject(chartOf, () => created);
          }) as Fn,
        },
      });
      const cellText = (cell: unknown, location: string): string => {
        if (typeof cell === "string") return boxText(parseBox(cell));
        const info = rangeInfo.get(cell as object);
        if (!info) throw new OfficeError("InvalidArgument", "Invalid cell.", location);
        return boxText(info.box());
      };
      return client({
        readers: {
          name: () => existing("Chart.name").name,
          chartType: () => existing("Chart.chartType").chartType,
        },
        writers: {
          name: (v) => void (existing("Chart.name").name = String(v)),
        },
        methods: {
          setPosition: ((start: unknown, end?: unknown) =>
            q(() => {
              existing("Chart.setPosition").position = {
                start: cellText(start, "Chart.setPosition"),
                end:
                  end === undefined
                    ? cellText(start, "Chart.setPosition")
                    : cellText(end, "Chart.setPosition"),
              };
            })) as Fn,
          delete: (() =>
            q(() => {
              const c = existing("Chart.delete");
              writable(sheetOf(), "Chart.delete");
              sheetOf().charts = sheetOf().charts.filter((x) => x !== c);
            })) as Fn,
        },
        children: {
          series,
          title: client({
            readers: { text: () => existing("ChartTitle.text").title },
            writers: { text: (v) => void (existing("ChartTitle.text").title = String(v)) },
          }),
        },
      });
    };

    const chartsObject = (sheetOf: () => SheetModel): Client =>
      client({
        readers: {
          items: () => sheetOf().charts.map((c) => chartObject(sheetOf, () => c)),
          count: () => sheetOf().charts.length,
        },
        methods: {
          add: ((type: string, source: unknown, seriesBy?: string) => {
            const chart: ChartModel = {
              name: "",
              chartType: type,
              title: "",
              series: [],
              position: null,
            };
            q(() => {
              const sheet = writable(sheetOf(), "ChartCollection.add");
              checkChartType(type, "ChartCollection.add");
              if (seriesBy !== "Columns" && seriesBy !== "Rows")
                throw new Error(`fake Excel: seriesBy ${String(seriesBy)} is not modelled`);
              const info = rangeInfo.get(source as object);
              if (!info)
                throw new OfficeError("InvalidArgument", "Invalid source.", "ChartCollection.add");
              const box = info.box();
              const lines =
                seriesBy === "Columns"
                  ? Array.from({ length: box.c2 - box.c1 + 1 }, (_, k) => ({
                      ...box,
                      c1: box.c1 + k,
                      c2: box.c1 + k,
                    }))
                  : Array.from({ length: box.r2 - box.r1 + 1 }, (_, k) => ({
                      ...box,
                      r1: box.r1 + k,
                      r2: box.r1 + k,
                    }));
              const abs = (r: number, c: number) => `$${columnLetter(c)}$${r}`;
              chart.series = lines.map((b, k) => ({
                name: `Series${k + 1}`,
                chartType: type,
                values: `${sheetRef(info.sheet().name)}!${abs(b.r1, b.c1)}:${abs(b.r2, b.c2)}`,
                xAxisValues: null,
              }));
              chart.name = `Chart ${sheet.charts.length + 1}`;
              sheet.charts.push(chart);
            });
            return chartObject(sheetOf, () => chart);
          }) as Fn,
        },
      });

    const worksheetObject = (sheetOf: () => SheetModel, sheetIsNull?: () => boolean): Client => {
      const layout = (prop: string) => (v: unknown) => {
        // Page setup is a change to the sheet: a protected sheet refuses it.
        const sheet = writable(sheetOf(), `PageLayout.${prop}`);
        if (prop === "zoom") checkZoom(v);
        if (prop === "paperSize" && model.refusesPaperSize) {
          throw new OfficeError(
            "GeneralException",
            "Unable to set the paper size.",
            "PageLayout.paperSize"
          );
        }
        sheet.layout[prop] = v;
      };
      const freeze = (rows: number, columns: number) => () =>
        q(() => {
          sheetOf().frozen = { rows, columns };
        });
      return client({
        isNull: sheetIsNull,
        readers: { name: () => sheetOf().name, visibility: () => sheetOf().visibility },
        writers: {
          visibility: (v) => {
            const sheet = sheetOf();
            if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
              throw new OfficeError(
                "InvalidArgument",
                `visibility ${String(v)}`,
                "Worksheet.visibility"
              );
            const othersVisible = model.sheets.some(
              (x) => x !== sheet && x.visibility === "Visible"
            );
            if (v !== "Visible" && !othersVisible) {
              throw new OfficeError(
                "InvalidOperation",
                "A workbook must contain at least one visible sheet.",
                "Worksheet.visibility"
              );
            }
            sheet.visibility = v;
            if (v !== "Visible" && same(model.active, sheet.name))
              model.active = model.sheets.find((x) => x.visibility === "Visible")?.name ?? "";
          },
          name: (v) => {
            const sheet = sheetOf();
            const name = String(v);
            checkSheetName(name, "Worksheet.name");
            const other = findSheet(name);
            if (other && other !== sheet)
              throw new OfficeError(
                "ItemAlreadyExists",
                "A sheet with that name exists.",
                "Worksheet.name"
              );
            // Names that referred to it follow it, and its own names stay its own, as in Excel.
            for (const n of model.names) {
              const ref = parseReference(n.formula);
              if (ref && same(ref.sheet, sheet.name))
                n.formula = `=${sheetRef(name)}!${n.formula.slice(n.formula.lastIndexOf("!") + 1)}`;
              if (n.scope !== undefined && same(n.scope, sheet.name)) n.scope = name;
            }
            if (same(model.active, sheet.name)) model.active = name;
            sheet.name = name;
          },
        },
        methods: {
          copy: ((positionType?: string) => {
            if (positionType !== undefined && positionType !== "None" && positionType !== "End")
              throw new Error(`fake Excel: copy to ${positionType} is not modelled`);
            let copied: SheetModel | undefined;
            q(() => {
              const sheet = sheetOf();
              let n = 2;
              const base = sheet.name.slice(0, 25);
              while (findSheet(`${base} (${n})`)) n++;
              // A full copy, protection included, at the end of the workbook, as Excel does,
              // with a copy of each of the sheet's own names on the copy, referring to the copy's
              // cells where they referred to the sheet's (Excel also gives workbook names on the
              // sheet sheet-scoped copies: not modelled).
              copied = {
                ...sheet,
                name: `${base} (${n})`,
                cells: new Map([...sheet.cells].map(([k, c]) => [k, { ...c }])),
                numberFormats: new Map(sheet.numberFormats),
                formats: new Map([...sheet.formats].map(([k, f]) => [k, { ...f }])),
                merges: [...sheet.merges],
                validations: new Map([...sheet.validations].map(([k, v]) => [k, { ...v }])),
                conditionalFormats: sheet.conditionalFormats.map((cf) => ({
                  ...cf,
                  id: nextConditionalFormat++,
                  cells: new Set(cf.cells),
                })),
                columnWidths: new Map(sheet.columnWidths),
                rowHeights: new Map(sheet.rowHeights),
                frozen: { ...sheet.frozen },
                layout: { ...sheet.layout },
                protectionOptions: sheet.protectionOptions && { ...sheet.protectionOptions },
                cleared: 0,
                charts: sheet.charts.map((c) => ({
                  ...c,
                  series: c.series.map((x) => ({ ...x })),
                })),
              };
              model.sheets.push(copied);
              const copyName = copied.name;
              for (const n of model.names.filter((x) => x.scope && same(x.scope, sheet.name))) {
                const ref = parseReference(n.formula);
                const formula =
                  ref && same(ref.sheet, sheet.name)
                    ? `=${sheetRef(copyName)}!${n.formula.slice(n.formula.lastIndexOf("!") + 1)}`
                    : n.formula;
                model.names.push({ ...n, formula, scope: copyName });
              }
            });
            return worksheetObject(() => {
              if (!copied || !model.sheets.includes(copied))
                throw new OfficeError(
                  "ItemNotFound",
                  "The worksheet does not exist.",
                  "Worksheet.copy"
                );
              return copied;
            });
          }) as Fn,
          getRange: ((address?: string) =>
            rangeObject(sheetOf, () => (address === undefined ? ALL : parseBox(address)))) as Fn,
          getRanges: ((addresses: string) => {
            const boxes = addresses.split(",").map((a) => parseBox(a.trim()));
            return client({
              children: {
                format: formatObject(sheetOf, () => boxes),
                conditionalFormats: conditionalFormatsObject(sheetOf, () => boxes),
              },
            });
          }) as Fn,
          getRangeByIndexes: ((row: number, column: number, rows: number, columns: number) =>
            rangeObject(sheetOf, () => ({
              r1: row + 1,
              c1: column + 1,
              r2: row + rows,
              c2: column + columns,
            }))) as Fn,
          getUsedRangeOrNullObject: ((valuesOnly?: boolean) => {
            // The box is taken when the request runs, as Excel does.
            let box: Box | null = null;
            q(() => {
              // The used range of a null worksheet is a null range, as in Excel.
              box = sheetIsNull?.() ? null : usedBox(sheetOf(), valuesOnly === true);
            });
            return rangeObject(
              sheetOf,
              () => box ?? { r1: 1, c1: 1, r2: 1, c2: 1 },
              () => box === null
            );
          }) as Fn,
          activate: (() =>
            q(() => {
              model.active = sheetOf().name;
            })) as Fn,
          delete: (() =>
            q(() => {
              const sheet = sheetOf();
              if (!model.sheets.some((x) => x !== sheet && x.visibility === "Visible")) {
                throw new OfficeError(
                  "InvalidOperation",
                  "A workbook must contain at least one visible sheet.",
                  "Worksheet.delete"
                );
              }
              model.sheets = model.sheets.filter((x) => x !== sheet);
              // Its own names go with it; names that referred to it now read #REF!, as in Excel.
              model.names = model.names.filter((n) => !(n.scope && same(n.scope, sheet.name)));
              for (const n of model.names) {
                const ref = parseReference(n.formula);
                if (ref && same(ref.sheet, sheet.name))
                  n.formula = `=#REF!${n.formula.slice(n.formula.indexOf("!") + 1)}`;
              }
              if (same(model.active, sheet.name)) model.active = model.sheets[0]?.name ?? "";
            })) as Fn,
        },
        children: {
          // The sheet's own names (sheet-scoped), ExcelApi 1.4.
          names: nameCollection(() => sheetOf().name, "Worksheet.names"),
          charts: chartsObject(sheetOf),
          protection: client({
            readers: {
              protected: () => sheetOf().protected,
              options: () => {
                const options = sheetOf().protectionOptions;
                return options ? { ...options } : protectionOptions({});
              },
            },
            methods: {
              protect: ((options?: Excel.WorksheetProtectionOptions, password?: string) =>
                q(() => {
                  const s = sheetOf();
                  if (s.protected) {
                    throw new OfficeError(
                      "AccessDenied",
                      "The sheet is already protected.",
                      "WorksheetProtection.protect"
                    );
                  }
                  if (!options) throw new Error("fake Excel: protect without options");
                  s.protectionOptions = protectionOptions(options as Record<string, unknown>);
                  s.protected = true;
                  s.password = password ?? null;
                })) as Fn,
              unprotect: ((password?: string) =>
                q(() => {
                  const s = sheetOf();
                  if (s.password !== null && s.password !== password) {
                    throw new OfficeError(
                      "AccessDenied",
                      "You cannot perform the requested operation.",
                      "WorksheetProtection.unprotect"
                    );
                  }
                  s.protected = false;
                  s.password = null;
                  s.protectionOptions = null;
                })) as Fn,
            },
          }),
          freezePanes: client({
            methods: {
              getLocationOrNullObject: (() => {
                // The frozen cells when the request runs: "A1:B3", "1:3" or "A:B".
                let frozen = { rows: 0, columns: 0 };
                q(() => {
                  frozen = { ...sheetOf().frozen };
                });
                return client({
                  isNull: () => frozen.rows === 0 && frozen.columns === 0,
                  readers: {
                    address: () => {
                      const { rows, columns } = frozen;
                      const local =
                        rows > 0 && columns > 0
                          ? `A1:${a1(rows, columns)}`
                          : rows > 0
                            ? `1:${rows}`
                            : `A:${columnLetter(columns)}`;
                      return `${sheetRef(sheetOf().name)}!${local}`;
                    },
                  },
                });
              }) as Fn,
              unfreeze: freeze(0, 0) as Fn,
              freezeRows: ((rows: number) => freeze(rows, 0)()) as Fn,
              freezeColumns: ((columns: number) => freeze(0, columns)()) as Fn,
              freezeAt: ((frozen: unknown) => {
                const info = rangeInfo.get(frozen as object);
                if (!info) throw new Error("fake Excel: freezeAt needs a range");
                q(() => {
                  const box = info.box();
                  sheetOf().frozen = { rows: box.r2, columns: box.c2 };
                });
              }) as Fn,
            },
          }),
          pageLayout: client({
            readers: Object.fromEntries(
              Object.entries(LAYOUT_DEFAULTS).map(([prop, value]) => [
                prop,
                () => sheetOf().layout[prop] ?? value,
              ])
            ),
            writers: {
              orientation: layout("orientation"),
              zoom: layout("zoom"),
              paperSize: layout("paperSize"),
              printErrors: layout("printErrors"),
            },
            methods: {
              getPrintTitleRowsOrNullObject: (() => {
                let rows: string | null = null;
                q(() => {
                  rows = sheetOf().printTitleRows;
                });
                return client({
                  isNull: () => rows === null,
                  readers: { address: () => `${sheetRef(sheetOf().name)}!${rows ?? ""}` },
                });
              }) as Fn,
              setPrintTitleRows: ((rows: string) =>
                q(() => {
                  writable(sheetOf(), "PageLayout.setPrintTitleRows").printTitleRows = rows;
                })) as Fn,
            },
          }),
          onChanged: client({
            methods: {
              add: ((handler: ChangeHandler) => {
                const key = () => sheetOf().name.toLowerCase();
                // Registered when the batch is synced, as Office.js does.
                q(() => model.handlers.set(key(), [...(model.handlers.get(key()) ?? []), handler]));
                return {
                  context,
                  remove: () =>
                    q(() =>
                      model.handlers.set(
                        key(),
                        (model.handlers.get(key()) ?? []).filter((h) => h !== handler)
                      )
                    ),
                };
              }) as Fn,
            },
          }),
        },
      });
    };

    const worksheets = client({
      readers: { items: () => model.sheets.map((s) => worksheetObject(() => s)) },
      methods: {
        getItem: ((name: string) => {
          q(() => void sheetNamed(name));
          return worksheetObject(() => sheetNamed(name));
        }) as Fn,
        getItemOrNullObject: ((name: string) =>
          worksheetObject(
            () => sheetNamed(name),
            () => !findSheet(name)
          )) as Fn,
        add: ((name: string) => {
          q(() => {
            checkSheetName(name, "WorksheetCollection.add");
            if (findSheet(name)) {
              throw new OfficeError(
                "ItemAlreadyExists",
                "A sheet with that name exists.",
                "WorksheetCollection.add"
              );
            }
            addSheet(name);
          });
          return worksheetObject(() => sheetNamed(name, "WorksheetCollection.add"));
        }) as Fn,
      },
    });

    // --- Names --------------------------------------------------------------------------------

    function namedItemObject(nameOf: () => NameModel | undefined, isNull?: () => boolean): Client {
      const existing = (location: string): NameModel => {
        const n = nameOf();
        if (!n || !model.names.includes(n))
          throw new OfficeError("ItemNotFound", "The name does not exist.", location);
        return n;
      };
      const cellValue = (): GridValue => {
        const t = target(nameOf());
        if (!t) return "#REF!";
        const c = t.sheet.cells.get(t.address);
        return c ? (c.value ?? "") : "";
      };
      return client({
        isNull,
        readers: {
          name: () => existing("NamedItem.name").name,
          formula: () => existing("NamedItem.formula").formula,
          scope: () => (existing("NamedItem.scope").scope === undefined ? "Workbook" : "Worksheet"),
        },
        writers: {
          formula: (v) => {
            existing("NamedItem.formula").formula = String(v);
          },
        },
        methods: {
          delete: (() =>
            q(() => {
              const n = existing("NamedItem.delete");
              model.names = model.names.filter((x) => x !== n);
            })) as Fn,
          getRange: (() => {
            const ref = () => {
              const r = parseReference(existing("NamedItem.getRange").formula);
              const sheet = r && findSheet(r.sheet);
              if (!r || !sheet) {
                throw new OfficeError(
                  "InvalidReference",
                  "This reference isn't valid for the current operation.",
                  "NamedItem.getRange"
                );
              }
              return { sheet, box: r.box };
            };
            q(() => void ref());
            return rangeObject(
              () => ref().sheet,
              () => ref().box
            );
          }) as Fn,
        },
        children: {
          arrayValues: client({
            isNull,
            readers: {
              values: () => [[cellValue()]],
              types: () => [[valueType(cellValue())]],
            },
          }),
        },
      });
    }

    /**
     * A NamedItemCollection: the workbook's (scope undefined: workbook-scoped names only, as
     * Excel's workbook.names lists them) or a sheet's (Worksheet.names: that sheet's own). As
     * Excel, add refuses a name that is not a valid name (or looks like a cell reference) and
     * one that exists in the same scope; a sheet's name of the same name as a workbook name is
     * allowed (on its sheet it hides the workbook one).
     */
    function nameCollection(scopeOf: () => string | undefined, location: string): Client {
      const inScope = () => {
        const scope = scopeOf();
        return model.names.filter((n) =>
          scope === undefined
            ? n.scope === undefined
            : n.scope !== undefined && same(n.scope, scope)
        );
      };
      const find = (name: string) => findName(name, scopeOf());
      return client({
        readers: { items: () => inScope().map((n) => namedItemObject(() => n)) },
        methods: {
          getItem: ((name: string) => {
            q(() => {
              if (!find(name))
                throw new OfficeError("ItemNotFound", `${name} not found.`, `${location}.getItem`);
            });
            return namedItemObject(() => find(name));
          }) as Fn,
          getItemOrNullObject: ((name: string) => {
            // The item is found when the request runs.
            let found: NameModel | undefined;
            q(() => {
              found = find(name);
            });
            return namedItemObject(
              () => found,
              () => found === undefined
            );
          }) as Fn,
          add: ((name: string, reference: unknown, comment?: string) => {
            q(() => {
              if (!validName(name))
                throw new OfficeError("InvalidArgument", name, `${location}.add`);
              if (find(name)) throw new OfficeError("ItemAlreadyExists", name, `${location}.add`);
              let formula: string;
              if (typeof reference === "string")
                formula = reference.startsWith("=") ? reference : `=${reference}`;
              else {
                const info = rangeInfo.get(reference as object);
                if (!info)
                  throw new OfficeError("InvalidArgument", "Invalid reference.", `${location}.add`);
                const box = info.box();
                const abs = (r: number, c: number) => `$${columnLetter(c)}$${r}`;
                const local =
                  box.r1 === box.r2 && box.c1 === box.c2
                    ? abs(box.r1, box.c1)
                    : `${abs(box.r1, box.c1)}:${abs(box.r2, box.c2)}`;
                formula = `=${sheetRef(info.sheet().name)}!${local}`;
              }
              const scope = scopeOf();
              model.names.push({
                name,
                formula,
                comment: comment ?? "",
                ...(scope !== undefined ? { scope: sheetNamed(scope, location).name } : {}),
              });
            });
            return namedItemObject(() => find(name));
          }) as Fn,
        },
      });
    }

    const names = nameCollection(() => undefined, "NamedItemCollection");

    // --- Context ------------------------------------------------------------------------------

    const workbook = client({
      readers: { name: () => model.name },
      children: { worksheets, names },
    });
    const application = client({
      methods: {
        suspendApiCalculationUntilNextSync: (() => void model.suspended.calculation++) as Fn,
        suspendScreenUpdatingUntilNextSync: (() => void model.suspended.screen++) as Fn,
      },
    });
    // A plain object: tests may wrap its sync.
    const context = {
      workbook,
      application,
      sync: () => engine.sync(),
    } as unknown as Excel.RequestContext;
    contexts.add(context);
    return context;
  };

  /**
   * A name's cell: with `sheet`, as a formula on that sheet sees it (its own name, else the
   * workbook's); without, the workbook's, else the one sheet-scoped name of that name.
   */
  const named = (name: string, sheet?: string) => {
    let n = sheet !== undefined ? (findName(name, sheet) ?? findName(name)) : findName(name);
    if (!n && sheet === undefined) {
      const scoped = model.names.filter(
        (x) => x.scope !== undefined && x.name.toUpperCase() === name.toUpperCase()
      );
      if (scoped.length > 1) throw new Error(`name ${name} is on several sheets: give the sheet`);
      n = scoped[0];
    }
    const t = target(n);
    if (!t) throw new Error(`name ${name} missing or broken`);
    return t;
  };
  const typeAt = (sheetName: string, address: string, value: GridValue) => {
    const sheet = sheetNamed(sheetName);
    const box = parseBox(address);
    if (box.r1 !== box.r2 || box.c1 !== box.c2) throw new Error(`not one cell: ${address}`);
    const key = a1(box.r1, box.c1);
    const entry = parseEntry(value, sheet.numberFormats.get(key));
    if (entry) sheet.cells.set(key, entry);
    else sheet.cells.delete(key);
  };
  const context = newContext();

  return {
    context,
    syncs: () => counters.syncs,
    resetSyncs: () => {
      counters.syncs = 0;
      counters.maxResponseBytes = 0;
      counters.maxRequestBytes = 0;
    },
    maxResponseBytes: () => counters.maxResponseBytes,
    maxRequestBytes: () => counters.maxRequestBytes,
    workbook: model,
    async run<T>(...args: [Batch<T>] | [unknown, Batch<T>]): Promise<T> {
      const batch = args[args.length - 1] as Batch<T>;
      // Excel.run(context or object, batch) continues in that object's context.
      const given = args.length > 1 ? (args[0] as { context?: unknown } | null) : null;
      const ctx = (
        given && contexts.has(given)
          ? given
          : given?.context && contexts.has(given.context as object)
            ? given.context
            : newContext()
      ) as Excel.RequestContext;
      const result = await batch(ctx);
      // Excel.run syncs whatever the batch left queued.
      await ctx.sync();
      return result;
    },
    sheet: (name) => sheetNamed(name),
    addSheet,
    named,
    valueOf: (name, sheet) => {
      const t = named(name, sheet);
      return t.sheet.cells.get(t.address)?.formula;
    },
    type: (name, value, sheet) => {
      const t = named(name, sheet);
      typeAt(t.sheet.name, t.address, value);
    },
    typeAt,
    async changed(sheetName, address) {
      const sheet = sheetNamed(sheetName);
      const args = {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        source: "Local",
        address,
      };
      const handlers = model.handlers.get(sheet.name.toLowerCase()) ?? [];
      await Promise.all(handlers.map((h) => h(args)));
    },
  };
}

/** Runs `fn` with the fake installed as the global `Excel` (Excel.run only). */
export async function withExcel<T>(fake: FakeExcel, fn: () => Promise<T>): Promise<T> {
  const g = globalThis as { Excel?: unknown };
  const previous = g.Excel;
  g.Excel = { run: fake.run };
  try {
    return await fn();
  } finally {
    if (previous === undefined) delete g.Excel;
    else g.Excel = previous;
  }
}
