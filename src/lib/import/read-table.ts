// Rows of an uploaded sheet → records in a long layout, whatever the file looks like: delimiter
// (, ; tab), Vietnamese or English headers, notes and blank rows around the table, and either the
// long layout (one value per row) or the wide one (indicators as rows, years as columns). Works
// batch by batch, so a large file is never held as one parsed table.
import Papa from 'papaparse';
import { nameKey } from '../dataset/names.ts';

export type Field = 'indicator' | 'area' | 'year' | 'value' | 'unit';

const HEADERS: Record<Field, string[]> = {
  indicator: ['chi tieu', 'ten chi tieu', 'indicator', 'ma chi tieu', 'indicator id', 'noi dung'],
  area: [
    'tinh/thanh pho',
    'tinh',
    'tinh thanh',
    'tinh, thanh pho',
    'dia ban',
    'province',
    'area',
    'dia phuong',
  ],
  year: ['nam', 'year', 'ky bao cao'],
  value: ['gia tri', 'value', 'so lieu', 'ket qua', 'thuc hien'],
  unit: ['don vi tinh', 'don vi', 'dvt', 'unit'],
};

export function fieldOf(header: string): Field | null {
  const key = nameKey(header).replace(/\s*\(.*\)$/, '');
  for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) {
    if (names.includes(key)) return field;
  }
  return null;
}

const YEAR = /^(19|20)\d{2}$/;

/** A spreadsheet cell whose formula gave an error ("#DIV/0!"), or `null` when it was never computed. */
export interface CellError {
  error: string | null;
}

/** A cell as read: text (CSV, or text in a sheet), a number typed in a sheet, an error, or nothing. */
export type Cell = string | number | CellError | null | undefined;

const isError = (c: Cell): c is CellError => typeof c === 'object' && c !== null;
const cellText = (c: Cell): string =>
  typeof c === 'string' ? c.trim() : typeof c === 'number' ? String(c) : '';
const isEmpty = (c: Cell) => !isError(c) && cellText(c) === '';

/** What the reader already knows is wrong with a record, before validation. */
export interface ReadProblem {
  reason: 'cell_error' | 'no_formula_result' | 'extra_fields';
  /** The column as the file names it ('' when the problem is the row itself). */
  column: string;
  detail: Record<string, string>;
}

export interface RawRecord {
  /** 1-based row in the file (or in its sheet). */
  row: number;
  /** The sheet of a workbook the row is on. */
  sheet?: string;
  indicator: string;
  area: string | null;
  year: string;
  /** As written in a text cell, or a number typed in a spreadsheet (no separators to read). */
  value: string | number;
  /** Column names as the file has them, for error messages. */
  indicatorColumn: string;
  areaColumn: string;
  yearColumn: string;
  valueColumn: string;
  /** From one year column of a wide row: the row's other years share its indicator and area. */
  wide: boolean;
  problem?: ReadProblem;
}
/**
 * The delimiter most lines agree on. Titles and notes above the table have none, and a decimal
 * comma ("45,5") is not a delimiter, so count per line (outside quotes) and take the delimiter
 * whose most common non-zero count is shared by the most lines.
 */
export function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .slice(0, 50)
    .map((l) => l.replace(/"(?:[^"]|"")*"/g, ''));
  let best = { delimiter: ',', score: -1 };
  for (const delimiter of ['\t', ';', ',']) {
    const counts = lines.map((l) => l.split(delimiter).length - 1).filter((n) => n > 0);
    const freq = new Map<number, number>();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    const score = Math.max(0, ...freq.values());
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

export interface SkippedRow {
  row: number;
  sheet?: string;
  reason: 'note' | 'blank' | 'no_value';
}

export interface TableSummary {
  layout: 'long' | 'wide';
  headerRow: number;
  /** Rows that are not data (titles, notes, blank) — listed, never silently dropped. */
  skipped: SkippedRow[];
  /** Structural problems that stop the import (of this sheet, in a workbook). */
  fatal: null | 'empty' | 'no_header';
}

interface Header {
  names: string[];
  col: (f: Field) => number;
  yearColumns: number[];
  layout: 'long' | 'wide';
}

function findHeader(row: readonly Cell[]): Header | null {
  const names = Array.from(row, (c) => cellText(c));
  const fields = names.map(fieldOf);
  if (!fields.includes('indicator')) return null;
  if (!fields.includes('value') && !names.some((c) => YEAR.test(c))) return null;
  const col = (f: Field) => fields.indexOf(f);
  const yearColumns = names.map((h, i) => (YEAR.test(h) ? i : -1)).filter((i) => i >= 0);
  const layout = col('value') >= 0 && col('year') >= 0 ? 'long' : 'wide';
  if (layout === 'wide' && yearColumns.length === 0) return null;
  return { names, col, yearColumns, layout };
}

const isBlank = (r: readonly Cell[]) => r.every(isEmpty);

export interface TableReaderOptions {
  /** The workbook sheet the rows come from. */
  sheet?: string;
  /**
   * Delimited text: a row with more fields than the header is a problem (an unquoted "110,5" in
   * a comma-separated file), never cut to the header's width. In a sheet, cells beside the
   * table are simply outside it.
   */
  strictWidth?: boolean;
}

/**
 * Parsed rows → records, fed in batches as the file streams in. Rows before the header are held
 * until the header shows up (titles above a table are few); blank rows are listed only once a
 * later row shows they are not the file's trailing line breaks.
 */
export class TableReader {
  private rowCount = 0;
  private header: Header | null = null;
  private headerRow = 0;
  private beforeHeader: { row: number; blank: boolean }[] = [];
  private pendingBlank: number[] = [];
  private sawContent = false;
  readonly skipped: SkippedRow[] = [];

  constructor(private readonly options: TableReaderOptions = {}) {}

  private skip(row: number, reason: SkippedRow['reason']) {
    this.skipped.push(
      this.options.sheet === undefined
        ? { row, reason }
        : { row, sheet: this.options.sheet, reason },
    );
  }

  /** Rows absent from a sheet (it stores only rows with cells): counted, not listed. */
  advance(rows: number): void {
    this.rowCount += rows;
  }

  /** Records in the rows given; rows are numbered from 1 across all calls. */
  push(rows: readonly (readonly Cell[])[]): RawRecord[] {
    const records: RawRecord[] = [];
    for (const r of rows) {
      const rowNumber = ++this.rowCount;
      if (!this.header) {
        const blank = isBlank(r);
        if (!blank) this.sawContent = true;
        const header = blank ? null : findHeader(r);
        if (!header) {
          this.beforeHeader.push({ row: rowNumber, blank });
          continue;
        }
        this.header = header;
        this.headerRow = rowNumber;
        for (const b of this.beforeHeader) this.skip(b.row, b.blank ? 'blank' : 'note');
        this.beforeHeader = [];
        continue;
      }
      if (isBlank(r)) {
        this.pendingBlank.push(rowNumber);
        continue;
      }
      for (const row of this.pendingBlank) this.skip(row, 'blank');
      this.pendingBlank = [];
      this.readRow(r, rowNumber, records);
    }
    return records;
  }

  private readRow(r: readonly Cell[], row: number, out: RawRecord[]) {
    const { names, col, yearColumns, layout } = this.header!;
    let filled = 0;
    let last = -1;
    r.forEach((c, k) => {
      if (isEmpty(c)) return;
      filled++;
      last = k;
    });
    const cell = (k: number) => (k >= 0 ? cellText(r[k]) : '');
    // One filled cell is a title or a note, never a value (a value needs indicator, year, value).
    if (filled === 1) {
      this.skip(row, 'note');
      return;
    }
    // What every record of this row shares: its indicator and area, named as the file names them.
    const common = {
      row,
      ...(this.options.sheet === undefined ? {} : { sheet: this.options.sheet }),
      indicator: cell(col('indicator')),
      area: col('area') >= 0 ? cell(col('area')) : null,
      indicatorColumn: names[col('indicator')]!,
      areaColumn: col('area') >= 0 ? names[col('area')]! : '',
      wide: layout === 'wide',
    };
    // The first error among the cells a record is read from, named by its column.
    const errorIn = (columns: number[]): ReadProblem | undefined => {
      for (const k of columns) {
        const c = k >= 0 ? r[k] : undefined;
        if (c === undefined || !isError(c)) continue;
        return c.error === null
          ? { reason: 'no_formula_result', column: names[k] ?? '', detail: {} }
          : { reason: 'cell_error', column: names[k] ?? '', detail: { error: c.error } };
      }
      return undefined;
    };
    const shared = [col('indicator'), col('area')];
    if (this.options.strictWidth && last >= names.length) {
      const extra = r
        .slice(names.length)
        .map(cellText)
        .filter((c) => c !== '');
      out.push({
        ...common,
        year: layout === 'long' ? cell(col('year')) : '',
        value: layout === 'long' ? cell(col('value')) : '',
        yearColumn: layout === 'long' ? names[col('year')]! : '',
        valueColumn: layout === 'long' ? names[col('value')]! : '',
        wide: false,
        problem: {
          reason: 'extra_fields',
          column: '',
          detail: {
            fields: String(last + 1),
            columns: String(names.length),
            extra: extra.join(' | '),
          },
        },
      });
      return;
    }
    const valueOf = (k: number): string | number => {
      const c = r[k];
      return typeof c === 'number' ? c : cellText(c);
    };
    if (layout === 'long') {
      const problem = errorIn([...shared, col('year'), col('value')]);
      // A template row left empty is not a value (and not an error): listed as skipped.
      if (!problem && cell(col('value')) === '') {
        this.skip(row, 'no_value');
        return;
      }
      out.push({
        ...common,
        year: cell(col('year')),
        value: valueOf(col('value')),
        yearColumn: names[col('year')]!,
        valueColumn: names[col('value')]!,
        ...(problem ? { problem } : {}),
      });
      return;
    }
    for (const k of yearColumns) {
      if (isEmpty(r[k])) continue; // an empty year cell in a wide sheet is simply no value
      const problem = errorIn([...shared, k]);
      out.push({
        ...common,
        year: names[k]!,
        value: valueOf(k),
        yearColumn: names[k]!,
        valueColumn: names[k]!,
        ...(problem ? { problem } : {}),
      });
    }
  }

  /** After the last row: the layout, or why there is no table. Trailing blank rows are dropped. */
  finish(): TableSummary {
    const base = { layout: 'long' as const, headerRow: 0, skipped: this.skipped };
    if (!this.header) return { ...base, fatal: this.sawContent ? 'no_header' : 'empty' };
    return {
      layout: this.header.layout,
      headerRow: this.headerRow,
      skipped: this.skipped,
      fatal: null,
    };
  }
}

/** One batch of complete lines → rows; a quote left open means the file was cut short. */
export function parseRows(
  text: string,
  delimiter: string,
  newline: '\r\n' | '\n' | '\r',
): { rows: string[][]; truncated: boolean } {
  // Papa returns no row for empty input; here it is one blank line.
  if (text === '') return { rows: [['']], truncated: false };
  const parsed = Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: false });
  return {
    rows: parsed.data,
    truncated: parsed.errors.some((e) => e.code === 'MissingQuotes'),
  };
}
