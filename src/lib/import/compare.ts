// Side by side: the status of each target the province's annual page shows, computed from the
// user's own values (series 'own') and from the official data, by the same attainment engine.
import { reportTargets } from '../domain/area-year-report.ts';
import { headlineRows, type StatusRow } from '../domain/attainment/evaluate.ts';
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
    const a = o?.actual_value ?? null;
    const b = y.verdict.actual_value;
    return {
      indicatorId: y.indicatorId,
      targetId: y.targetId,
      official: o,
      yours: y.verdict,
      differs:
        a !== null &&
        b !== null &&
        (Math.abs(a - b) > 1e-9 || o!.actual_year !== y.verdict.actual_year),
    };
  });
  // Lines where the user has a value first.
  return lines.sort(
    (x, y) =>
      Number(y.yours?.status !== 'no_data') - Number(x.yours?.status !== 'no_data') ||
      x.targetId.localeCompare(y.targetId),
  );
}
