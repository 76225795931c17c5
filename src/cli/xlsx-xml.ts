import { SaxesParser } from "saxes";
import type { SaxesTagPlain } from "saxes";

/**
 * The few parts of an .xlsx the CLI reads itself (the workbook, its relationships, and each
 * sheet's cell count), read with a streaming XML parser: linear in the size of the part,
 * strict about well-formedness, entities decoded by the parser, never by a regular expression.
 */

/** Thrown for a part that is not well-formed XML. */
export class XmlProblem extends Error {}

/** Thrown by countCells when a sheet holds more cells than the limit. */
export class TooManyCells extends Error {}

export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

export function parser(): SaxesParser<{ xmlns: false; position: false }> {
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("error", (e) => {
    throw new XmlProblem(e.message);
  });
  return p;
}

/** A <definedName> exactly as the workbook stores it. */
export interface RawDefinedName {
  name: string;
  /** The reference or formula text, without "=" (e.g. 'IKU 2026'!$J$12). */
  text: string;
  /** Index into the sheet list for a sheet-scoped name; undefined for workbook scope. */
  localSheetId?: number;
  hidden: boolean;
}

export interface WorkbookSheet {
  name: string;
  /** Relationship id of its part (r:id). */
  rid: string;
  state?: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  names: RawDefinedName[];
  /** Attributes of <workbookProtection>, or undefined when the element is absent. */
  protection?: Record<string, string>;
  /** Whether a <fileSharing> element (a password to modify) is present. */
  fileSharing: boolean;
}

/** Reads xl/workbook.xml: sheets in order, defined names, workbook protection. */
export function parseWorkbookXml(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], names: [], fileSharing: false };
  const p = parser();
  let current: { attrs: Record<string, string>; text: string } | undefined;
  p.on("opentag", (tag: SaxesTagPlain) => {
    const local = localName(tag.name);
    const a = tag.attributes;
    if (local === "sheet") {
      const rid = Object.entries(a).find(([k]) => localName(k) === "id" && k !== "sheetId")?.[1];
      info.sheets.push({ name: a.name ?? "", rid: rid ?? "", state: a.state });
    } else if (local === "definedName") {
      current = { attrs: a, text: "" };
    } else if (local === "workbookProtection") {
      info.protection = { ...a };
    } else if (local === "fileSharing") {
      info.fileSharing = true;
    }
  });
  p.on("text", (t) => {
    if (current) current.text += t;
  });
  p.on("cdata", (t) => {
    if (current) current.text += t;
  });
  p.on("closetag", (tag) => {
    if (localName(tag.name) !== "definedName" || !current) return;
    const a = current.attrs;
    if (a.name !== undefined) {
      const local = a.localSheetId;
      info.names.push({
        name: a.name,
        text: current.text,
        localSheetId: local === undefined ? undefined : Number(local),
        hidden: a.hidden === "1" || a.hidden === "true",
      });
    }
    current = undefined;
  });
  p.write(xml).close();
  return info;
}

/** Reads a relationships part: id → target path inside the package (resolved against `base`). */
export function parseRels(
  xml: string,
  base: string
): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  const p = parser();
  p.on("opentag", (tag: SaxesTagPlain) => {
    if (localName(tag.name) !== "Relationship") return;
    const { Id, Target, Type, TargetMode } = tag.attributes;
    if (!Id || Target === undefined || TargetMode === "External") return;
    out.set(Id, { target: resolvePartPath(base, Target), type: Type ?? "" });
  });
  p.write(xml).close();
  return out;
}

/** A relationship target resolved to a package path ("worksheets/sheet1.xml" from "xl/"). */
export function resolvePartPath(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const s of parts) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}

/**
 * Counts the cells (<c> elements) of a sheet part while parsing it in slices, so the count is
 * of the cells the sheet really holds, not of its bounding box; stops at the first cell over
 * `max` (TooManyCells) without reading the rest.
 */
export function countCells(part: Buffer, max: number): number {
  const p = parser();
  let count = 0;
  p.on("opentag", (tag: SaxesTagPlain) => {
    if (localName(tag.name) === "c" && ++count > max) throw new TooManyCells();
  });
  feedPart(p, part);
  return count;
}

/**
 * The UTF-8 text of buf[start, end) (both on character boundaries), exactly as
 * buf.toString("utf8", start, end), decoded faster: Node's UTF-8 decoder takes about 20 times
 * longer on a part with a few non-ASCII characters than on plain ASCII, so the ASCII runs (the
 * markup, most of the text) are decoded as Latin-1, which is the same for them, and only the
 * runs of bytes over 0x7F as UTF-8. An ASCII byte never occurs inside a multi-byte character,
 * so each such run holds whole characters (or the same invalid bytes the whole would hold).
 */
export function decodeUtf8(buf: Buffer, start = 0, end = buf.length): string {
  // Pieces joined once: a flat string, which the scanner reads character by character much
  // faster than the rope that += builds.
  const pieces: string[] = [];
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && buf[j] < 0x80) j++;
    if (j > i) pieces.push(buf.toString("latin1", i, j));
    if (j >= end) break;
    let k = j;
    while (k < end && buf[k] >= 0x80) k++;
    pieces.push(multiByteRun(buf, j, k));
    i = k;
  }
  return pieces.join("");
}

/**
 * A run of bytes over 0x7F decoded as UTF-8: well-formed 2- to 4-byte characters by hand (a
 * Buffer.toString call costs more than the few characters of a run), anything else by Node's
 * decoder, which replaces invalid bytes as it would in the whole part.
 */
function multiByteRun(buf: Buffer, start: number, end: number): string {
  const codes: number[] = [];
  let i = start;
  while (i < end) {
    const b = buf[i];
    let code: number;
    let len: number;
    if (b >= 0xc2 && b <= 0xdf) {
      len = 2;
      code = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      code = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      code = b & 0x07;
    } else return buf.toString("utf8", start, end);
    if (i + len > end) return buf.toString("utf8", start, end);
    for (let n = 1; n < len; n++) {
      const c = buf[i + n];
      if ((c & 0xc0) !== 0x80) return buf.toString("utf8", start, end);
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid: Node's decoder decides.
    const min = len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000;
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return buf.toString("utf8", start, end);
    if (code >= 0x10000) {
      code -= 0x10000;
      codes.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else codes.push(code);
    i += len;
  }
  return String.fromCharCode(...codes);
}

/**
 * Parses a part in slices of a few megabytes, so a large part is never one huge string; each
 * slice ends on a UTF-8 character boundary.
 */
export function feedPart(p: SaxesParser<{ xmlns: false; position: false }>, part: Buffer): void {
  const slice = 4 * 1024 * 1024;
  let i = 0;
  while (i < part.length) {
    let end = Math.min(part.length, i + slice);
    // Back to the start of a character: continuation bytes are 10xxxxxx.
    while (end < part.length && end > i && (part[end] & 0xc0) === 0x80) end--;
    p.write(decodeUtf8(part, i, end));
    i = end;
  }
  p.close();
}
