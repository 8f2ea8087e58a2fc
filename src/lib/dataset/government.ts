// The Government's own assessment of the NQ28 targets (catalog/government_assessments.csv),
// validated: report year, target code (an NQ28 code, a part of one, ALL or REPORT), the status from
// its closed list or empty where the text states none (never filled in), a headline count's
// numbers, the page it was read from (listed in web_sources.csv) and the quote, and the texts a
// page shows in both languages. Every problem is an error with file, line, column and reason.
import {
  GOVERNMENT_STATUSES,
  isGovernmentStatus,
  parseTargetCode,
  STATUSES_BY_KIND,
  type GovernmentAssessment,
} from '../domain/government-assessment.ts';
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';
import type { WebSource } from './sources.ts';

export interface GovernmentAssessmentRecord extends GovernmentAssessment {
  /** As curated (English), kept for provenance in the download. */
  target_text: string;
  source_file: string;
  source_line: number;
}

/** The first year a report can cover (the Strategy starts in 2021). */
export const FIRST_REPORT_YEAR = 2021;

const COUNT_UNIT = /^of (\d+) targets$/;

export function buildGovernmentAssessments(
  records: readonly SourceRecord[],
  ctx: { webSources: ReadonlyMap<string, WebSource>; maxYear: number; webSourcesFile: string },
): { assessments: GovernmentAssessmentRecord[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const assessments: GovernmentAssessmentRecord[] = [];
  const seen = new Map<string, number>();
  for (const r of records) {
    const v = r.values;
    const before = errors.length;
    const err = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    const text = (column: string) => (v[column] ?? '').trim();

    const yearText = text('report_year');
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < FIRST_REPORT_YEAR || year > ctx.maxYear)
      err(
        'report_year',
        `report year "${yearText}" is not between ${FIRST_REPORT_YEAR} and ${ctx.maxYear}`,
      );
    const code = text('target_code');
    const parsed = parseTargetCode(code);
    if (!parsed)
      err(
        'target_code',
        `target code "${code}" is not an NQ28 code (MT1, MT2 CT1 … MT6 CT4), a part of one ("MT1 (component)"), ALL or REPORT`,
      );
    const status = text('government_status');
    if (status !== '' && !isGovernmentStatus(status))
      err(
        'government_status',
        `unknown status "${status}" (one of ${GOVERNMENT_STATUSES.join(', ')}, or empty where the text states none)`,
      );
    else if (parsed && status !== '') {
      const allowed: readonly string[] = STATUSES_BY_KIND[parsed.kind];
      if (!allowed.includes(status))
        err(
          'government_status',
          `status "${status}" does not fit target code "${code}" (allowed: ${allowed.join(', ')})`,
        );
    }
    if (parsed?.kind === 'report' && status === '')
      err('government_status', 'a REPORT row states that a report exists: report_exists');

    // A headline count: a whole number of targets, out of the number the unit states.
    let countValue: number | null = null;
    let countOf: number | null = null;
    if (parsed?.kind === 'count') {
      const value = text('value');
      const of = text('unit').match(COUNT_UNIT);
      if (!/^\d+$/.test(value))
        err('value', `a headline count must be a whole number, got "${value}"`);
      else countValue = Number(value);
      if (!of)
        err('unit', `a headline count's unit must read "of N targets", got "${text('unit')}"`);
      else countOf = Number(of[1]);
      if (countValue !== null && countOf !== null && countValue > countOf)
        err('value', `${countValue} targets counted out of ${countOf}`);
      if (status === '')
        err('government_status', 'a headline count (ALL) needs met_count or met_count_draft');
    }
    const valueYearText = text('value_year');
    if (valueYearText && !/^(19|20)\d\d$/.test(valueYearText))
      err('value_year', `value year "${valueYearText}" is not a year`);
    const date = text('report_date');
    if (date && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))))
      err('report_date', `report date "${date}" is not a date (YYYY-MM-DD)`);

    const url = text('source_url');
    const page = ctx.webSources.get(url);
    if (!/^https?:\/\//.test(url)) err('source_url', `"${url}" is not an http(s) URL`);
    else if (!page) err('source_url', `URL not listed in ${ctx.webSourcesFile}: ${url}`);
    if (!text('quote')) err('quote', 'missing quote: every row carries the words it was read from');
    for (const column of ['label_vi', 'label_en', 'report_vi', 'report_en'])
      if (!text(column)) err(column, `${column} is empty`);
    // Texts a page shows come in both languages, or not at all.
    for (const [vi, en] of [
      ['unit_vi', 'unit_en'],
      ['note_vi', 'note_en'],
    ] as const)
      if (!text(vi) !== !text(en)) err(text(vi) ? en : vi, `${vi} and ${en} go together`);

    const key = [yearText, code, status, text('value'), url].join('|');
    const first = seen.get(key);
    if (first !== undefined) err('target_code', `duplicate of line ${first}`);
    else seen.set(key, r.line);
    if (errors.length > before) continue;

    assessments.push({
      report_year: year,
      target_code: code,
      government_status: status as GovernmentAssessment['government_status'],
      value: text('value'),
      count_value: countValue,
      count_of: countOf,
      value_year: valueYearText ? Number(valueYearText) : null,
      label_vi: text('label_vi'),
      label_en: text('label_en'),
      unit_vi: text('unit_vi'),
      unit_en: text('unit_en'),
      note_vi: text('note_vi'),
      note_en: text('note_en'),
      report_vi: text('report_vi'),
      report_en: text('report_en'),
      report_date: date,
      source_url: url,
      source_publisher: page!.publisher,
      source_page_title: page!.title,
      source_language: page!.language,
      quote: text('quote'),
      target_text: text('target_text'),
      source_file: r.file,
      source_line: r.line,
    });
  }
  return { assessments, errors };
}
