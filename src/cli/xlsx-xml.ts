import { StringDecoder } from "node:string_decoder";
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

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

function parser(): SaxesParser<{ xmlns: false; position: false }> {
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
  const decoder = new StringDecoder("utf8");
  const slice = 4 * 1024 * 1024;
  for (let i = 0; i < part.length; i += slice) p.write(decoder.write(part.subarray(i, i + slice)));
  p.write(decoder.end());
  p.close();
  return count;
}
