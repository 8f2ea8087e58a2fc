// The verdicts the attainment engine gives, their reasons, and how they map onto the three classes
// the Government's annual report uses (met / not met / cannot be assessed).

/**
 * - met: the value satisfies the target
 * - on_track / off_track: before the deadline, not yet satisfied; at or better than / worse than
 *   the straight path from the baseline to the target
 * - not_yet_met: before the deadline, not yet satisfied, and no path to judge progress against
 * - not_met: the deadline has come and the value does not satisfy the target
 * - not_assessable: there is a value but it cannot support a verdict (see NotAssessableReason)
 * - no_data: no value at all
 */
export const STATUSES = [
  'met',
  'on_track',
  'off_track',
  'not_yet_met',
  'not_met',
  'not_assessable',
  'no_data',
] as const;
export type Status = (typeof STATUSES)[number];

/** Why a value cannot support a verdict. Shown on the badge itself. */
export const NOT_ASSESSABLE_REASONS = [
  'uncertain_year',
  'before_plan',
  'stale',
  'range_straddles',
] as const;
export type NotAssessableReason = (typeof NOT_ASSESSABLE_REASONS)[number];

/** Why a value that does not yet meet its target has no path verdict. */
export const NO_PATH_REASONS = ['no_baseline', 'before_baseline', 'exact_target'] as const;
export type NoPathReason = (typeof NO_PATH_REASONS)[number];

export type StatusReason = NotAssessableReason | NoPathReason | '';

/** A value older than the year it is judged for by more than this cannot be assessed. */
export const STALE_AFTER_YEARS = 3;

/** The Government's annual report classes: đạt / chưa đạt / không đánh giá được (+ no data). */
export const REPORT_CLASSES = ['met', 'not_met', 'not_assessable', 'no_data'] as const;
export type ReportClass = (typeof REPORT_CLASSES)[number];

export function reportClass(status: Status): ReportClass {
  switch (status) {
    case 'met':
      return 'met';
    case 'on_track':
    case 'off_track':
    case 'not_yet_met':
    case 'not_met':
      return 'not_met';
    case 'not_assessable':
      return 'not_assessable';
    case 'no_data':
      return 'no_data';
  }
}

/** Is this a verdict on the value (met or not met), as opposed to no verdict? */
export function isAssessed(status: Status): boolean {
  const c = reportClass(status);
  return c === 'met' || c === 'not_met';
}

export function emptyCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

export function countBy<T>(items: readonly T[], statusOf: (item: T) => Status) {
  const counts = emptyCounts();
  for (const item of items) counts[statusOf(item)] += 1;
  return counts;
}

export function reportCounts(counts: Record<Status, number>): Record<ReportClass, number> {
  const out = Object.fromEntries(REPORT_CLASSES.map((c) => [c, 0])) as Record<ReportClass, number>;
  for (const s of STATUSES) out[reportClass(s)] += counts[s];
  return out;
}
