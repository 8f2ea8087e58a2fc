// Comparators exactly as the legal text states them. Strict and non-strict are never confused:
// 111 meets "≤ 111" and fails "< 111". "reduce_to" ("giảm xuống còn X") sets a ceiling: ≤ X.
import type { Comparator } from '../types.ts';

const EPSILON = 1e-9;

export function satisfies(comparator: Comparator, target: number, value: number): boolean {
  switch (comparator) {
    case '<':
      return value < target;
    case '<=':
    case 'reduce_to':
      return value <= target;
    case '>':
      return value > target;
    case '>=':
      return value >= target;
    case '=':
      return Math.abs(value - target) < EPSILON;
  }
}

/** A value known only as a range; a null bound is open (no limit on that side). */
export interface ValueRange {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

/** Is every value of the range above the target (so none is ≤ it)? */
const allAbove = (r: ValueRange, t: number, orEqual: boolean) =>
  r.low !== null && (r.low > t || (r.low === t && (orEqual || !r.lowInclusive)));
const allBelow = (r: ValueRange, t: number, orEqual: boolean) =>
  r.high !== null && (r.high < t || (r.high === t && (orEqual || !r.highInclusive)));

/**
 * Whether a ranged value satisfies the target: true when every value in the range does, false
 * when none does, null when the range straddles the threshold (the status is undetermined).
 */
export function rangeSatisfies(
  comparator: Comparator,
  target: number,
  r: ValueRange,
): boolean | null {
  switch (comparator) {
    case '<=':
    case 'reduce_to':
      // all ≤ t: the top is at most t; none ≤ t: every value is above t.
      if (r.high !== null && r.high <= target) return true;
      if (allAbove(r, target, false)) return false;
      return null;
    case '<':
      if (allBelow(r, target, false)) return true;
      if (r.low !== null && r.low >= target) return false;
      return null;
    case '>=':
      if (r.low !== null && r.low >= target) return true;
      if (allBelow(r, target, false)) return false;
      return null;
    case '>':
      if (allAbove(r, target, false)) return true;
      if (r.high !== null && r.high <= target) return false;
      return null;
    case '=': {
      const point = r.low !== null && r.low === r.high && r.lowInclusive && r.highInclusive;
      if (point) return Math.abs(r.low! - target) < EPSILON;
      const contains =
        (r.low === null || r.low < target || (r.low === target && r.lowInclusive)) &&
        (r.high === null || r.high > target || (r.high === target && r.highInclusive));
      return contains ? null : false;
    }
  }
}

/** Which side of the target is good: values above it (≥, >) or below it (≤, <, reduce to). */
export function goodDirection(comparator: Comparator): 'up' | 'down' | 'exact' {
  if (comparator === '>' || comparator === '>=') return 'up';
  if (comparator === '=') return 'exact';
  return 'down';
}

/** Value on the straight path from the baseline to the target, at `year`. */
export function trajectoryValue(
  baseline: { year: number; value: number },
  target: { year: number; value: number },
  year: number,
): number {
  if (target.year === baseline.year) return target.value;
  const share = (year - baseline.year) / (target.year - baseline.year);
  return baseline.value + (target.value - baseline.value) * share;
}
