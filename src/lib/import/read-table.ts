// Rows of an uploaded sheet → records in a long layout, whatever the file looks like: delimiter
// (, ; tab), Vietnamese or English headers, notes and blank rows around the table, and either the
// long layout (one value per row) or the wide one (indicators as rows, years as columns). Works
// batch by batch, so a large file is never held as one parsed table.
import Papa from 'papaparse';
import { asciiName } from '../dataset/names.ts';
import {
  cellText,
  columnName,
  isCovered,
  isEmpty,
  isError,
  rawValue,
  type Cell,
  type RawValue,
} from './cells.ts';
import { duplicateColumns, fieldOf, findHeader, twoRowHeader, type Header } from './header.ts';

export type { Cell, RawValue } from './cells.ts';

/** What the reader already knows is wrong with a record, before validation. */
export interface ReadProblem {
  reason: 'cell_error' | 'no_formula_result' | 'extra_fields' | 'unnamed_column';
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
  /**
   * As written in a text cell, a number typed in a spreadsheet (no separators to read), a number
   * in a cell formatted as a percentage, a date, or a cell under merged cells.
   */
  value: RawValue;
  /** The counts of a share ("Tử số", "Mẫu số"), when the file has those columns. */
  numerator?: RawValue;
  denominator?: RawValue;
  numeratorColumn?: string;
  denominatorColumn?: string;
  /** The reporting agency: the row's "Cơ quan báo cáo", else the file's notes line. */
  agency?: string;
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

/** Why a table (a text file, or one sheet) cannot be read at all. */
export type TableFatal = 'empty' | 'no_header' | 'duplicate_column';

export interface TableSummary {
  layout: 'long' | 'wide';
  headerRow: number;
  /** Rows that are not data (titles, notes, blank) — listed, never silently dropped. */
  skipped: SkippedRow[];
  /** Structural problems that stop the import (of this sheet, in a workbook). */
  fatal: null | TableFatal;
  /**
   * What the refusal names: for duplicate_column the row, the columns, their header text and the
   * merged range; for no_header the row that looked like a header and what it had.
   */
  detail?: Record<string, string>;
}

const isBlank = (r: readonly Cell[]) => r.every(isEmpty);

/** "Cơ quan báo cáo: Sở Y tế" above the table names the agency the file is from. */
function agencyOfNote(r: readonly Cell[]): string | null {
  const text = cellText(r.find((c) => !isEmpty(c)));
  if (!/^co quan bao cao\s*:/.test(asciiName(text).toLowerCase())) return null;
  const agency = text.slice(text.indexOf(':') + 1).trim();
  // The template of targets no agency is known to report says so instead of naming one.
  return agency === '' || /^chua xac dinh/.test(asciiName(agency).toLowerCase()) ? null : agency;
}

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
  /** A header found, until the next row shows whether it is a second header row. */
  private candidate: { cells: readonly Cell[]; header: Header; row: number } | null = null;
  /** The last row before the header, when it had content: maybe the header's upper half. */
  private previous: { row: number; cells: readonly Cell[] } | null = null;
  private beforeHeader: { row: number; blank: boolean }[] = [];
  private pendingBlank: number[] = [];
  private sawContent = false;
  /** A row that names an indicator column but has no value or year column. */
  private nearMiss: { row: number; text: string } | null = null;
  private fatal: { reason: TableFatal; detail: Record<string, string> } | null = null;
  private fileAgency: string | null = null;
  /** Columns with content but no header, reported once each. */
  private readonly unnamed = new Set<number>();
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
      if (this.fatal) continue;
      if (!this.header) {
        this.beforeData(r, rowNumber, records);
        continue;
      }
      this.dataRow(r, rowNumber, records);
    }
    return records;
  }

  private dataRow(r: readonly Cell[], rowNumber: number, records: RawRecord[]) {
    if (isBlank(r)) {
      this.pendingBlank.push(rowNumber);
      return;
    }
    for (const row of this.pendingBlank) this.skip(row, 'blank');
    this.pendingBlank = [];
    this.readRow(r, rowNumber, records);
  }

  private beforeData(r: readonly Cell[], rowNumber: number, records: RawRecord[]) {
    const candidate = this.candidate;
    if (candidate) {
      this.candidate = null;
      // The row right under a header may be its second row (sub-headers under a merged cell).
      const both = rowNumber === candidate.row + 1 ? twoRowHeader(candidate.cells, r) : null;
      const header = both && findHeader(both);
      if (header) return this.accept(header, both!, rowNumber);
      this.accept(candidate.header, candidate.cells, candidate.row);
      if (!this.fatal) this.dataRow(r, rowNumber, records);
      return;
    }
    const blank = isBlank(r);
    if (blank) {
      this.beforeHeader.push({ row: rowNumber, blank });
      return;
    }
    this.sawContent = true;
    let cells: readonly Cell[] = r;
    let header = findHeader(r);
    const above = this.previous;
    const both = above && above.row === rowNumber - 1 ? twoRowHeader(above.cells, r) : null;
    if (!header && both) {
      header = findHeader(both);
      if (header) cells = both;
    }
    // The row above is the header's upper half (a label merged or centred over this row's), not
    // a note.
    if (header && both) this.beforeHeader.pop();
    if (header) {
      this.candidate = { cells, header, row: rowNumber };
      return;
    }
    this.fileAgency = agencyOfNote(r) ?? this.fileAgency;
    if (!this.nearMiss) {
      const text = Array.from(r, (c) => cellText(c)).find((t) => fieldOf(t) === 'indicator');
      if (text) this.nearMiss = { row: rowNumber, text };
    }
    this.beforeHeader.push({ row: rowNumber, blank });
    this.previous = { row: rowNumber, cells: r };
  }

  private accept(header: Header, cells: readonly Cell[], row: number) {
    const duplicate = duplicateColumns(header, cells);
    if (duplicate) {
      this.fatal = {
        reason: 'duplicate_column',
        detail: {
          row: String(row),
          columns: duplicate.columns,
          text: duplicate.text,
          ...(duplicate.merged ? { merged: duplicate.merged } : {}),
        },
      };
      return;
    }
    this.header = header;
    this.headerRow = row;
    for (const b of this.beforeHeader) this.skip(b.row, b.blank ? 'blank' : 'note');
    this.beforeHeader = [];
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
    // One filled cell is a title or a note, never a value (a value needs indicator, year, value),
    // unless the row's indicator is the one merged down from the row above.
    if (filled === 1 && !isCovered(r[col('indicator')])) {
      this.skip(row, 'note');
      return;
    }
    // What every record of this row shares: its indicator and area, named as the file names them.
    const agency = cell(col('agency')) || this.fileAgency;
    const common = {
      row,
      ...(this.options.sheet === undefined ? {} : { sheet: this.options.sheet }),
      indicator: cell(col('indicator')),
      area: col('area') >= 0 ? cell(col('area')) : null,
      indicatorColumn: names[col('indicator')]!,
      areaColumn: col('area') >= 0 ? names[col('area')]! : '',
      wide: layout === 'wide',
      ...(agency ? { agency } : {}),
    };
    // A cell with content in a column without a header is not read: said once per column.
    r.forEach((c, k) => {
      if (isEmpty(c) || this.unnamed.has(k)) return;
      const beyond = k >= names.length;
      if (beyond ? this.options.strictWidth : names[k] !== '') return;
      this.unnamed.add(k);
      out.push({
        ...common,
        year: '',
        value: '',
        yearColumn: '',
        valueColumn: '',
        wide: false,
        problem: {
          reason: 'unnamed_column',
          column: columnName(k),
          detail: { text: cellText(c), column: columnName(k) },
        },
      });
    });
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
        .map((c) => cellText(c))
        .filter((c) => c !== '');
      out.push({
        ...common,
        year: layout === 'long' ? cell(col('year')) : '',
        value: layout === 'long' ? cell(col('value')) : '',
        yearColumn: layout === 'long' ? names[col('year')]! : '',
        valueColumn: layout === 'long' ? (names[col('value')] ?? '') : '',
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
    const valueOf = (k: number): RawValue => (k >= 0 ? rawValue(r[k]) : '');
    // An empty cell is no value; a cell under a merge is one the officer may think filled.
    const given = (k: number) => k >= 0 && (!isEmpty(r[k]) || isCovered(r[k]));
    if (layout === 'long') {
      const counts = [col('numerator'), col('denominator')];
      const problem = errorIn([...shared, col('year'), col('value'), ...counts]);
      // A template row left empty is not a value (and not an error): listed as skipped.
      if (!problem && !given(col('value')) && !counts.some(given)) {
        this.skip(row, 'no_value');
        return;
      }
      out.push({
        ...common,
        year: cell(col('year')),
        value: valueOf(col('value')),
        yearColumn: names[col('year')]!,
        valueColumn: names[col('value')] ?? '',
        ...(col('numerator') >= 0
          ? {
              numerator: valueOf(col('numerator')),
              denominator: valueOf(col('denominator')),
              numeratorColumn: names[col('numerator')]!,
              denominatorColumn: names[col('denominator')] ?? '',
            }
          : {}),
        ...(problem ? { problem } : {}),
      });
      return;
    }
    for (const k of yearColumns) {
      if (!given(k)) continue; // an empty year cell in a wide sheet is simply no value
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
    const candidate = this.candidate;
    if (candidate) {
      this.candidate = null;
      this.accept(candidate.header, candidate.cells, candidate.row);
    }
    const base = { layout: 'long' as const, headerRow: 0, skipped: this.skipped };
    if (this.fatal) return { ...base, fatal: this.fatal.reason, detail: this.fatal.detail };
    if (!this.header) {
      if (!this.sawContent) return { ...base, fatal: 'empty' };
      const near = this.nearMiss;
      return {
        ...base,
        fatal: 'no_header',
        ...(near ? { detail: { row: String(near.row), text: near.text } } : {}),
      };
    }
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
