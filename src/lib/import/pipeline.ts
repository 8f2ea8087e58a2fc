// The whole import of one file, pure: bytes → decoded text → rows → validated values, streamed
// chunk by chunk so a large file is never held whole as text or as a parsed table. Runs in a Web
// Worker in the browser (reading the File in slices) and directly in tests (slicing bytes).
import type { Area, CrosswalkRow, Indicator } from '../domain/types.ts';
import { indexAreas } from '../dataset/names.ts';
import { detectLegacyVietnamese, NotUtf8, StreamDecoder, type Encoding } from './decode.ts';
import { guessDelimiter, parseRows, TableReader, type TableSummary } from './read-table.ts';
import { LineSplitter } from './split.ts';
import { Validator, type Rejected, type UserValue } from './validate.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Bytes read per step: small enough for steady progress, large enough to be fast. */
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
  | 'xlsx_unreadable';

export type ImportResult =
  | { ok: false; error: ImportError }
  | {
      ok: true;
      encoding: Encoding | 'xlsx';
      delimiter: string;
      layout: TableSummary['layout'];
      skipped: TableSummary['skipped'];
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

/** Progress in bytes read of the file. */
export type Progress = (done: number, total: number) => void;

function validatorFor(ctx: ImportContext): Validator {
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
  private readonly reader = new TableReader();
  private readonly validator: Validator;
  private head: string[] = [];
  private headChars = 0;
  private delimiter: string | null = null;
  private newline: '\r\n' | '\n' | '\r' = '\n';
  /** Set when the file is refused; reading stops. */
  failure: ImportError | null = null;

  constructor(
    ctx: ImportContext,
    private readonly encoding: Encoding | 'xlsx',
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
    if (table.fatal) return { ok: false, error: table.fatal };
    return {
      ok: true,
      encoding: this.encoding,
      delimiter: this.delimiter ?? ',',
      layout: table.layout,
      skipped: table.skipped,
      accepted: this.validator.accepted,
      rejected: this.validator.rejected,
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

const DECODINGS = [null, 'windows-1258'] as const;
const UNREACHABLE = 'unreachable: Windows-1258 decodes any bytes';

function refuseBySize(size: number): ImportResult | null {
  if (size > MAX_FILE_BYTES) return { ok: false, error: 'too_large' };
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

/** Text already decoded (an XLSX sheet turned into rows). */
export function importText(text: string, ctx: ImportContext): ImportResult {
  const run = new TextImport(ctx, 'xlsx');
  run.push(text);
  return run.finish();
}
