// The value axis rule (tiny and all-zero ranges, plausible ranges) and the direct labels' placing.
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { MIN_SPAN_SHARE, valueDomain } from '../../../src/lib/figure/axis.ts';
import { spreadLabels } from '../../../src/lib/figure/labels.ts';

const percent = { min: 0, max: 100 };
/** The labels an axis of this domain would print with `n` ticks. */
const ticks = (domain: [number, number], n = 3) => scaleLinear().domain(domain).ticks(n);

describe('value axis', () => {
  it('a single 0 of a percentage gets an axis of a tenth of its range, from 0, never 0–0.1', () => {
    // Women chairing provincial People's Committees: 0 % in 2025.
    const [lo, hi] = valueDomain([0], percent);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(100 * MIN_SPAN_SHARE);
    expect(hi).toBeLessThanOrEqual(20);
    // At least three distinct tick labels, whole numbers.
    const t = ticks([lo, hi]);
    expect(t.length).toBeGreaterThanOrEqual(3);
    expect(t.every((v) => Number.isInteger(v))).toBe(true);
  });

  it('all zeros without a known range still get a readable axis', () => {
    const [lo, hi] = valueDomain([0, 0, null]);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(1);
    expect(hi).toBeLessThanOrEqual(2);
    expect(ticks([lo, hi]).length).toBeGreaterThanOrEqual(3);
  });

  it('values close together are not blown up to fill the chart (no 49–51 axis for a share near 50 %)', () => {
    const [lo, hi] = valueDomain([49.6, 50.1, 50.4], percent);
    expect(hi - lo).toBeGreaterThanOrEqual(100 * MIN_SPAN_SHARE);
    expect(lo).toBeLessThanOrEqual(49.6);
    expect(hi).toBeGreaterThanOrEqual(50.4);
  });

  it('never leaves the plausible range: no percentage above 100, nothing below 0', () => {
    const [lo, hi] = valueDomain([96, 99.5, 100], percent);
    expect(hi).toBe(100);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(valueDomain([2, 3], percent)[0]).toBe(0);
  });

  it('a wide range keeps its values and rounds outwards (SRB 104–115 with a target of 109)', () => {
    const [lo, hi] = valueDomain([104.1, 111.4, 115.2, 109], { min: 90, max: 130 });
    expect(lo).toBeLessThanOrEqual(104.1);
    expect(hi).toBeGreaterThanOrEqual(115.2);
    expect(lo).toBeGreaterThanOrEqual(90);
    expect(Number.isInteger(lo) && Number.isInteger(hi)).toBe(true);
  });

  it('a small-valued indicator keeps a readable span (TFR 1.9–2.1 of 0.5–8)', () => {
    const [lo, hi] = valueDomain([1.91, 2.09], { min: 0.5, max: 8 });
    expect(hi - lo).toBeGreaterThanOrEqual(7.5 * MIN_SPAN_SHARE);
    expect(hi - lo).toBeLessThan(2);
    expect(lo).toBeLessThanOrEqual(1.91);
  });

  it('yes/no runs from 0 to 1; negative values keep their sign', () => {
    expect(valueDomain([1], null, true)).toEqual([0, 1]);
    const [lo] = valueDomain([-3, 2]);
    expect(lo).toBeLessThan(-3);
  });
});

describe('direct labels', () => {
  it('keep their order and a gap, moving as little as they must, inside the plot', () => {
    const ys = spreadLabels([50, 52, 200, 51], 12, 10, 300);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(12);
    expect(ys[2]).toBe(200); // far from the others: not moved
    expect(ys[0]).toBe(50); // the first of the crowd stays put
    expect(ys[0]! < ys[3]! && ys[3]! < ys[1]!).toBe(true); // 50 < 51 < 52 stays so
  });

  it('keep clear of a target’s label', () => {
    const [a, b] = spreadLabels([40, 100], 12, 0, 300, [42]);
    expect(Math.abs(a! - 42)).toBeGreaterThanOrEqual(12);
    expect(b).toBe(100);
  });

  it('labels pushed past the bottom move up as a block', () => {
    const ys = spreadLabels([295, 296, 297], 12, 10, 300);
    expect(Math.max(...ys)).toBeLessThanOrEqual(300);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(10);
  });
});
