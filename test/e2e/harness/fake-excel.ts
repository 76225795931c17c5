/**
 * An in-page fake of the Excel JavaScript API (the part the add-in's src/office code uses), backed
 * by a small workbook model, so the real task pane and the real host run in a plain browser.
 *
 * Why not office-addin-mock: its OfficeMockObject is a static property tree (values fixed when it
 * is populated, assignments never reach a shared workbook, getRange(address) cannot return the
 * cells another call wrote, no events), and it imports office-addin-manifest, a Node-only package.
 *
 * Faithful where the add-in's correctness depends on it:
 * - load/sync: a loaded property is readable only after the next context.sync(); reading it before
 *   (or without load) throws PropertyNotLoaded, as Office.js does. isNullObject needs a sync too.
 * - writes (values, formulas, numberFormat) go to the model in queue order; a value of null in a
 *   2-D array leaves the cell unchanged; a 2-D array of the wrong size fails the next sync with
 *   InvalidArgument; errors surface as OfficeExtension.Error with Excel's codes.
 * - defined names (workbook scope), worksheets (add/delete/rename/protection), used ranges,
 *   onChanged events, selection, Excel.run's final sync; syncs are counted.
 * Not modelled: calculation (formula cells report an empty value), formatting, validation rules,
 * conditional formats and page layout are recorded as plain data without effect.
 */
import { quoteSheet, splitSheet } from "../../../src/core/formula-parser/address";
import { boxAddress, cellKey, parseBox, type Box } from "./a1";

type Value = string | number | boolean | null;

export interface CellModel {
  value: Value;
  formula: string | null;
  numberFormat: string;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: string;
  cells: Map<string, CellModel>;
  merges: string[];
  protection: { protected: boolean; password: string | null };
  conditionalFormats: ConditionalFormatModel[];
  /** Formatting, validation, layout: recorded, not applied. */
  records: Record<string, unknown>;
  changedHandlers: Set<(args: unknown) => unknown>;
}

export interface ConditionalFormatModel {
  id: number;
  type: string;
  box: Box;
  /** custom.rule.formula */
  formula: string | null;
  /** custom.format.* as recorded */
  format: Record<string, unknown>;
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookModel {
  name: string;
  sheets: SheetModel[];
  names: Map<string, NameModel>;
  activeSheetId: string | null;
  selection: { sheet: string; address: string } | null;
  syncCount: number;
  nextSheetId: number;
  changedHandlers: Set<(args: unknown) => unknown>;
  /** When set, every sync fails with this Excel error code (e.g. cell-edit mode). */
  failNextSyncWith: string | null;
}

export function createWorkbookModel(name = "Buku IKU.xlsx"): WorkbookModel {
  return {
    name,
    sheets: [],
    names: new Map(),
    activeSheetId: null,
    selection: null,
    syncCount: 0,
    nextSheetId: 1,
    changedHandlers: new Set(),
    failNextSyncWith: null,
  };
}

export function addSheetModel(model: WorkbookModel, name: string): SheetModel {
  const sheet: SheetModel = {
    id: `{00000000-0001-0000-0000-${String(model.nextSheetId++).padStart(12, "0")}}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    protection: { protected: false, password: null },
    conditionalFormats: [],
    records: {},
    changedHandlers: new Set(),
  };
  model.sheets.push(sheet);
  if (!model.activeSheetId) model.activeSheetId = sheet.id;
  return sheet;
}

export function findSheet(model: WorkbookModel, name: string): SheetModel | undefined {
  return model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Excel's enum convention: camelCase member → PascalCase string value. */
function pascal(member: string): string {
  return member.charAt(0).toUpperCase() + member.slice(1);
}

export class OfficeExtensionError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
  traceMessages: string[] = [];
  innerError: unknown = null;
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

const enumProxy = (): Record<string, Record<string, string>> =>
  new Proxy({} as Record<string, Record<string, string>>, {
    get: (_t, enumName) =>
      typeof enumName === "string"
        ? new Proxy({} as Record<string, string>, {
            get: (_e, member) => (typeof member === "string" ? pascal(member) : undefined),
          })
        : undefined,
  });

// ---------------------------------------------------------------------------------------------
// Recorded objects (formatting and the like): accept any property writes and method calls.

const SINK_STORE = Symbol("store");

/** A callable, nestable record: `x.format.fill.color = "#FFF"`, `x.borders.getItem("EdgeTop")`. */
export function createSink(store: Record<string, unknown> = {}): unknown {
  const children = new Map<string, unknown>();
  const target = function sink() {} as unknown as Record<string | symbol, unknown>;
  const sinkProxy: unknown = new Proxy(target, {
    get(_t, prop) {
      if (prop === SINK_STORE) return store;
      if (prop === "then" || typeof prop === "symbol") return undefined;
      if (prop === "toJSON") return () => store;
      if (prop === "load" || prop === "track" || prop === "untrack") return () => sinkProxy;
      if (prop === "set") {
        return (props: Record<string, unknown>) => {
          assignDeep(sinkProxy, props);
          return undefined;
        };
      }
      if (prop === "isNullObject") return false;
      if (Object.prototype.hasOwnProperty.call(store, prop)) return store[prop];
      let child = children.get(prop);
      if (!child) {
        const childStore: Record<string, unknown> = {};
        store[`${prop}()`] = childStore;
        child = createSink(childStore);
        children.set(prop, child);
      }
      return child;
    },
    set(_t, prop, value) {
      if (typeof prop === "string") store[prop] = value;
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      const key = `call(${args.map((a) => (typeof a === "object" ? "obj" : String(a))).join(",")})`;
      let child = children.get(key);
      if (!child) {
        const childStore: Record<string, unknown> = { args: args.map(safeArg) };
        store[key] = childStore;
        child = createSink(childStore);
        children.set(key, child);
      }
      return child;
    },
  });
  return sinkProxy;
}

function safeArg(a: unknown): unknown {
  if (a instanceof FakeRange) return a.describe();
  return typeof a === "function" ? "fn" : a;
}

/** office.js `set({...})`: nested objects assign into nested properties. */
function assignDeep(target: unknown, props: Record<string, unknown>): void {
  const t = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(props)) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      assignDeep(t[key], value as Record<string, unknown>);
    } else {
      t[key] = value;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Client objects with load/sync semantics.

/** Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded). */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

/** The fake RequestContext. */
export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  /** Number of syncs this context has completed. */
  syncs = 0;
  private pendingError: OfficeExtensionError | null = null;
  private readonly afterSync: (() => void)[] = [];

  constructor(readonly model: WorkbookModel) {
    this.workbook = new FakeWorkbook(this);
  }

  get application(): unknown {
    return this.workbook.application;
  }

  fail(code: string, message: string, location?: string): void {
    this.pendingError ??= new OfficeExtensionError(code, message, location);
  }

  onNextSync(fn: () => void): void {
    this.afterSync.push(fn);
  }

  /** Estimated JSON bytes of what the current batch loaded (see RESPONSE_LIMIT_BYTES). */
  private responseBytes = 0;

  noteResponse(name: string, value: unknown): void {
    let size = 4;
    if (Array.isArray(value) && (value.length === 0 || Array.isArray(value[0])))
      size = JSON.stringify(value).length;
    else if (value !== null && typeof value !== "object" && value !== undefined)
      size = JSON.stringify(value)?.length ?? 4;
    else if (value !== null && value !== undefined) size = 32;
    this.responseBytes += name.length + size;
  }

  async sync<T>(passThrough?: T): Promise<T | undefined> {
    await Promise.resolve();
    this.model.syncCount++;
    const bytes = this.responseBytes;
    this.responseBytes = 0;
    if (bytes > RESPONSE_LIMIT_BYTES) {
      // As Excel on the web: a response over 5 MB is refused; nothing loaded is delivered.
      this.pendingError = null;
      this.afterSync.length = 0;
      throw new OfficeExtensionError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${bytes} bytes).`
      );
    }
    const failWith = this.model.failNextSyncWith;
    if (failWith) {
      this.model.failNextSyncWith = null;
      this.pendingError = null;
      this.afterSync.length = 0;
      throw new OfficeExtensionError(failWith, `Fake Excel refused the batch: ${failWith}`);
    }
    const error = this.pendingError;
    this.pendingError = null;
    this.syncs++;
    const hooks = this.afterSync.splice(0);
    hooks.forEach((h) => h());
    if (error) throw error;
    return passThrough;
  }
}

/** Shared load/sync bookkeeping: which properties were loaded, and after which sync. */
abstract class ClientObject {
  protected loaded = new Map<string, { value: unknown; readableAfter: number }>();
  protected readonly createdAt: number;

  constructor(readonly context: FakeContext) {
    this.createdAt = context.syncs;
  }

  /** Data properties this object can load, and how to read them from the model now. */
  protected abstract readers(): Record<string, () => unknown>;

  get isNullObject(): boolean {
    if (this.context.syncs <= this.createdAt) {
      throw new OfficeExtensionError(
        "PropertyNotLoaded",
        `isNullObject of ${this.constructor.name} read before context.sync()`
      );
    }
    return this.isNull();
  }

  protected isNull(): boolean {
    return false;
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const readers = this.readers();
    const names = parseLoad(props, Object.keys(readers));
    // Navigation loads ("protection/protected") go to the child object.
    const nested = new Map<string, string[]>();
    for (const name of names) {
      const slash = name.indexOf("/");
      if (slash < 0) continue;
      const head = name.slice(0, slash);
      nested.set(head, [...(nested.get(head) ?? []), name.slice(slash + 1)]);
    }
    nested.forEach((rest, head) => {
      const child = (this as unknown as Record<string, unknown>)[head];
      if (child instanceof ClientObject) child.load(rest);
    });
    // Values are taken now, in queue order, and become readable after the next sync.
    for (const name of names) {
      const reader = readers[name];
      if (!reader) continue;
      const value = this.isNull() ? undefined : reader();
      this.context.noteResponse(name, value);
      this.loaded.set(name, { value, readableAfter: this.context.syncs });
    }
    return this;
  }

  protected read<T>(prop: string): T {
    const entry = this.loaded.get(prop);
    if (!entry || this.context.syncs <= entry.readableAfter) {
      throw new OfficeExtensionError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return entry.value as T;
  }

  /** A set property reads back its new value without a load (as in Office.js). */
  protected remember(prop: string, value: unknown): void {
    this.loaded.set(prop, { value, readableAfter: -1 });
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.loaded.forEach((entry, key) => (out[key] = entry.value));
    return out;
  }
}

function parseLoad(props: string | string[] | Record<string, unknown> | undefined, all: string[]) {
  if (props === undefined) return all;
  let list: string[];
  if (typeof props === "string") list = props.split(",");
  else if (Array.isArray(props)) list = props;
  else if (typeof props.select === "string") list = props.select.split(",");
  else list = Object.keys(props).filter((k) => props[k]);
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

class ClientResult<T> {
  private readonly readableAfter: number;
  constructor(
    private readonly context: FakeContext,
    private readonly result: T
  ) {
    this.readableAfter = context.syncs;
  }
  get value(): T {
    if (this.context.syncs <= this.readableAfter) {
      throw new OfficeExtensionError("PropertyNotLoaded", "ClientResult.value read before sync");
    }
    return this.result;
  }
}

class EventHandlers {
  constructor(
    private readonly context: FakeContext,
    private readonly set: Set<(args: unknown) => unknown>
  ) {}
  add(handler: (args: unknown) => unknown) {
    // Registered when the batch is synced, as Office.js does.
    this.context.onNextSync(() => this.set.add(handler));
    return {
      context: this.context,
      remove: () => this.context.onNextSync(() => this.set.delete(handler)),
    };
  }
}

export class FakeWorkbook extends ClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: unknown;
  private readonly appStore: Record<string, unknown> = { calculationMode: "Automatic" };

  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    const app = createSink(this.appStore) as Record<string, unknown>;
    this.application = app;
  }
  protected readers() {
    return { name: () => this.context.model.name };
  }
  get name(): string {
    return this.read("name");
  }
  getSelectedRange(): FakeRange {
    const sel = this.context.model.selection;
    const sheet = sel ? findSheet(this.context.model, sel.sheet) : this.context.model.sheets[0];
    return new FakeRange(this.context, sheet ?? null, parseBox(sel?.address ?? "A1") as Box);
  }
  getActiveCell(): FakeRange {
    return this.getSelectedRange().getCell(0, 0);
  }
}

export class FakeWorksheetCollection extends ClientObject {
  readonly onChanged: EventHandlers;
  constructor(context: FakeContext) {
    super(context);
    this.onChanged = new EventHandlers(context, context.model.changedHandlers);
  }
  protected readers() {
    return {
      items: () => this.context.model.sheets.map((s) => new FakeWorksheet(this.context, s, true)),
    };
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    super.load("items");
    const items = this.loaded.get("items")?.value as FakeWorksheet[];
    const itemProps = parseLoad(props, []).map((p) => p.replace(/^items\/?/, ""));
    items.forEach((w) => w.load(itemProps.filter((p) => p).length ? itemProps : undefined));
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.read("items");
  }
  getCount(): ClientResult<number> {
    return new ClientResult(this.context, this.context.model.sheets.length);
  }
  getItem(key: string): FakeWorksheet {
    const model = this.context.model;
    const sheet = model.sheets.find((s) => s.id === key) ?? findSheet(model, key);
    if (!sheet) this.context.fail("ItemNotFound", `The requested resource doesn't exist: ${key}`);
    return new FakeWorksheet(this.context, sheet ?? null);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    const model = this.context.model;
    const sheet = model.sheets.find((s) => s.id === key) ?? findSheet(model, key);
    return new FakeWorksheet(this.context, sheet ?? null);
  }
  getActiveWorksheet(): FakeWorksheet {
    const model = this.context.model;
    const sheet = model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0];
    return new FakeWorksheet(this.context, sheet ?? null);
  }
  getFirst(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.context.model.sheets[0] ?? null);
  }
  add(name?: string): FakeWorksheet {
    const model = this.context.model;
    const sheetName = name ?? `Sheet${model.sheets.length + 1}`;
    const problem = sheetNameProblem(sheetName);
    if (problem) {
      this.context.fail("InvalidArgument", problem);
      return new FakeWorksheet(this.context, null);
    }
    if (findSheet(model, sheetName)) {
      this.context.fail("ItemAlreadyExists", `A sheet named ${sheetName} already exists.`);
      return new FakeWorksheet(this.context, null);
    }
    return new FakeWorksheet(this.context, addSheetModel(model, sheetName));
  }
}

function sheetNameProblem(name: string): string | null {
  if (name.trim() === "" || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
    return `Invalid sheet name: ${name}`;
  }
  if (name.startsWith("'") || name.endsWith("'")) return `Invalid sheet name: ${name}`;
  return null;
}

export class FakeWorksheet extends ClientObject {
  readonly protection: FakeProtection;
  readonly freezePanes: unknown;
  readonly pageLayout: unknown;
  readonly onChanged: EventHandlers;
  readonly onSelectionChanged: EventHandlers;

  constructor(
    context: FakeContext,
    readonly sheet: SheetModel | null,
    preSynced = false
  ) {
    super(context);
    if (preSynced) this.createdAtOverride();
    const records = sheet?.records ?? {};
    this.protection = new FakeProtection(context, sheet);
    this.freezePanes = createSink((records.freezePanes ??= {}) as Record<string, unknown>);
    this.pageLayout = createSink((records.pageLayout ??= {}) as Record<string, unknown>);
    this.onChanged = new EventHandlers(context, sheet?.changedHandlers ?? new Set());
    this.onSelectionChanged = new EventHandlers(context, new Set());
  }

  /** Items of a loaded collection are known to exist: isNullObject needs no extra sync. */
  private createdAtOverride(): void {
    (this as unknown as { createdAt: number }).createdAt = -1;
  }

  protected override isNull(): boolean {
    return this.sheet === null || !this.context.model.sheets.includes(this.sheet);
  }
  protected readers() {
    const s = () => this.sheet as SheetModel;
    return {
      name: () => s().name,
      id: () => s().id,
      position: () => this.context.model.sheets.indexOf(s()),
      visibility: () => s().visibility,
      tabColor: () => (s().records.tabColor as string) ?? "",
    };
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    const sheet = this.requireSheet();
    if (!sheet) return;
    const other = findSheet(this.context.model, value);
    const problem = sheetNameProblem(value);
    if (problem || (other && other !== sheet)) {
      this.context.fail(problem ? "InvalidArgument" : "ItemAlreadyExists", problem ?? value);
      return;
    }
    renameSheetInNames(this.context.model, sheet.name, value);
    sheet.name = value;
    this.remember("name", value);
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    const sheet = this.requireSheet();
    if (!sheet) return;
    const sheets = this.context.model.sheets;
    sheets.splice(sheets.indexOf(sheet), 1);
    sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, sheet);
    this.remember("position", value);
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: string) {
    const sheet = this.requireSheet();
    if (sheet) sheet.visibility = value;
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(value: string) {
    const sheet = this.requireSheet();
    if (sheet) sheet.records.tabColor = value;
  }
  set showGridlines(value: boolean) {
    const sheet = this.requireSheet();
    if (sheet) sheet.records.showGridlines = value;
  }

  private requireSheet(): SheetModel | null {
    if (this.isNull()) {
      this.context.fail("ItemNotFound", "The worksheet does not exist.");
      return null;
    }
    return this.sheet;
  }

  getRange(address?: string): FakeRange {
    const box = parseBox(address ?? "A:XFD");
    if (!box) this.context.fail("InvalidArgument", `Invalid range address: ${address}`);
    return new FakeRange(this.context, this.sheet, box ?? { r1: 0, c1: 0, r2: 0, c2: 0 });
  }
  /**
   * RangeAreas: its formatting is recorded like other formatting; conditionalFormats.clearAll
   * removes the conditional formats on its areas (the generator replaces its marks this way).
   */
  getRanges(addresses: string): unknown {
    const records = (this.sheet?.records ?? {}) as Record<string, Record<string, unknown>>;
    const boxes: Box[] = [];
    for (const part of addresses.split(",")) {
      const box = parseBox(part.trim());
      if (box) boxes.push(box);
      else this.context.fail("InvalidArgument", `Invalid range address: ${part}`);
    }
    const collections = boxes.map(
      (box) => new FakeConditionalFormatCollection(this.context, this.sheet, box)
    );
    return {
      format: createSink(
        ((records.rangeAreas ??= {})[addresses] ??= {}) as Record<string, unknown>
      ),
      conditionalFormats: { clearAll: () => collections.forEach((c) => c.clearAll()) },
    };
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.context, this.sheet, {
      r1: row,
      c1: column,
      r2: row + rows - 1,
      c2: column + columns - 1,
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    const box = this.sheet ? usedBox(this.sheet, !!valuesOnly) : null;
    return new FakeRange(this.context, this.sheet, box ?? { r1: 0, c1: 0, r2: 0, c2: 0 });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const box = this.sheet ? usedBox(this.sheet, !!valuesOnly) : null;
    return new FakeRange(
      this.context,
      box ? this.sheet : null,
      box ?? { r1: 0, c1: 0, r2: 0, c2: 0 }
    );
  }
  activate(): void {
    const sheet = this.requireSheet();
    if (sheet) this.context.model.activeSheetId = sheet.id;
  }
  delete(): void {
    const sheet = this.requireSheet();
    if (!sheet) return;
    const model = this.context.model;
    if (model.sheets.length === 1) {
      this.context.fail("InvalidOperation", "A workbook must contain at least one visible sheet.");
      return;
    }
    model.sheets.splice(model.sheets.indexOf(sheet), 1);
    breakNamesOf(model, sheet.name);
    if (model.activeSheetId === sheet.id) model.activeSheetId = model.sheets[0].id;
  }
  calculate(): void {}
}

class FakeProtection extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly sheet: SheetModel | null
  ) {
    super(context);
  }
  protected readers() {
    return {
      protected: () => this.sheet?.protection.protected ?? false,
      options: () => ({}),
    };
  }
  get protected(): boolean {
    return this.read("protected");
  }
  get options(): unknown {
    return this.read("options");
  }
  protect(_options?: unknown, password?: string): void {
    if (!this.sheet) return;
    if (this.sheet.protection.protected) {
      this.context.fail("InvalidOperation", "The sheet is already protected.");
      return;
    }
    this.sheet.protection = { protected: true, password: password ?? null };
  }
  unprotect(password?: string): void {
    if (!this.sheet) return;
    const current = this.sheet.protection.password;
    if (current !== null && current !== (password ?? null)) {
      this.context.fail("InvalidArgument", "The password is incorrect.");
      return;
    }
    this.sheet.protection = { protected: false, password: null };
  }
}

function usedBox(sheet: SheetModel, valuesOnly: boolean): Box | null {
  let box: Box | null = null;
  sheet.cells.forEach((cell, key) => {
    const empty = (cell.value === null || cell.value === "") && cell.formula === null;
    if (empty && (valuesOnly || cell.numberFormat === "General")) return;
    const [r, c] = key.split(",").map(Number);
    if (!box) box = { r1: r, c1: c, r2: r, c2: c };
    else {
      box.r1 = Math.min(box.r1, r);
      box.c1 = Math.min(box.c1, c);
      box.r2 = Math.max(box.r2, r);
      box.c2 = Math.max(box.c2, c);
    }
  });
  return box;
}

/** Reads a cell as Excel reports it in `values`: blanks are "". */
function valueOf(cell: CellModel | undefined): Value {
  if (!cell) return "";
  if (cell.formula !== null) return cell.value ?? "";
  return cell.value ?? "";
}

function formulaOf(cell: CellModel | undefined): Value {
  if (!cell) return "";
  return cell.formula ?? cell.value ?? "";
}

function valueType(v: Value): string {
  if (v === "" || v === null) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return /^#(VALUE!|DIV\/0!|N\/A|NAME\?|REF!|NUM!|NULL!)$/.test(v) ? "Error" : "String";
}

export class FakeRange extends ClientObject {
  readonly format: unknown;
  readonly dataValidation: unknown;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    context: FakeContext,
    readonly sheet: SheetModel | null,
    readonly box: Box
  ) {
    super(context);
    const records = (sheet?.records ?? {}) as Record<string, Record<string, unknown>>;
    const key = boxAddress(box);
    const per = (kind: string) => ((records[kind] ??= {})[key] ??= {}) as Record<string, unknown>;
    this.format = createSink(per("format"));
    this.dataValidation = createSink(per("dataValidation"));
    this.conditionalFormats = new FakeConditionalFormatCollection(context, sheet, box);
  }

  describe(): string {
    return this.sheet ? `${quoteSheet(this.sheet.name)}!${boxAddress(this.box)}` : "(null)";
  }

  protected override isNull(): boolean {
    return this.sheet === null || !this.context.model.sheets.includes(this.sheet);
  }

  private get rows(): number {
    return this.box.r2 - this.box.r1 + 1;
  }
  private get columns(): number {
    return this.box.c2 - this.box.c1 + 1;
  }

  private grid<T>(fn: (cell: CellModel | undefined) => T): T[][] {
    const sheet = this.sheet as SheetModel;
    if (this.rows * this.columns > 5_000_000) {
      this.context.fail("ResponsePayloadSizeLimitExceeded", "Range too large to read.");
      return [];
    }
    const out: T[][] = [];
    for (let r = this.box.r1; r <= this.box.r2; r++) {
      const row: T[] = [];
      for (let c = this.box.c1; c <= this.box.c2; c++) row.push(fn(sheet.cells.get(cellKey(r, c))));
      out.push(row);
    }
    return out;
  }

  protected readers() {
    const sheet = () => this.sheet as SheetModel;
    return {
      values: () => this.grid(valueOf),
      formulas: () => this.grid(formulaOf),
      formulasLocal: () => this.grid(formulaOf),
      numberFormat: () => this.grid((c) => c?.numberFormat ?? "General"),
      text: () => this.grid((c) => String(valueOf(c) ?? "")),
      valueTypes: () => this.grid((c) => valueType(valueOf(c))),
      address: () => `${quoteSheet(sheet().name)}!${boxAddress(this.box)}`,
      addressLocal: () => `${quoteSheet(sheet().name)}!${boxAddress(this.box)}`,
      rowIndex: () => this.box.r1,
      columnIndex: () => this.box.c1,
      rowCount: () => this.rows,
      columnCount: () => this.columns,
      cellCount: () => this.rows * this.columns,
    };
  }

  get values(): Value[][] {
    return this.read("values");
  }
  set values(v: Value[][]) {
    this.write("values", v, (cell, x) => setContent(cell, x, false));
  }
  get formulas(): Value[][] {
    return this.read("formulas");
  }
  set formulas(v: Value[][]) {
    this.write("formulas", v, (cell, x) => setContent(cell, x, true));
  }
  get numberFormat(): Value[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: Value[][]) {
    this.write("numberFormat", v, (cell, x) => {
      cell.numberFormat = String(x);
    });
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.sheet);
  }

  /** Writes a scalar (to every cell) or a 2-D array of the range's size; null leaves a cell. */
  private write(prop: string, input: unknown, apply: (cell: CellModel, value: Value) => void) {
    if (this.isNull()) {
      this.context.fail("ItemNotFound", `Cannot set ${prop} of a range on a missing sheet.`);
      return;
    }
    const sheet = this.sheet as SheetModel;
    const isGrid = Array.isArray(input);
    if (isGrid) {
      const grid = input as unknown[];
      const ok =
        grid.length === this.rows &&
        grid.every((row) => Array.isArray(row) && row.length === this.columns);
      if (!ok) {
        this.context.fail(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop} of ${this.describe()}).`
        );
        return;
      }
    }
    const protectedSheet = sheet.protection.protected;
    if (protectedSheet && prop !== "numberFormat") {
      // Cells are locked unless formatted otherwise; the fake treats a protected sheet as locked.
      this.context.fail("AccessDenied", `The sheet ${sheet.name} is protected.`);
      return;
    }
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.columns; c++) {
        const x = isGrid ? (input as Value[][])[r][c] : (input as Value);
        if (x === null || x === undefined) continue;
        const key = cellKey(this.box.r1 + r, this.box.c1 + c);
        let cell = sheet.cells.get(key);
        if (!cell) {
          cell = { value: null, formula: null, numberFormat: "General" };
          sheet.cells.set(key, cell);
        }
        apply(cell, x);
      }
    }
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.sheet, {
      r1: this.box.r1 + row,
      c1: this.box.c1 + column,
      r2: this.box.r1 + row,
      c2: this.box.c1 + column,
    });
  }
  getOffsetRange(rows: number, columns: number): FakeRange {
    const b = this.box;
    return new FakeRange(this.context, this.sheet, {
      r1: b.r1 + rows,
      c1: b.c1 + columns,
      r2: b.r2 + rows,
      c2: b.c2 + columns,
    });
  }
  getResizedRange(rows: number, columns: number): FakeRange {
    const b = this.box;
    return new FakeRange(this.context, this.sheet, { ...b, r2: b.r2 + rows, c2: b.c2 + columns });
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.context, this.sheet, {
      ...this.box,
      r1: this.box.r1 + i,
      r2: this.box.r1 + i,
    });
  }
  getColumn(i: number): FakeRange {
    return new FakeRange(this.context, this.sheet, {
      ...this.box,
      c1: this.box.c1 + i,
      c2: this.box.c1 + i,
    });
  }
  getLastCell(): FakeRange {
    return this.getCell(this.rows - 1, this.columns - 1);
  }
  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, this.sheet, { ...this.box, r1: 0, r2: 1_048_575 });
  }
  getEntireRow(): FakeRange {
    return new FakeRange(this.context, this.sheet, { ...this.box, c1: 0, c2: 16_383 });
  }
  merge(across?: boolean): void {
    if (this.sheet) this.sheet.merges.push(`${boxAddress(this.box)}${across ? " (across)" : ""}`);
  }
  unmerge(): void {
    if (this.sheet) this.sheet.merges = [];
  }
  clear(applyTo?: string): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const what = applyTo ?? "All";
    for (const [key, cell] of [...sheet.cells]) {
      const [r, c] = key.split(",").map(Number);
      if (r < this.box.r1 || r > this.box.r2 || c < this.box.c1 || c > this.box.c2) continue;
      if (what === "All" || what === "Contents") {
        cell.value = null;
        cell.formula = null;
      }
      if (what === "All" || what === "Formats") cell.numberFormat = "General";
      if (cell.value === null && cell.formula === null && cell.numberFormat === "General") {
        sheet.cells.delete(key);
      }
    }
    if (what === "All") sheet.merges = [];
  }
  select(): void {
    if (this.sheet) {
      this.context.model.selection = { sheet: this.sheet.name, address: boxAddress(this.box) };
      this.context.model.activeSheetId = this.sheet.id;
    }
  }
  set(props: Record<string, unknown>): void {
    assignDeep(this, props);
  }
  calculate(): void {}
  set style(value: string) {
    if (this.sheet) this.sheet.records.styles ??= {} as Record<string, string>;
    void value;
  }
  set hyperlink(value: unknown) {
    void value;
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formats (custom rules): stored per sheet with their range; not evaluated.

function intersects(a: Box, b: Box): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

let nextConditionalFormatId = 1;

export class FakeConditionalFormatCollection extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly sheet: SheetModel | null,
    private readonly box: Box
  ) {
    super(context);
  }
  private models(): ConditionalFormatModel[] {
    return (this.sheet?.conditionalFormats ?? []).filter((cf) => intersects(cf.box, this.box));
  }
  protected readers() {
    return {
      items: () =>
        this.models().map((m) => new FakeConditionalFormat(this.context, this.sheet, m, true)),
    };
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    super.load("items");
    const items = this.loaded.get("items")?.value as FakeConditionalFormat[];
    const itemProps = parseLoad(props, [])
      .map((p) => p.replace(/^items\/?/, ""))
      .filter((p) => p);
    items.forEach((cf) => cf.load(itemProps.length ? itemProps : undefined));
    return this;
  }
  get items(): FakeConditionalFormat[] {
    return this.read("items");
  }
  getCount(): ClientResult<number> {
    return new ClientResult(this.context, this.models().length);
  }
  add(type: string): FakeConditionalFormat {
    const model: ConditionalFormatModel = {
      id: nextConditionalFormatId++,
      type,
      box: { ...this.box },
      formula: null,
      format: {},
    };
    if (!this.sheet) this.context.fail("ItemNotFound", "No sheet for the conditional format.");
    else this.sheet.conditionalFormats.push(model);
    return new FakeConditionalFormat(this.context, this.sheet, model);
  }
  clearAll(): void {
    if (!this.sheet) return;
    const keep = this.sheet.conditionalFormats.filter((cf) => !intersects(cf.box, this.box));
    this.sheet.conditionalFormats = keep;
  }
}

class FakeConditionalFormatRule extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly model: ConditionalFormatModel
  ) {
    super(context);
  }
  protected readers() {
    return {
      formula: () => this.model.formula ?? "",
      formulaLocal: () => this.model.formula ?? "",
    };
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.model.formula = value;
    this.remember("formula", value);
  }
}

export class FakeConditionalFormat extends ClientObject {
  readonly custom: { rule: FakeConditionalFormatRule; format: unknown };
  constructor(
    context: FakeContext,
    private readonly sheet: SheetModel | null,
    private readonly model: ConditionalFormatModel,
    preSynced = false
  ) {
    super(context);
    if (preSynced) (this as unknown as { createdAt: number }).createdAt = -1;
    this.custom = {
      rule: new FakeConditionalFormatRule(context, model),
      format: createSink(model.format),
    };
  }
  protected override isNull(): boolean {
    return !this.sheet || !this.sheet.conditionalFormats.includes(this.model);
  }
  protected readers() {
    return {
      type: () => this.model.type,
      id: () => String(this.model.id),
      priority: () => this.sheet?.conditionalFormats.indexOf(this.model) ?? 0,
      stopIfTrue: () => false,
    };
  }
  get type(): string {
    return this.read("type");
  }
  get id(): string {
    return this.read("id");
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, this.sheet, this.model.box);
  }
  delete(): void {
    if (!this.sheet) return;
    this.sheet.conditionalFormats = this.sheet.conditionalFormats.filter((m) => m !== this.model);
  }
}

function setContent(cell: CellModel, x: Value, asFormula: boolean): void {
  if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
    cell.formula = x;
    cell.value = null;
    return;
  }
  void asFormula;
  cell.formula = null;
  cell.value = x === "" ? null : x;
}

// ---------------------------------------------------------------------------------------------
// Defined names (workbook scope).

function refersToText(reference: unknown): string | null {
  if (reference instanceof FakeRange) {
    if (!reference.sheet) return null;
    return `=${quoteSheet(reference.sheet.name)}!${boxAddress(reference.box, true)}`;
  }
  if (typeof reference === "string") return reference.startsWith("=") ? reference : `=${reference}`;
  return null;
}

function renameSheetInNames(model: WorkbookModel, from: string, to: string): void {
  const prefix = `=${quoteSheet(from)}!`;
  model.names.forEach((n) => {
    if (n.formula.startsWith(prefix))
      n.formula = `=${quoteSheet(to)}!${n.formula.slice(prefix.length)}`;
  });
}

function breakNamesOf(model: WorkbookModel, sheetName: string): void {
  const prefix = `=${quoteSheet(sheetName)}!`;
  model.names.forEach((n) => {
    if (n.formula.startsWith(prefix)) n.formula = `=#REF!${n.formula.slice(prefix.length)}`;
  });
}

/** Resolves a name's formula to a sheet and box, when it is a plain reference. */
export function resolveName(model: WorkbookModel, name: NameModel) {
  const { sheet, local } = splitSheet(name.formula.slice(1));
  const sheetModel = sheet ? findSheet(model, sheet) : undefined;
  const box = parseBox(local);
  return sheetModel && box ? { sheet: sheetModel, box } : null;
}

export class FakeNamedItemCollection extends ClientObject {
  protected readers() {
    return {
      items: () =>
        [...this.context.model.names.values()].map((n) => new FakeNamedItem(this.context, n, true)),
    };
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    super.load("items");
    const items = this.loaded.get("items")?.value as FakeNamedItem[];
    const itemProps = parseLoad(props, [])
      .map((p) => p.replace(/^items\/?/, ""))
      .filter((p) => p);
    items.forEach((n) => n.load(itemProps.length ? itemProps : undefined));
    return this;
  }
  get items(): FakeNamedItem[] {
    return this.read("items");
  }
  getCount(): ClientResult<number> {
    return new ClientResult(this.context, this.context.model.names.size);
  }
  private find(name: string): NameModel | undefined {
    return this.context.model.names.get(name.toUpperCase());
  }
  getItem(name: string): FakeNamedItem {
    const found = this.find(name);
    if (!found) this.context.fail("ItemNotFound", `The requested name doesn't exist: ${name}`);
    return new FakeNamedItem(this.context, found ?? null);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this.find(name) ?? null);
  }
  add(name: string, reference: unknown, comment?: string): FakeNamedItem {
    const formula = refersToText(reference);
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || formula === null) {
      this.context.fail("InvalidArgument", `Invalid name or reference: ${name}`);
      return new FakeNamedItem(this.context, null);
    }
    if (this.find(name)) {
      this.context.fail("ItemAlreadyExists", `The name ${name} already exists.`);
      return new FakeNamedItem(this.context, null);
    }
    const model: NameModel = { name, formula, comment: comment ?? "", visible: true };
    this.context.model.names.set(name.toUpperCase(), model);
    return new FakeNamedItem(this.context, model);
  }
  addFormulaLocal(name: string, formula: string, comment?: string): FakeNamedItem {
    return this.add(name, formula, comment);
  }
}

/** NamedItem.arrayValues: the values and types of the cells a name refers to. */
class FakeNamedItemArrayValues extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly owner: FakeNamedItem
  ) {
    super(context);
  }
  protected override isNull(): boolean {
    return this.owner.target() === null;
  }
  private cells(): Value[][] {
    const target = this.owner.target();
    if (!target) return [];
    const out: Value[][] = [];
    for (let r = target.box.r1; r <= target.box.r2; r++) {
      const row: Value[] = [];
      for (let c = target.box.c1; c <= target.box.c2; c++) {
        row.push(valueOf(target.sheet.cells.get(cellKey(r, c))));
      }
      out.push(row);
    }
    return out;
  }
  protected readers() {
    return {
      values: () => this.cells(),
      types: () => this.cells().map((row) => row.map(valueType)),
    };
  }
  get values(): Value[][] {
    return this.read("values");
  }
  get types(): string[][] {
    return this.read("types");
  }
}

export class FakeNamedItem extends ClientObject {
  readonly arrayValues: FakeNamedItemArrayValues;
  constructor(
    context: FakeContext,
    readonly item: NameModel | null,
    preSynced = false
  ) {
    super(context);
    if (preSynced) (this as unknown as { createdAt: number }).createdAt = -1;
    this.arrayValues = new FakeNamedItemArrayValues(context, this);
  }
  /** The sheet and cells the name refers to, when it is a plain reference. */
  target(): { sheet: SheetModel; box: Box } | null {
    return this.item && !this.isNull() ? resolveName(this.context.model, this.item) : null;
  }
  protected override isNull(): boolean {
    return (
      this.item === null || this.context.model.names.get(this.item.name.toUpperCase()) !== this.item
    );
  }
  protected readers() {
    const n = () => this.item as NameModel;
    return {
      name: () => n().name,
      formula: () => n().formula,
      comment: () => n().comment,
      visible: () => n().visible,
      scope: () => "Workbook",
      type: () => (n().formula.includes("#REF!") ? "Error" : "Range"),
      value: () => n().formula.slice(1),
    };
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    if (!this.item || this.isNull()) {
      this.context.fail("ItemNotFound", "The name does not exist.");
      return;
    }
    this.item.formula = value.startsWith("=") ? value : `=${value}`;
    this.remember("formula", this.item.formula);
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(value: string) {
    if (this.item) this.item.comment = value;
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(value: boolean) {
    if (this.item) this.item.visible = value;
  }
  get scope(): string {
    return this.read("scope");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): string {
    return this.read("value");
  }
  delete(): void {
    if (this.item) this.context.model.names.delete(this.item.name.toUpperCase());
  }
  getRange(): FakeRange {
    const target = this.item ? resolveName(this.context.model, this.item) : null;
    if (!target) this.context.fail("InvalidOperation", "The name does not refer to a range.");
    return new FakeRange(
      this.context,
      target?.sheet ?? null,
      target?.box ?? { r1: 0, c1: 0, r2: 0, c2: 0 }
    );
  }
  getRangeOrNullObject(): FakeRange {
    const target = this.item ? resolveName(this.context.model, this.item) : null;
    return new FakeRange(
      this.context,
      target?.sheet ?? null,
      target?.box ?? { r1: 0, c1: 0, r2: 0, c2: 0 }
    );
  }
  get worksheetOrNullObject(): FakeWorksheet {
    const target = this.item ? resolveName(this.context.model, this.item) : null;
    return new FakeWorksheet(this.context, target?.sheet ?? null);
  }
}

// ---------------------------------------------------------------------------------------------
// Globals: Excel, OfficeExtension and Office as a task pane inside Excel on the web sees them.

export interface FakeOfficeOptions {
  displayLanguage: string;
  customFunctions: boolean;
  platform: string;
  /** Office.context.officeTheme (absent: the host does not report one). */
  officeTheme?: { bodyBackgroundColor: string };
}

/** Calls to Office.context.ui (help page openings), for the tests to read. */
export const uiCalls: { api: "openBrowserWindow" | "displayDialogAsync"; url: string }[] = [];

/** Numeric compare of requirement-set versions ("1.20" > "1.9"). */
function versionAtMost(version: string | undefined, max: string): boolean {
  if (version === undefined) return true;
  const [a1, a2 = 0] = version.split(".").map(Number);
  const [b1, b2 = 0] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

export function installFakeOffice(model: WorkbookModel, options: FakeOfficeOptions): void {
  const g = globalThis as unknown as Record<string, unknown>;
  const enums = enumProxy();
  const run = async (...args: unknown[]) => {
    const batch = args[args.length - 1] as (ctx: FakeContext) => Promise<unknown>;
    const given = args.length > 1 ? (args[0] as { context?: unknown }) : null;
    const ctx =
      given instanceof FakeContext
        ? given
        : given && given.context instanceof FakeContext
          ? given.context
          : new FakeContext(model);
    const result = await batch(ctx);
    // Excel.run syncs whatever the batch left queued.
    await ctx.sync();
    return result;
  };
  g.Excel = new Proxy({ run, RequestContext: FakeContext } as Record<string, unknown>, {
    get: (target, prop) =>
      typeof prop === "string" && prop in target ? target[prop] : enums[prop as string],
  });
  g.OfficeExtension = { Error: OfficeExtensionError, ErrorCodes: enums.ErrorCodes };
  const info = { host: "Excel", platform: options.platform, addin: null };
  g.Office = {
    HostType: enums.HostType,
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Universal: "Universal",
    },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: "Excel",
      platform: options.platform,
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      diagnostics: { host: "Excel", platform: options.platform, version: "16.0.fake" },
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (name === "CustomFunctionsRuntime") return options.customFunctions;
          // Excel on the web has no openBrowserWindow.
          if (name === "OpenBrowserWindowApi") return options.platform !== "OfficeOnline";
          // Undo of API changes (ExcelApi 1.20) is newer than this fake.
          if (name === "ExcelApi") return versionAtMost(version, "1.19");
          return true;
        },
      },
      ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
      ui: {
        ...(options.platform !== "OfficeOnline"
          ? {
              openBrowserWindow: (url: string) => {
                uiCalls.push({ api: "openBrowserWindow", url });
              },
            }
          : {}),
        displayDialogAsync: (url: string, _options: unknown, callback?: (r: unknown) => void) => {
          uiCalls.push({ api: "displayDialogAsync", url });
          callback?.({ status: "succeeded", value: { close: () => undefined } });
        },
      },
      document: { url: model.name },
    },
    actions: { associate: () => undefined },
    addin: { showAsTaskpane: async () => undefined, hide: async () => undefined },
  };
}
