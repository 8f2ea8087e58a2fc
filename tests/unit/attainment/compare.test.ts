import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  rangeSatisfies,
  satisfies,
  trajectoryValue,
} from '../../../src/lib/domain/attainment/index.ts';
import type { Comparator } from '../../../src/lib/domain/types.ts';

describe('satisfies: every comparator at and around the threshold', () => {
  it.each<[Comparator, number, boolean, boolean, boolean]>([
    // comparator, target, value below (t-0.1), value equal, value above (t+0.1)
    ['<', 111, true, false, false],
    ['<=', 111, true, true, false],
    ['reduce_to', 42, true, true, false],
    ['>', 90, false, false, true],
    ['>=', 50, false, true, true],
    ['=', 1, false, true, false],
  ])('%s %d', (c, t, below, equal, above) => {
    expect(satisfies(c, t, t - 0.1)).toBe(below);
    expect(satisfies(c, t, t)).toBe(equal);
    expect(satisfies(c, t, t + 0.1)).toBe(above);
  });

  it('111 meets "≤ 111" and fails "< 111"', () => {
    expect(satisfies('<=', 111, 111)).toBe(true);
    expect(satisfies('<', 111, 111)).toBe(false);
  });

  it('strict implies non-strict (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
        (t, v) => {
          if (satisfies('<', t, v)) expect(satisfies('<=', t, v)).toBe(true);
          if (satisfies('>', t, v)) expect(satisfies('>=', t, v)).toBe(true);
          expect(satisfies('reduce_to', t, v)).toBe(satisfies('<=', t, v));
        },
      ),
    );
  });
});

describe('rangeSatisfies: the MoH SRB groups against SRB targets', () => {
  const g109to112 = { low: 109, high: 112, lowInclusive: true, highInclusive: true };
  const above112 = { low: 112, high: null, lowInclusive: false, highInclusive: false };
  const below109 = { low: null, high: 109, lowInclusive: false, highInclusive: false };
  it('decides only when the whole range decides', () => {
    expect(rangeSatisfies('<=', 111, g109to112)).toBeNull();
    expect(rangeSatisfies('<=', 111, above112)).toBe(false);
    expect(rangeSatisfies('<=', 111, below109)).toBe(true);
    expect(rangeSatisfies('<=', 112, g109to112)).toBe(true);
    expect(rangeSatisfies('<', 112, g109to112)).toBeNull(); // 112 itself is in the group
    expect(rangeSatisfies('<=', 112, above112)).toBe(false); // (112, ∞) is all above 112
    expect(rangeSatisfies('<', 109, below109)).toBe(true); // (−∞, 109) is all below 109
    expect(rangeSatisfies('<=', 108, below109)).toBeNull();
    expect(rangeSatisfies('>=', 109, g109to112)).toBe(true);
    expect(rangeSatisfies('>', 109, g109to112)).toBeNull();
    expect(rangeSatisfies('>', 112, g109to112)).toBe(false);
    expect(rangeSatisfies('>=', 112.5, g109to112)).toBe(false);
  });

  it('agrees with every point of the range when it decides (property)', () => {
    const comparators: Comparator[] = ['<', '<=', '>', '>=', 'reduce_to'];
    fc.assert(
      fc.property(
        fc.constantFrom(...comparators),
        fc.integer({ min: 100, max: 120 }),
        fc.integer({ min: 100, max: 120 }),
        fc.integer({ min: 0, max: 10 }),
        fc.boolean(),
        fc.boolean(),
        (c, t, low, width, li, hi) => {
          const r = { low, high: low + width, lowInclusive: li, highInclusive: hi };
          const decided = rangeSatisfies(c, t, r);
          if (decided === null) return;
          // Sample points inside the range, respecting open ends.
          for (let k = 0; k <= 20; k++) {
            const v = low + (width * k) / 20;
            if ((v === low && !li && width > 0) || (v === low + width && !hi && width > 0))
              continue;
            if (width === 0 && !(li && hi)) continue;
            expect(satisfies(c, t, v)).toBe(decided);
          }
        },
      ),
    );
  });
});

describe('trajectoryValue', () => {
  it('is the straight line from the baseline to the target', () => {
    expect(
      trajectoryValue({ year: 2021, value: 112 }, { year: 2025, value: 111 }, 2024),
    ).toBeCloseTo(111.25);
    expect(trajectoryValue({ year: 2021, value: 23 }, { year: 2025, value: 18 }, 2021)).toBe(23);
    expect(trajectoryValue({ year: 2021, value: 23 }, { year: 2025, value: 18 }, 2025)).toBe(18);
  });
});
