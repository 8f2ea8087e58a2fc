// Pure view model for a trend chart: actual values grouped into lines that never mix series,
// areas or sexes, plus the targets drawn at their deadlines.
import type { Actual, Comparator, Series, Sex, Target } from './types.ts';

export interface TrendPoint {
  year: number;
  value: number | null;
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  preliminary: boolean;
  uncertainYear: boolean;
  sourceUrl: string;
}

export interface TrendLine {
  /** Stable key: area|series|sex. */
  key: string;
  areaId: string;
  series: Series;
  sex: Sex;
  points: TrendPoint[];
}

/** Group actuals into lines, one per (area, series, sex); points sorted by year. */
export function groupTrendLines(actuals: readonly Actual[]): TrendLine[] {
  const lines = new Map<string, TrendLine>();
  for (const a of actuals) {
    const key = `${a.area_id}|${a.series}|${a.sex}`;
    let line = lines.get(key);
    if (!line) {
      line = { key, areaId: a.area_id, series: a.series, sex: a.sex, points: [] };
      lines.set(key, line);
    }
    line.points.push({
      year: a.year,
      value: a.value,
      low: a.value_low,
      high: a.value_high,
      lowInclusive: a.low_inclusive,
      highInclusive: a.high_inclusive,
      preliminary: a.preliminary,
      uncertainYear: a.uncertain_year,
      sourceUrl: a.source_url,
    });
  }
  for (const line of lines.values()) line.points.sort((p, q) => p.year - q.year);
  return [...lines.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Whether values on the good side of a target lie above it (≥, >) or below it (≤, <, reduce to). */
export function goodSide(comparator: Comparator): 'above' | 'below' | 'equal' {
  if (comparator === '>' || comparator === '>=') return 'above';
  if (comparator === '=') return 'equal';
  return 'below';
}

export const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '=': '=',
  reduce_to: '≤',
};

/** y-domain covering values, ranges, targets and any reference band, with a little headroom. */
export function valueExtent(
  lines: readonly TrendLine[],
  targets: readonly Pick<Target, 'value' | 'baseline_value'>[],
  extra: readonly number[] = [],
): [number, number] {
  const values: number[] = [...extra];
  for (const l of lines)
    for (const p of l.points)
      for (const v of [p.value, p.low, p.high]) if (v !== null) values.push(v);
  for (const t of targets) {
    values.push(t.value);
    if (t.baseline_value !== null) values.push(t.baseline_value);
  }
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min || Math.abs(max) || 1) * 0.08;
  return [min >= 0 && min - pad < 0 ? 0 : min - pad, max + pad];
}
