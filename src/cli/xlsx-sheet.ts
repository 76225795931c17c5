import type { SaxesTagPlain } from "saxes";
import type { GridValue } from "../core/grid";
import { columnToIndex } from "../core/formula-parser/address";
import { translateFormula } from "./xlsx-formula";
import { scanPart, ScanGaveUp } from "./xlsx-scan";
import { feedPart, localName, parser, TooManyCells, XmlProblem } from "./xlsx-xml";
import { SHEET_ORDER } from "./ooxml-order";

/**
 * The cells of a worksheet part and the shared strings, read straight from their XML for the
 * WorkbookGrid the audit analyses: what Excel's range.values and range.formulas report, with
 * nothing else of the sheet (formatting, validations, page setup) built. Read by the strict
 * scanner (xlsx-scan.ts) or, for XML it leaves alone, the streaming XML parser, up to the end of
 * the merged cells: what follows (conditional formats, validations, page setup) is not read.
 *
 * Where it differs from what exceljs gave the grid before, it follows Excel (test/cli/xlsx-sheet
 * .test.ts shows each case): a formula's cached 0 or FALSE is that value (exceljs gave ""); a
 * number styled as a date stays Excel's serial number (exceljs went
 * through a Date, rounding to the millisecond and shifting 1904 workbooks); text is decoded once
 * (exceljs decoded "&amp;lt;" in formula results twice); a formula cell with a hyperlink keeps
 * its formula; a shared formula leaves quoted text alone and moves whole-row and whole-column
 * ranges; an ISO date cell (t="d") is its serial number; CDATA is text; prefixed element names
 * (x:c), rows without a number and chart sheets (left out) no longer make the file unreadable.
 */

/**
 * Worksheet elements that follow <sheetData> and <mergeCells> (ECMA-376 order, CT_Worksheet):
 * once one opens, the cells and merges are all read, and the rest of the part (conditional
 * formats and validations, most of a generated IKU sheet's XML) is not parsed.
 */
const AFTER_MERGES = new Set(SHEET_ORDER.slice(SHEET_ORDER.indexOf("mergeCells") + 1));

/** Thrown by the parser's handlers to stop reading a part once everything needed is read. */
class Done extends Error {}

/** Excel's escape of characters XML cannot hold: _x000D_ is a carriage return, _x005F_ is "_". */
function unescapeX(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      );
}

/**
 * Collects the text of a rich text element (<si>, <is>): its <t>, or the <t> of each run <r>;
 * phonetic guides (<rPh>) are not part of the cell's text.
 */
class RstText {
  private parts: string[] = [];
  private inT = false;
  private inPhonetic = 0;

  open(local: string): void {
    if (local === "rPh") this.inPhonetic++;
    else if (local === "t" && this.inPhonetic === 0) {
      this.inT = true;
      this.parts.push("");
    }
  }

  close(local: string): void {
    if (local === "rPh") this.inPhonetic--;
    else if (local === "t") this.inT = false;
  }

  text(t: string): void {
    if (this.inT) this.parts[this.parts.length - 1] += t;
  }

  /** The text, each <t> unescaped on its own (an escape never spans two runs). */
  value(): string {
    return this.parts.map(unescapeX).join("");
  }
}

/** Reads xl/sharedStrings.xml: the text of each <si>, in order (scanner first, as sheets). */
export function parseSharedStrings(part: Buffer, scan = true): string[] {
  let out: string[] = [];
  let current: RstText | undefined;
  const sink = {
    open: (local: string) => {
      if (local === "si") current = new RstText();
      else current?.open(local);
    },
    close: (local: string) => {
      if (local === "si" && current) {
        out.push(current.value());
        current = undefined;
      } else current?.close(local);
    },
    text: (t: string) => current?.text(t),
  };
  if (scan && part.length <= SCAN_MAX_BYTES) {
    try {
      scanPart(part, sink);
      return out;
    } catch (e) {
      if (!(e instanceof ScanGaveUp)) throw e;
      out = [];
      current = undefined;
    }
  }
  const p = parser();
  p.on("opentag", (tag: SaxesTagPlain) => sink.open(localName(tag.name)));
  p.on("closetag", (tag: SaxesTagPlain) => sink.close(localName(tag.name)));
  p.on("text", sink.text);
  p.on("cdata", sink.text);
  feedPart(p, part);
  return out;
}

/** Excel's serial number of an ISO 8601 date (a t="d" cell), 1900 date system. */
function isoSerial(text: string): number {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text);
  const ms = Date.parse(zoned || !text.includes("T") ? text : `${text}Z`);
  return ms / 86_400_000 + 25569;
}

/** A cell's column (1-based) from its reference ("BC12" → 55); 0 when it has none. */
function columnOf(ref: string): number {
  let end = 0;
  while (end < ref.length) {
    const c = ref.charCodeAt(end) | 0x20;
    if (c < 97 || c > 122) break;
    end++;
  }
  return end === 0 ? 0 : columnToIndex(ref.slice(0, end)) + 1;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A1:C2" as 1-based bounds; undefined for a reference that is not one. */
function rectOf(ref: string): Rect | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) return undefined;
  const a = { row: Number(m[2]), col: columnToIndex(m[1]) + 1 };
  const b = m[3] ? { row: Number(m[4]), col: columnToIndex(m[3]) + 1 } : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** One row's cells as sparse arrays by 0-based column (undefined: no cell there). */
interface RowCells {
  values: (GridValue | undefined)[];
  formulas: (GridValue | undefined)[];
}

export interface SheetCells {
  values: GridValue[][];
  formulas: GridValue[][];
}

/** The one shared row of a grid's empty rows (the core never writes into a grid). */
const EMPTY_ROW: GridValue[] = [];

/**
 * What both readers of a worksheet part (the strict scanner and the XML parser) report, element
 * by element; it builds the cells exactly as exceljs's reading did, where exceljs followed Excel.
 * `open` and `close` throw Done once the cells and merges are read.
 */
class SheetBuilder {
  readonly rows = new Map<number, RowCells>();
  readonly merges: Rect[] = [];
  /** Shared formulas by their si: the master's formula and position. */
  private readonly masters = new Map<string, { formula: string; row: number; col: number }>();
  private count = 0;
  private depth = 0;
  /** Whether </sheetData> has been read (Excel refuses a part whose elements are out of order). */
  private cellsRead = false;
  // The row and cell being read.
  private rowNumber = 0;
  private row: RowCells | undefined;
  private col = 0;
  private type: string | undefined;
  private inCell = false;
  private v: string | undefined;
  private f: string | undefined;
  private fType: string | undefined;
  private fRef: string | undefined;
  private fSi: string | undefined;
  private inline: RstText | undefined;
  private reading: "v" | "f" | undefined;

  constructor(
    private readonly strings: readonly string[] | undefined,
    private readonly maxCells: number
  ) {}

  open(local: string, attr: (name: string) => string | undefined): void {
    this.depth++;
    if (this.inline) {
      this.inline.open(local);
      return;
    }
    if (this.depth === 2 && this.cellsRead && AFTER_MERGES.has(local)) throw new Done();
    switch (local) {
      case "row": {
        const r = attr("r");
        this.rowNumber = r === undefined ? this.rowNumber + 1 : parseInt(r, 10);
        this.col = 0;
        // A row given twice replaces the first, as exceljs read it.
        this.row = { values: [], formulas: [] };
        this.rows.set(this.rowNumber, this.row);
        break;
      }
      case "c": {
        if (++this.count > this.maxCells) throw new TooManyCells();
        const r = attr("r");
        this.col = r === undefined ? this.col + 1 : columnOf(r);
        if (this.col < 1) throw new XmlProblem(`cell reference ${r ?? ""}`);
        this.type = attr("t");
        this.inCell = true;
        this.v = this.f = this.fType = this.fRef = this.fSi = undefined;
        break;
      }
      case "v":
        if (this.inCell) this.reading = "v";
        break;
      case "f":
        if (this.inCell) {
          this.reading = "f";
          this.fType = attr("t");
          this.fRef = attr("ref");
          this.fSi = attr("si");
        }
        break;
      case "is":
        if (this.inCell) this.inline = new RstText();
        break;
      case "mergeCell": {
        const rect = rectOf(attr("ref") ?? "");
        if (rect) this.merges.push(rect);
        break;
      }
      default:
        break;
    }
  }

  text(t: string): void {
    if (this.inline) this.inline.text(t);
    else if (this.reading === "v") this.v = this.v === undefined ? t : this.v + t;
    else if (this.reading === "f") this.f = this.f === undefined ? t : this.f + t;
  }

  close(local: string): void {
    this.depth--;
    if (this.depth === 1 && local === "sheetData") this.cellsRead = true;
    if (this.depth === 1 && local === "mergeCells" && this.cellsRead) throw new Done();
    if (this.inline) {
      if (local !== "is") {
        this.inline.close(local);
        return;
      }
      const text = this.inline.value();
      this.inline = undefined;
      // An empty inline string is no value, as an empty <v>.
      if (text !== "") this.v = text;
      return;
    }
    if (local === "v" || local === "f") {
      this.reading = undefined;
      return;
    }
    if (local !== "c" || !this.inCell) return;
    this.inCell = false;
    this.endCell();
  }

  private endCell(): void {
    const { f, fType, fSi, fRef, col, row } = this;
    const value = cellValue(this.v, this.type, this.strings);
    let formula: GridValue = value;
    if (f) {
      formula = `=${f}`;
      if (fType === "shared" && fRef !== undefined && fSi !== undefined)
        this.masters.set(fSi, { formula: f, row: this.rowNumber, col });
    } else if (fType === "shared" && fSi !== undefined) {
      // A master names the range (ref) it covers; a dependent carries only its si.
      if (fRef !== undefined) this.masters.delete(fSi);
      else {
        const master = this.masters.get(fSi);
        if (master) {
          const moved = translateFormula(
            master.formula,
            this.rowNumber - master.row,
            col - master.col
          );
          formula = `=${moved}`;
        }
      }
    }
    if (!row) return;
    if (value === "" && formula === "") {
      // A blank cell given again after a filled one (duplicate reference) empties it.
      row.values[col - 1] = undefined;
      row.formulas[col - 1] = undefined;
    } else {
      row.values[col - 1] = value;
      row.formulas[col - 1] = formula;
    }
  }

  /** The grid, once the part is read: merged cells blanked, rows made dense. */
  finish(): SheetCells {
    const { merges, rows } = this;
    // A merged cell other than the top-left one is blank in Excel, whatever the part holds there.
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      // Overlapping merges are a broken part (exceljs refused them, Excel repairs the file).
      for (let j = 0; j < i; j++) {
        const o = merges[j];
        if (m.left <= o.right && m.right >= o.left && m.top <= o.bottom && m.bottom >= o.top)
          throw new XmlProblem("overlapping merged cells");
      }
      blankMerged(rows, m);
    }
    return gridOf(rows);
  }
}

/** Parts up to this size are read by the scanner (one string); larger ones are streamed. */
const SCAN_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Reads one worksheet part into the values and formulas of its used range from A1, exactly the
 * shape the CLI's grids have always had: each row as long as its last cell, empty rows sharing
 * one empty array, the first row as wide as the used range. Every <c> is counted as it is read
 * (TooManyCells past `maxCells`); a part that is not well-formed XML, or a cell pointing at a
 * shared string that does not exist, is an XmlProblem.
 *
 * The part is read by a strict scanner (xlsx-scan.ts) that knows the plain XML Excel and
 * LibreOffice write; at anything else (a comment, CDATA, an unknown entity, a name or character
 * it does not check itself) it gives up and the streaming XML parser reads the part from the
 * start, so both give the same cells and the parser alone decides what is not well-formed.
 */
export function readSheetCells(
  part: Buffer,
  strings: readonly string[] | undefined,
  maxCells: number,
  /** false: the XML parser only (the tests compare both readers). */
  scan = true
): SheetCells {
  if (scan && part.length <= SCAN_MAX_BYTES) {
    const fast = new SheetBuilder(strings, maxCells);
    try {
      if (scanPart(part, fast)) return fast.finish();
    } catch (e) {
      if (e instanceof Done) return fast.finish();
      if (!(e instanceof ScanGaveUp)) throw e;
    }
  }
  const b = new SheetBuilder(strings, maxCells);
  const p = parser();
  p.on("opentag", (tag: SaxesTagPlain) =>
    b.open(localName(tag.name), (name) => tag.attributes[name])
  );
  p.on("text", (t) => b.text(t));
  p.on("cdata", (t) => b.text(t));
  p.on("closetag", (tag: SaxesTagPlain) => b.close(localName(tag.name)));
  try {
    feedPart(p, part);
  } catch (e) {
    if (!(e instanceof Done)) throw e;
  }
  return b.finish();
}

/** The cached value of a cell as range.values reports it ("" for none). */
function cellValue(
  v: string | undefined,
  type: string | undefined,
  strings: readonly string[] | undefined
): GridValue {
  if (v === undefined || v === "") return "";
  switch (type) {
    case "s": {
      const text = strings?.[parseInt(v, 10)];
      if (text === undefined) throw new XmlProblem(`shared string ${v}`);
      return text;
    }
    case "str":
    case "inlineStr":
      return v;
    case "b":
      return parseInt(v, 10) !== 0;
    case "e":
      return v;
    case "d":
      return isoSerial(v);
    default:
      return parseFloat(v);
  }
}

function blankMerged(rows: Map<number, RowCells>, m: Rect): void {
  const clear = (r: number, row: RowCells) => {
    const from = r === m.top ? m.left + 1 : m.left;
    const last = Math.min(m.right, row.values.length);
    for (let c = from; c <= last; c++) {
      row.values[c - 1] = undefined;
      row.formulas[c - 1] = undefined;
    }
  };
  if (m.bottom - m.top < rows.size) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = rows.get(r);
      if (row) clear(r, row);
    }
  } else {
    for (const [r, row] of rows) if (r >= m.top && r <= m.bottom) clear(r, row);
  }
}

/** The dense arrays of the grid from the sparse rows. */
function gridOf(rows: Map<number, RowCells>): SheetCells {
  let height = 0;
  let width = 0;
  const dense = new Map<number, { values: GridValue[]; formulas: GridValue[] }>();
  for (const [r, row] of rows) {
    let last = row.values.length;
    while (last > 0 && row.values[last - 1] === undefined) last--;
    if (last === 0 || !(r >= 1)) continue;
    const values: GridValue[] = new Array<GridValue>(last);
    const formulas: GridValue[] = new Array<GridValue>(last);
    for (let c = 0; c < last; c++) {
      const value = row.values[c];
      values[c] = value === undefined ? "" : value;
      formulas[c] = value === undefined ? "" : (row.formulas[c] as GridValue);
    }
    dense.set(r, { values, formulas });
    height = Math.max(height, r);
    width = Math.max(width, last);
  }
  const values: GridValue[][] = new Array<GridValue[]>(height);
  const formulas: GridValue[][] = new Array<GridValue[]>(height);
  for (let r = 0; r < height; r++) {
    const row = dense.get(r + 1);
    values[r] = row?.values ?? EMPTY_ROW;
    formulas[r] = row?.formulas ?? EMPTY_ROW;
  }
  if (height > 0) {
    const first = [...values[0]];
    const firstF = [...formulas[0]];
    while (first.length < width) {
      first.push("");
      firstF.push("");
    }
    values[0] = first;
    formulas[0] = firstF;
  }
  return { values, formulas };
}
