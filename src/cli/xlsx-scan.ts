/**
 * A strict scanner of the plain XML that Excel, LibreOffice and exceljs write for a worksheet:
 * elements, attributes in quotes, text with the five named entities and character references,
 * processing instructions. Several times faster than a general XML parser on a sheet part, it
 * reports the same elements, attributes and text; at anything it does not check itself (a
 * comment, CDATA, a DOCTYPE, an unknown entity, a name outside ASCII, a character XML forbids,
 * a line break inside an attribute, mismatched tags) it throws ScanGaveUp, and the caller reads
 * the part with the streaming XML parser instead, which then decides what is well-formed.
 */

/** Thrown when the part holds something the scanner leaves to the XML parser. */
export class ScanGaveUp extends Error {}

export interface ScanSink {
  open(local: string, attr: (name: string) => string | undefined): void;
  text(text: string): void;
  close(local: string): void;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?$/;
/** Characters XML forbids, carriage returns (which a parser normalizes), and "]]>" in text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSUAL_TEXT = /[\x00-\x08\x0B\x0C\x0E-\x1F\r\uFFFE\uFFFF]|\]\]>/;
/** The same in an attribute value, plus tabs and line feeds (which a parser turns to spaces). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSUAL_ATTRIBUTE = /[\x00-\x1F\uFFFE\uFFFF]/;

function gaveUp(): never {
  throw new ScanGaveUp();
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

function validChar(code: number): boolean {
  return (
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

const ENTITY = /&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});/g;
const OTHER_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)/;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text with its entities replaced; gives up at any entity but the predefined ones. */
function decodeEntities(s: string): string {
  if (OTHER_AMPERSAND.test(s)) gaveUp();
  return s.replace(ENTITY, (_m, name: string) => {
    const named = NAMED[name];
    if (named !== undefined) return named;
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!validChar(code)) gaveUp();
    return String.fromCodePoint(code);
  });
}

function localOf(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Bytes over 0x7F, as Latin-1 characters: the text around them is re-read as UTF-8. */
const HIGH = /[\x80-\xff]/;

/**
 * Scans a part, reporting to `sink`; returns true at the end of a complete document. A sink may
 * stop the scan by throwing (its exception passes through). The part is read as Latin-1 (one
 * character per byte, many times faster to make than UTF-8 text): the markup is ASCII, so an
 * offset in the text is an offset in the bytes, and the text and attribute values holding bytes
 * over 0x7F are decoded from the bytes as UTF-8 (their bounds are ASCII, so whole characters).
 */
export function scanPart(part: Buffer, sink: ScanSink): boolean {
  const xml = part.toString("latin1");
  return scanXml(xml, sink, (from, to) => {
    const raw = xml.slice(from, to);
    return HIGH.test(raw) ? part.toString("utf8", from, to) : raw;
  });
}

/** Scans text (already decoded; `slice` gives its pieces, by default as they are). */
export function scanXml(
  xml: string,
  sink: ScanSink,
  slice: (from: number, to: number) => string = (from, to) => xml.slice(from, to)
): boolean {
  const n = xml.length;
  const stack: string[] = [];
  let rootSeen = false;
  let i = 0;
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) gaveUp();
    i = end + 2;
  }
  const names: string[] = [];
  const values: string[] = [];
  const attr = (name: string): string | undefined => {
    for (let k = 0; k < names.length; k++) if (names[k] === name) return values[k];
    return undefined;
  };
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = slice(i, textEnd);
      if (stack.length === 0) {
        if (raw.trim() !== "") gaveUp();
      } else {
        if (UNUSUAL_TEXT.test(raw)) gaveUp();
        sink.text(raw.indexOf("&") < 0 ? raw : decodeEntities(raw));
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63) {
      // A processing instruction: not part of the cells.
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) gaveUp();
      i = end + 2;
      continue;
    }
    if (next === 33) gaveUp(); // <!-- -->, <![CDATA[, <!DOCTYPE
    if (next === 47) {
      const gt = xml.indexOf(">", lt + 2);
      if (gt < 0) gaveUp();
      const name = xml.slice(lt + 2, gt).trimEnd();
      if (stack.pop() !== name) gaveUp();
      sink.close(localOf(name));
      i = gt + 1;
      continue;
    }
    // An opening tag: its name, then attributes until ">" or "/>".
    let j = lt + 1;
    while (j < n) {
      const c = xml.charCodeAt(j);
      if (isSpace(c) || c === 47 || c === 62) break;
      j++;
    }
    const name = xml.slice(lt + 1, j);
    if (!NAME.test(name)) gaveUp();
    names.length = 0;
    values.length = 0;
    let selfClosing = false;
    for (;;) {
      const before = j;
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      if (j >= n) gaveUp();
      const c = xml.charCodeAt(j);
      if (c === 62) {
        j++;
        break;
      }
      if (c === 47) {
        if (xml.charCodeAt(j + 1) !== 62) gaveUp();
        selfClosing = true;
        j += 2;
        break;
      }
      // Attributes are separated by white space.
      if (j === before) gaveUp();
      const eq = xml.indexOf("=", j);
      if (eq < 0) gaveUp();
      const attrName = xml.slice(j, eq).trimEnd();
      if (!NAME.test(attrName) || attr(attrName) !== undefined) gaveUp();
      j = eq + 1;
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      const quote = xml.charCodeAt(j);
      if (quote !== 34 && quote !== 39) gaveUp();
      const close = xml.indexOf(quote === 34 ? '"' : "'", j + 1);
      if (close < 0) gaveUp();
      const raw = slice(j + 1, close);
      if (raw.indexOf("<") >= 0 || UNUSUAL_ATTRIBUTE.test(raw)) gaveUp();
      names.push(attrName);
      values.push(raw.indexOf("&") < 0 ? raw : decodeEntities(raw));
      j = close + 1;
    }
    if (stack.length === 0) {
      if (rootSeen) gaveUp(); // a second root element
      rootSeen = true;
    }
    const local = localOf(name);
    sink.open(local, attr);
    if (selfClosing) sink.close(local);
    else stack.push(name);
    i = j;
  }
  if (stack.length > 0 || !rootSeen) gaveUp();
  return true;
}
