import { describe, expect, it } from 'vitest';
import { availability, genderGaps } from '../../../src/lib/domain/indicator-page.ts';
import type { Actual, Area } from '../../../src/lib/domain/types.ts';

const area = (id: string, vintage: 63 | 34 | null): Area => ({
  id,
  kind: vintage ? 'province' : 'national',
  vintage,
  code: id.slice(3),
  name_vi: id,
  name_en: id,
  region_id: '',
  valid_from: '',
  valid_to: '',
});
const areas = [
  area('VN', null),
  area('63-01', 63),
  area('63-02', 63),
  area('63-04', 63),
  area('63-06', 63),
  area('34-01', 34),
];
const actual = (
  area_id: string,
  year: number,
  value: number,
  series: Actual['series'] = 'survey',
  source_id = 'S1',
): Actual => ({
  indicator_id: 'x',
  area_id,
  year,
  series,
  sex: 'all',
  value,
  value_low: null,
  value_high: null,
  low_inclusive: false,
  high_inclusive: false,
  preliminary: false,
  derived: false,
  uncertain_year: false,
  approximate: false,
  source_id,
  source_url: 'https://example.org',
  source_quality: 'official',
  n_sources: 1,
  conflict: false,
  note: '',
});

describe('availability', () => {
  it('counts provinces with data per vintage, and years', () => {
    const a = availability(
      [actual('VN', 2020, 1), actual('63-01', 2019, 1), actual('63-01', 2020, 2)],
      areas,
    );
    expect(a).toEqual({
      withData63: 1,
      total63: 4,
      withData34: 0,
      total34: 1,
      national: true,
      years: [2019, 2020],
    });
  });
});

describe('genderGaps', () => {
  it('pairs women and men of the same area, year and series only', () => {
    const rows = [
      actual('VN', 2016, 92.1),
      actual('VN', 2016, 96.5),
      actual('VN', 2017, 93),
      actual('VN', 2017, 97, 'admin_register'),
    ];
    rows[0]!.sex = 'female';
    rows[1]!.sex = 'male';
    rows[2]!.sex = 'female';
    rows[3]!.sex = 'male';
    expect(genderGaps(rows)).toEqual([
      { areaId: 'VN', year: 2016, series: 'survey', female: 92.1, male: 96.5, gap: -4.4 },
    ]);
  });
});
