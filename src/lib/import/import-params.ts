// The /import page's URL parameters, read in the browser: `a` (a province id), `y` (a reporting
// year of that province), `p` (a reporting period), `agency` (a template's agency, as the slug of
// its file name). A URL is hostile input: a value is used only when it is one of the page's own
// choices; anything else is ignored and named in a note (shown as text, never as markup).
import { isReportPeriod, type ReportPeriod } from '../domain/report-period.ts';

export type UrlNote =
  | { kind: 'unknown_area' | 'bad_year' | 'bad_period' | 'unknown_agency'; value: string }
  | { kind: 'duplicate'; param: string };

export interface ImportParams {
  areaId: string | null;
  year: number | null;
  period: ReportPeriod | null;
  agency: string | null;
  /** Some choice came from the URL (else the page may open on what is kept). */
  given: boolean;
  notes: UrlNote[];
}

export interface ParamChoices {
  /** Province ids the page offers. */
  areaIds: readonly string[];
  defaultAreaId: string;
  /** The reporting years of a province. */
  yearsOf(areaId: string): readonly number[];
  defaultYearOf(areaId: string): number;
  /** The agency slugs of a province's templates in a year. */
  agenciesOf(areaId: string, year: number): readonly string[];
}

/** What a note quotes of a value: at most 60 characters, control characters removed. */
export function quoteValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

export function readImportParams(search: string, choices: ParamChoices): ImportParams {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const notes: UrlNote[] = [];
  const one = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1) notes.push({ kind: 'duplicate', param: name });
    return all.length ? all[0]! : null;
  };
  const a = one('a');
  const y = one('y');
  const p = one('p');
  const agency = one('agency');

  let areaId: string | null = null;
  if (a !== null) {
    if (choices.areaIds.includes(a)) areaId = a;
    else notes.push({ kind: 'unknown_area', value: quoteValue(a) });
  }
  const area = areaId ?? choices.defaultAreaId;

  let year: number | null = null;
  if (y !== null) {
    const n = /^\d{4}$/.test(y) ? Number(y) : NaN;
    if (choices.yearsOf(area).includes(n)) year = n;
    else notes.push({ kind: 'bad_year', value: quoteValue(y) });
  }

  let period: ReportPeriod | null = null;
  if (p !== null) {
    if (isReportPeriod(p)) period = p;
    else notes.push({ kind: 'bad_period', value: quoteValue(p) });
  }

  let focus: string | null = null;
  if (agency !== null) {
    const slugs = choices.agenciesOf(area, year ?? choices.defaultYearOf(area));
    if (slugs.includes(agency)) focus = agency;
    else notes.push({ kind: 'unknown_agency', value: quoteValue(agency) });
  }

  return {
    areaId,
    year,
    period,
    agency: focus,
    given: a !== null || y !== null || p !== null,
    notes,
  };
}
