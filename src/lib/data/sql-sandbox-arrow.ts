// A DuckDB-WASM result (an Arrow table) as the SQL panel's rows: values kept at full precision
// (a double stays a double; display rounding is the panel's), whole numbers as numbers when they
// fit, dates as ISO text, nested values as JSON. A result over the byte limit is refused before
// anything is decoded, so a 300 MB string never reaches the page's DOM.
import { DataType, type Table } from 'apache-arrow';
import type { ColumnKind, SandboxCell, SandboxTable } from './sql-sandbox.ts';
import { ResultTooLargeError } from './sql-sandbox-text.ts';

export function columnKind(type: DataType): ColumnKind {
  if (DataType.isInt(type)) return 'integer';
  if (DataType.isFloat(type) || DataType.isDecimal(type)) return 'decimal';
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'text';
  if (DataType.isBool(type)) return 'boolean';
  if (DataType.isDate(type)) return 'date';
  if (DataType.isTimestamp(type)) return 'timestamp';
  return 'other';
}

/** Bytes the table's columns hold (values, offsets, validity). */
export function tableBytes(table: Table): number {
  let bytes = 0;
  for (let i = 0; i < table.numCols; i++) bytes += table.getChildAt(i)?.byteLength ?? 0;
  return bytes;
}

const json = (v: unknown) =>
  JSON.stringify(v, (_key, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

/** One Arrow value as a cell of the given kind. */
export function cellValue(v: unknown, kind: ColumnKind): SandboxCell {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case 'integer':
      if (typeof v === 'bigint')
        return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
          ? Number(v)
          : v.toString();
      return typeof v === 'number' ? v : String(v);
    case 'decimal':
      return typeof v === 'number' ? v : Number(v);
    case 'boolean':
      return Boolean(v);
    case 'date':
      return typeof v === 'number' ? new Date(v).toISOString().slice(0, 10) : String(v);
    case 'timestamp':
      return typeof v === 'number'
        ? new Date(v).toISOString().replace('T', ' ').replace(/\.000Z$|Z$/, '')
        : String(v);
    case 'text':
      return String(v);
    default:
      if (v instanceof Uint8Array) return hex(v);
      if (typeof v === 'object' && 'toJSON' in v && typeof v.toJSON === 'function')
        return json(v.toJSON());
      if (typeof v === 'object') return json(ArrayBuffer.isView(v) ? Array.from(v as never) : v);
      return String(v);
  }
}

/** Decode an Arrow result; a result over `maxBytes` throws ResultTooLargeError. */
export function decodeArrowTable(table: Table, maxBytes: number): SandboxTable {
  const bytes = tableBytes(table);
  if (bytes > maxBytes) throw new ResultTooLargeError(bytes);
  const columns = table.schema.fields.map((f) => ({ name: f.name, kind: columnKind(f.type) }));
  const values = columns.map((c, i) => {
    const vector = table.getChildAt(i);
    const out: SandboxCell[] = new Array(table.numRows);
    let r = 0;
    if (vector) for (const v of vector as Iterable<unknown>) out[r++] = cellValue(v, c.kind);
    return out;
  });
  const rows: SandboxCell[][] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) rows[r] = values.map((column) => column[r] ?? null);
  return { columns, rows };
}
