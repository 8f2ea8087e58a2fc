// Scorecard view model: one line per target applying to an area in an evaluation year, with the
// headline status (most recent series) and the trend of that same series for a sparkline.
import type { StatusRow } from './attainment/evaluate.ts';
import { headlineRows, summarise } from './attainment/evaluate.ts';
import type { Actual, Indicator } from './types.ts';

export interface ScorecardLine {
  row: StatusRow;
  indicator: Indicator;
  /** Values of the same indicator, area and series (the one the status used), for a sparkline. */
  trend: { year: number; value: number }[];
}

export function buildScorecard(
  statusRows: readonly StatusRow[],
  actuals: readonly Actual[],
  indicators: readonly Indicator[],
): ScorecardLine[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const order = new Map(indicators.map((i, k) => [i.id, k]));
  return headlineRows(statusRows)
    .filter((r) => byId.has(r.indicator_id))
    .sort(
      (a, b) =>
        (order.get(a.indicator_id) ?? 0) - (order.get(b.indicator_id) ?? 0) ||
        a.target_year - b.target_year,
    )
    .map((row) => ({
      row,
      indicator: byId.get(row.indicator_id)!,
      trend: actuals
        .filter(
          (a) =>
            a.indicator_id === row.indicator_id &&
            a.area_id === row.area_id &&
            a.series === row.series &&
            a.sex === 'all' &&
            a.value !== null,
        )
        .map((a) => ({ year: a.year, value: a.value! })),
    }));
}

export function scorecardCounts(lines: readonly ScorecardLine[]) {
  return summarise(lines.map((l) => l.row));
}
