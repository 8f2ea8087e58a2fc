import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildAreaYearReport } from '../../../src/lib/domain/area-year-report.ts';
import type { Status } from '../../../src/lib/domain/attainment/status.ts';
import { CITY_AREA_IDS, targetNumber } from '../../../src/lib/report-kit/annex.ts';
import { AnnexText } from '../../../src/lib/report-kit/annex-text.ts';
import { areaOf, catalog, official } from './real.ts';
import { buildAnnex } from '../../../src/lib/report-kit/annex.ts';
import { annexOf, KH_PLAN, NQ28, own, published, targets } from './fixtures.ts';
import type { Target } from '../../../src/lib/domain/types.ts';

const vi = new AnnexText('vi');
const rowOf = (annex: ReturnType<typeof annexOf>, indicatorId: string) => {
  const row = annex.rows.find((r) => r.indicator.id === indicatorId);
  if (!row) throw new Error(`no row for ${indicatorId}`);
  return row;
};
const withTarget = (id: string, over: Partial<Target>) =>
  targets.map((t) => (t.id === id ? { ...t, ...over } : t));

// Verdict kinds, each on the public value of one indicator of Hà Nội-like 63-58 (no own plan).
const cases: {
  name: string;
  status: Status;
  indicator: string;
  year?: number;
  actuals: ReturnType<typeof published>[];
  targets?: Target[];
  assessment: string | RegExp;
}[] = [
  {
    name: 'met',
    status: 'met',
    indicator: 'wage',
    actuals: [published('63-58', 'wage', 2024, 52.5)],
    assessment: 'Đạt',
  },
  {
    name: 'on track',
    status: 'on_track',
    indicator: 'leaders',
    actuals: [published('63-58', 'leaders', 2024, 56)],
    targets: withTarget('VN-leaders-2025', { baseline_value: 40, baseline_year: 2021 }),
    assessment: 'Chưa đạt, đúng lộ trình',
  },
  {
    name: 'off track',
    status: 'off_track',
    indicator: 'leaders',
    actuals: [published('63-58', 'leaders', 2024, 50)],
    targets: withTarget('VN-leaders-2025', { baseline_value: 40, baseline_year: 2021 }),
    assessment: 'Chưa đạt, chậm so với lộ trình',
  },
  {
    name: 'not yet met (no baseline)',
    status: 'not_yet_met',
    indicator: 'leaders',
    actuals: [published('63-58', 'leaders', 2024, 50)],
    assessment: 'Chưa đạt (chưa có mức cơ sở để xác định lộ trình)',
  },
  {
    name: 'not met at the deadline',
    status: 'not_met',
    indicator: 'wage',
    year: 2025,
    actuals: [published('63-58', 'wage', 2025, 48)],
    assessment: 'Chưa đạt (đã đến thời hạn năm 2025)',
  },
  {
    name: 'not assessable: stale',
    status: 'not_assessable',
    indicator: 'edu',
    actuals: [published('63-58', 'edu', 2019, 51)],
    targets: withTarget('VN-edu-2025', { plan_start_year: 2016 }),
    assessment: 'Không đánh giá được (số liệu năm 2019, quá cũ)',
  },
  {
    name: 'not assessable: uncertain year',
    status: 'not_assessable',
    indicator: 'edu',
    actuals: [published('63-58', 'edu', 2023, 51, { uncertain_year: true })],
    assessment: 'Không đánh giá được (không rõ năm của số liệu)',
  },
  {
    name: 'not assessable: before the plan',
    status: 'not_assessable',
    indicator: 'edu',
    actuals: [published('63-58', 'edu', 2020, 51)],
    assessment: 'Không đánh giá được (số liệu năm 2020, trước kỳ kế hoạch (từ năm 2021))',
  },
  {
    name: 'not assessable: a range on both sides',
    status: 'not_assessable',
    indicator: 'srb',
    actuals: [
      published('63-58', 'srb', 2023, null, {
        series: 'moh_group',
        value_low: 109,
        value_high: 112,
        low_inclusive: true,
        high_inclusive: true,
      }),
    ],
    assessment: 'Không đánh giá được (khoảng giá trị 109–112 nằm cả hai phía của mục tiêu)',
  },
  {
    name: 'no data',
    status: 'no_data',
    indicator: 'news',
    actuals: [],
    assessment: 'Chưa có số liệu',
  },
];

describe('the annex: one row per target of the annual page, with its verdict', () => {
  it.each(cases)('$name', (c) => {
    const annex = annexOf({
      areaId: '63-58',
      year: c.year ?? 2024,
      actuals: c.actuals,
      targets: c.targets,
    });
    const row = rowOf(annex, c.indicator);
    expect(row.status).toBe(c.status);
    expect(vi.assessment(row, annex)).toEqual(c.assessment);
    expect(annex.counts[c.status]).toBeGreaterThanOrEqual(1);
    if (c.status === 'no_data') {
      expect(row.current).toBeNull();
      expect(annex.missing).toContain(row);
    } else {
      expect(row.current).toMatchObject({ origin: 'public' });
      expect(vi.source(row.current)).toMatch(/^Cục Thống kê: Điều tra \d{4} \(/);
      expect(annex.missing).not.toContain(row);
    }
  });

  it('groups rows under the six objectives, numbered as NQ28 numbers them; context indicators are not targets', () => {
    const annex = annexOf({ areaId: '63-58', year: 2024 });
    expect(annex.groups.map((g) => g.objective)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(annex.rows.map((r) => r.number)).toEqual([
      'MT1',
      'MT2 CT1',
      'MT3 CT1',
      'MT4 CT1',
      'MT4 CT2',
      'MT5 CT4 (a)',
      'MT6 CT3',
    ]);
    expect(annex.rows.some((r) => r.indicator.id === 'tfr')).toBe(false);
    const table = vi.table(annex);
    expect(
      table.rows.filter((r) => r.kind === 'group').map((r) => r.kind === 'group' && r.text),
    ).toEqual([
      expect.stringMatching(/^Mục tiêu 1/),
      expect.stringMatching(/^Mục tiêu 2/),
      expect.stringMatching(/^Mục tiêu 3/),
      expect.stringMatching(/^Mục tiêu 4/),
      expect.stringMatching(/^Mục tiêu 5/),
      expect.stringMatching(/^Mục tiêu 6/),
    ]);
    expect(table.headers.previous).toBe('Kết quả năm 2023');
    expect(table.headers.current).toBe('Kết quả năm 2024');
    // No lead agency known: said so, never left blank.
    expect(vi.lead(rowOf(annex, 'mmr'))).toBe('Chưa xác định');
    expect(rowOf(annex, 'mmr').reporters).toEqual([]);
  });

  it('63 vintage: Khánh Hòa (63) is judged on its own plan target, numbered by the plan', () => {
    const annex = annexOf({
      areaId: '63-56',
      year: 2024,
      actuals: [published('63-56', 'srb', 2024, 110.5)],
    });
    const srb = rowOf(annex, 'srb');
    expect(srb.target.id).toBe('63-56-srb-2025');
    expect(srb.role).toBe('own');
    expect(srb.number).toBe('MT4 CT1');
    expect(srb.status).toBe('not_yet_met');
    expect(vi.note(srb, annex)).toContain('Mục tiêu của kế hoạch tỉnh.');
    expect(vi.goal(srb).text).toBe('≤ 110');
    expect(vi.goalWords(rowOf(annex, 'mmr'))).toBe('giảm xuống còn 42');
    expect(vi.lead(srb)).toBe('Sở Y tế');
    expect(annex.issuer).toBe('province');
    expect(vi.issuer(annex)).toBe('tỉnh Khánh Hòa');
  });

  it('34 vintage, merged province: the predecessors’ own targets are not Khánh Hòa (34)’s targets', () => {
    const annex = annexOf({
      areaId: '34-56',
      year: 2025,
      actuals: [published('63-56', 'srb', 2024, 110.5), published('34-56', 'srb', 2025, 110.5)],
    });
    expect(annex.rows.every((r) => r.target.area_id === 'VN')).toBe(true);
    const srb = rowOf(annex, 'srb');
    expect(srb.target.id).toBe('VN-srb-2025');
    expect(srb.role).toBe('national');
    expect(vi.note(srb, annex)).toContain('Áp dụng mục tiêu quốc gia.');
    // Its own values only: the predecessor's 2024 value is not its previous year.
    expect(srb.previous).toBeNull();
    expect(srb.status).toBe('met');
  });

  it('own figures: the year’s own value is used, with its counts, agency, file and row; else the public one', () => {
    const annex = annexOf({
      areaId: '63-56',
      year: 2025,
      actuals: [published('63-56', 'wage', 2024, 49), published('63-56', 'edu', 2024, 52)],
      values: [
        own('leaders', 2025, 46.666, {
          numerator: 14,
          denominator: 30,
          agency: 'Sở Nội vụ',
          sheet: 'Mẫu',
        }),
        own('wage', 2025, 52.5),
        own('leaders', 2024, 50, { numerator: 15, denominator: 30 }),
      ],
    });
    const leaders = rowOf(annex, 'leaders');
    expect(leaders.current).toMatchObject({
      origin: 'own',
      year: 2025,
      numerator: 14,
      denominator: 30,
    });
    expect(leaders.verdict.series).toBe('own');
    expect(leaders.status).toBe('not_met');
    expect(vi.valueText(leaders.current, leaders, 2025)).toBe('14/30 = 46,67');
    expect(vi.valueText(leaders.previous, leaders, 2024)).toBe('15/30 = 50');
    expect(vi.source(leaders.current)).toBe(
      'Sở Nội vụ báo cáo; tệp “so-noi-vu.xlsx”, trang “Mẫu”, dòng 7',
    );
    const wage = rowOf(annex, 'wage');
    expect(wage.current).toMatchObject({ origin: 'own', value: 52.5 });
    expect(wage.previous).toMatchObject({ origin: 'public', value: 49, year: 2024 });
    expect(wage.status).toBe('met');
    // No own value of 2025: the public value the site judged, with its year.
    const edu = rowOf(annex, 'edu');
    expect(edu.current).toMatchObject({ origin: 'public', year: 2024 });
    expect(vi.valueText(edu.current, edu, 2025)).toBe('52 (2024)');
    expect(annex.origins).toEqual({ own: 2, public: 1 });
  });

  it('a value two files give differently is never used: the row says so', () => {
    const annex = annexOf({
      areaId: '63-56',
      year: 2025,
      actuals: [published('63-56', 'wage', 2024, 49)],
      // The merge keeps no value for a conflicting key: only the conflict.
      conflicts: [
        {
          indicator_id: 'wage',
          area_id: '63-56',
          year: 2025,
          entries: [
            { file: 'a.xlsx', row: 3, value: 52.5 },
            { file: 'b.xlsx', row: 9, value: 51 },
          ],
        },
      ],
    });
    const wage = rowOf(annex, 'wage');
    expect(wage.conflict).not.toBeNull();
    expect(wage.current).toMatchObject({ origin: 'public', value: 49 });
    expect(vi.note(wage, annex)).toContain(
      'Các tệp báo cáo cho giá trị khác nhau (52,5 trong tệp “a.xlsx”, dòng 3; 51 trong tệp “b.xlsx”, dòng 9): không sử dụng giá trị nào',
    );
    expect(annex.conflicts).toEqual([wage]);
  });

  it('6-month report: six-month figures marked, the year’s deadline still ahead; annual figures named as such', () => {
    const scenario = {
      areaId: '63-56',
      year: 2025,
      actuals: [published('63-56', 'edu', 2024, 52)],
      values: [own('wage', 2025, 48)],
    };
    const annual = annexOf(scenario);
    const half = annexOf({ ...scenario, period: 'h1' });
    const [a, h] = [rowOf(annual, 'wage'), rowOf(half, 'wage')];
    expect(a.status).toBe('not_met');
    expect(h.status).toBe('not_met');
    expect(vi.assessment(a, annual)).toBe('Chưa đạt (đã đến thời hạn năm 2025)');
    expect(vi.assessment(h, half)).toBe('Chưa đạt (số liệu 6 tháng; thời hạn là cuối năm 2025)');
    expect(h.current?.halfYear).toBe(true);
    expect(a.current?.halfYear).toBe(false);
    const table = vi.table(half);
    expect(table.heading).toBe(
      'KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU CỦA CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI 6 THÁNG ĐẦU NĂM 2025',
    );
    expect(table.headers.current).toBe('Kết quả 6 tháng đầu năm 2025');
    expect(table.halfYearNote).toMatch(/số liệu 6 tháng đầu năm 2025/);
    expect(vi.table(annual).halfYearNote).toBeNull();
    expect(vi.note(rowOf(half, 'edu'), half)).toContain(
      'Số liệu cả năm 2024, không phải số liệu 6 tháng.',
    );
    expect(vi.note(rowOf(annual, 'edu'), annual)).not.toContain('6 tháng');
  });
});

describe('numbers and issuers', () => {
  it.each([
    [`${NQ28}, MT1 CT`, 'MT1'],
    [`${NQ28}, MT3 CT2 (a)`, 'MT3 CT2 (a)'],
    [`${KH_PLAN}, MT5 CT1 (part a)`, 'MT5 CT1 (a)'],
    [`${KH_PLAN}, MT3 CT2 (part b: perpetrators)`, 'MT3 CT2 (b)'],
    ['Cà Mau, Kế hoạch 58/KH-UBND, Mục I.2, tiểu mục 2.1 – Mục tiêu 2, Chỉ tiêu 1', 'MT2 CT1'],
    ['Bình Dương, Kế hoạch (số, ngày chưa xác định), đoạn về lĩnh vực chính trị', ''],
  ])('%s → "%s"', (legal, number) => {
    expect(targetNumber({ legal_ref: legal }, { strategy_ref: '' })).toBe(number);
  });

  it('a target whose document gives no number takes the indicator’s NQ28 reference', () => {
    expect(targetNumber({ legal_ref: 'Bình Dương, …' }, { strategy_ref: 'NQ28 MT4 CT3' })).toBe(
      'MT4 CT3',
    );
  });

  it('the cities are the areas the GSO names “Thành phố” (data/geo/crosswalk_63_to_34.csv)', () => {
    const rows = Papa.parse<Record<string, string>>(
      readFileSync('data/geo/crosswalk_63_to_34.csv', 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    const cities = new Set<string>();
    for (const r of rows) {
      if (r.old_full_name_gso_2025_03!.startsWith('Thành phố')) cities.add(`63-${r.old_code}`);
      if (r.new_full_name!.startsWith('Thành phố')) cities.add(`34-${r.new_code}`);
    }
    expect([...CITY_AREA_IDS].sort()).toEqual([...cities].sort());
  });
});

describe('the annex on the real dataset: exactly the annual page’s targets and verdicts', () => {
  it.each([
    ['63-56', 2024],
    ['34-56', 2025],
    ['63-01', 2025],
    ['34-01', 2026],
  ] as const)('%s %i', (id, year) => {
    const area = areaOf(id);
    const data = official(id, year);
    const annex = buildAnnex({
      area,
      year,
      period: 'annual',
      ...catalog,
      ...data,
      kept: null,
      today: '2026-01-10',
    });
    const page = buildAreaYearReport({
      areaId: id,
      year,
      ...catalog,
      status: data.status,
      actuals: data.actuals.filter((a) => a.sex === 'all'),
      predecessorIds: [],
    });
    const pageRows = page.groups.flatMap((g) => [...g.rows, ...g.empty]);
    expect(annex.rows.map((r) => r.target.id).sort()).toEqual(
      pageRows.map((r) => r.target.id).sort(),
    );
    for (const r of annex.rows) {
      const p = pageRows.find((x) => x.target.id === r.target.id)!;
      expect(r.status, r.target.id).toBe(p.verdict.status);
      expect(r.number, r.target.id).not.toBe('');
    }
    expect(annex.rows.length).toBeGreaterThan(10);
  });

  it('Khánh Hòa (34): none of the 24 own targets of Khánh Hòa (63) is in its annex', () => {
    const annex = buildAnnex({
      area: areaOf('34-56'),
      year: 2025,
      period: 'annual',
      ...catalog,
      ...official('34-56', 2025),
      kept: null,
      today: '2026-01-10',
    });
    expect(catalog.targets.filter((t) => t.area_id === '63-56').length).toBeGreaterThan(20);
    expect(annex.rows.filter((r) => r.target.area_id !== 'VN')).toEqual([]);
  });
});
