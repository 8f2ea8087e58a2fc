// Status of one target for one area, evaluation year and measurement series.
import type { Actual, Area, Comparator, CrosswalkRow, Series, Target } from '../types.ts';
import {
  goodDirection,
  rangeSatisfies,
  satisfies,
  trajectoryValue,
  type ValueRange,
} from './compare.ts';
import { explain } from './explain.ts';
import { STALE_AFTER_YEARS, type Status } from './status.ts';

export interface StatusRow {
  indicator_id: string;
  area_id: string;
  eval_year: number;
  target_id: string;
  target_area_id: string;
  national_target_applied: boolean;
  comparator: Comparator;
  target_value: number;
  target_year: number;
  baseline_value: number | null;
  baseline_year: number | null;
  series: Series | '';
  actual_value: number | null;
  actual_low: number | null;
  actual_high: number | null;
  actual_year: number | null;
  actual_source_url: string;
  path_value: number | null;
  stale: boolean;
  preliminary: boolean;
  status: Status;
  explanation_vi: string;
  explanation_en: string;
}

const rangeOf = (a: Actual): ValueRange | null =>
  a.value === null
    ? {
        low: a.value_low,
        high: a.value_high,
        lowInclusive: a.low_inclusive,
        highInclusive: a.high_inclusive,
      }
    : null;

/** Latest actual at or before `year`; several sources for that year: the lowest source id. */
export function latestActual(actuals: readonly Actual[], year: number): Actual | null {
  let best: Actual | null = null;
  for (const a of actuals) {
    if (a.year > year) continue;
    if (!best || a.year > best.year || (a.year === best.year && a.source_id < best.source_id))
      best = a;
  }
  return best;
}

/** Baseline of the straight path: the target's stated baseline, else the first actual ≥ plan start. */
export function baselineFor(
  target: Target,
  actuals: readonly Actual[],
): { year: number; value: number } | null {
  if (target.baseline_value !== null) {
    // A baseline stated without a year is taken at the plan's start (documented on Methodology).
    return { year: target.baseline_year ?? target.plan_start_year, value: target.baseline_value };
  }
  const first = actuals
    .filter((a) => a.year >= target.plan_start_year && a.value !== null)
    .sort((a, b) => a.year - b.year || a.source_id.localeCompare(b.source_id))[0];
  return first ? { year: first.year, value: first.value! } : null;
}

export interface CellInput {
  target: Target;
  areaId: string;
  evalYear: number;
  series: Series | '';
  /** Actuals of this indicator, area and series only (never mixed). */
  actuals: readonly Actual[];
  nationalTargetApplied: boolean;
  vintageNoteFor: string | null;
}

export function evaluate(cell: CellInput): StatusRow {
  const { target, evalYear } = cell;
  const actual = latestActual(cell.actuals, evalYear);
  let status: Status;
  let pathValue: number | null = null;
  let reason: 'range' | 'no_baseline' | 'before_baseline' | 'exact' | null = null;
  const range = actual ? rangeOf(actual) : null;

  if (!actual) {
    status = 'no_data';
  } else {
    const ok = range
      ? rangeSatisfies(target.comparator, target.value, range)
      : satisfies(target.comparator, target.value, actual.value!);
    if (ok === null) {
      status = 'undetermined';
      reason = 'range';
    } else if (ok) {
      status = 'met';
    } else if (evalYear >= target.year) {
      status = 'not_met';
    } else {
      const direction = goodDirection(target.comparator);
      const baseline = baselineFor(target, cell.actuals);
      if (direction === 'exact') {
        status = 'undetermined';
        reason = 'exact';
      } else if (!baseline || (target.baseline_value === null && baseline.year >= actual.year)) {
        // The only possible baseline is the value being judged: no path to compare with.
        status = 'undetermined';
        reason = 'no_baseline';
      } else if (actual.year < baseline.year) {
        // The path starts at the baseline; a value from before it cannot be on or off that path.
        status = 'undetermined';
        reason = 'before_baseline';
      } else {
        pathValue = trajectoryValue(
          baseline,
          { year: target.year, value: target.value },
          actual.year,
        );
        const path = pathValue;
        const onPath = (v: number) => (direction === 'down' ? v <= path : v >= path);
        if (range) {
          const lowOk = range.low !== null && onPath(range.low);
          const highOk = range.high !== null && onPath(range.high);
          const allOk = direction === 'down' ? highOk : lowOk;
          const noneOk =
            direction === 'down'
              ? range.low !== null && !onPath(range.low)
              : range.high !== null && !onPath(range.high);
          status = allOk ? 'on_track' : noneOk ? 'off_track' : 'undetermined';
          if (status === 'undetermined') reason = 'range';
        } else {
          status = onPath(actual.value!) ? 'on_track' : 'off_track';
        }
      }
    }
  }
  const stale = actual !== null && evalYear - actual.year > STALE_AFTER_YEARS;
  const base = {
    status,
    comparator: target.comparator,
    targetValue: target.value,
    targetYear: target.year,
    evalYear,
    series: actual ? actual.series : ('' as const),
    actualValue: actual?.value ?? null,
    range,
    actualYear: actual?.year ?? null,
    pathValue,
    preliminary: actual?.preliminary ?? false,
    stale,
    nationalTargetApplied: cell.nationalTargetApplied,
    vintageNoteFor: cell.vintageNoteFor,
    reason,
  };
  return {
    indicator_id: target.indicator_id,
    area_id: cell.areaId,
    eval_year: evalYear,
    target_id: target.id,
    target_area_id: target.area_id,
    national_target_applied: cell.nationalTargetApplied,
    comparator: target.comparator,
    target_value: target.value,
    target_year: target.year,
    baseline_value: target.baseline_value,
    baseline_year: target.baseline_year,
    series: actual ? actual.series : '',
    actual_value: actual?.value ?? null,
    actual_low: actual?.value_low ?? null,
    actual_high: actual?.value_high ?? null,
    actual_year: actual?.year ?? null,
    actual_source_url: actual?.source_url ?? '',
    path_value: pathValue,
    stale,
    preliminary: actual?.preliminary ?? false,
    status,
    explanation_vi: explain(base, 'vi'),
    explanation_en: explain(base, 'en'),
  };
}

/** Is an area valid at any time during `year`? (2025 holds both the 63 and the 34 provinces.) */
export function validInYear(area: Area, year: number): boolean {
  const from = area.valid_from ? Number(area.valid_from.slice(0, 4)) : -Infinity;
  const to = area.valid_to ? Number(area.valid_to.slice(0, 4)) : Infinity;
  return from <= year && year <= to;
}

/**
 * The target that applies to an area for an indicator and deadline: the area's own provincial
 * target if its plan sets one, otherwise the national target (flagged).
 */
export function selectTarget(
  targets: readonly Target[],
  indicatorId: string,
  areaId: string,
  deadline: number,
): { target: Target; nationalTargetApplied: boolean } | null {
  const own = targets.find(
    (t) => t.indicator_id === indicatorId && t.area_id === areaId && t.year === deadline,
  );
  if (own) return { target: own, nationalTargetApplied: false };
  const national = targets.find(
    (t) => t.indicator_id === indicatorId && t.area_id === 'VN' && t.year === deadline,
  );
  return national ? { target: national, nationalTargetApplied: areaId !== 'VN' } : null;
}

export interface StatusInput {
  targets: readonly Target[];
  actuals: readonly Actual[];
  areas: readonly Area[];
  crosswalk: readonly CrosswalkRow[];
  fromYear?: number;
  toYear: number;
}

const SERIES_ORDER: readonly Series[] = [
  'survey',
  'census',
  'civil_registration',
  'admin_register',
  'derived_count',
  'moh_group',
];

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
  const areaById = new Map(input.areas.map((a) => [a.id, a]));
  const indicatorIds = [...new Set(input.targets.map((t) => t.indicator_id))].sort();
  const targetAreas = input.areas.filter((a) => a.kind === 'national' || a.kind === 'province');
  for (const indicatorId of indicatorIds) {
    const deadlines = [
      ...new Set(input.targets.filter((t) => t.indicator_id === indicatorId).map((t) => t.year)),
    ].sort();
    for (const area of targetAreas) {
      const cellActuals = byCell.get(`${indicatorId}|${area.id}`) ?? [];
      for (let y = fromYear; y <= input.toYear; y++) {
        if (!validInYear(area, y)) continue;
        for (const deadline of deadlines) {
          const chosen = selectTarget(input.targets, indicatorId, area.id, deadline);
          // A provincial target applies only to its own area; other areas use the national one.
          if (!chosen) continue;
          // Own targets of a pre-merger province do not carry over to the new province.
          const predecessorsWithOwn =
            area.vintage === 34 && chosen.nationalTargetApplied
              ? input.crosswalk
                  .filter((c) => c.new_area_id === area.id)
                  .map((c) => areaById.get(c.old_area_id))
                  .filter(
                    (old) =>
                      old &&
                      input.targets.some(
                        (t) =>
                          t.indicator_id === indicatorId &&
                          t.area_id === old.id &&
                          t.year === deadline,
                      ),
                  )
              : [];
          const vintageNoteFor = predecessorsWithOwn[0]?.name_vi ?? null;
          const seriesWithData = SERIES_ORDER.filter((s) =>
            cellActuals.some((a) => a.series === s && a.year <= y),
          );
          if (seriesWithData.length === 0) {
            rows.push(
              evaluate({
                target: chosen.target,
                areaId: area.id,
                evalYear: y,
                series: '',
                actuals: [],
                nationalTargetApplied: chosen.nationalTargetApplied,
                vintageNoteFor,
              }),
            );
            continue;
          }
          for (const series of seriesWithData) {
            rows.push(
              evaluate({
                target: chosen.target,
                areaId: area.id,
                evalYear: y,
                series,
                actuals: cellActuals.filter((a) => a.series === series),
                nationalTargetApplied: chosen.nationalTargetApplied,
                vintageNoteFor,
              }),
            );
          }
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

/**
 * One row per (indicator, area, eval year, target) for scorecards: the series whose actual is the
 * most recent (ties by series order); no_data only when no series has data.
 */
export function headlineRows(rows: readonly StatusRow[]): StatusRow[] {
  const best = new Map<string, StatusRow>();
  const rank = (r: StatusRow) => (r.series ? SERIES_ORDER.indexOf(r.series) : 99);
  for (const r of rows) {
    const key = `${r.indicator_id}|${r.area_id}|${r.eval_year}|${r.target_id}`;
    const cur = best.get(key);
    if (
      !cur ||
      (r.actual_year ?? -1) > (cur.actual_year ?? -1) ||
      ((r.actual_year ?? -1) === (cur.actual_year ?? -1) && rank(r) < rank(cur))
    )
      best.set(key, r);
  }
  return [...best.values()];
}

export function summarise(rows: readonly StatusRow[]): Record<Status, number> {
  const counts: Record<Status, number> = {
    met: 0,
    on_track: 0,
    off_track: 0,
    not_met: 0,
    undetermined: 0,
    no_data: 0,
    no_target: 0,
  };
  for (const r of rows) counts[r.status] += 1;
  return counts;
}
