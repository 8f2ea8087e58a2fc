// The import's side-by-side comparison with official verdicts present: which official verdict a
// line shows, when the two values differ, and the order of the lines. Hand-made catalog and rows.
import { describe, expect, it } from 'vitest';
import type { StatusRow } from '../../../src/lib/domain/attainment/evaluate.ts';
import { compareStatuses } from '../../../src/lib/import/compare.ts';
import type { UserValue } from '../../../src/lib/import/validate.ts';
import { area, target } from '../attainment/fixtures.ts';
import { indicator, statusRow } from '../domain/fixtures.ts';

// Khánh Hòa (34) was merged from two provinces: the national 2030 targets apply to it.
const KH34 = area('34-56');
const crosswalk = [
  { old_area_id: '63-56', new_area_id: '34-56' },
  { old_area_id: '63-58', new_area_id: '34-56' },
];
const ids = ['abr', 'gap', 'mmr', 'srb', 'wage'];
const indicators = [...ids.map((id) => indicator(id)), indicator('tfr', 'context')];
const targets = ids.map((id) =>
  target({ id: `VN-${id}-2030`, indicator_id: id, year: 2030, value: 100 }),
);
const EVAL = 2026;
const mine = (indicator_id: string, year: number, value: number, area_id = '34-56'): UserValue => ({
  row: 2,
  indicator_id,
  area_id,
  year,
  value,
});
const official = (indicator_id: string, over: Partial<StatusRow> = {}) =>
  statusRow({
    indicator_id,
    area_id: '34-56',
    eval_year: EVAL,
    target_year: 2030,
    target_value: 100,
    status: 'on_track',
    ...over,
  });

describe('compareStatuses with official verdicts', () => {
  const officialRows = {
    // srb: the same value and year as the user's (up to rounding noise): no difference.
    srb: official('srb', { actual_year: 2026, actual_value: 110 + 1e-12 }),
    // mmr: a different value. The official line is the headline verdict (survey), not the
    // census row that cannot be assessed and happens to equal the user's value.
    mmr: official('mmr', { series: 'survey', actual_year: 2025, actual_value: 45 }),
    mmrCensus: official('mmr', {
      series: 'census',
      actual_year: 2026,
      actual_value: 40,
      status: 'not_assessable',
      reason: 'uncertain_year',
    }),
    // wage: the same value, for another year: a difference.
    wage: official('wage', { actual_year: 2024, actual_value: 55 }),
    // abr: official has a value, the user none.
    abr: official('abr', { actual_year: 2025, actual_value: 30 }),
  };
  const noise = [
    // Another area, another evaluation year: never the official verdict of this page.
    official('gap', { area_id: '63-56', actual_year: 2024, actual_value: 1 }),
    official('gap', { eval_year: 2025, actual_year: 2024, actual_value: 2 }),
  ];
  const lines = compareStatuses({
    values: [
      mine('srb', 2026, 110),
      mine('mmr', 2026, 40),
      mine('wage', 2025, 55),
      mine('gap', 2025, 7),
      // The user's value for another province does not count for this page.
      mine('abr', 2025, 30, '63-56'),
    ],
    fileName: 'f.csv',
    area: KH34,
    indicators,
    targets,
    crosswalk,
    official: [...Object.values(officialRows), ...noise],
    evalYear: EVAL,
  });
  const byTarget = new Map(lines.map((l) => [l.targetId, l]));

  it('lines with a value of the user first, then by target id', () => {
    expect(lines.map((l) => l.targetId)).toEqual([
      'VN-gap-2030',
      'VN-mmr-2030',
      'VN-srb-2030',
      'VN-wage-2030',
      'VN-abr-2030',
    ]);
    expect(lines.map((l) => l.yours!.status === 'no_data')).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it("the official verdict is this area's and year's headline row for the same target", () => {
    expect(byTarget.get('VN-srb-2030')!.official).toBe(officialRows.srb);
    expect(byTarget.get('VN-mmr-2030')!.official).toBe(officialRows.mmr);
    expect(byTarget.get('VN-wage-2030')!.official).toBe(officialRows.wage);
    expect(byTarget.get('VN-abr-2030')!.official).toBe(officialRows.abr);
    // gap has official rows only for another area and another year.
    expect(byTarget.get('VN-gap-2030')!.official).toBeNull();
  });

  it("the user's verdict is on the user's own series for this area", () => {
    for (const l of lines) {
      expect(l.yours!.area_id).toBe('34-56');
      expect(l.yours!.target_role).toBe('national');
    }
    expect(byTarget.get('VN-mmr-2030')!.yours).toMatchObject({
      series: 'own',
      actual_year: 2026,
      actual_value: 40,
    });
    expect(byTarget.get('VN-abr-2030')!.yours).toMatchObject({ series: '', actual_value: null });
  });

  it('differs: both have a value and the value or its year is not the same', () => {
    expect(Object.fromEntries(lines.map((l) => [l.indicatorId, l.differs]))).toEqual({
      srb: false, // same value and year
      mmr: true, // 40 vs 45
      wage: true, // 55 both, but the user's is of 2025, the official one of 2024
      gap: false, // no official verdict
      abr: false, // no value of the user
    });
  });
});

describe('compareStatuses when the official source gives only a range (MoH SRB groups)', () => {
  // The official group "109–112" (109 included, 112 not), of 2026.
  const group = official('srb', {
    actual_year: 2026,
    actual_value: null,
    actual_low: 109,
    actual_high: 112,
    actual_low_inclusive: true,
    actual_high_inclusive: false,
    status: 'not_assessable',
    reason: 'range_straddles',
  });
  const differs = (value: number, year = 2026) =>
    compareStatuses({
      values: [mine('srb', year, value)],
      fileName: 'f.csv',
      area: KH34,
      indicators,
      targets,
      crosswalk,
      official: [group],
      evalYear: EVAL,
    }).find((l) => l.indicatorId === 'srb')!.differs;

  it.each([
    [109, false], // the low end is in the group
    [110.5, false],
    [112, true], // the high end is not
    [108.9, true],
    [115, true],
  ])('a value of %s against the group: differs = %s', (value, expected) => {
    expect(differs(value)).toBe(expected);
  });

  it('a value inside the group but of another year differs', () => {
    expect(differs(110, 2025)).toBe(true);
  });
});
