import { promises as fs } from "node:fs";
import zlib from "node:zlib";
import JSZip from "jszip";

/**
 * Hostile .xlsx packages built at test time (nothing large is committed): a zip written entry
 * by entry with the sizes its directory declares, so a test can make a directory tell the
 * truth or lie.
 */

export interface RawEntry {
  name: string;
  /** Deflated bytes. */
  compressed: Buffer;
  /** The size the local header and the directory declare. */
  declaredSize: number;
}

export function deflated(name: string, text: string | Buffer): RawEntry {
  const data = typeof text === "string" ? Buffer.from(text) : text;
  return { name, compressed: zlib.deflateRawSync(data), declaredSize: data.length };
}

/** `mb` megabytes of zeros, deflated a megabyte at a time (about 1 KB per MB once deflated). */
export async function deflatedZeros(mb: number): Promise<Buffer> {
  const d = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on("data", (b: Buffer) => out.push(b));
  const mbZeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mb; i++) {
    if (!d.write(mbZeros)) await new Promise((r) => d.once("drain", r));
  }
  d.end();
  await new Promise((r) => d.once("end", r));
  return Buffer.concat(out);
}

/** A zip archive of the entries (method deflate, CRC left 0: the readers under test refuse first). */
export function zipBytes(entries: RawEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(e.compressed.length, 18);
    h.writeUInt32LE(e.declaredSize, 22);
    h.writeUInt16LE(name.length, 26);
    chunks.push(h, name, e.compressed);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.compressed.length, 20);
    c.writeUInt32LE(e.declaredSize, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

const CT = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WB_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

export function workbookXml(extra = ""): string {
  return `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets>${extra}</workbook>`;
}

/** A minimal workbook whose one sheet part is `sheet` (any RawEntry named for it). */
export function packageWith(sheet: RawEntry, workbook = workbookXml()): Buffer {
  return zipBytes([
    deflated("[Content_Types].xml", CT),
    deflated("_rels/.rels", ROOT_RELS),
    deflated("xl/workbook.xml", workbook),
    deflated("xl/_rels/workbook.xml.rels", WB_RELS),
    sheet,
  ]);
}

export function sheetXml(cells: string): string {
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`;
}

/** Rewrites parts of a saved package with JSZip (for hand edits Excel would make). */
export async function editPackage(
  file: string,
  edit: (zip: JSZip) => Promise<void> | void
): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  await edit(zip);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Every part of a package, inflated, by path. */
export async function partsOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  }
  return out;
}
