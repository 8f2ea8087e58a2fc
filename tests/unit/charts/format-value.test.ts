import { describe, expect, it } from 'vitest';
import { formatStatusValue } from '../../../src/lib/charts/format-value.ts';

const row = (over: Partial<Parameters<typeof formatStatusValue>[0]>) => ({
  actual_value: null,
  actual_low: null,
  actual_high: null,
  actual_year: 2021,
  ...over,
});

describe('formatStatusValue', () => {
  it('a point value in each locale, with its year', () => {
    expect(formatStatusValue(row({ actual_value: 111.4, actual_year: 2024 }), 'vi')).toBe(
      '111,4 (2024)',
    );
    expect(formatStatusValue(row({ actual_value: 111.4, actual_year: 2024 }), 'en')).toBe(
      '111.4 (2024)',
    );
  });
  it('a range is shown as a range, never as a missing value', () => {
    expect(formatStatusValue(row({ actual_low: 109, actual_high: 112 }), 'vi')).toBe(
      'khoảng 109–112 (2021)',
    );
    expect(formatStatusValue(row({ actual_low: 112 }), 'en')).toBe('above 112 (2021)');
    expect(formatStatusValue(row({ actual_high: 109 }), 'vi')).toBe('dưới 109 (2021)');
  });
  it('no value at all is a dash', () => {
    expect(formatStatusValue(row({ actual_year: null }), 'vi')).toBe('–');
  });
});
