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
  description_vi: string;
  description_en: string;
  date_or_value: string;
  where_in_plan: string;
}

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
    commitments.push({
      area_id: plan.area_id,
      plan_id: plan.id,
      item_type: v.item_type ?? '',
      description_vi: '',
      description_en: v.description_en ?? '',
      date_or_value: v.date_or_value ?? '',
      where_in_plan: v.where_in_seed ?? '',
    });
  }
  return { plans, commitments, errors };
}
