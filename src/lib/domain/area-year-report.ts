// The annual report of one area for one year, the page a leader takes into a meeting: the targets
// that apply, grouped by the six NQ28 objectives, each with its verdict, what it was judged on and
// the series to chart; the predecessors' own plan targets for a merged province; context
// indicators; what changed since the previous year and why. Pure: the page renders it.
import type { StatusRow } from './attainment/evaluate.ts';
import { headlineRows } from './attainment/evaluate.ts';
import { countBy, type Status } from './attainment/status.ts';
import {
  predecessorOwnTargets,
  targetsForAreaYear,
  type AppliedTarget,
} from './attainment/target-choice.ts';
import { groupTrendLines, type TrendLine } from './trend.ts';
import type { Actual, CrosswalkRow, Indicator, Target } from './types.ts';
import { OBJECTIVE_OF_DOMAIN } from './types.ts';
import type { PlotSeries } from './vocabulary.ts';

export interface ReportRow {
  indicator: Indicator;
  target: Target;
  role: AppliedTarget['role'];
  /** The verdict shown (the series that supports a verdict, most recent first). */
  verdict: StatusRow;
  /** Verdicts of the other series with data, judged separately. */
  otherSeries: StatusRow[];
  /** The area's own series, then its predecessors' (never summed or averaged). */
  lines: TrendLine[];
  /** The straight path the verdict used, when it used one. */
  path: { from: { year: number; value: number }; to: { year: number; value: number } } | null;
  /** The point the verdict was judged on. */
  judged: { key: string; year: number } | null;
}

export interface ObjectiveGroup {
  objective: number;
  /** Targets with at least one value in some series. */
  rows: ReportRow[];
  /** Targets without any value: listed compactly. */
  empty: ReportRow[];
}

export type ChangeCause = 'new_data' | 'deadline' | 'ageing';

export interface VerdictChange {
  indicatorId: string;
  targetId: string;
  from: Status;
  to: Status;
  cause: ChangeCause;
  before: StatusRow;
  after: StatusRow;
}

export interface ContextChart {
  indicator: Indicator;
  lines: TrendLine[];
}

export interface AreaYearReport {
  groups: ObjectiveGroup[];
  counts: Record<Status, number>;
  changes: Record<ChangeCause, VerdictChange[]>;
  /** A merged province's predecessors' own plan targets, judged on the predecessors' values. */
  predecessors: { areaId: string; rows: ReportRow[]; counts: Record<Status, number> }[];
  context: ContextChart[];
  /** Every (area, series) drawn on the page, for one shared legend and identity registry. */
  plotted: { areaId: string; series: PlotSeries }[];
}

export interface AreaYearInput {
  areaId: string;
  year: number;
  indicators: readonly Indicator[];
  targets: readonly Target[];
  crosswalk: readonly CrosswalkRow[];
  /** Status rows of the area (and of its predecessors, for their own targets) for year and year − 1. */
  status: readonly StatusRow[];
  /** Actuals (sex 'all') of the area and of its predecessors, every indicator (later years are left out). */
  actuals: readonly Actual[];
  /** Ids of the pre-2025 provinces the area was formed from ([] otherwise). */
  predecessorIds: readonly string[];
}

const lineKey = (areaId: string, series: string) => `${areaId}|${series}|all`;

function reportRow(
  input: AreaYearInput,
  indicator: Indicator,
  applied: AppliedTarget,
  areaId: string,
  status: readonly StatusRow[],
  lineAreas: readonly string[],
): ReportRow | null {
  const rows = status.filter(
    (r) => r.area_id === areaId && r.eval_year === input.year && r.target_id === applied.target.id,
  );
  const [verdict] = headlineRows(rows);
  if (!verdict) return null;
  const lines = groupTrendLines(
    input.actuals.filter(
      (a) => a.indicator_id === indicator.id && a.sex === 'all' && lineAreas.includes(a.area_id),
    ),
  ).sort((a, b) => lineAreas.indexOf(a.areaId) - lineAreas.indexOf(b.areaId));
  const path =
    verdict.path_value !== null && verdict.baseline_year !== null && verdict.baseline_value !== null
      ? {
          from: { year: verdict.baseline_year, value: verdict.baseline_value },
          to: { year: verdict.target_year, value: verdict.target_value },
        }
      : null;
  return {
    indicator,
    target: applied.target,
    role: applied.role,
    verdict,
    otherSeries: rows.filter((r) => r !== verdict && r.series !== ''),
    lines,
    path,
    judged:
      verdict.actual_year !== null && verdict.series
        ? { key: lineKey(areaId, verdict.series), year: verdict.actual_year }
        : null,
  };
}

/** Changes of verdict for the same target since the previous year, each with its cause. */
export function verdictChanges(
  previous: readonly StatusRow[],
  current: readonly StatusRow[],
): Record<ChangeCause, VerdictChange[]> {
  const out: Record<ChangeCause, VerdictChange[]> = { new_data: [], deadline: [], ageing: [] };
  const key = (r: StatusRow) => `${r.area_id}|${r.target_id}`;
  const before = new Map(headlineRows(previous).map((r) => [key(r), r]));
  for (const after of headlineRows(current)) {
    const b = before.get(key(after));
    if (!b || b.status === after.status) continue;
    const sameValue =
      b.series === after.series &&
      b.actual_year === after.actual_year &&
      b.actual_value === after.actual_value &&
      b.actual_low === after.actual_low &&
      b.actual_high === after.actual_high;
    // Same value: the verdict moved because time passed — the value aged past the limit, or
    // (otherwise) the deadline arrived.
    const crossedDeadline = b.eval_year < after.target_year && after.eval_year >= after.target_year;
    const cause: ChangeCause = !sameValue
      ? 'new_data'
      : after.reason !== 'stale' && crossedDeadline
        ? 'deadline'
        : 'ageing';
    out[cause].push({
      indicatorId: after.indicator_id,
      targetId: after.target_id,
      from: b.status,
      to: after.status,
      cause,
      before: b,
      after,
    });
  }
  return out;
}

export function objectiveOf(indicator: Indicator): number | null {
  return OBJECTIVE_OF_DOMAIN[indicator.domain] ?? null;
}

/**
 * The targets the annual page of an area and year shows: per NQ28 indicator, the one that applies
 * for the focus deadline. The import's template and its comparison call this too, so a province's
 * own figures are always judged against the targets its page shows.
 */
export function reportTargets(
  targets: readonly Target[],
  areaId: string,
  year: number,
  crosswalk: readonly CrosswalkRow[],
  indicators: readonly Indicator[],
): AppliedTarget[] {
  const targeted = indicators.filter((i) => objectiveOf(i) !== null).map((i) => i.id);
  return targetsForAreaYear(targets, areaId, year, crosswalk, targeted);
}

export function buildAreaYearReport(all: AreaYearInput): AreaYearReport {
  // A report of year N draws what was known up to N: a later value (kept for later reports)
  // never appears on it, in a target's chart, a predecessor's or a context chart. The verdicts
  // already use values up to N (evaluate judges on values up to min(N, deadline)).
  const input = { ...all, actuals: all.actuals.filter((a) => a.year <= all.year) };
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  const applied = reportTargets(
    input.targets,
    input.areaId,
    input.year,
    input.crosswalk,
    input.indicators,
  );
  const lineAreas = [input.areaId, ...input.predecessorIds];
  const rows = applied
    .map((a) =>
      reportRow(input, byId.get(a.target.indicator_id)!, a, input.areaId, input.status, lineAreas),
    )
    .filter((r): r is ReportRow => r !== null);

  const groups: ObjectiveGroup[] = [];
  for (let objective = 1; objective <= 6; objective++) {
    const inGroup = rows.filter((r) => objectiveOf(r.indicator) === objective);
    if (!inGroup.length) continue;
    groups.push({
      objective,
      rows: inGroup.filter((r) => r.lines.some((l) => l.points.length)),
      empty: inGroup.filter((r) => !r.lines.some((l) => l.points.length)),
    });
  }

  const predecessors = [
    ...new Set(
      predecessorOwnTargets(input.targets, input.areaId, input.crosswalk).map((t) => t.area_id),
    ),
  ]
    .map((areaId) => {
      const own = predecessorOwnTargets(input.targets, input.areaId, input.crosswalk).filter(
        (t) => t.area_id === areaId && t.year >= input.year,
      );
      const predRows = own
        .map((t) =>
          reportRow(
            input,
            byId.get(t.indicator_id)!,
            { target: t, role: 'own' },
            areaId,
            input.status,
            [areaId],
          ),
        )
        .filter((r): r is ReportRow => r !== null);
      return { areaId, rows: predRows, counts: countBy(predRows, (r) => r.verdict.status) };
    })
    .filter((p) => p.rows.length);

  const shownTargets = new Set(rows.map((r) => r.indicator.id));
  const context = input.indicators
    .filter((i) => !shownTargets.has(i.id) && objectiveOf(i) === null)
    .map((indicator) => ({
      indicator,
      lines: groupTrendLines(
        input.actuals.filter(
          (a) =>
            a.indicator_id === indicator.id && a.sex === 'all' && lineAreas.includes(a.area_id),
        ),
      ).sort((a, b) => lineAreas.indexOf(a.areaId) - lineAreas.indexOf(b.areaId)),
    }))
    .filter((c) => c.lines.length);

  const ownStatus = (year: number) =>
    input.status.filter((r) => r.area_id === input.areaId && r.eval_year === year);
  const plotted = new Map<string, { areaId: string; series: PlotSeries }>();
  for (const l of [
    ...rows.flatMap((r) => r.lines),
    ...predecessors.flatMap((p) => p.rows.flatMap((r) => r.lines)),
    ...context.flatMap((c) => c.lines),
  ])
    plotted.set(`${l.areaId}|${l.series}`, { areaId: l.areaId, series: l.series });

  return {
    groups,
    counts: countBy(rows, (r) => r.verdict.status),
    changes: verdictChanges(ownStatus(input.year - 1), ownStatus(input.year)),
    predecessors,
    context,
    plotted: [...plotted.values()],
  };
}
