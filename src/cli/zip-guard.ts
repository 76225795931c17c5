import { inflateRawSync } from "node:zlib";

/**
 * The zip directory of an .xlsx, read straight from the bytes before anything is inflated, so a
 * zip bomb or an oversized package is refused by what its directory declares, and an entry that
 * inflates to more than it declared is stopped at that size (zlib's maxOutputLength), never
 * inflated in full.
 */

/** Most parts a package may have (a real workbook has tens to a few thousand). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Largest total of the parts once inflated. */
export const MAX_UNCOMPRESSED_MB = 400;
/** Largest single part once inflated (a sheet of about 5,000,000 cells). */
export const MAX_PART_MB = 300;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why a package is refused: "tooLarge" for declared sizes over the limits, "corrupt" otherwise. */
export class ZipProblem extends Error {
  constructor(readonly kind: "tooLarge" | "corrupt") {
    super(kind);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEocd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, buf.length - 22 - 65_535);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipProblem("corrupt");
}

function safeNumber(big: bigint): number {
  if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipProblem("tooLarge");
  return Number(big);
}

/** Reads the central directory; throws ZipProblem before any entry is inflated. */
export function readZipDirectory(
  buf: Buffer,
  limits = {
    entries: MAX_ZIP_ENTRIES,
    total: MAX_UNCOMPRESSED_MB * 1024 * 1024,
    part: MAX_PART_MB * 1024 * 1024,
  }
): ZipEntry[] {
  if (buf.length < 22) throw new ZipProblem("corrupt");
  const eocd = findEocd(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== ZIP64_LOCATOR) throw new ZipProblem("corrupt");
    const z64 = safeNumber(buf.readBigUInt64LE(loc + 8));
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== ZIP64_EOCD)
      throw new ZipProblem("corrupt");
    count = safeNumber(buf.readBigUInt64LE(z64 + 32));
    cdSize = safeNumber(buf.readBigUInt64LE(z64 + 40));
    cdOffset = safeNumber(buf.readBigUInt64LE(z64 + 48));
  }
  if (count > limits.entries) throw new ZipProblem("tooLarge");
  if (cdOffset + cdSize > buf.length) throw new ZipProblem("corrupt");
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipProblem("corrupt");
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > buf.length) throw new ZipProblem("corrupt");
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    // ZIP64 extra field: the 64-bit sizes, in order, for the fields that hold 0xFFFFFFFF.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = buf.readUInt16LE(x);
      const size = buf.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const next = () => {
          if (q + 8 > x + 4 + size) throw new ZipProblem("corrupt");
          const v = safeNumber(buf.readBigUInt64LE(q));
          q += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      x += 4 + size;
    }
    if (uncompressedSize > limits.part) throw new ZipProblem("tooLarge");
    total += uncompressedSize;
    if (total > limits.total) throw new ZipProblem("tooLarge");
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = end;
  }
  return entries;
}

/**
 * Inflates one entry, never to more than the size its directory declares: a part that would
 * inflate beyond it is a lying bomb and refused as too large.
 */
export function inflateEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const h = entry.localHeaderOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== LOCAL) throw new ZipProblem("corrupt");
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipProblem("corrupt");
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) throw new ZipProblem("corrupt");
    return data;
  }
  if (entry.method !== 8) throw new ZipProblem("corrupt");
  let out: Buffer;
  try {
    // One byte more than declared: if zlib fills it, the entry lied about its size.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      throw new ZipProblem("tooLarge");
    throw new ZipProblem("corrupt");
  }
  if (out.length > entry.uncompressedSize) throw new ZipProblem("tooLarge");
  if (out.length !== entry.uncompressedSize) throw new ZipProblem("corrupt");
  return out;
}
