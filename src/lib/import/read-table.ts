// Text of an uploaded sheet → records in a long layout, whatever the file looks like: delimiter
// (, ; tab), Vietnamese or English headers, notes and blank rows around the table, and either the
// long layout (one value per row) or the wide one (indicators as rows, years as columns).
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
  /** Column names of the file for year and value, for error messages. */
  yearColumn: string;
  valueColumn: string;
}

export interface ReadResult {
  delimiter: string;
  layout: 'long' | 'wide';
  headerRow: number;
  records: RawRecord[];
  /** Rows that are not data (titles, notes, blank) — listed, never silently dropped. */
  skipped: { row: number; reason: 'note' | 'blank' | 'no_value' }[];
  /** Structural problems that stop the import. */
  fatal: null | 'empty' | 'no_header' | 'truncated';
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

export function readTable(text: string): ReadResult {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  // The file's final line break is not a blank row worth listing.
  while (rows.length && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  const delimiter = parsed.meta.delimiter;
  const base: ReadResult = {
    delimiter,
    layout: 'long',
    headerRow: 0,
    records: [],
    skipped: [],
    fatal: null,
  };
  if (rows.length === 0) return { ...base, fatal: 'empty' };
  if (parsed.errors.some((e) => e.code === 'MissingQuotes')) return { ...base, fatal: 'truncated' };

  const headerIndex = rows.findIndex((r) => {
    const fields = r.map(fieldOf);
    return (
      fields.includes('indicator') &&
      (fields.includes('value') || r.some((c) => YEAR.test(c.trim())))
    );
  });
  if (headerIndex < 0) return { ...base, fatal: 'no_header' };
  const header = rows[headerIndex]!.map((h) => h.trim());
  const fields = header.map(fieldOf);
  const col = (f: Field) => fields.indexOf(f);
  const yearColumns = header.map((h, i) => (YEAR.test(h) ? i : -1)).filter((i) => i >= 0);
  const layout: 'long' | 'wide' = col('value') >= 0 && col('year') >= 0 ? 'long' : 'wide';
  if (layout === 'wide' && yearColumns.length === 0) return { ...base, fatal: 'no_header' };

  const skipped: ReadResult['skipped'] = [];
  for (let i = 0; i < headerIndex; i++) {
    skipped.push({ row: i + 1, reason: rows[i]!.every((c) => c.trim() === '') ? 'blank' : 'note' });
  }
  const records: RawRecord[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const r = rows[i]!;
    const filled = r.filter((c) => c.trim() !== '').length;
    if (filled === 0) {
      skipped.push({ row: i + 1, reason: 'blank' });
      continue;
    }
    const cell = (k: number) => (k >= 0 ? (r[k] ?? '').trim() : '');
    // One filled cell is a title or a note, never a value (a value needs indicator, year, value).
    if (filled === 1) {
      skipped.push({ row: i + 1, reason: 'note' });
      continue;
    }
    const area = col('area') >= 0 ? cell(col('area')) : null;
    if (layout === 'long') {
      // A template row left empty is not a value (and not an error): listed as skipped.
      if (cell(col('value')) === '') {
        skipped.push({ row: i + 1, reason: 'no_value' });
        continue;
      }
      records.push({
        row: i + 1,
        indicator: cell(col('indicator')),
        area,
        year: cell(col('year')),
        value: cell(col('value')),
        yearColumn: header[col('year')]!,
        valueColumn: header[col('value')]!,
      });
    } else {
      for (const k of yearColumns) {
        if (cell(k) === '') continue; // an empty year cell in a wide sheet is simply no value
        records.push({
          row: i + 1,
          indicator: cell(col('indicator')),
          area,
          year: header[k]!,
          value: cell(k),
          yearColumn: header[k]!,
          valueColumn: header[k]!,
        });
      }
    }
  }
  return { delimiter, layout, headerRow: headerIndex + 1, records, skipped, fatal: null };
}
