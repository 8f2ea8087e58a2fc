// Scorecard view model: one line per target applying to an area in an evaluation year, with the
// headline verdict (a series that supports a verdict first, then the most recent).
import type { StatusRow } from './attainment/evaluate.ts';
import { headlineRows, summarise } from './attainment/evaluate.ts';
import type { Indicator } from './types.ts';

export interface ScorecardLine {
  row: StatusRow;
  indicator: Indicator;
}

export function buildScorecard(
  statusRows: readonly StatusRow[],
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
    .map((row) => ({ row, indicator: byId.get(row.indicator_id)! }));
}

export function scorecardCounts(lines: readonly ScorecardLine[]) {
  return summarise(lines.map((l) => l.row));
}
