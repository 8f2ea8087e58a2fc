// Every sheet of an uploaded OpenDocument spreadsheet (.ods, as LibreOffice saves it), read as its
// content.xml is inflated, under the same size limit as a workbook (see zip.ts). A sheet stores a
// run of identical rows or cells once with a repeat count: empty runs (the last row repeated a
// million times to the end of the sheet) are skipped as a gap, never expanded; a run with content
// is expanded under a limit. Value types as the cell gives them: float and currency are numbers,
// percentage keeps its fraction apart (the sheet shows 0.255 as 25.5 %), date and time are dates,
// boolean is TRUE/FALSE, string is its text; a formula's saved result is its value, an error
// result or a formula with no result is an error. Cells hidden under merged cells come out as
// covered cells (see merges.ts).
import type { Cell } from './cells.ts';
import { MergeFill, TooManyMerges } from './merges.ts';
import { XmlStream, type XmlHandler } from './xml.ts';
import type { RowsHandler } from './xlsx.ts';
import {
  checkDeclaredSize,
  inflateEntry,
  InflateBudget,
  MAX_INFLATED_BYTES,
  readCentralDirectory,
  ZipError,
  type ZipEntry,
} from './zip.ts';

export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** What the reader tells the caller as it goes through the file (one pass over every sheet). */
export interface SheetVisitor {
  /** A sheet begins: what to do with its rows, and at its end. */
  sheet(name: string): { rows: RowsHandler; end(): void };
}

const BATCH_ROWS = 2000;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** Cells a file's repeat counts may expand to in all (a few bytes can ask for millions). */
const MAX_EXPANDED_CELLS = 5_000_000;
/** A row with content repeated more often than this is not a table anybody typed. */
const MAX_CONTENT_ROW_REPEAT = 1000;

const unreadable = (message: string): never => {
  throw new ZipError('unreadable', message);
};

/** True when the archive says it is an OpenDocument spreadsheet (its first entry, "mimetype"). */
export function isOds(entries: readonly ZipEntry[], bytes: Uint8Array): boolean {
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (!mimetype || mimetype.size > 200) return entries.some((e) => e.name === 'content.xml');
  let text = '';
  inflateEntry(bytes, mimetype, new InflateBudget(200), (chunk) => {
    text += new TextDecoder().decode(chunk);
  });
  return text.trim() === ODS_MIMETYPE;
}

const count = (value: string | undefined, what: string): number => {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) unreadable(`${what} "${value}"`);
  return n;
};

/** A finished cell's value from its attributes and its text. */
function cellValue(a: Record<string, string>, text: string): Cell {
  const type = a['office:value-type'];
  if (a['calcext:value-type'] === 'error') return { error: text || '#ERR' };
  switch (type) {
    case 'float':
    case 'currency': {
      const n = Number(a['office:value']);
      return Number.isFinite(n) ? n : text;
    }
    case 'percentage': {
      const n = Number(a['office:value']);
      return Number.isFinite(n) ? { percent: n } : text;
    }
    case 'date':
      return { date: (a['office:date-value'] ?? text).slice(0, 10) };
    case 'time':
      return { date: text || (a['office:time-value'] ?? '') };
    case 'boolean':
      return a['office:boolean-value'] === 'true' ? 'TRUE' : 'FALSE';
    case 'string':
      return a['office:string-value'] ?? text;
    default:
      // No type: an empty cell, or a formula saved without its result.
      if (a['table:formula'] !== undefined) return { error: null };
      return text === '' ? null : text;
  }
}

export class OdsBook {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly budget: InflateBudget;

  /** Reads the archive's directory; throws ZipError. */
  constructor(
    private readonly bytes: Uint8Array,
    limit = MAX_INFLATED_BYTES,
  ) {
    const entries = readCentralDirectory(bytes);
    checkDeclaredSize(entries, limit);
    this.budget = new InflateBudget(limit);
    for (const e of entries) if (!this.entries.has(e.name)) this.entries.set(e.name, e);
    if (!this.entries.has('content.xml')) unreadable('no content.xml');
  }

  /** Streams every sheet of content.xml through the visitor, in order. */
  read(visitor: SheetVisitor): void {
    const entry = this.entries.get('content.xml')!;
    const decoder = new TextDecoder('utf-8');
    const xml = new XmlStream(new ContentHandler(visitor), { prefixes: true });
    try {
      inflateEntry(this.bytes, entry, this.budget, (chunk) =>
        xml.push(decoder.decode(chunk, { stream: true })),
      );
      xml.push(decoder.decode());
      xml.end();
    } catch (e) {
      if (e instanceof ZipError) throw e;
      unreadable(`content.xml: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/** The state of one pass over content.xml. */
class ContentHandler implements XmlHandler {
  private sheet: { rows: RowsHandler; end(): void } | null = null;
  private fill = new MergeFill();
  private batch: Cell[][] = [];
  private gap = 0;
  /** Rows of the sheet so far (the current row is rowNumber + 1). */
  private rowNumber = 0;
  private row: Cell[] | null = null;
  private rowRepeat = 1;
  private rowHasContent = false;
  private column = 0;
  private cell: { attributes: Record<string, string>; covered: boolean; repeat: number } | null =
    null;
  private content = '';
  private paragraphs = 0;
  /** Inside a paragraph of the cell (text outside one is the file's indentation). */
  private inParagraph = 0;
  /** Inside a comment or a drawing anchored to the cell: not its value. */
  private aside = 0;
  private expanded = 0;

  constructor(private readonly visitor: SheetVisitor) {}

  private spend(cells: number) {
    this.expanded += cells;
    if (this.expanded > MAX_EXPANDED_CELLS) unreadable('repeated cells past the limit');
  }

  private flush() {
    if (this.batch.length || this.gap) this.sheet!.rows({ gap: this.gap, rows: this.batch });
    this.batch = [];
    this.gap = 0;
  }

  open(name: string, a: Record<string, string>): void {
    if (name === 'table:table') {
      this.sheet = this.visitor.sheet(a['table:name'] ?? '');
      this.fill = new MergeFill();
      this.rowNumber = 0;
      return;
    }
    if (!this.sheet) return;
    if (name === 'table:table-row') {
      this.row = [];
      this.column = 0;
      this.rowHasContent = false;
      this.rowRepeat = count(a['table:number-rows-repeated'], 'rows repeated');
    } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
      if (!this.row) return;
      this.cell = {
        attributes: a,
        covered: name === 'table:covered-table-cell',
        repeat: count(a['table:number-columns-repeated'], 'columns repeated'),
      };
      this.content = '';
      this.paragraphs = 0;
      const across = count(a['table:number-columns-spanned'], 'columns spanned');
      const down = count(a['table:number-rows-spanned'], 'rows spanned');
      if (!this.cell.covered && (across > 1 || down > 1)) {
        const top = this.rowNumber + 1;
        try {
          this.fill.add({
            top,
            left: this.column,
            bottom: top + down - 1,
            right: this.column + across - 1,
          });
        } catch (e) {
          if (e instanceof TooManyMerges) unreadable(e.message);
          throw e;
        }
      }
    } else if (!this.cell) return;
    else if (name === 'office:annotation' || name === 'draw:frame') this.aside++;
    else if (this.aside) return;
    else if (name === 'text:p' || name === 'text:h') {
      if (this.paragraphs++ > 0) this.content += '\n';
      this.inParagraph++;
    } else if (!this.inParagraph) return;
    else if (name === 'text:s')
      this.content += ' '.repeat(Math.min(count(a['text:c'], 'spaces'), 1000));
    else if (name === 'text:tab') this.content += '\t';
    else if (name === 'text:line-break') this.content += '\n';
  }

  close(name: string): void {
    if (!this.sheet) return;
    if (name === 'table:table') {
      this.flush();
      this.sheet.end();
      this.sheet = null;
    } else if (name === 'table:table-row' && this.row) this.endRow();
    else if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && this.cell)
      this.endCell();
    else if (!this.cell) return;
    else if (name === 'office:annotation' || name === 'draw:frame') this.aside--;
    else if (!this.aside && (name === 'text:p' || name === 'text:h')) this.inParagraph--;
  }

  text(text: string): void {
    if (this.cell && this.inParagraph && !this.aside) this.content += text;
  }

  private endCell() {
    const { attributes, covered, repeat } = this.cell!;
    this.cell = null;
    // A covered cell's own content is hidden by the merge: the merge fills it (merges.ts).
    const value = covered ? null : cellValue(attributes, this.content);
    if (value !== null && value !== '') {
      const last = Math.min(this.column + repeat, MAX_COLUMN);
      this.spend(last - this.column);
      for (let c = this.column; c < last; c++) this.row![c] = value;
      this.rowHasContent = true;
    }
    this.column += repeat;
  }

  private endRow() {
    const row = this.row!;
    this.row = null;
    const repeat = this.rowRepeat;
    if (!this.rowHasContent) {
      // Empty (or only covered) rows: a gap, however often repeated.
      if (this.batch.length) this.flush();
      this.gap += repeat;
      this.rowNumber += repeat;
      return;
    }
    if (repeat > MAX_CONTENT_ROW_REPEAT) unreadable(`a row with content repeated ${repeat} times`);
    if (this.rowNumber + repeat > MAX_ROW) unreadable('rows past the end of a sheet');
    this.spend(row.length * (repeat - 1));
    for (let i = 0; i < repeat; i++) {
      const copy = i === 0 ? row : row.slice();
      this.fill.apply(++this.rowNumber, copy);
      this.batch.push(copy);
      if (this.batch.length >= BATCH_ROWS) this.flush();
    }
  }
}
