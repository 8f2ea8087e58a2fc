// The whole import of one file, pure: bytes → decoded text → rows → validated values, streamed
// chunk by chunk so a large file is never held whole as text or as a parsed table. Runs in a Web
// Worker in the browser (reading the File in slices) and directly in tests (slicing bytes).
// Workbooks (XLSX, ODS) are read whole and their sheets streamed as they are inflated.
import type { Area, CrosswalkRow, Indicator } from '../domain/types.ts';
import { indexAreas } from '../dataset/names.ts';
import { detectLegacyVietnamese, NotUtf8, StreamDecoder, type Encoding } from './decode.ts';
import type { NumberStyle } from './numbers.ts';
import {
  guessDelimiter,
  parseRows,
  TableReader,
  type SkippedRow,
  type TableSummary,
} from './read-table.ts';
import { LineSplitter } from './split.ts';
import { isOds, OdsBook, type SheetVisitor } from './ods.ts';
import { Validator, type Rejected, type UserValue } from './validate.ts';
import { Workbook } from './xlsx.ts';
import { MAX_INFLATED_BYTES, readCentralDirectory, ZipError } from './zip.ts';

/** 20 MiB (sizes here are binary: 1 MiB = 1024 × 1024 bytes). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Bytes read per step (1 MiB): small enough for steady progress, large enough to be fast. */
export const CHUNK_BYTES = 1024 * 1024;
/** Text looked at before deciding the delimiter and checking for legacy font encodings. */
const HEAD_CHARS = 64 * 1024;

export interface ImportContext {
  indicators: Indicator[];
  areas: Area[];
  crosswalk: CrosswalkRow[];
  defaultAreaId: string;
  confirmed: Record<string, string>;
}

export interface ImportInput extends ImportContext {
  bytes: Uint8Array;
  fileName: string;
}

export type ImportError =
  | 'too_large'
  | 'empty'
  | 'no_header'
  | 'truncated'
  | 'legacy_tcvn3'
  | 'legacy_vni'
  | 'binary'
  | 'xlsx_unreadable'
  | 'xlsx_too_large'
  | 'ods_unreadable'
  | 'ods_too_large'
  /** An Excel 97–2003 workbook (.xls): a binary format this reader does not read. */
  | 'xls_old'
  /** Two columns of the header claim the same field (often a header cell merged across both). */
  | 'duplicate_column'
  /** The import itself broke (a bug, memory): not something wrong with the file. */
  | 'worker_failed';

export interface ImportFailure {
  ok: false;
  error: ImportError;
  /**
   * Sizes in bytes (too_large, xlsx_too_large), the failure's message (worker_failed), or where
   * in the table the refusal is (duplicate_column, no_header: sheet, row, columns, text, merged).
   */
  detail?: { limit?: number; size?: number; message?: string; table?: Record<string, string> };
}

/** One sheet of a workbook: read (it has a recognisable header) or skipped, and why. */
export interface SheetSummary {
  name: string;
  read: boolean;
  layout?: TableSummary['layout'];
  reason?: 'empty' | 'no_header' | 'not_a_table' | 'duplicate_column';
  /** Where the reason was found (row, columns, text, merged range). */
  detail?: Record<string, string>;
}

/** The workbook formats read. */
export type WorkbookFormat = 'xlsx' | 'ods';

export interface ImportSuccess {
  ok: true;
  encoding: Encoding | WorkbookFormat;
  delimiter: string;
  layout: TableSummary['layout'];
  /** Workbooks only: every sheet, read or skipped. */
  sheets: SheetSummary[];
  skipped: SkippedRow[];
  accepted: UserValue[];
  rejected: Rejected[];
  /** How the file writes decimals, when its text numbers show it. */
  numberStyle: NumberStyle | null;
}

export type ImportResult = ImportFailure | ImportSuccess;

/** Progress in bytes read of the file. */
export type Progress = (done: number, total: number) => void;

export function validatorFor(ctx: ImportContext): Validator {
  const areaIndex = indexAreas(
    ctx.areas,
    new Map([
      ['63-46', ['Thừa Thiên Huế']],
      ['63-79', ['TP. Hồ Chí Minh', 'Ho Chi Minh']],
      ['34-79', ['TP. Hồ Chí Minh', 'Ho Chi Minh']],
    ]),
  );
  return new Validator({
    indicators: ctx.indicators,
    areas: ctx.areas,
    areaIndex,
    crosswalk: ctx.crosswalk,
    defaultAreaId: ctx.defaultAreaId,
    confirmed: ctx.confirmed,
  });
}

/**
 * Decoded text in, result out. Holds at most one chunk of text and the rows of one batch, plus
 * the accepted values and the rejected rows (which the user must see).
 */
export class TextImport {
  private readonly splitter = new LineSplitter();
  private readonly reader = new TableReader({ strictWidth: true });
  private readonly validator: Validator;
  private head: string[] = [];
  private headChars = 0;
  private delimiter: string | null = null;
  private newline: '\r\n' | '\n' | '\r' = '\n';
  /** Set when the file is refused; reading stops. */
  failure: ImportError | null = null;

  constructor(
    ctx: ImportContext,
    private readonly encoding: Encoding,
  ) {
    this.validator = validatorFor(ctx);
  }

  push(text: string): void {
    if (this.failure) return;
    if (text.includes('\u0000')) {
      this.failure = 'binary';
      return;
    }
    const lines = this.splitter.push(text);
    if (lines !== null) this.lines(lines, false);
  }

  private lines(text: string, last: boolean): void {
    if (this.delimiter === null) {
      // Decide from the first lines, not from whatever a small first chunk held.
      this.head.push(text);
      this.headChars += text.length;
      if (this.headChars < HEAD_CHARS && !last) return;
      const sample = this.head.join('\n');
      const legacy = detectLegacyVietnamese(sample);
      if (legacy) {
        this.failure = legacy;
        return;
      }
      this.delimiter = guessDelimiter(sample);
      this.newline = sample.includes('\r\n') ? '\r\n' : sample.includes('\n') ? '\n' : '\r';
      text = this.head.join(this.newline);
      this.head = [];
    }
    // Windows-1258 writes most tone marks as combining characters: compose them as typed.
    if (this.encoding === 'windows-1258') text = text.normalize('NFC');
    const { rows, truncated } = parseRows(text, this.delimiter, this.newline);
    if (truncated) {
      this.failure = 'truncated';
      return;
    }
    this.validator.add(this.reader.push(rows));
  }

  finish(): ImportResult {
    const rest = this.splitter.end();
    if (!this.failure && (rest !== null || this.delimiter === null)) this.lines(rest ?? '', true);
    if (this.failure) return { ok: false, error: this.failure };
    const table = this.reader.finish();
    if (table.fatal)
      return {
        ok: false,
        error: table.fatal,
        ...(table.detail ? { detail: { table: table.detail } } : {}),
      };
    const numberStyle = this.validator.finish();
    return {
      ok: true,
      encoding: this.encoding,
      delimiter: this.delimiter ?? ',',
      layout: table.layout,
      sheets: [],
      skipped: table.skipped,
      accepted: this.validator.accepted,
      rejected: this.validator.rejected,
      numberStyle,
    };
  }
}

/** A file as a sequence of byte chunks that can be read again from the start. */
export interface ByteSource {
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

export function blobSource(blob: Blob, chunkBytes = CHUNK_BYTES): ByteSource {
  return {
    size: blob.size,
    async *chunks() {
      for (let at = 0; at < blob.size; at += chunkBytes)
        yield new Uint8Array(await blob.slice(at, at + chunkBytes).arrayBuffer());
    },
  };
}

/**
 * One read of the file with one decoding. Ends with a result, or with 'restart' when the bytes
 * turn out not to be UTF-8 (the caller then reads again as Windows-1258).
 */
class BytesPass {
  private readonly decoder: StreamDecoder;
  private run: TextImport | null = null;
  private read = 0;
  private outcome: ImportResult | 'restart' | null = null;

  constructor(
    forced: 'windows-1258' | null,
    private readonly ctx: ImportContext,
    private readonly size: number,
    private readonly onProgress?: Progress,
  ) {
    this.decoder = new StreamDecoder(forced);
  }

  private text(decode: () => string): void {
    try {
      const text = decode();
      this.run ??= new TextImport(this.ctx, this.decoder.encoding);
      this.run.push(text);
      if (this.run.failure) this.outcome = { ok: false, error: this.run.failure };
    } catch (e) {
      if (!(e instanceof NotUtf8)) throw e;
      this.outcome = 'restart';
    }
  }

  /** False once the pass is decided (file refused, or not UTF-8): stop reading. */
  feed(chunk: Uint8Array): boolean {
    if (this.read === 0 && isOle2(chunk)) {
      this.outcome = { ok: false, error: 'xls_old' };
      return false;
    }
    this.text(() => this.decoder.push(chunk));
    this.read += chunk.byteLength;
    this.onProgress?.(this.read, this.size);
    return this.outcome === null;
  }

  end(): ImportResult | 'restart' {
    if (this.outcome === null) this.text(() => this.decoder.end());
    return this.outcome ?? this.run!.finish();
  }
}

/** The signature of an OLE2 compound file: an Excel 97–2003 workbook (.xls) among others. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isOle2 = (bytes: Uint8Array) => OLE2.every((b, i) => bytes[i] === b);

const DECODINGS = [null, 'windows-1258'] as const;
const UNREACHABLE = 'unreachable: Windows-1258 decodes any bytes';

function refuseBySize(size: number): ImportResult | null {
  if (size > MAX_FILE_BYTES)
    return { ok: false, error: 'too_large', detail: { limit: MAX_FILE_BYTES, size } };
  if (size === 0) return { ok: false, error: 'empty' };
  return null;
}

/** Streams a file (a Blob in the browser) through decoding, parsing and validation. */
export async function importSource(
  source: ByteSource,
  ctx: ImportContext,
  onProgress?: Progress,
): Promise<ImportResult> {
  const refused = refuseBySize(source.size);
  if (refused) return refused;
  for (const forced of DECODINGS) {
    const pass = new BytesPass(forced, ctx, source.size, onProgress);
    for await (const chunk of source.chunks()) if (!pass.feed(chunk)) break;
    const outcome = pass.end();
    if (outcome !== 'restart') return outcome;
  }
  throw new Error(UNREACHABLE);
}

/** The same, synchronously, over bytes in memory (tests, benchmarks). */
export function importBytes(
  input: ImportInput,
  onProgress?: Progress,
  chunkBytes = CHUNK_BYTES,
): ImportResult {
  const refused = refuseBySize(input.bytes.byteLength);
  if (refused) return refused;
  for (const forced of DECODINGS) {
    const pass = new BytesPass(forced, input, input.bytes.byteLength, onProgress);
    for (let at = 0; at < input.bytes.byteLength; at += chunkBytes)
      if (!pass.feed(input.bytes.subarray(at, at + chunkBytes))) break;
    const outcome = pass.end();
    if (outcome !== 'restart') return outcome;
  }
  throw new Error(UNREACHABLE);
}

function workbookFailure(e: unknown, limit: number, format: WorkbookFormat): ImportFailure {
  if (!(e instanceof ZipError)) throw e;
  if (e.kind === 'unreadable') return { ok: false, error: `${format}_unreadable` };
  return {
    ok: false,
    error: `${format}_too_large`,
    detail: e.declared === null ? { limit } : { limit, size: e.declared },
  };
}

/**
 * A workbook (XLSX or ODS, told apart by its content, else by the name's hint): every sheet with
 * a recognisable header is data (each sheet has its own header and row numbers); the others are
 * listed as skipped with the reason. Duplicates are found across sheets.
 */
export function importWorkbook(
  bytes: Uint8Array,
  ctx: ImportContext,
  limit = MAX_INFLATED_BYTES,
  hint: WorkbookFormat = 'xlsx',
): ImportResult {
  const refused = refuseBySize(bytes.byteLength);
  if (refused) return refused;
  const validator = validatorFor(ctx);
  const sheets: SheetSummary[] = [];
  let skipped: SkippedRow[] = [];
  let layout: TableSummary['layout'] | null = null;
  const visitor: SheetVisitor = {
    sheet(name) {
      const reader = new TableReader({ sheet: name });
      return {
        rows({ gap, rows }) {
          reader.advance(gap);
          validator.add(reader.push(rows));
        },
        end() {
          const table = reader.finish();
          if (table.fatal) {
            const detail = table.detail ? { detail: table.detail } : {};
            sheets.push({ name, read: false, reason: table.fatal, ...detail });
            return;
          }
          sheets.push({ name, read: true, layout: table.layout });
          skipped = skipped.concat(table.skipped);
          layout ??= table.layout;
        },
      };
    },
  };
  let format = hint;
  try {
    format = isOds(readCentralDirectory(bytes), bytes) ? 'ods' : 'xlsx';
    if (format === 'ods') new OdsBook(bytes, limit).read(visitor);
    else {
      const book = new Workbook(bytes, limit);
      for (const sheet of book.sheets) {
        if (!sheet.path) {
          sheets.push({ name: sheet.name, read: false, reason: 'not_a_table' });
          continue;
        }
        const read = visitor.sheet(sheet.name);
        book.readSheet(sheet, read.rows);
        read.end();
      }
    }
  } catch (e) {
    return workbookFailure(e, limit, format);
  }
  if (layout === null) return noSheetRead(sheets);
  const numberStyle = validator.finish();
  return {
    ok: true,
    encoding: format,
    delimiter: '',
    layout,
    sheets,
    skipped,
    accepted: validator.accepted,
    rejected: validator.rejected,
    numberStyle,
  };
}

/** No sheet could be read: the most telling reason, with the sheet and row it was found at. */
function noSheetRead(sheets: readonly SheetSummary[]): ImportFailure {
  for (const reason of ['duplicate_column', 'no_header'] as const) {
    const sheet = sheets.find((s) => s.reason === reason);
    if (!sheet) continue;
    return {
      ok: false,
      error: reason,
      ...(sheet.detail ? { detail: { table: { ...sheet.detail, sheet: sheet.name } } } : {}),
    };
  }
  return { ok: false, error: 'empty' };
}
