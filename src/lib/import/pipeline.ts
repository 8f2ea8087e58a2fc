// The whole import of one file, pure: bytes → decoded text → table → validated values. Runs in a
// Web Worker in the browser and directly in tests.
import type { Area, CrosswalkRow, Indicator } from '../domain/types.ts';
import { indexAreas } from '../dataset/names.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { readTable, type ReadResult } from './read-table.ts';
import { validateRecords, type Rejected, type UserValue } from './validate.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
  indicators: Indicator[];
  areas: Area[];
  crosswalk: CrosswalkRow[];
  defaultAreaId: string;
  confirmed: Record<string, string>;
}

export type ImportResult =
  | {
      ok: false;
      error:
        | 'too_large'
        | 'empty'
        | 'no_header'
        | 'truncated'
        | 'legacy_tcvn3'
        | 'legacy_vni'
        | 'binary'
        | 'xlsx_unreadable';
    }
  | {
      ok: true;
      encoding: Encoding | 'xlsx';
      delimiter: string;
      layout: ReadResult['layout'];
      skipped: ReadResult['skipped'];
      accepted: UserValue[];
      rejected: Rejected[];
    };

/** Rows of an XLSX sheet as tab-separated text, so both formats share the same reader. */
export function rowsToText(rows: unknown[][]): string {
  return rows
    .map((r) =>
      r
        .map((c) =>
          c === null || c === undefined
            ? ''
            : c instanceof Date
              ? c.toISOString().slice(0, 10)
              : String(c),
        )
        .map((c) => (/[\t\n\r"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
        .join('\t'),
    )
    .join('\n');
}

export type Progress = (done: number, total: number) => void;

export function importText(
  text: string,
  encoding: Encoding | 'xlsx',
  input: Omit<ImportInput, 'bytes' | 'fileName'>,
  onProgress?: Progress,
): ImportResult {
  const table = readTable(text);
  if (table.fatal) return { ok: false, error: table.fatal };
  const areaIndex = indexAreas(
    input.areas,
    new Map([
      ['63-46', ['Thừa Thiên Huế']],
      ['63-79', ['TP. Hồ Chí Minh', 'Ho Chi Minh']],
      ['34-79', ['TP. Hồ Chí Minh', 'Ho Chi Minh']],
    ]),
  );
  const { accepted, rejected } = validateRecords(
    table.records,
    {
      indicators: input.indicators,
      areas: input.areas,
      areaIndex,
      crosswalk: input.crosswalk,
      defaultAreaId: input.defaultAreaId,
      confirmed: input.confirmed,
    },
    onProgress,
  );
  return {
    ok: true,
    encoding,
    delimiter: table.delimiter,
    layout: table.layout,
    skipped: table.skipped,
    accepted,
    rejected,
  };
}

export function importBytes(input: ImportInput, onProgress?: Progress): ImportResult {
  if (input.bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: 'too_large' };
  if (input.bytes.byteLength === 0) return { ok: false, error: 'empty' };
  const decoded = decodeBytes(input.bytes);
  if (!decoded.ok) return { ok: false, error: decoded.reason };
  return importText(decoded.text, decoded.encoding, input, onProgress);
}
