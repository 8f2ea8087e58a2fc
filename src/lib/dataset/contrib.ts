// Contributed files (data/contrib/*.csv): a province's reviewed figures, exported from the import
// page as a data pack. They have the columns of data/actuals/*.csv, the dataset's own indicator ids
// in `indicator`, and three provenance columns every row must fill: the report (`document`), the
// body that issued it (`agency`) and its date (`document_date`, YYYY-MM-DD). A province's report
// is an administrative report: series admin_register, source_quality official. After these checks
// the rows go through the same validation as every other actuals file.
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';

export const CONTRIB_DIR = 'contrib';
export const PROVENANCE_COLUMNS = ['document', 'agency', 'document_date'] as const;
export const CONTRIB_SERIES = 'admin_register';
export const CONTRIB_QUALITY = 'official';

export const isContribFile = (file: string) => file.startsWith(`${CONTRIB_DIR}/`);

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * The rules a contributed row must meet beyond those of every actuals row. `today` (ISO) bounds
 * the document's date: a report cannot be dated in the future.
 */
export function checkContrib(records: readonly SourceRecord[], today: string): SourceError[] {
  const errors: SourceError[] = [];
  for (const r of records) {
    const v = r.values;
    const err = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    for (const column of PROVENANCE_COLUMNS) {
      if (!(column in v))
        err(column, `missing provenance column "${column}" (data/contrib/README.md)`);
      else if (!v[column]!.trim())
        err(
          column,
          column === 'document'
            ? 'missing provenance: the report the value comes from (number and title)'
            : column === 'agency'
              ? 'missing provenance: the agency that issued the report'
              : 'missing provenance: the date of the report (YYYY-MM-DD)',
        );
    }
    const date = (v.document_date ?? '').trim();
    if (date && !isIsoDate(date))
      err('document_date', `"${date}" is not a date written YYYY-MM-DD`);
    else if (date && date > today) err('document_date', `${date} is after today (${today})`);
    const series = (v.series ?? '').trim();
    if (series && series !== CONTRIB_SERIES)
      err(
        'series',
        `a province's report is an administrative report: series must be ${CONTRIB_SERIES}`,
      );
    const quality = (v.source_quality ?? '').trim();
    if (quality && quality !== CONTRIB_QUALITY)
      err('source_quality', `a province's own report is ${CONTRIB_QUALITY}, not "${quality}"`);
  }
  return errors;
}
