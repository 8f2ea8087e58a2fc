// A province's own figures as the site's engine sees them: actuals of their own series ('own',
// never one of the official ones), judged by evaluate() against the targets a page shows, and
// drawn as a line of their own. Pure: the import's comparison and the province pages use it on
// what the browser keeps; nothing here touches the network or the database.
import { toTrendPoint } from '../domain/trend.ts';
import type { AppliedTarget } from '../domain/attainment/target-choice.ts';
import { evaluate, type JudgedActual, type StatusRow } from '../domain/attainment/evaluate.ts';
import { countBy, type Status } from '../domain/attainment/status.ts';
import { OWN_AREA } from '../charts/identity.ts';
import type { TrendLine } from '../domain/trend.ts';
import { OWN_SERIES } from '../domain/vocabulary.ts';
import type { Conflict } from './merge.ts';
import type { UserValue } from './validate.ts';

/** Where an own value came from, as text (a file and row), never a link. */
export function ownSourceOf(v: Pick<UserValue, 'file' | 'row' | 'sheet'>, fallbackFile = '') {
  const file = v.file ?? fallbackFile;
  return `file:${file}${v.sheet ? `#sheet=${v.sheet}` : ''}#row=${v.row}`;
}

export function ownActuals(values: readonly UserValue[], fallbackFile = ''): JudgedActual[] {
  return values.map((v) => ({
    indicator_id: v.indicator_id,
    area_id: v.area_id,
    year: v.year,
    series: OWN_SERIES,
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
    source_url: ownSourceOf(v, fallbackFile),
    // Not a publication: the quality of an unpublished upload is not claimed.
    source_quality: 'official',
    n_sources: 1,
    conflict: false,
    note: '',
  }));
}

/** The verdict of one target on the user's values for that indicator and area only. */
export function ownVerdict(
  applied: AppliedTarget,
  areaId: string,
  evalYear: number,
  actuals: readonly JudgedActual[],
): StatusRow {
  return evaluate({
    target: applied.target,
    role: applied.role,
    areaId,
    evalYear,
    actuals: actuals.filter(
      (a) => a.indicator_id === applied.target.indicator_id && a.area_id === areaId,
    ),
  });
}

export interface OwnRow {
  targetId: string;
  indicatorId: string;
  verdict: StatusRow;
  /** The user's values of this indicator and area, as a line of their own ('own|own|all'). */
  line: TrendLine | null;
  /** The point the verdict was judged on, on that line. */
  judged: { key: string; year: number } | null;
  path: { from: { year: number; value: number }; to: { year: number; value: number } } | null;
  /** Where the judged value came from: file and row. */
  from: { file: string; row: number; sheet?: string } | null;
  /** Years up to the evaluation year whose value the files gave differently (none used). */
  conflicts: Conflict[];
}

export const OWN_LINE_KEY = `${OWN_AREA}|${OWN_SERIES}|all`;

/**
 * For each target a page shows, the verdict on the user's values of the page's area (by the
 * same engine as the official verdicts), the line to draw and what the verdict was judged on.
 */
export function ownRows(
  applied: readonly AppliedTarget[],
  values: readonly UserValue[],
  areaId: string,
  evalYear: number,
  fallbackFile = '',
  conflicts: readonly Conflict[] = [],
): OwnRow[] {
  const mine = values.filter((v) => v.area_id === areaId);
  const actuals = ownActuals(mine, fallbackFile);
  return applied.map((a) => {
    const verdict = ownVerdict(a, areaId, evalYear, actuals);
    // The one conversion of a value to a chart point (the same as the official series').
    const points = actuals
      .filter((v) => v.indicator_id === a.target.indicator_id)
      .sort((p, q) => p.year - q.year)
      .map((v) => toTrendPoint(v));
    const judgedValue =
      verdict.actual_year === null
        ? undefined
        : mine.find(
            (v) => v.indicator_id === a.target.indicator_id && v.year === verdict.actual_year,
          );
    return {
      targetId: a.target.id,
      indicatorId: a.target.indicator_id,
      verdict,
      line: points.length
        ? { key: OWN_LINE_KEY, areaId: OWN_AREA, series: OWN_SERIES, sex: 'all', points }
        : null,
      judged:
        verdict.actual_year === null ? null : { key: OWN_LINE_KEY, year: verdict.actual_year },
      path:
        verdict.path_value !== null &&
        verdict.baseline_year !== null &&
        verdict.baseline_value !== null
          ? {
              from: { year: verdict.baseline_year, value: verdict.baseline_value },
              to: { year: verdict.target_year, value: verdict.target_value },
            }
          : null,
      conflicts: conflicts.filter(
        (c) =>
          c.indicator_id === a.target.indicator_id && c.area_id === areaId && c.year <= evalYear,
      ),
      from: judgedValue
        ? {
            file: judgedValue.file ?? fallbackFile,
            row: judgedValue.row,
            ...(judgedValue.sheet === undefined ? {} : { sheet: judgedValue.sheet }),
          }
        : null,
    };
  });
}

/** Counts of the verdicts on the user's values alone (never mixed with the official ones). */
export function ownCounts(rows: readonly OwnRow[]): Record<Status, number> {
  return countBy(rows, (r) => r.verdict.status);
}
