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

export interface RawRecord {
  /** 1-based row in the file. */
  row: number;
  indicator: string;
  area: string | null;
  year: string;
  value: string;
  /** Column names as the file has them, for error messages. */
  indicatorColumn: string;
  areaColumn: string;
  yearColumn: string;
  valueColumn: string;
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

export interface TableSummary {
  layout: 'long' | 'wide';
  headerRow: number;
  /** Rows that are not data (titles, notes, blank) — listed, never silently dropped. */
  skipped: { row: number; reason: 'note' | 'blank' | 'no_value' }[];
  /** Structural problems that stop the import. */
  fatal: null | 'empty' | 'no_header';
}

interface Header {
  names: string[];
  col: (f: Field) => number;
  yearColumns: number[];
  layout: 'long' | 'wide';
}

function findHeader(row: string[]): Header | null {
  const fields = row.map(fieldOf);
  if (!fields.includes('indicator')) return null;
  if (!fields.includes('value') && !row.some((c) => YEAR.test(c.trim()))) return null;
  const names = row.map((h) => h.trim());
  const col = (f: Field) => fields.indexOf(f);
  const yearColumns = names.map((h, i) => (YEAR.test(h) ? i : -1)).filter((i) => i >= 0);
  const layout = col('value') >= 0 && col('year') >= 0 ? 'long' : 'wide';
  if (layout === 'wide' && yearColumns.length === 0) return null;
  return { names, col, yearColumns, layout };
}

const isBlank = (r: string[]) => r.every((c) => c.trim() === '');

/**
 * Parsed rows → records, fed in batches as the file streams in. Rows before the header are held
 * until the header shows up (titles above a table are few); blank rows are listed only once a
 * later row shows they are not the file's trailing line breaks.
 */
export class TableReader {
  private rowCount = 0;
  private header: Header | null = null;
  private headerRow = 0;
  private beforeHeader: string[][] = [];
  private pendingBlank: number[] = [];
  private sawContent = false;
  readonly skipped: TableSummary['skipped'] = [];

  /** Records in the rows given; rows are numbered from 1 across all calls. */
  push(rows: readonly string[][]): RawRecord[] {
    const records: RawRecord[] = [];
    for (const r of rows) {
      const rowNumber = ++this.rowCount;
      if (!this.header) {
        if (!isBlank(r)) this.sawContent = true;
        const header = isBlank(r) ? null : findHeader(r);
        if (!header) {
          this.beforeHeader.push(r);
          continue;
        }
        this.header = header;
        this.headerRow = rowNumber;
        this.beforeHeader.forEach((b, i) =>
          this.skipped.push({ row: i + 1, reason: isBlank(b) ? 'blank' : 'note' }),
        );
        this.beforeHeader = [];
        continue;
      }
      if (isBlank(r)) {
        this.pendingBlank.push(rowNumber);
        continue;
      }
      for (const row of this.pendingBlank) this.skipped.push({ row, reason: 'blank' });
      this.pendingBlank = [];
      this.readRow(r, rowNumber, records);
    }
    return records;
  }

  private readRow(r: string[], row: number, out: RawRecord[]) {
    const { names, col, yearColumns, layout } = this.header!;
    const filled = r.filter((c) => c.trim() !== '').length;
    const cell = (k: number) => (k >= 0 ? (r[k] ?? '').trim() : '');
    // One filled cell is a title or a note, never a value (a value needs indicator, year, value).
    if (filled === 1) {
      this.skipped.push({ row, reason: 'note' });
      return;
    }
    // What every record of this row shares: its indicator and area, named as the file names them.
    const common = {
      row,
      indicator: cell(col('indicator')),
      area: col('area') >= 0 ? cell(col('area')) : null,
      indicatorColumn: names[col('indicator')]!,
      areaColumn: col('area') >= 0 ? names[col('area')]! : '',
    };
    if (layout === 'long') {
      // A template row left empty is not a value (and not an error): listed as skipped.
      if (cell(col('value')) === '') {
        this.skipped.push({ row, reason: 'no_value' });
        return;
      }
      out.push({
        ...common,
        year: cell(col('year')),
        value: cell(col('value')),
        yearColumn: names[col('year')]!,
        valueColumn: names[col('value')]!,
      });
      return;
    }
    for (const k of yearColumns) {
      if (cell(k) === '') continue; // an empty year cell in a wide sheet is simply no value
      out.push({
        ...common,
        year: names[k]!,
        value: cell(k),
        yearColumn: names[k]!,
        valueColumn: names[k]!,
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
