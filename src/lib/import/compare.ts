// Side by side: the status of each target the province's annual page shows, computed from the
// user's own values (series 'own') and from the official data, by the same attainment engine.
import { reportTargets } from '../domain/area-year-report.ts';
import { headlineRows, rangeOfRow, type StatusRow } from '../domain/attainment/evaluate.ts';
import type { Area, CrosswalkRow, Indicator, Target } from '../domain/types.ts';
import { ownRows } from './own-figures.ts';
import type { UserValue } from './validate.ts';

export interface ComparisonLine {
  indicatorId: string;
  targetId: string;
  official: StatusRow | null;
  yours: StatusRow | null;
  /** Both have a value and they differ. */
  differs: boolean;
}

export function compareStatuses(input: {
  values: readonly UserValue[];
  fileName: string;
  area: Area;
  indicators: readonly Indicator[];
  targets: readonly Target[];
  crosswalk: readonly CrosswalkRow[];
  official: readonly StatusRow[];
  evalYear: number;
}): ComparisonLine[] {
  // The targets the area's page for that year shows, and no other: the same rule as the page.
  const applied = reportTargets(
    input.targets,
    input.area.id,
    input.evalYear,
    input.crosswalk,
    input.indicators,
  );
  const yours = ownRows(applied, input.values, input.area.id, input.evalYear, input.fileName);
  const official = new Map(
    headlineRows(
      input.official.filter((r) => r.eval_year === input.evalYear && r.area_id === input.area.id),
    ).map((r) => [r.target_id, r]),
  );
  const lines = yours.map((y): ComparisonLine => {
    const o = official.get(y.targetId) ?? null;
    return {
      indicatorId: y.indicatorId,
      targetId: y.targetId,
      official: o,
      yours: y.verdict,
      differs: o !== null && valuesDiffer(o, y.verdict),
    };
  });
  // Lines where the user has a value first.
  return lines.sort(
    (x, y) =>
      Number(y.yours?.status !== 'no_data') - Number(x.yours?.status !== 'no_data') ||
      x.targetId.localeCompare(y.targetId),
  );
}

/** Another year, or a value that is not the official one; when the official source gives only a
 *  range (MoH SRB groups), a value outside that range. */
function valuesDiffer(official: StatusRow, yours: StatusRow): boolean {
  const mine = yours.actual_value;
  const theirs = official.actual_value;
  const range = rangeOfRow(official);
  const hasRange = range.low !== null || range.high !== null;
  if (mine === null || (theirs === null && !hasRange)) return false;
  if (official.actual_year !== yours.actual_year) return true;
  if (theirs !== null) return Math.abs(theirs - mine) > 1e-9;
  const aboveLow =
    range.low === null || (range.lowInclusive ? mine >= range.low : mine > range.low);
  const belowHigh =
    range.high === null || (range.highInclusive ? mine <= range.high : mine < range.high);
  return !(aboveLow && belowHigh);
}
