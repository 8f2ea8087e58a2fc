import type { Actual, Area, Comparator, Target } from '../../../src/lib/domain/types.ts';

export const target = (over: Partial<Target> = {}): Target => ({
  id: 'VN-x-2025',
  indicator_id: 'x',
  area_id: 'VN',
  year: 2025,
  comparator: '<=' as Comparator,
  value: 111,
  baseline_value: null,
  baseline_year: null,
  plan_start_year: 2021,
  legal_ref: 'NQ28',
  legal_ref_en: 'Resolution 28',
  source_id: 'S10',
  note: '',
  plan_id: '',
  provisional: false,
  lead_agency_vi: '',
  lead_agency_basis: '',
  ...over,
});

export const actual = (year: number, value: number | null, over: Partial<Actual> = {}): Actual => ({
  indicator_id: 'x',
  area_id: 'VN',
  year,
  series: 'survey',
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
  source_id: 'S',
  source_url: 'https://example.org',
  source_quality: 'official',
  n_sources: 1,
  conflict: false,
  note: '',
  ...over,
});

/** A MoH-style group: a range with open or closed ends. */
export const group = (
  year: number,
  low: number | null,
  high: number | null,
  inclusive = true,
  over: Partial<Actual> = {},
): Actual =>
  actual(year, null, {
    series: 'moh_group',
    value_low: low,
    value_high: high,
    low_inclusive: inclusive && low !== null,
    high_inclusive: inclusive && high !== null,
    ...over,
  });

export const area = (id: string, over: Partial<Area> = {}): Area => ({
  id,
  kind: id === 'VN' ? 'national' : 'province',
  vintage: id.startsWith('63-') ? 63 : id.startsWith('34-') ? 34 : null,
  code: id.slice(3),
  name_vi: id === '63-56' || id === '34-56' ? 'Khánh Hòa' : id,
  name_en: id,
  region_id: '',
  valid_from: id.startsWith('34-') ? '2025-07-01' : '',
  valid_to: id.startsWith('63-') ? '2025-06-30' : '',
  ...over,
});
