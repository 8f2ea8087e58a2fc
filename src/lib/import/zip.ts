// The zip archive inside an XLSX file, read with a limit on what it unpacks to. A few megabytes
// can inflate to gigabytes (a "zip bomb"), so the sizes the central directory declares are added
// up before anything is inflated, and the bytes actually inflated are counted as they come out
// (the directory can lie): past the limit, reading stops at once.
import { Inflate } from 'fflate';

/** Uncompressed size an uploaded workbook may unpack to, in total. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
/** Compressed bytes pushed through the inflater per step: at most ~1000× that comes out. */
const INFLATE_STEP = 16 * 1024;

export class ZipError extends Error {
  constructor(
    readonly kind: 'unreadable' | 'too_large',
    message: string,
    /** For 'too_large': the size declared by the archive, or null when found while inflating. */
    readonly declared: number | null = null,
  ) {
    super(message);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

const fail = (message: string): never => {
  throw new ZipError('unreadable', message);
};

/** Entries of the central directory (nothing inflated yet). */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // End of central directory: 22 bytes plus a comment of at most 65 535 bytes, at the end.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) fail('no end of central directory');
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // Zip64: the real values are in the zip64 end record the locator points to.
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== 0x07064b50) fail('zip64 locator missing');
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || u32(record) !== 0x06064b50) fail('zip64 record missing');
    count = Number(view.getBigUint64(record + 32, true));
    cdSize = Number(view.getBigUint64(record + 40, true));
    cdOffset = Number(view.getBigUint64(record + 48, true));
  }
  if (cdOffset + cdSize > bytes.length) fail('central directory outside the file');
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) fail('bad central directory entry');
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    let headerOffset = u32(at + 42);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Zip64 extended information: the 64-bit values of the fields set to 0xFFFFFFFF, in order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(extra);
      const length = u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const next = () => {
          if (field + 8 > extra + 4 + length) fail('short zip64 field');
          const v = Number(view.getBigUint64(field, true));
          field += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (headerOffset === 0xffffffff) headerOffset = next();
      }
      extra += 4 + length;
    }
    if (flags & 1) fail(`encrypted entry ${name}`);
    entries.push({ name, method: u16(at + 10), compressedSize, size, headerOffset });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** Counts the bytes inflated across all entries of one archive against the limit. */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number) {}
  take(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit)
      throw new ZipError('too_large', `inflated past ${this.limit} bytes`);
  }
}

/** The declared sizes, added up before inflating anything. */
export function checkDeclaredSize(entries: readonly ZipEntry[], limit: number): void {
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limit) throw new ZipError('too_large', 'declared size over the limit', declared);
}

/**
 * Inflates one entry, handing its bytes on as they come out (never the whole entry at once),
 * and stops as soon as the budget is spent.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onData: (chunk: Uint8Array) => void,
): void {
  const local = entry.headerOffset;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
    fail(`no local header for ${entry.name}`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) fail(`${entry.name} runs past the end of the file`);
  let produced = 0;
  const emit = (chunk: Uint8Array) => {
    budget.take(chunk.length);
    produced += chunk.length;
    if (chunk.length) onData(chunk);
  };
  if (entry.method === 0) {
    for (let at = start; at < end; at += 1024 * 1024)
      emit(bytes.subarray(at, Math.min(end, at + 1024 * 1024)));
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => emit(chunk));
    try {
      for (let at = start; at < end; at += INFLATE_STEP) {
        const stop = Math.min(end, at + INFLATE_STEP);
        inflater.push(bytes.subarray(at, stop), stop === end);
      }
      if (start === end) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof ZipError) throw e;
      fail(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  } else fail(`${entry.name}: compression method ${entry.method}`);
  if (produced !== entry.size) fail(`${entry.name}: ${produced} bytes, ${entry.size} declared`);
}
