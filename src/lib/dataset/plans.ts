// Provincial plans and their commitments (reporting deadlines, review tasks, events).
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';
import { matchArea, type AreaIndex } from './names.ts';
import { planDownloadName } from './sources.ts';

export interface Plan {
  id: string;
  area_id: string;
  document_number: string;
  date: string;
  title: string;
  period: string;
  /** '' when the plan's text is not stored in data/plans. */
  text_file: string;
  /** The name the text is published under in /data/plans/ (province, number, year); '' without text. */
  download_file: string;
  url: string;
  /** First year of the period the plan covers (targets' path starts here). */
  start_year: number;
  /** True while the plan is known only from a secondary report (number, date unconfirmed). */
  provisional: boolean;
}

export interface Commitment {
  area_id: string;
  plan_id: string;
  item_type: string;
  /** The plan's own wording (close paraphrase or quotation); the English is its translation. */
  description_vi: string;
  description_en: string;
  /** The deadline or value as curated ('2025-12-10'), kept for order; '' when none. */
  date_or_value: string;
  /** The same in words, in both languages ("trước ngày 10/12/2025" / "before 10 December 2025"). */
  date_or_value_vi: string;
  date_or_value_en: string;
  where_in_plan_vi: string;
  where_in_plan_en: string;
}

/** Columns every commitment fills in both languages (a page shows one of each pair). */
const COMMITMENT_TEXTS = [
  ['description_vi', 'description_en'],
  ['where_in_plan_vi', 'where_in_plan_en'],
] as const;

export function buildPlans(
  planRecords: readonly SourceRecord[],
  commitmentRecords: readonly SourceRecord[],
  areaIndex: AreaIndex,
): { plans: Plan[]; commitments: Commitment[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const plans: Plan[] = [];
  for (const r of planRecords) {
    const v = r.values;
    const vintage = v.vintage === '34' ? 34 : 63;
    const area = matchArea(v.province ?? '', areaIndex, { vintage });
    if (!area) {
      errors.push({
        file: r.file,
        line: r.line,
        column: 'province',
        reason: `no area matches "${v.province}"`,
      });
      continue;
    }
    const startYear = Number(v.start_year);
    if (!/^\d{4}$/.test((v.start_year ?? '').trim())) {
      errors.push({
        file: r.file,
        line: r.line,
        column: 'start_year',
        reason: `start year "${v.start_year ?? ''}" is not a year`,
      });
      continue;
    }
    plans.push({
      id: v.id ?? '',
      area_id: area.id,
      document_number: v.document_number ?? '',
      date: v.date ?? '',
      title: v.title ?? '',
      period: v.period ?? '',
      text_file: v.text_file ?? '',
      download_file: v.text_file
        ? planDownloadName({
            province: v.province ?? '',
            document_number: v.document_number ?? '',
            date: v.date ?? '',
            period: v.period ?? '',
          })
        : '',
      url: v.url ?? '',
      start_year: startYear,
      provisional: v.provisional === 'yes',
    });
  }
  const byDownload = new Map<string, string>();
  for (const p of plans.filter((x) => x.download_file)) {
    const first = byDownload.get(p.download_file);
    if (first)
      errors.push({
        file: planRecords[0]?.file ?? 'catalog/plans.csv',
        line: planRecords.find((r) => r.values.id === p.id)?.line ?? 0,
        column: 'text_file',
        reason: `plans ${first} and ${p.id} would both be published as ${p.download_file}`,
      });
    else byDownload.set(p.download_file, p.id);
  }
  const planByFile = new Map(plans.filter((p) => p.text_file).map((p) => [p.text_file, p]));
  const commitments: Commitment[] = [];
  for (const r of commitmentRecords) {
    const v = r.values;
    const plan = planByFile.get(v.seed_file ?? '');
    if (!plan) {
      errors.push({
        file: r.file,
        line: r.line,
        column: 'seed_file',
        reason: `no plan in plans.csv has the text file "${v.seed_file}"`,
      });
      continue;
    }
    const text = (column: string) => (v[column] ?? '').trim();
    const err = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    const before = errors.length;
    for (const pair of COMMITMENT_TEXTS)
      for (const column of pair)
        if (!text(column)) err(column, `${column} is empty: a page shows it in its own language`);
    // A deadline or value is shown in words, in the page's language, never as the curator wrote it.
    for (const column of ['date_or_value_vi', 'date_or_value_en'])
      if (!text(column) !== !text('date_or_value'))
        err(
          column,
          text('date_or_value')
            ? `${column} is empty while date_or_value is "${text('date_or_value')}"`
            : `${column} is set while date_or_value is empty`,
        );
    if (errors.length > before) continue;
    commitments.push({
      area_id: plan.area_id,
      plan_id: plan.id,
      item_type: text('item_type'),
      description_vi: text('description_vi'),
      description_en: text('description_en'),
      date_or_value: text('date_or_value'),
      date_or_value_vi: text('date_or_value_vi'),
      date_or_value_en: text('date_or_value_en'),
      where_in_plan_vi: text('where_in_plan_vi'),
      where_in_plan_en: text('where_in_plan_en'),
    });
  }
  return { plans, commitments, errors };
}
