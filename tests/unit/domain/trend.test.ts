import { describe, expect, it } from 'vitest';
import { goodSide, groupTrendLines, valueExtent } from '../../../src/lib/domain/trend.ts';
import type { Actual } from '../../../src/lib/domain/types.ts';

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
  source_id: 'S',
  source_url: 'u',
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
    const [lo, hi] = valueExtent(
      groupTrendLines([a('VN', 2021, 'moh_group', null)]),
      [{ value: 111, baseline_value: null }],
      [104],
    );
    expect(lo).toBeLessThan(104);
    expect(hi).toBeGreaterThan(112);
  });
});
