// Small hand-made catalogs for the annex: areas of both vintages (Khánh Hòa 63-56 and Ninh Thuận
// 63-58 merged into Khánh Hòa 34-56), national targets numbered as NQ28 numbers them, Khánh Hòa's
// own plan targets, and actuals with their publication. Every figure here is made up for a test.
import { computeStatusTable } from '../../../src/lib/domain/attainment/evaluate.ts';
import type { ReportPeriod } from '../../../src/lib/domain/report-period.ts';
import type { Actual, ActualRow, Target } from '../../../src/lib/domain/types.ts';
import type { Conflict } from '../../../src/lib/import/merge.ts';
import type { UserValue } from '../../../src/lib/import/validate.ts';
import { buildAnnex } from '../../../src/lib/report-kit/annex.ts';
import { actual, area, target } from '../attainment/fixtures.ts';
import { indicator } from '../domain/fixtures.ts';

export const areas = [area('VN'), area('63-56'), area('63-58'), area('34-56')];
export const crosswalk = [
  { old_area_id: '63-56', new_area_id: '34-56' },
  { old_area_id: '63-58', new_area_id: '34-56' },
];

export const NQ28 = 'Nghị quyết 28/NQ-CP ngày 03/3/2021 (Chiến lược quốc gia về bình đẳng giới)';
export const KH_PLAN = 'Khánh Hòa, Văn bản 11983/UBND-KGVX ngày 25/11/2021';

/** One indicator per verdict kind, each in an objective, with a national target. */
export const indicators = [
  { ...indicator('leaders', 'politics'), name_vi: 'Tỷ lệ lãnh đạo nữ', unit_vi: '%' },
  { ...indicator('wage', 'economy'), name_vi: 'Tỷ lệ lao động nữ làm công', unit_vi: '%' },
  {
    ...indicator('srb', 'health'),
    name_vi: 'Tỷ số giới tính khi sinh',
    unit_vi: 'bé trai/100 bé gái',
  },
  { ...indicator('mmr', 'health'), name_vi: 'Tỷ số tử vong mẹ' },
  { ...indicator('edu', 'education'), name_vi: 'Tỷ lệ nữ thạc sĩ', unit_vi: '%' },
  { ...indicator('news', 'communication'), name_vi: 'Tỷ lệ xã có tin bài', unit_vi: '%' },
  { ...indicator('care', 'family_gbv'), name_vi: 'Giờ làm việc nhà' },
  { ...indicator('tfr', 'context'), name_vi: 'Tổng tỷ suất sinh' },
].map((i) => ({ ...i, lead_agency_vi: i.id === 'mmr' ? '' : 'Sở Nội vụ' }));

const national = (id: string, ref: string, over: Partial<Target> = {}) =>
  target({
    id: `VN-${id}-2025`,
    indicator_id: id,
    comparator: '>=',
    value: 60,
    legal_ref: `${NQ28}, ${ref}`,
    ...over,
  });

export const targets: Target[] = [
  national('leaders', 'MT1 CT'),
  national('wage', 'MT2 CT1', { value: 50 }),
  national('srb', 'MT4 CT1', { comparator: '<=', value: 111 }),
  national('mmr', 'MT4 CT2', { comparator: 'reduce_to', value: 42 }),
  national('edu', 'MT5 CT4 (a)', { value: 50 }),
  national('news', 'MT6 CT3', { value: 100 }),
  national('care', 'MT3 CT1', { comparator: 'reduce_to', value: 1.7 }),
  // Khánh Hòa (63)'s own plan: its own number, never its successor's target.
  target({
    id: '63-56-srb-2025',
    indicator_id: 'srb',
    area_id: '63-56',
    comparator: '<=',
    value: 110,
    legal_ref: `${KH_PLAN}, MT4 CT1`,
    plan_id: 'KH',
    lead_agency_vi: 'Sở Y tế',
  }),
];

/** An official value with its publication, as the browser's query returns it. */
export const published = (
  areaId: string,
  indicatorId: string,
  year: number,
  value: number | null,
  over: Partial<Actual> = {},
): ActualRow => ({
  ...actual(year, value, { area_id: areaId, indicator_id: indicatorId, ...over }),
  source_title: 'Điều tra',
  unit: '',
  source_publisher: 'Cục Thống kê',
  source_page_title: `Điều tra ${year}`,
  source_language: 'vi',
});

export interface Scenario {
  areaId: string;
  year: number;
  period?: ReportPeriod;
  actuals?: ActualRow[];
  targets?: Target[];
  values?: UserValue[];
  conflicts?: Conflict[];
}

/** The annex of a scenario, with official verdicts computed by the engine as the page does. */
export function annexOf(s: Scenario) {
  const a = areas.find((x) => x.id === s.areaId)!;
  const actuals = s.actuals ?? [];
  const targetList = s.targets ?? targets;
  return buildAnnex({
    area: a,
    year: s.year,
    period: s.period ?? 'annual',
    indicators,
    targets: targetList,
    crosswalk,
    status: computeStatusTable({
      targets: targetList,
      actuals,
      areas: [a],
      crosswalk,
      fromYear: s.year - 1,
      toYear: s.year,
    }),
    actuals,
    kept:
      s.values || s.conflicts
        ? { accepted: s.values ?? [], conflicts: s.conflicts ?? [], files: ['so-noi-vu.xlsx'] }
        : null,
    today: '2025-12-05',
  });
}

export const own = (
  indicatorId: string,
  year: number,
  value: number,
  over: Partial<UserValue> = {},
): UserValue => ({
  row: 7,
  file: 'so-noi-vu.xlsx',
  indicator_id: indicatorId,
  area_id: '63-56',
  year,
  value,
  ...over,
});
