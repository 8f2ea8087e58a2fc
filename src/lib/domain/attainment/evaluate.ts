// Status of one target for one area, evaluation year and measurement series. Pure: the data
// build, the pages and the import's comparison all call these functions.
import type { Actual, Area, CrosswalkRow, SourceQuality, Target } from '../types.ts';
import { SERIES, type Comparator, type PlotSeries } from '../vocabulary.ts';
import {
  goodDirection,
  rangeSatisfies,
  satisfies,
  trajectoryValue,
  type ValueRange,
} from './compare.ts';
import {
  STALE_AFTER_YEARS,
  isAssessed,
  type Status,
  type StatusReason,
  emptyCounts,
} from './status.ts';
import { applicableTarget, deadlinesOf, validInYear, type TargetRole } from './target-choice.ts';

/** One verdict, with everything it was judged on (so a chart can draw it and a sentence say it). */
export interface StatusRow {
  indicator_id: string;
  area_id: string;
  eval_year: number;
  target_id: string;
  target_area_id: string;
  target_role: TargetRole;
  comparator: Comparator;
  target_value: number;
  target_year: number;
  plan_start_year: number;
  /** Series of the value judged ('own': the user's own figures); '' when there is none. */
  series: PlotSeries | '';
  actual_value: number | null;
  actual_low: number | null;
  actual_high: number | null;
  actual_low_inclusive: boolean;
  actual_high_inclusive: boolean;
  actual_year: number | null;
  actual_source_url: string;
  actual_source_quality: SourceQuality | '';
  actual_preliminary: boolean;
  actual_approximate: boolean;
  actual_uncertain_year: boolean;
  actual_n_sources: number;
  actual_conflict: boolean;
  /** The start of the straight path the verdict used (stated in the plan, or the first value). */
  baseline_year: number | null;
  baseline_value: number | null;
  baseline_stated: boolean;
  /** The path's value in the actual's year, when the verdict compared with it. */
  path_value: number | null;
  status: Status;
  reason: StatusReason;
}

/**
 * A value the engine judges: an official actual, or one of a province's own uploaded figures
 * (series 'own', judged by the same rules and never mixed with an official series).
 */
export type JudgedActual = Omit<Actual, 'series'> & { series: PlotSeries };

/** What a verdict reads of a target (a page may ship only this, never a legal reference). */
export type VerdictTarget = Pick<
  Target,
  | 'id'
  | 'indicator_id'
  | 'area_id'
  | 'year'
  | 'comparator'
  | 'value'
  | 'baseline_value'
  | 'baseline_year'
  | 'plan_start_year'
>;

/** The judged value as a range, when the source gives only a range (MoH SRB groups). */
export function rangeOfRow(
  r: Pick<
    StatusRow,
    'actual_low' | 'actual_high' | 'actual_low_inclusive' | 'actual_high_inclusive'
  >,
): ValueRange {
  return {
    low: r.actual_low,
    high: r.actual_high,
    lowInclusive: r.actual_low_inclusive,
    highInclusive: r.actual_high_inclusive,
  };
}

const rangeOf = (a: JudgedActual): ValueRange | null =>
  a.value === null
    ? {
        low: a.value_low,
        high: a.value_high,
        lowInclusive: a.low_inclusive,
        highInclusive: a.high_inclusive,
      }
    : null;

/** Latest actual at or before `year` (one key has one value: several sources are collapsed). */
export function latestActual<A extends JudgedActual>(
  actuals: readonly A[],
  year: number,
): A | null {
  let best: A | null = null;
  for (const a of actuals) {
    if (a.year > year) continue;
    if (!best || a.year > best.year) best = a;
  }
  return best;
}

/**
 * Start of the straight path: the target's stated baseline (taken at the plan's first year when
 * the text gives no year), else the first point value of the series from the plan's first year
 * whose year is certain.
 */
export function baselineFor(
  target: VerdictTarget,
  actuals: readonly JudgedActual[],
): { year: number; value: number; stated: boolean } | null {
  if (target.baseline_value !== null) {
    return {
      year: target.baseline_year ?? target.plan_start_year,
      value: target.baseline_value,
      stated: true,
    };
  }
  const first = actuals
    .filter((a) => a.year >= target.plan_start_year && a.value !== null && !a.uncertain_year)
    .sort((a, b) => a.year - b.year)[0];
  return first ? { year: first.year, value: first.value!, stated: false } : null;
}

export interface CellInput {
  target: VerdictTarget;
  role: TargetRole;
  areaId: string;
  evalYear: number;
  /** Actuals of this indicator, area and series only (never mixed). */
  actuals: readonly JudgedActual[];
}

type Verdict = {
  status: Status;
  reason: StatusReason;
  path: number | null;
  baseline: { year: number; value: number; stated: boolean } | null;
};

function judge(
  target: VerdictTarget,
  evalYear: number,
  actual: JudgedActual,
  actuals: readonly JudgedActual[],
) {
  const judgeYear = Math.min(evalYear, target.year);
  const verdict = (
    status: Status,
    reason: StatusReason = '',
    extra: Partial<Verdict> = {},
  ): Verdict => ({ status, reason, path: null, baseline: null, ...extra });
  // A value must be fit to judge before it is compared at all.
  if (actual.year < target.plan_start_year) return verdict('not_assessable', 'before_plan');
  if (actual.uncertain_year) return verdict('not_assessable', 'uncertain_year');
  if (judgeYear - actual.year > STALE_AFTER_YEARS) return verdict('not_assessable', 'stale');
  const range = rangeOf(actual);
  const ok = range
    ? rangeSatisfies(target.comparator, target.value, range)
    : satisfies(target.comparator, target.value, actual.value!);
  if (ok === null) return verdict('not_assessable', 'range_straddles');
  if (ok) return verdict('met');
  if (evalYear >= target.year) return verdict('not_met');
  const direction = goodDirection(target.comparator);
  if (direction === 'exact') return verdict('not_yet_met', 'exact_target');
  const baseline = baselineFor(target, actuals);
  // The only possible baseline is the value being judged: no path to compare with.
  if (!baseline || (!baseline.stated && baseline.year >= actual.year))
    return verdict('not_yet_met', 'no_baseline');
  if (actual.year < baseline.year) return verdict('not_yet_met', 'before_baseline');
  const path = trajectoryValue(baseline, { year: target.year, value: target.value }, actual.year);
  const onPath = (v: number) => (direction === 'down' ? v <= path : v >= path);
  if (range) {
    const best = direction === 'down' ? range.low : range.high;
    const worst = direction === 'down' ? range.high : range.low;
    if (worst !== null && onPath(worst)) return verdict('on_track', '', { path, baseline });
    if (best !== null && !onPath(best)) return verdict('off_track', '', { path, baseline });
    return verdict('not_assessable', 'range_straddles', { path, baseline });
  }
  return verdict(onPath(actual.value!) ? 'on_track' : 'off_track', '', { path, baseline });
}

export function evaluate(cell: CellInput): StatusRow {
  const { target, evalYear } = cell;
  // A target is judged on values up to its deadline: a 2026 value never decides a 2025 target.
  const actual = latestActual(cell.actuals, Math.min(evalYear, target.year));
  const v: Verdict = actual
    ? judge(target, evalYear, actual, cell.actuals)
    : { status: 'no_data', reason: '', path: null, baseline: null };
  return {
    indicator_id: target.indicator_id,
    area_id: cell.areaId,
    eval_year: evalYear,
    target_id: target.id,
    target_area_id: target.area_id,
    target_role: cell.role,
    comparator: target.comparator,
    target_value: target.value,
    target_year: target.year,
    plan_start_year: target.plan_start_year,
    series: actual ? actual.series : '',
    actual_value: actual?.value ?? null,
    actual_low: actual?.value_low ?? null,
    actual_high: actual?.value_high ?? null,
    actual_low_inclusive: actual?.low_inclusive ?? false,
    actual_high_inclusive: actual?.high_inclusive ?? false,
    actual_year: actual?.year ?? null,
    actual_source_url: actual?.source_url ?? '',
    actual_source_quality: actual?.source_quality ?? '',
    actual_preliminary: actual?.preliminary ?? false,
    actual_approximate: actual?.approximate ?? false,
    actual_uncertain_year: actual?.uncertain_year ?? false,
    actual_n_sources: actual?.n_sources ?? 0,
    actual_conflict: actual?.conflict ?? false,
    baseline_year: v.baseline?.year ?? null,
    baseline_value: v.baseline?.value ?? null,
    baseline_stated: v.baseline?.stated ?? false,
    path_value: v.path,
    status: v.status,
    reason: v.reason,
  };
}

export interface StatusInput {
  targets: readonly Target[];
  actuals: readonly Actual[];
  areas: readonly Area[];
  crosswalk: readonly CrosswalkRow[];
  fromYear?: number;
  toYear: number;
}

/** Every target × applicable area × evaluation year × series with data (or one no_data row). */
export function computeStatusTable(input: StatusInput): StatusRow[] {
  const fromYear = input.fromYear ?? 2021;
  const rows: StatusRow[] = [];
  const byCell = new Map<string, Actual[]>();
  for (const a of input.actuals) {
    if (a.sex !== 'all') continue;
    const key = `${a.indicator_id}|${a.area_id}`;
    const list = byCell.get(key) ?? [];
    list.push(a);
    byCell.set(key, list);
  }
  const indicatorIds = [...new Set(input.targets.map((t) => t.indicator_id))].sort();
  const targetAreas = input.areas.filter((a) => a.kind === 'national' || a.kind === 'province');
  for (const indicatorId of indicatorIds) {
    const deadlines = deadlinesOf(input.targets, indicatorId);
    for (const area of targetAreas) {
      const cellActuals = byCell.get(`${indicatorId}|${area.id}`) ?? [];
      for (let y = fromYear; y <= input.toYear; y++) {
        if (!validInYear(area, y)) continue;
        for (const deadline of deadlines) {
          const applied = applicableTarget(
            input.targets,
            indicatorId,
            area.id,
            deadline,
            input.crosswalk,
          );
          if (!applied) continue;
          const judgeYear = Math.min(y, deadline);
          const seriesWithData = SERIES.filter((s) =>
            cellActuals.some((a) => a.series === s && a.year <= judgeYear),
          );
          const cells = seriesWithData.length ? seriesWithData : [null];
          for (const series of cells)
            rows.push(
              evaluate({
                target: applied.target,
                role: applied.role,
                areaId: area.id,
                evalYear: y,
                actuals: series ? cellActuals.filter((a) => a.series === series) : [],
              }),
            );
        }
      }
    }
  }
  return rows.sort(
    (a, b) =>
      a.indicator_id.localeCompare(b.indicator_id) ||
      a.area_id.localeCompare(b.area_id) ||
      a.eval_year - b.eval_year ||
      a.target_id.localeCompare(b.target_id) ||
      a.series.localeCompare(b.series),
  );
}

const seriesRank = (r: StatusRow) => {
  const i = (SERIES as readonly string[]).indexOf(r.series);
  return i < 0 ? SERIES.length : i;
};

/**
 * One row per (indicator, area, eval year, target) for scorecards: a series that supports a
 * verdict before one that does not, then the most recent value, then the series order.
 */
export function headlineRows(rows: readonly StatusRow[]): StatusRow[] {
  const best = new Map<string, StatusRow>();
  const better = (r: StatusRow, cur: StatusRow) => {
    const ra = Number(isAssessed(r.status));
    const ca = Number(isAssessed(cur.status));
    if (ra !== ca) return ra > ca;
    const ry = r.actual_year ?? -1;
    const cy = cur.actual_year ?? -1;
    if (ry !== cy) return ry > cy;
    return seriesRank(r) < seriesRank(cur);
  };
  for (const r of rows) {
    const key = `${r.indicator_id}|${r.area_id}|${r.eval_year}|${r.target_id}`;
    const cur = best.get(key);
    if (!cur || better(r, cur)) best.set(key, r);
  }
  return [...best.values()];
}

export function summarise(rows: readonly StatusRow[]): Record<Status, number> {
  const counts = emptyCounts();
  for (const r of rows) counts[r.status] += 1;
  return counts;
}
