// One-sentence explanation of a verdict, rendered at display time from the status row itself (the
// dataset stores no text): the value judged, its year and series, the target, the path when one
// was used, the reason when there is no verdict. Numbers per locale ("111,4" / "111.4").
import { formatNumber } from './format.ts';
import { VOCABULARY, roleLabel } from './messages/vocabulary.ts';
import { formatTargetValue, formatValue } from './values.ts';
import type { Locale } from '../domain/types.ts';
import { COMPARATOR_SYMBOL } from '../domain/vocabulary.ts';
import type { StatusRow } from '../domain/attainment/evaluate.ts';
import { STALE_AFTER_YEARS } from '../domain/attainment/status.ts';

const TEXT = {
  vi: {
    against: (target: string, year: number) => `so với mục tiêu ${target} vào năm ${year}`,
    path: (year: number, req: string, from: string) =>
      ` Lộ trình thẳng từ ${from} yêu cầu ${req} vào năm ${year}.`,
    baselineStated: (v: string, y: number) => `mức cơ sở ${v} (${y}) ghi trong kế hoạch`,
    baselineFirst: (v: string, y: number) => `giá trị đầu kỳ ${v} (${y})`,
    noData: (y: number, target: string, year: number) =>
      `Chưa có giá trị thực tế nào đến năm ${y} để so với mục tiêu ${target} vào năm ${year}.`,
    stale: (age: number) =>
      ` Số liệu cũ hơn ${STALE_AFTER_YEARS} năm (${age} năm trước năm được đánh giá).`,
    beforePlan: (start: number) => ` Kỳ kế hoạch bắt đầu năm ${start}.`,
    preliminary: ' Giá trị sơ bộ.',
    conflict: (n: number) => ` ${n} nguồn cho giá trị khác nhau; đây là giá trị được ưu tiên.`,
    sources: (n: number) => ` ${n} nguồn cùng cho giá trị này.`,
  },
  en: {
    against: (target: string, year: number) => `against the target ${target} by ${year}`,
    path: (year: number, req: string, from: string) =>
      ` The straight path from ${from} requires ${req} in ${year}.`,
    baselineStated: (v: string, y: number) => `the plan’s baseline ${v} (${y})`,
    baselineFirst: (v: string, y: number) => `the first value of the period ${v} (${y})`,
    noData: (y: number, target: string, year: number) =>
      `No actual value up to ${y} to compare with the target ${target} by ${year}.`,
    stale: (age: number) =>
      ` The value is more than ${STALE_AFTER_YEARS} years old (${age} years before the year assessed).`,
    beforePlan: (start: number) => ` The plan period starts in ${start}.`,
    preliminary: ' Preliminary value.',
    conflict: (n: number) => ` ${n} sources give different values; this is the preferred one.`,
    sources: (n: number) => ` ${n} sources give this value.`,
  },
};

export interface ExplainOptions {
  /** The indicator is yes/no: 1 and 0 are written as words. */
  yesNo?: boolean;
}

export function explain(row: StatusRow, locale: Locale, options: ExplainOptions = {}): string {
  const x = TEXT[locale];
  const v = VOCABULARY[locale];
  const target = `${COMPARATOR_SYMBOL[row.comparator]} ${formatTargetValue(row.target_value, locale, options.yesNo)}`;
  if (row.status === 'no_data' || row.actual_year === null)
    return `${x.noData(Math.min(row.eval_year, row.target_year), target, row.target_year)} ${capitalise(roleLabel(row, locale))}.`;
  const value = formatValue(
    {
      value: row.actual_value,
      low: row.actual_low,
      high: row.actual_high,
      lowInclusive: row.actual_low_inclusive,
      highInclusive: row.actual_high_inclusive,
    },
    locale,
    { yesNo: options.yesNo, approximate: row.actual_approximate },
  );
  const series = row.series ? `, ${v.series[row.series]}` : '';
  let sentence = `${value} (${row.actual_year}${series}) ${x.against(target, row.target_year)}: ${v.status[row.status].toLowerCase()}`;
  if (row.reason) sentence += ` — ${v.reason[row.reason]}`;
  sentence += '.';
  if (row.reason === 'stale') {
    sentence += x.stale(Math.min(row.eval_year, row.target_year) - row.actual_year);
  }
  if (row.reason === 'before_plan') sentence += x.beforePlan(row.plan_start_year);
  if (row.path_value !== null && row.baseline_year !== null && row.baseline_value !== null) {
    const from = (row.baseline_stated ? x.baselineStated : x.baselineFirst)(
      formatNumber(row.baseline_value, locale),
      row.baseline_year,
    );
    sentence += x.path(
      row.actual_year,
      `${COMPARATOR_SYMBOL[row.comparator]} ${formatNumber(row.path_value, locale, 2)}`,
      from,
    );
  }
  if (row.actual_preliminary) sentence += x.preliminary;
  if (row.actual_conflict) sentence += x.conflict(row.actual_n_sources);
  else if (row.actual_n_sources > 1) sentence += x.sources(row.actual_n_sources);
  sentence += ` ${capitalise(roleLabel(row, locale))}.`;
  return sentence;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
