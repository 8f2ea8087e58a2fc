// The data-pack codec: the one definition of a contributed file (data/contrib/*.csv), written by
// the import page ("Export as data pack", src/lib/import/data-pack.ts), read and checked by the
// data build (scripts/data/build-dataset.ts) and, later, by the ministry's compile page in the
// browser. No Node-only code here (CSV through PapaParse), so the browser and the build share it.
//
// A pack has the columns of data/actuals/*.csv, the dataset's own indicator ids in `indicator`,
// and three provenance columns every row must fill: the report (`document`), the body that issued
// it (`agency`) and its date (`document_date`, YYYY-MM-DD). A province's report is an
// administrative report: series admin_register, source_quality official. The file is data for the
// repository, not a sheet to open: it stores text as typed, never a spreadsheet's formula guard
// (a leading apostrophe), and refuses text a spreadsheet would run as a formula.
import { parseCsv, type SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';

export const CONTRIB_DIR = 'contrib';
export const PROVENANCE_COLUMNS = ['document', 'agency', 'document_date'] as const;
export const CONTRIB_SERIES = 'admin_register';
export const CONTRIB_QUALITY = 'official';

/** The columns of data/actuals/actuals_round4.csv, then the provenance of a contributed file. */
export const PACK_COLUMNS = [
  'indicator',
  'province',
  'year',
  'value',
  'unit',
  'period_note',
  'source_title',
  'source_url',
  'quote_hint',
  'vintage',
  'series',
  'flags',
  'source_quality',
  ...PROVENANCE_COLUMNS,
] as const;
export type PackColumn = (typeof PACK_COLUMNS)[number];
export type PackRow = Record<PackColumn, string | number>;

/** Columns holding numbers (a negative number is not a formula). */
const NUMBER_COLUMNS: readonly string[] = ['year', 'value', 'vintage'];

/** Text a spreadsheet would run as a formula. */
export const FORMULA_START = /^[=+\-@]/;
/** The same text behind the apostrophe a spreadsheet export adds to neutralise it. */
const GUARDED_FORMULA = /^'[=+\-@]/;

export const isContribFile = (file: string) => file.startsWith(`${CONTRIB_DIR}/`);

/** Is `text` a real calendar date written YYYY-MM-DD? */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The text cells of pack rows that a spreadsheet would run as formulas (column names). */
export function formulaColumns(rows: readonly PackRow[]): PackColumn[] {
  const found = new Set<PackColumn>();
  for (const row of rows)
    for (const c of PACK_COLUMNS)
      if (!NUMBER_COLUMNS.includes(c) && typeof row[c] === 'string' && FORMULA_START.test(row[c]))
        found.add(c);
  return [...found];
}

export class PackError extends Error {}

/** The kinds of problem decodePack reports (SourceError.code), for readers that word them. */
export const CONTRIB_PROBLEMS = [
  'missing_column',
  'missing_provenance',
  'bad_date',
  'future_date',
  'series',
  'quality',
  'formula_guard',
  'formula',
] as const;
export type ContribProblem = (typeof CONTRIB_PROBLEMS)[number];

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * A pack as CSV: UTF-8 with a BOM, RFC 4180 quoting, the text as given (no apostrophe added).
 * Throws PackError on text a spreadsheet would run as a formula: such a pack is refused, never
 * "fixed" by changing what the officer typed.
 */
export function encodePack(rows: readonly PackRow[]): string {
  const bad = formulaColumns(rows);
  if (bad.length) throw new PackError(`text starting with = + - @ in: ${bad.join(', ')}`);
  const cell = (v: string | number) =>
    typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : quote(v);
  const lines = [
    PACK_COLUMNS.join(','),
    ...rows.map((r) => PACK_COLUMNS.map((c) => cell(r[c])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The rules a contributed row must meet beyond those of every actuals row. `today` (ISO) bounds
 * the document's date: a report cannot be dated in the future.
 */
export function checkContrib(records: readonly SourceRecord[], today: string): SourceError[] {
  const errors: SourceError[] = [];
  for (const r of records) {
    const v = r.values;
    const err = (column: string, reason: string, code: ContribProblem) =>
      errors.push({ file: r.file, line: r.line, column, reason, code });
    for (const column of PROVENANCE_COLUMNS) {
      if (!(column in v))
        err(
          column,
          `missing provenance column "${column}" (data/contrib/README.md)`,
          'missing_column',
        );
      else if (!v[column]!.trim())
        err(
          column,
          column === 'document'
            ? 'missing provenance: the report the value comes from (number and title)'
            : column === 'agency'
              ? 'missing provenance: the agency that issued the report'
              : 'missing provenance: the date of the report (YYYY-MM-DD)',
          'missing_provenance',
        );
    }
    const date = (v.document_date ?? '').trim();
    if (date && !isIsoDate(date))
      err('document_date', `"${date}" is not a date written YYYY-MM-DD`, 'bad_date');
    else if (date && date > today)
      err('document_date', `${date} is after today (${today})`, 'future_date');
    const series = (v.series ?? '').trim();
    if (series && series !== CONTRIB_SERIES)
      err(
        'series',
        `a province's report is an administrative report: series must be ${CONTRIB_SERIES}`,
        'series',
      );
    const quality = (v.source_quality ?? '').trim();
    if (quality && quality !== CONTRIB_QUALITY)
      err(
        'source_quality',
        `a province's own report is ${CONTRIB_QUALITY}, not "${quality}"`,
        'quality',
      );
    for (const [column, text] of Object.entries(v)) {
      if (NUMBER_COLUMNS.includes(column)) continue;
      if (GUARDED_FORMULA.test(text))
        err(
          column,
          'starts with a spreadsheet formula guard (an apostrophe before = + - @): store the text as typed, without the apostrophe',
          'formula_guard',
        );
      else if (FORMULA_START.test(text))
        err(
          column,
          'text starting with = + - @ is read as a formula by spreadsheets: not allowed',
          'formula',
        );
    }
  }
  return errors;
}

/**
 * Read a pack: its records, and every problem the build would report (a missing column, then
 * the rules of checkContrib), each with file, line, column and reason.
 */
export function decodePack(
  file: string,
  text: string,
  today: string,
): { records: SourceRecord[]; errors: SourceError[] } {
  const { header, records } = parseCsv(file, text);
  const missing = PACK_COLUMNS.filter((c) => !header.includes(c));
  const errors: SourceError[] = missing.map((column) => ({
    file,
    line: 1,
    column,
    reason: `missing column "${column}" (data/contrib/README.md)`,
    code: 'missing_column',
  }));
  return { records, errors: [...errors, ...checkContrib(records, today)] };
}
