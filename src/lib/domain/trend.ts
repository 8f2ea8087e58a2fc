// Pure view model for trend charts: actual values grouped into lines that never mix series, areas
// or sexes; segments that break where years are missing; the y-extent of what a chart draws.
import type { Actual, Comparator, Sex, ValueSource } from './types.ts';
import { goodDirection } from './attainment/compare.ts';
import type { PlotSeries } from './vocabulary.ts';
import { sourceDisplayTitle, titleLanguage } from './source-title.ts';

export interface TrendPoint {
  year: number;
  value: number | null;
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  preliminary: boolean;
  uncertainYear: boolean;
  approximate: boolean;
  /** How many sources give this point, and whether they disagree. */
  nSources: number;
  conflict: boolean;
  sourceUrl: string;
  sourceTitle: string;
  /** Every source of the point (one unless several give it), the preferred first. */
  sources: ValueSource[];
}

export interface TrendLine {
  /** Stable key: area|series|sex. */
  key: string;
  areaId: string;
  series: PlotSeries;
  sex: Sex;
  points: TrendPoint[];
}

/** The one conversion of an actual row to a chart point. */
export function toTrendPoint(
  a: Pick<
    Actual,
    | 'year'
    | 'value'
    | 'value_low'
    | 'value_high'
    | 'low_inclusive'
    | 'high_inclusive'
    | 'preliminary'
    | 'uncertain_year'
    | 'source_url'
    | 'source_quality'
  > &
    Partial<Pick<Actual, 'approximate' | 'n_sources' | 'conflict'>> & {
      source_title?: string;
      source_publisher?: string;
      source_page_title?: string;
      source_language?: string;
      sources?: ValueSource[];
    },
): TrendPoint {
  return {
    year: a.year,
    value: a.value,
    low: a.value_low,
    high: a.value_high,
    lowInclusive: a.low_inclusive,
    highInclusive: a.high_inclusive,
    preliminary: a.preliminary,
    uncertainYear: a.uncertain_year,
    approximate: a.approximate ?? false,
    nSources: a.n_sources ?? 1,
    conflict: a.conflict ?? false,
    sourceUrl: a.source_url,
    sourceTitle: a.source_title ?? '',
    sources: a.sources?.length
      ? a.sources
      : [
          {
            url: a.source_url,
            title: sourceDisplayTitle(
              a.source_publisher ?? '',
              a.source_page_title ?? '',
              a.source_title ?? '',
            ),
            language: a.source_language || titleLanguage(a.source_title ?? ''),
            quality: a.source_quality,
            value: a.value,
            low: a.value_low,
            high: a.value_high,
            preferred: true,
          },
        ],
  };
}

type LineInput = Parameters<typeof toTrendPoint>[0] &
  Pick<Actual, 'area_id' | 'sex'> & { series: PlotSeries };

/** Group actuals into lines, one per (area, series, sex); points sorted by year. */
export function groupTrendLines(actuals: readonly LineInput[]): TrendLine[] {
  const lines = new Map<string, TrendLine>();
  for (const a of actuals) {
    const key = `${a.area_id}|${a.series}|${a.sex}`;
    let line = lines.get(key);
    if (!line) {
      line = { key, areaId: a.area_id, series: a.series, sex: a.sex, points: [] };
      lines.set(key, line);
    }
    line.points.push(toTrendPoint(a));
  }
  for (const line of lines.values()) line.points.sort((p, q) => p.year - q.year);
  return [...lines.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Runs of consecutive observations with point values: a line is drawn within a run and breaks
 * between runs, so a missing year (a missing term, for a series observed every `cadence` years,
 * see SERIES_CADENCE) is a visible gap, never a bridge. Ranges are never joined.
 */
export function segments<P extends { year: number; value: number | null }>(
  points: readonly P[],
  cadence = 1,
) {
  const runs: P[][] = [];
  let run: P[] = [];
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    const last = run[run.length - 1];
    if (p.value === null) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    if (last && p.year - last.year > cadence) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Whether values on the good side of a target lie above it (≥, >) or below it (≤, <, reduce to). */
export function goodSide(comparator: Comparator): 'above' | 'below' | 'equal' {
  const SIDE = { up: 'above', down: 'below', exact: 'equal' } as const;
  return SIDE[goodDirection(comparator)];
}

/** y-domain covering values, ranges, targets and any reference band, with a little headroom. */
export function valueExtent(
  lines: readonly TrendLine[],
  extra: readonly (number | null)[] = [],
): [number, number] {
  const values: number[] = extra.filter((v): v is number => v !== null);
  for (const l of lines)
    for (const p of l.points)
      for (const v of [p.value, p.low, p.high]) if (v !== null) values.push(v);
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min || Math.abs(max) || 1) * 0.12;
  return [min >= 0 && min - pad < 0 ? 0 : min - pad, max + pad];
}
