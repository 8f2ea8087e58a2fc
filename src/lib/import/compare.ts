// Side by side: the status of each target computed from the user's own values and from the
// official data, by the same attainment engine.
import { computeStatusTable, headlineRows, type StatusRow } from '../domain/attainment/evaluate.ts';
import type { Actual, Area, CrosswalkRow, Target } from '../domain/types.ts';
import type { UserValue } from './validate.ts';

export interface ComparisonLine {
  indicatorId: string;
  targetId: string;
  official: StatusRow | null;
  yours: StatusRow | null;
  /** Both have a value and they differ. */
  differs: boolean;
}

export function userActuals(values: readonly UserValue[], fileName: string): Actual[] {
  return values.map((v) => ({
    indicator_id: v.indicator_id,
    area_id: v.area_id,
    year: v.year,
    // The user's own series: one method, never mixed with an official series.
    series: 'admin_register',
    sex: 'all',
    value: v.value,
    value_low: null,
    value_high: null,
    low_inclusive: false,
    high_inclusive: false,
    preliminary: false,
    derived: false,
    uncertain_year: false,
    approximate: false,
    source_id: 'USER',
    source_url: `file:${fileName}#row=${v.row}`,
    source_quality: 'official',
    n_sources: 1,
    conflict: false,
    note: '',
  }));
}

export function compareStatuses(input: {
  values: readonly UserValue[];
  fileName: string;
  area: Area;
  targets: readonly Target[];
  crosswalk: readonly CrosswalkRow[];
  official: readonly StatusRow[];
  evalYear: number;
}): ComparisonLine[] {
  const yours = headlineRows(
    computeStatusTable({
      targets: input.targets,
      actuals: userActuals(input.values, input.fileName),
      areas: [input.area],
      crosswalk: input.crosswalk,
      fromYear: input.evalYear,
      toYear: input.evalYear,
    }),
  );
  const official = headlineRows(input.official.filter((r) => r.eval_year === input.evalYear));
  const keys = new Map<string, ComparisonLine>();
  for (const r of yours)
    keys.set(`${r.indicator_id}|${r.target_id}`, {
      indicatorId: r.indicator_id,
      targetId: r.target_id,
      official: null,
      yours: r,
      differs: false,
    });
  for (const r of official) {
    const k = `${r.indicator_id}|${r.target_id}`;
    const line = keys.get(k) ?? {
      indicatorId: r.indicator_id,
      targetId: r.target_id,
      official: null,
      yours: null,
      differs: false,
    };
    line.official = r;
    keys.set(k, line);
  }
  for (const line of keys.values()) {
    const a = line.official?.actual_value ?? null;
    const b = line.yours?.actual_value ?? null;
    line.differs =
      a !== null &&
      b !== null &&
      (Math.abs(a - b) > 1e-9 || line.official!.actual_year !== line.yours!.actual_year);
  }
  // Lines where the user has a value first.
  return [...keys.values()].sort(
    (x, y) =>
      Number(y.yours?.status !== 'no_data') - Number(x.yours?.status !== 'no_data') ||
      x.targetId.localeCompare(y.targetId),
  );
}
