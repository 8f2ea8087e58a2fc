// The value axis of a chart: what it covers, decided once in the figure model so the chart, its
// export and its tests agree. The rule:
// - it covers every value, range, target, path and band the chart draws;
// - it never spans less than MIN_SPAN_SHARE of the indicator's plausible range (a 0 alone, or
//   49.6 and 50.4, is not blown up to fill the chart: a single 0 on a 0–0.1 axis, a 49–51 axis);
// - an axis of values that are all ≥ 0 starts at 0 when its padding would cross it;
// - it never leaves the plausible range (no percentage above 100, so no "met" zone above 100 %);
// - yes/no values run from 0 to 1.
import { scaleLinear } from 'd3';

export interface Plausible {
  min: number;
  max: number;
}

/** The smallest span of an axis, as a share of the plausible range. */
export const MIN_SPAN_SHARE = 0.08;
const PAD_SHARE = 0.08;

export function valueDomain(
  values: readonly (number | null)[],
  plausible: Plausible | null = null,
  yesNo = false,
): [number, number] {
  if (yesNo) return [0, 1];
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const range =
    plausible && Number.isFinite(plausible.min) && Number.isFinite(plausible.max)
      ? plausible.max > plausible.min
        ? plausible
        : null
      : null;
  if (!known.length) return range ? [range.min, range.max] : [0, 1];
  let lo = Math.min(...known);
  let hi = Math.max(...known);
  const nonNegative = lo >= 0;
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  const minSpan = range ? (range.max - range.min) * MIN_SPAN_SHARE : magnitude * 0.1 || 1;
  if (hi - lo < minSpan) {
    const centre = (lo + hi) / 2;
    lo = centre - minSpan / 2;
    hi = centre + minSpan / 2;
    // Widened around the values, then moved back inside what is possible.
    const floor = nonNegative ? Math.max(0, range?.min ?? 0) : (range?.min ?? -Infinity);
    if (lo < floor) [lo, hi] = [floor, floor + (hi - lo)];
    if (range && hi > range.max) [lo, hi] = [range.max - (hi - lo), range.max];
  }
  const pad = (hi - lo) * PAD_SHARE;
  lo = nonNegative && lo - pad < 0 ? 0 : lo - pad;
  hi += pad;
  const [niceLo = lo, niceHi = hi] = scaleLinear().domain([lo, hi]).nice(5).domain();
  lo = range ? Math.max(range.min, niceLo) : niceLo;
  hi = range ? Math.min(range.max, niceHi) : niceHi;
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}
