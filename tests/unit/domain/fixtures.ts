// Hand-made status rows and indicators for the view models that select and count verdicts
// (year grid, scorecard, comparison): every field a test does not name has a neutral value.
import type { StatusRow } from '../../../src/lib/domain/attainment/evaluate.ts';
import type { Indicator } from '../../../src/lib/domain/types.ts';

export const indicator = (id: string, domain = 'health'): Indicator => ({
  id,
  name_vi: id,
  name_en: id,
  short_vi: id,
  short_en: id,
  domain,
  unit_vi: '',
  unit_en: '',
  direction: 'at_most',
  definition_vi: '',
  definition_en: '',
  lead_agency_vi: '',
  lead_agency_en: '',
  lead_agency_2025_vi: '',
  lead_agency_2025_en: '',
  lead_agency_2025_basis: '',
  strategy_ref: '',
  has_target: domain !== 'context',
  value_type: 'number',
  min_plausible: 0,
  max_plausible: 200,
  reference_low: null,
  reference_high: null,
  reference_vi: '',
  reference_en: '',
});

/**
 * A verdict row, for VN in 2024 unless told. The target is the national one,
 * `VN-${indicator}-${target year}` (applied to a province when the area is one); name another.
 */
export const statusRow = (over: Partial<StatusRow> = {}): StatusRow => {
  const indicatorId = over.indicator_id ?? 'srb';
  const areaId = over.area_id ?? 'VN';
  const targetYear = over.target_year ?? 2025;
  const hasValue = over.status !== 'no_data';
  return {
    indicator_id: indicatorId,
    area_id: areaId,
    eval_year: 2024,
    target_id: `VN-${indicatorId}-${targetYear}`,
    target_area_id: 'VN',
    target_role: areaId === 'VN' ? 'own' : 'national',
    comparator: '<=',
    target_value: 111,
    target_year: targetYear,
    plan_start_year: 2021,
    series: hasValue ? 'survey' : '',
    actual_value: hasValue ? 112 : null,
    actual_low: null,
    actual_high: null,
    actual_low_inclusive: false,
    actual_high_inclusive: false,
    actual_year: hasValue ? 2023 : null,
    actual_source_url: '',
    actual_source_quality: hasValue ? 'official' : '',
    actual_preliminary: false,
    actual_approximate: false,
    actual_uncertain_year: false,
    actual_n_sources: hasValue ? 1 : 0,
    actual_conflict: false,
    baseline_year: null,
    baseline_value: null,
    baseline_stated: false,
    path_value: null,
    status: 'off_track',
    reason: '',
    ...over,
  };
};
