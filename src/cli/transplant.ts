import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document as XDocument, Element as XElement, Node as XNode } from "@xmldom/xmldom";
import JSZip from "jszip";
import { parseCell, parseRef, toA1 } from "../core/formula-parser/address";
import type { SheetPlan } from "../core/sheet/types";
import { parseNameReference, sameSheet } from "../core/formula-parser/name-reference";
import type { UnsupportedWords } from "../core/messages";
import { messages, type Lang } from "./messages";
import type { XlsxPackage } from "./xlsx-read";
import { SHEET_ORDER } from "./ooxml-order";

/**
 * `iku generate --update` as a surgical edit of the package. exceljs makes the new IKU sheet in
 * memory (a one-sheet workbook); this module moves into the original package only what the
 * add-in owns: the IKU sheet's part, the defined names it created and the styles that sheet
 * needs (appended, so every existing style index stays valid). Every other part is carried over
 * as it was. On the old IKU sheet, what lies outside the table (cells, comments, drawings,
 * validations, merges, widths, heights, links) and its protection (hash included) are kept;
 * what cannot be kept is refused before anything is written, listed with where it is.
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const WORKSHEET_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** Something on the old sheet or in the package that the update cannot keep. */
export class TransplantRefused extends Error {
  constructor(readonly items: string[]) {
    super(items.join("; "));
  }
}

class XmlBroken extends Error {}

export function parseXml(text: string): XDocument {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new XmlBroken(message);
    },
  }).parseFromString(text, "text/xml");
}

function serialize(doc: XDocument): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith("<?xml")
    ? text
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

function local(n: XNode): string {
  return (n as XElement).localName ?? n.nodeName;
}

function kids(parent: XNode | null | undefined, name?: string): XElement[] {
  const out: XElement[] = [];
  if (!parent) return out;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (name === undefined || local(c) === name)) out.push(c as XElement);
  }
  return out;
}

function kid(parent: XNode | null | undefined, name: string): XElement | undefined {
  return kids(parent, name)[0];
}

/** Inserts `el` into `parent` at the place the schema's child order gives it. */
function insertInOrder(parent: XElement, el: XNode, order: readonly string[]): void {
  const rank = order.indexOf(local(el));
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1) continue;
    const r = order.indexOf(local(c));
    if (r > rank) {
      parent.insertBefore(el, c);
      return;
    }
  }
  parent.appendChild(el);
}

/** Old-sheet elements kept as they were (the plan writes none of them). */
const KEPT_AS_IS = new Set([
  "sheetCalcPr",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "phoneticPr",
  "hyperlinks",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
]);

/** Old-sheet elements the plan rewrites (its layout, view and print setup). */
const PLAN_OWNED = new Set([
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "printOptions",
  "pageMargins",
  "pageSetup",
]);

/** CT_Stylesheet's child order. */
const STYLE_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

interface Box {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** A reference's rectangle, rows and columns 1-based as in the sheet's XML. */
function boxOf(ref: string): Box | undefined {
  const parsed = parseRef(ref.replace(/\$/g, ""));
  if (!parsed) return undefined;
  return {
    r0: parsed.start.row + 1,
    r1: parsed.end.row + 1,
    c0: parsed.start.col + 1,
    c1: parsed.end.col + 1,
  };
}

/** 1-based column of a cell reference (0 when unreadable). */
function colOf(ref: string): number {
  return (parseCell(ref)?.col ?? -1) + 1;
}

/** "inside" the table, "outside", or "across" its edge (an sqref may hold several ranges). */
function where(sqref: string, table: Box): "inside" | "outside" | "across" {
  let inside = 0;
  let outside = 0;
  for (const ref of sqref.trim().split(/\s+/)) {
    const b = boxOf(ref);
    if (!b) {
      outside++;
      continue;
    }
    const disjoint = b.r1 < table.r0 || b.r0 > table.r1 || b.c1 < table.c0 || b.c0 > table.c1;
    const within = b.r0 >= table.r0 && b.r1 <= table.r1 && b.c0 >= table.c0 && b.c1 <= table.c1;
    if (disjoint) outside++;
    else if (within) inside++;
    else return "across";
  }
  if (inside > 0 && outside > 0) return "across";
  return inside > 0 ? "inside" : "outside";
}

/** What the transplant reads of a plan: the IKU sheet's, or another sheet's (LKjIP). */
export type TransplantPlan = Pick<SheetPlan, "sheetName" | "cells" | "range" | "names">;

export interface TransplantInput {
  original: XlsxPackage;
  /** The old IKU sheet (its name in the workbook and its part), when updating one. */
  oldSheet?: { name: string; part: string };
  /**
   * The old sheet's plan when known: its table is the add-in's too (a table made from a larger
   * catalogue is replaced as a whole, not carried as the user's content).
   */
  oldPlan?: TransplantPlan;
  /** The workbook exceljs wrote with the new IKU sheet as its only sheet. */
  generated: Buffer;
  plan: TransplantPlan;
  /**
   * Workbook-scoped names the add-in owns (an exact list, upper case: addinNames), removed before
   * the plan's are added.
   */
  ownedNames: ReadonlySet<string>;
  /** Addresses on the old sheet whose value moved into the new table (inputs/targets). */
  consumed: ReadonlySet<string>;
  lang: Lang;
  /**
   * Names of further sheets of the generated workbook (its 2nd, 3rd… sheets, in order) to add to
   * the package as new sheets after the IKU sheet, e.g. the Katalog IKU of --katalog.
   */
  extraSheets?: readonly string[];
}

async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** Appends the generated styles to the original ones; returns the index maps. */
function mergeStyles(orig: XDocument, gen: XDocument) {
  const oRoot = orig.documentElement!;
  const gRoot = gen.documentElement!;
  const ensure = (name: string): XElement => {
    let el = kid(oRoot, name);
    if (!el) {
      el = orig.createElementNS(MAIN_NS, name);
      insertInOrder(oRoot, el, STYLE_ORDER);
    }
    return el;
  };
  const setCount = (el: XElement) => el.setAttribute("count", String(kids(el).length));

  // Number formats: the same code reuses the original id, a new one gets a free id (≥ 164).
  const numFmtMap = new Map<string, string>();
  const oFmts = kid(oRoot, "numFmts");
  const byCode = new Map<string, string>();
  let maxId = 163;
  for (const f of kids(oFmts, "numFmt")) {
    byCode.set(f.getAttribute("formatCode") ?? "", f.getAttribute("numFmtId") ?? "");
    maxId = Math.max(maxId, Number(f.getAttribute("numFmtId")) || 0);
  }
  for (const f of kids(kid(gRoot, "numFmts"), "numFmt")) {
    const id = f.getAttribute("numFmtId") ?? "";
    const code = f.getAttribute("formatCode") ?? "";
    const existing = byCode.get(code);
    if (existing !== undefined) numFmtMap.set(id, existing);
    else {
      const nid = String(++maxId);
      const el = orig.importNode(f, true) as XElement;
      el.setAttribute("numFmtId", nid);
      const list = ensure("numFmts");
      list.appendChild(el);
      setCount(list);
      byCode.set(code, nid);
      numFmtMap.set(id, nid);
    }
  }
  // An entry equal to one the original already has is reused, so repeated updates do not grow
  // the style table.
  const xml = new XMLSerializer();
  const appendAll = (name: string, item: string): number[] => {
    const gen = kids(kid(gRoot, name), item);
    if (gen.length === 0) return [];
    const list = ensure(name);
    const known = new Map<string, number>();
    kids(list, item).forEach((el, i) => {
      const key = xml.serializeToString(el);
      if (!known.has(key)) known.set(key, i);
    });
    const out = gen.map((g) => {
      const el = orig.importNode(g, true) as XElement;
      const key = xml.serializeToString(el);
      const found = known.get(key);
      if (found !== undefined) return found;
      list.appendChild(el);
      const index = kids(list, item).length - 1;
      known.set(key, index);
      return index;
    });
    setCount(list);
    return out;
  };
  const fonts = appendAll("fonts", "font");
  const fills = appendAll("fills", "fill");
  const borders = appendAll("borders", "border");
  const dxfs = appendAll("dxfs", "dxf");
  const xfList = ensure("cellXfs");
  const knownXf = new Map<string, number>();
  kids(xfList, "xf").forEach((el, i) => {
    const key = xml.serializeToString(el);
    if (!knownXf.has(key)) knownXf.set(key, i);
  });
  const xfMap = kids(kid(gRoot, "cellXfs"), "xf").map((g) => {
    const xf = orig.importNode(g, true) as XElement;
    const remap = (attr: string, map: (v: string) => string) => {
      const v = xf.getAttribute(attr);
      if (v !== null && v !== "") xf.setAttribute(attr, map(v));
    };
    remap("fontId", (v) => String(fonts[Number(v)] ?? 0));
    remap("fillId", (v) => String(fills[Number(v)] ?? 0));
    remap("borderId", (v) => String(borders[Number(v)] ?? 0));
    remap("numFmtId", (v) => numFmtMap.get(v) ?? v);
    xf.setAttribute("xfId", "0");
    const key = xml.serializeToString(xf);
    const found = knownXf.get(key);
    if (found !== undefined) return found;
    xfList.appendChild(xf);
    const index = kids(xfList, "xf").length - 1;
    knownXf.set(key, index);
    return index;
  });
  setCount(xfList);
  return {
    xf: (i: number) => xfMap[i] ?? 0,
    dxf: (i: number) => dxfs[i] ?? i,
  };
}

/** The shared strings of the generated workbook, in order. */
function sharedStrings(doc: XDocument | undefined): string[] {
  if (!doc) return [];
  return kids(doc.documentElement, "si").map((si) => {
    const t = kid(si, "t");
    if (t) return t.textContent ?? "";
    return kids(si, "r")
      .map((r) => kid(r, "t")?.textContent ?? "")
      .join("");
  });
}

function rowNumber(row: XElement): number {
  return Number(row.getAttribute("r"));
}

function cellRef(c: XElement): string {
  return c.getAttribute("r") ?? "";
}

/**
 * Builds the new package. Throws TransplantRefused (nothing written) when something of the old
 * sheet or the package cannot be kept.
 */
export async function transplant(input: TransplantInput): Promise<Buffer> {
  const { original, plan, lang } = input;
  const t = messages(lang).unsupported;
  const refused: string[] = [];
  const zip = original.zip;
  const gen = await JSZip.loadAsync(input.generated);
  const genSheet = parseXml((await partText(gen, "xl/worksheets/sheet1.xml")) ?? "");
  const genStyles = parseXml((await partText(gen, "xl/styles.xml")) ?? "");
  const genSst = await partText(gen, "xl/sharedStrings.xml");
  const strings = sharedStrings(genSst ? parseXml(genSst) : undefined);
  const genWorkbook = parseXml((await partText(gen, "xl/workbook.xml")) ?? "");

  const wbText = await partText(zip, "xl/workbook.xml");
  const workbook = parseXml(wbText ?? "");
  const wbRoot = workbook.documentElement!;
  if (wbRoot.namespaceURI !== MAIN_NS) throw new TransplantRefused([t.strict]);
  const stylesText = await partText(zip, "xl/styles.xml");
  // A package without a styles part (allowed, rare) gets one: the generated styles merged into
  // an empty style sheet keep their own indices.
  const styles = parseXml(stylesText ?? `<styleSheet xmlns="${MAIN_NS}"/>`);
  if (stylesText === undefined) {
    for (const name of ["cellStyleXfs", "cellStyles"]) {
      const el = kid(genStyles.documentElement, name);
      if (el) insertInOrder(styles.documentElement!, styles.importNode(el, true), STYLE_ORDER);
    }
    await addWorkbookRelationship(zip, "xl/styles.xml", STYLES_REL);
    await addContentType(zip, "xl/styles.xml", STYLES_CT);
  }

  const range = boxOf(plan.range);
  if (!range) throw new Error(`Plan range ${plan.range} is not a range`);
  const oldRange = input.oldSheet && input.oldPlan ? boxOf(input.oldPlan.range) : undefined;
  const table: Box = oldRange
    ? {
        r0: Math.min(range.r0, oldRange.r0),
        c0: Math.min(range.c0, oldRange.c0),
        r1: Math.max(range.r1, oldRange.r1),
        c1: Math.max(range.c1, oldRange.c1),
      }
    : range;

  const map = mergeStyles(styles, genStyles);
  adoptSheet(genSheet, map, strings);

  let sheetPart: string;
  let sheetIndex: number;
  const sheetsEl = kid(wbRoot, "sheets")!;
  const sheetEls = kids(sheetsEl, "sheet");
  if (input.oldSheet) {
    sheetPart = input.oldSheet.part;
    sheetIndex = original.sheetNames.indexOf(input.oldSheet.name);
    const oldText = (await partText(zip, sheetPart)) ?? "";
    const old = parseXml(oldText);
    carryOldSheet(
      old,
      genSheet,
      table,
      plan,
      input.oldPlan,
      input.consumed,
      t,
      refused,
      original,
      sheetPart
    );
    // The name as the user asked (it may differ from the old one in case only).
    sheetEls[sheetIndex]?.setAttribute("name", plan.sheetName);
  } else {
    sheetIndex = sheetEls.length;
    sheetPart = await addSheet(zip, workbook, plan.sheetName);
  }
  const extras = input.extraSheets ?? [];
  const lockedStructure =
    original.workbook.protection?.lockStructure === "1" ||
    original.workbook.protection?.lockStructure === "true";
  if (lockedStructure && (!input.oldSheet || extras.length > 0)) refused.push(t.structure);
  if (refused.length > 0) throw new TransplantRefused(refused);
  for (const [i, name] of extras.entries()) {
    const extra = parseXml((await partText(gen, `xl/worksheets/sheet${i + 2}.xml`)) ?? "");
    adoptSheet(extra, map, strings);
    zip.file(await addSheet(zip, workbook, name), serialize(extra));
  }

  // Defined names: the add-in's own (exact list) and the IKU sheet's print titles are replaced.
  let names = kid(wbRoot, "definedNames");
  if (!names) {
    names = workbook.createElementNS(MAIN_NS, "definedNames");
    insertInOrder(wbRoot, names, WORKBOOK_ORDER);
  }
  // Only the IKU sheet's: its own (sheet-scoped) names, and the workbook-wide ones that refer to
  // it (a one-year workbook made before names were sheet-scoped: upgraded) or to no sheet left;
  // another year's sheet keeps its names.
  const oldName = input.oldSheet?.name;
  for (const dn of kids(names, "definedName")) {
    const name = dn.getAttribute("name") ?? "";
    const scope = dn.getAttribute("localSheetId");
    const owned = input.ownedNames.has(name.toUpperCase());
    const ref = parseNameReference(dn.textContent ?? "");
    const refersHere =
      ref === null ||
      !original.sheetNames.some((s) => sameSheet(s, ref.sheet)) ||
      (oldName !== undefined && sameSheet(ref.sheet, oldName));
    const ours =
      (owned && scope === null && refersHere) ||
      (owned && scope === String(sheetIndex)) ||
      (name === "_xlnm.Print_Titles" && scope === String(sheetIndex));
    if (ours) names.removeChild(dn);
  }
  // The plan's names are the IKU sheet's own (sheet-scoped), as the pane writes them.
  const planNames = new Set(plan.names.map((n) => n.name.toUpperCase()));
  for (const dn of kids(kid(genWorkbook.documentElement, "definedNames"), "definedName")) {
    const el = workbook.importNode(dn, true) as XElement;
    if (
      el.getAttribute("localSheetId") !== null ||
      planNames.has((el.getAttribute("name") ?? "").toUpperCase())
    )
      el.setAttribute("localSheetId", String(sheetIndex));
    names.appendChild(el);
  }
  // Excel recalculates on open, so cached results older than the inputs are refreshed.
  let calc = kid(wbRoot, "calcPr");
  if (!calc) {
    calc = workbook.createElementNS(MAIN_NS, "calcPr");
    insertInOrder(wbRoot, calc, WORKBOOK_ORDER);
  }
  calc.setAttribute("fullCalcOnLoad", "1");

  zip.file(sheetPart, serialize(genSheet));
  zip.file("xl/styles.xml", serialize(styles));
  zip.file("xl/workbook.xml", serialize(workbook));
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

/**
 * A workbook exceljs wrote, with the plan's names made the sheet's own (localSheetId of the
 * sheet at `sheetIndex`): exceljs writes every name it is given workbook-scoped.
 */
export async function scopePlanNames(
  bytes: Buffer,
  plan: SheetPlan,
  sheetIndex: number
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = parseXml((await partText(zip, "xl/workbook.xml")) ?? "");
  const planNames = new Set(plan.names.map((n) => n.name.toUpperCase()));
  for (const dn of kids(kid(workbook.documentElement, "definedNames"), "definedName")) {
    if (planNames.has((dn.getAttribute("name") ?? "").toUpperCase()))
      dn.setAttribute("localSheetId", String(sheetIndex));
  }
  zip.file("xl/workbook.xml", serialize(workbook));
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

/**
 * A generated sheet made ready for the original package: text as inline strings (the original's
 * string table is left as it was), style indices moved to where the merge appended them.
 */
function adoptSheet(
  doc: XDocument,
  map: ReturnType<typeof mergeStyles>,
  strings: readonly string[]
): void {
  const sheet = doc.documentElement!;
  for (const row of kids(kid(sheet, "sheetData"), "row")) {
    if (row.getAttribute("s")) row.setAttribute("s", String(map.xf(Number(row.getAttribute("s")))));
    for (const c of kids(row, "c")) {
      const s = c.getAttribute("s");
      if (s) c.setAttribute("s", String(map.xf(Number(s))));
      if (c.getAttribute("t") === "s") {
        const v = kid(c, "v");
        const text = strings[Number(v?.textContent ?? "-1")] ?? "";
        if (v) c.removeChild(v);
        c.setAttribute("t", "inlineStr");
        const is = doc.createElementNS(MAIN_NS, "is");
        const te = doc.createElementNS(MAIN_NS, "t");
        te.setAttribute("xml:space", "preserve");
        te.appendChild(doc.createTextNode(text));
        is.appendChild(te);
        c.appendChild(is);
      }
    }
  }
  for (const col of kids(kid(sheet, "cols"), "col")) {
    const s = col.getAttribute("style");
    if (s) col.setAttribute("style", String(map.xf(Number(s))));
  }
  for (const cf of kids(sheet, "conditionalFormatting")) {
    for (const rule of kids(cf, "cfRule")) {
      const d = rule.getAttribute("dxfId");
      if (d !== null) rule.setAttribute("dxfId", String(map.dxf(Number(d))));
    }
  }
  const dim = kid(sheet, "dimension");
  if (dim) sheet.removeChild(dim);
}

/** Adds a new worksheet part and its <sheet> entry, last in the workbook; returns the part. */
async function addSheet(zip: JSZip, workbook: XDocument, name: string): Promise<string> {
  const sheetsEl = kid(workbook.documentElement, "sheets")!;
  let n = 1;
  while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  // Reserved now, so the next sheet added gets another part.
  zip.file(part, "");
  const rid = await addWorkbookRelationship(zip, part, WORKSHEET_REL);
  await addContentType(zip, part, WORKSHEET_CT);
  const el = workbook.createElementNS(MAIN_NS, "sheet");
  el.setAttribute("name", name);
  const ids = kids(sheetsEl, "sheet").map((s) => Number(s.getAttribute("sheetId")) || 0);
  el.setAttribute("sheetId", String(Math.max(0, ...ids) + 1));
  el.setAttributeNS(REL_NS, "r:id", rid);
  sheetsEl.appendChild(el);
  return part;
}

/** Merges what the old sheet holds outside the table into the new sheet (see the module doc). */
function carryOldSheet(
  old: XDocument,
  gen: XDocument,
  table: Box,
  plan: TransplantPlan,
  oldPlan: TransplantPlan | undefined,
  consumed: ReadonlySet<string>,
  t: UnsupportedWords,
  refused: string[],
  original: XlsxPackage,
  part: string
): void {
  const oRoot = old.documentElement!;
  const nRoot = gen.documentElement!;
  // Namespaces the old elements may use (x14, mc, …) declared on the new root too.
  for (let i = 0; i < oRoot.attributes.length; i++) {
    const a = oRoot.attributes.item(i)!;
    if (a.name.startsWith("xmlns") && !nRoot.hasAttribute(a.name))
      nRoot.setAttribute(a.name, a.value);
  }
  const ign = [oRoot.getAttribute("mc:Ignorable"), nRoot.getAttribute("mc:Ignorable")]
    .filter((v): v is string => !!v)
    .flatMap((v) => v.split(/\s+/));
  if (ign.length > 0) nRoot.setAttribute("mc:Ignorable", [...new Set(ign)].join(" "));

  // The old plan's labels and formulas are the add-in's as well (a larger old table); its input
  // and target cells stay the user's unless their value moved into the new table (consumed).
  const oldOwn = (oldPlan?.cells ?? []).filter((c) => c.role !== "input" && c.role !== "target");
  const planCells = new Set([...plan.cells, ...oldOwn].map((c) => c.address));
  const newMerges = kids(kid(nRoot, "mergeCells"), "mergeCell").map(
    (m) => m.getAttribute("ref") ?? ""
  );
  const mergedBoxes = newMerges.map(boxOf).filter((b): b is Box => b !== undefined);
  const hiddenByMerge = (r: number, c: number) =>
    mergedBoxes.some(
      (b) => r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1 && !(r === b.r0 && c === b.c0)
    );

  for (const el of kids(oRoot)) {
    const name = local(el);
    if (name === "sheetPr") {
      // The tab colour is the user's; the rest (fit to page) is the plan's.
      const tab = kid(el, "tabColor");
      const nPr = kid(nRoot, "sheetPr");
      if (tab && nPr && !kid(nPr, "tabColor"))
        nPr.insertBefore(gen.importNode(tab, true), nPr.firstChild);
    } else if (name === "cols") {
      const nCols = kid(nRoot, "cols");
      for (const col of kids(el, "col")) {
        const min = Number(col.getAttribute("min"));
        const max = Number(col.getAttribute("max"));
        if (max <= table.c1) continue;
        const copy = gen.importNode(col, true) as XElement;
        copy.setAttribute("min", String(Math.max(min, table.c1 + 1)));
        if (nCols) nCols.appendChild(copy);
        else {
          const cols = gen.createElementNS(MAIN_NS, "cols");
          cols.appendChild(copy);
          insertInOrder(nRoot, cols, SHEET_ORDER);
        }
      }
    } else if (name === "sheetData") {
      carryCells(el, gen, table, planCells, consumed, hiddenByMerge, t, refused);
    } else if (name === "sheetProtection") {
      // Protection as it was, password hash included.
      const own = kid(nRoot, "sheetProtection");
      if (own) nRoot.removeChild(own);
      insertInOrder(nRoot, gen.importNode(el, true), SHEET_ORDER);
    } else if (name === "mergeCells") {
      const keep: XElement[] = [];
      for (const m of kids(el, "mergeCell")) {
        const ref = m.getAttribute("ref") ?? "";
        const w = where(ref, table);
        if (w === "outside") keep.push(m);
        else if (w === "across") refused.push(t.across(t.merge, ref));
      }
      appendTo(gen, nRoot, "mergeCells", "mergeCell", keep);
    } else if (name === "dataValidations") {
      const keep: XElement[] = [];
      for (const dv of kids(el, "dataValidation")) {
        const ref = dv.getAttribute("sqref") ?? "";
        const w = where(ref, table);
        if (w === "outside") keep.push(dv);
        else if (w === "across") refused.push(t.across(t.validation, ref));
      }
      appendTo(gen, nRoot, "dataValidations", "dataValidation", keep);
    } else if (name === "conditionalFormatting") {
      const ref = el.getAttribute("sqref") ?? "";
      const w = where(ref, table);
      if (w === "outside") insertInOrder(nRoot, gen.importNode(el, true), SHEET_ORDER);
      else if (w === "across") refused.push(t.across(t.format, ref));
    } else if (name === "tableParts") {
      if (kids(el, "tablePart").length > 0) refused.push(`${t.table} (${part})`);
    } else if (name === "extLst") {
      const nExt = kid(nRoot, "extLst");
      if (nExt) for (const ext of kids(el)) nExt.appendChild(gen.importNode(ext, true));
      else insertInOrder(nRoot, gen.importNode(el, true), SHEET_ORDER);
    } else if (KEPT_AS_IS.has(name)) {
      if (!kid(nRoot, name)) insertInOrder(nRoot, gen.importNode(el, true), SHEET_ORDER);
    } else if (!PLAN_OWNED.has(name)) {
      refused.push(t.element(name));
    }
  }
  // The old sheet had no protection: it stays unprotected (the user took it off).
  if (!kid(oRoot, "sheetProtection")) {
    const own = kid(nRoot, "sheetProtection");
    if (own) nRoot.removeChild(own);
  }
  void original;
}

function appendTo(
  gen: XDocument,
  root: XElement,
  listName: string,
  item: string,
  items: XElement[]
): void {
  if (items.length === 0) return;
  let list = kid(root, listName);
  if (!list) {
    list = gen.createElementNS(MAIN_NS, listName);
    insertInOrder(root, list, SHEET_ORDER);
  }
  for (const i of items) list.appendChild(gen.importNode(i, true));
  list.setAttribute("count", String(kids(list, item).length));
}

/**
 * Old cells outside the plan's own cells (and not the inputs moved into the new table) are
 * carried over as they were; rows beyond the table keep their height and format.
 */
function carryCells(
  oldData: XElement,
  gen: XDocument,
  table: Box,
  planCells: ReadonlySet<string>,
  consumed: ReadonlySet<string>,
  hiddenByMerge: (r: number, c: number) => boolean,
  t: UnsupportedWords,
  refused: string[]
): void {
  const nData = kid(gen.documentElement, "sheetData")!;
  const rows = new Map(kids(nData, "row").map((r) => [rowNumber(r), r]));
  // Shared formulas whose master cell is replaced by the table cannot be carried.
  const masters = new Map<string, string>();
  for (const row of kids(oldData, "row")) {
    for (const c of kids(row, "c")) {
      const f = kid(c, "f");
      if (f?.getAttribute("t") === "shared" && f.getAttribute("ref"))
        masters.set(f.getAttribute("si") ?? "", cellRef(c));
    }
  }
  let r0 = 0;
  for (const row of kids(oldData, "row")) {
    const r = row.getAttribute("r") ? rowNumber(row) : r0 + 1;
    r0 = r;
    const carried: XElement[] = [];
    let c0 = 0;
    for (const c of kids(row, "c")) {
      // A cell without r is the one after the previous cell (allowed by the schema).
      const ref = cellRef(c) || toA1({ row: r - 1, col: c0 });
      const col = colOf(ref);
      c0 = col;
      if (planCells.has(ref) || consumed.has(ref)) continue;
      const hasContent = kid(c, "v") || kid(c, "f") || kid(c, "is");
      const outside = col === 0 || r > table.r1 || col > table.c1;
      // Inside the table only typed content is the user's; an empty styled cell is layout.
      if (!outside && !hasContent) continue;
      if (hiddenByMerge(r, col)) {
        refused.push(t.hidden(ref));
        continue;
      }
      const f = kid(c, "f");
      if (f?.getAttribute("t") === "shared" && !f.getAttribute("ref")) {
        const master = masters.get(f.getAttribute("si") ?? "");
        if (master === undefined || planCells.has(master) || consumed.has(master)) {
          refused.push(t.shared(ref));
          continue;
        }
      }
      const copy = gen.importNode(c, true) as XElement;
      copy.setAttribute("r", ref);
      carried.push(copy);
    }
    let target = rows.get(r);
    if (!target) {
      if (carried.length === 0 && r <= table.r1) continue;
      target = gen.importNode(row, false) as XElement;
      target.setAttribute("r", String(r));
      target.removeAttribute("spans");
      let before: XElement | undefined;
      for (const [n, el] of rows) if (n > r && (!before || n < rowNumber(before))) before = el;
      if (before) nData.insertBefore(target, before);
      else nData.appendChild(target);
      rows.set(r, target);
    }
    for (const copy of carried) {
      const col = colOf(cellRef(copy));
      const next = kids(target, "c").find((x) => colOf(cellRef(x)) > col);
      if (next) target.insertBefore(copy, next);
      else target.appendChild(copy);
    }
    target.removeAttribute("spans");
  }
}

async function addWorkbookRelationship(zip: JSZip, part: string, type: string): Promise<string> {
  const path = "xl/_rels/workbook.xml.rels";
  const text = await partText(zip, path);
  const doc = parseXml(text ?? `<Relationships xmlns="${PKG_REL_NS}"></Relationships>`);
  const root = doc.documentElement!;
  const ids = new Set(kids(root, "Relationship").map((r) => r.getAttribute("Id")));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const el = doc.createElementNS(PKG_REL_NS, "Relationship");
  el.setAttribute("Id", `rId${n}`);
  el.setAttribute("Type", type);
  el.setAttribute("Target", part.replace(/^xl\//, ""));
  root.appendChild(el);
  zip.file(path, serialize(doc));
  return `rId${n}`;
}

async function addContentType(zip: JSZip, part: string, contentType: string): Promise<void> {
  const path = "[Content_Types].xml";
  const doc = parseXml((await partText(zip, path)) ?? "");
  const root = doc.documentElement!;
  const el = doc.createElementNS(CT_NS, "Override");
  el.setAttribute("PartName", `/${part}`);
  el.setAttribute("ContentType", contentType);
  root.appendChild(el);
  zip.file(path, serialize(doc));
}

export { XmlBroken };
