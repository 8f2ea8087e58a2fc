import { describe, expect, it } from 'vitest';
import { goodSide, groupTrendLines, segments, valueExtent } from '../../../src/lib/domain/trend.ts';
import type { Actual } from '../../../src/lib/domain/types.ts';
import { SERIES_CADENCE } from '../../../src/lib/domain/vocabulary.ts';

const a = (
  area_id: string,
  year: number,
  series: Actual['series'],
  value: number | null,
  sex: Actual['sex'] = 'all',
): Actual => ({
  indicator_id: 'sex_ratio_at_birth',
  area_id,
  year,
  series,
  sex,
  value,
  value_low: value === null ? 109 : null,
  value_high: value === null ? 112 : null,
  low_inclusive: true,
  high_inclusive: true,
  preliminary: false,
  derived: false,
  uncertain_year: false,
  approximate: false,
  source_id: 'S',
  source_url: 'u',
  source_quality: 'official',
  n_sources: 1,
  conflict: false,
  note: '',
});

describe('groupTrendLines', () => {
  it('never joins different series, areas or sexes into one line', () => {
    const lines = groupTrendLines([
      a('VN', 2020, 'survey', 112),
      a('VN', 2021, 'civil_registration', 109.5),
      a('VN', 2019, 'survey', 111.5),
      a('VN', 2020, 'survey', 50, 'female'),
    ]);
    expect(lines.map((l) => l.key)).toEqual([
      'VN|civil_registration|all',
      'VN|survey|all',
      'VN|survey|female',
    ]);
    expect(lines[1]!.points.map((p) => p.year)).toEqual([2019, 2020]);
  });
});

describe('goodSide', () => {
  it('maps comparators to the side where the target is met', () => {
    expect(goodSide('>=')).toBe('above');
    expect(goodSide('>')).toBe('above');
    expect(goodSide('<')).toBe('below');
    expect(goodSide('reduce_to')).toBe('below');
    expect(goodSide('=')).toBe('equal');
  });
});

describe('valueExtent', () => {
  it('covers values, ranges and targets', () => {
    const [lo, hi] = valueExtent(groupTrendLines([a('VN', 2021, 'moh_group', null)]), [
      111,
      104,
      null,
    ]);
    expect(lo).toBeLessThan(104);
    expect(hi).toBeGreaterThan(112);
  });
});

describe('segments', () => {
  const p = (year: number, value: number | null) => ({ year, value });
  it('a line breaks where a year is missing: never a bridge across a gap', () => {
    expect(
      segments([p(2016, 1), p(2017, 2), p(2019, 3), p(2020, 4)]).map((r) => r.map((x) => x.year)),
    ).toEqual([
      [2016, 2017],
      [2019, 2020],
    ]);
  });
  it('years five apart are separate points on a yearly series; ranges split runs; order does not matter', () => {
    expect(segments([p(2021, 30), p(2016, 27), p(2026, 30)]).map((r) => r.length)).toEqual([
      1, 1, 1,
    ]);
    expect(
      segments([p(2020, 1), p(2021, null), p(2022, 2), p(2023, 3)]).map((r) => r.length),
    ).toEqual([1, 2]);
  });
  it.each([
    // Consecutive terms of a five-yearly series are one line, in any order.
    [[2021, 2011, 2016, 2026], [[2011, 2016, 2021, 2026]]],
    // A missing term (2021) breaks it.
    [
      [2011, 2016, 2026],
      [[2011, 2016], [2026]],
    ],
    // A by-election or an off-cycle figure within a term joins its neighbours.
    [[2016, 2019, 2021], [[2016, 2019, 2021]]],
  ])('a five-yearly series (elections) %j → runs %j', (years, runs) => {
    expect(
      segments(
        years.map((y) => p(y, 1)),
        SERIES_CADENCE.election,
      ).map((r) => r.map((x) => x.year)),
    ).toEqual(runs);
  });

  it('every series other than elections is yearly', () => {
    expect(Object.entries(SERIES_CADENCE).filter(([, c]) => c !== 1)).toEqual([['election', 5]]);
  });
});
