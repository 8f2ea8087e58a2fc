// The annual page's model: what is known leads; the targets without data are the office's to-do
// list — every agency that reports one, with its template for the year, and the deadline the
// province's plan sets (or none recorded); the user's figures up to the report's year only.
import { describe, expect, it } from 'vitest';
import { buildAreaYearReport } from '../../../src/lib/domain/area-year-report.ts';
import { computeStatusTable } from '../../../src/lib/domain/attainment/evaluate.ts';
import { deadlineFor, type ReportDeadline } from '../../../src/lib/domain/report-deadline.ts';
import type { Actual, Area, Indicator } from '../../../src/lib/domain/types.ts';
import type { UserValue } from '../../../src/lib/import/validate.ts';
import { slug } from '../../../src/lib/import/template.ts';
import type { AnnualPageData } from '../../../src/lib/pages/annual-page.ts';
import { annualPageModel, importPath } from '../../../src/lib/report/annual-model.ts';
import { actual, area, target } from '../attainment/fixtures.ts';
import { indicator } from '../domain/fixtures.ts';

const areas = [
  area('VN'),
  area('63-56'),
  area('63-58'),
  area('34-56'),
  area('34-01'),
  area('63-01'),
];
const crosswalk = [
  { old_area_id: '63-56', new_area_id: '34-56' },
  { old_area_id: '63-58', new_area_id: '34-56' },
  { old_area_id: '63-01', new_area_id: '34-01' },
];
const withLead = (i: Indicator, over: Partial<Indicator>): Indicator => ({ ...i, ...over });
const indicators = [
  withLead(indicator('srb', 'health'), {
    lead_agency_vi: 'Sở Y tế',
    lead_agency_en: 'Department of Health',
  }),
  // Two agencies report it: each gets the target in its own template.
  withLead(indicator('leaders', 'politics'), {
    lead_agency_vi: 'Sở Nội vụ; Ban Tổ chức Tỉnh ủy (theo phân cấp quản lý cán bộ)',
    lead_agency_en: 'Department of Home Affairs; Organisation Commission',
  }),
  // The reorganisation of 1/3/2025 moved it to another agency.
  withLead(indicator('wage', 'economy'), {
    lead_agency_vi: 'Sở Lao động – Thương binh và Xã hội',
    lead_agency_2025_vi: 'Sở Nội vụ',
    lead_agency_2025_en: 'Department of Home Affairs',
    lead_agency_2025_basis: 'READ: test',
  }),
  // Nobody is known to report it.
  indicator('pilot', 'health'),
  indicator('tfr', 'context'),
];
const targets = [
  target({ id: 'VN-srb-2025', indicator_id: 'srb' }),
  target({ id: 'VN-leaders-2025', indicator_id: 'leaders', comparator: '>=', value: 60 }),
  target({ id: 'VN-wage-2025', indicator_id: 'wage', comparator: '>=', value: 50 }),
  target({ id: 'VN-pilot-2025', indicator_id: 'pilot', comparator: '>=', value: 1 }),
];
const PLAN = {
  id: 'KH',
  area_id: '63-56',
  document_number: '11983/UBND-KGVX',
  date: '2021-11-25',
  title: 'Kế hoạch thực hiện Chiến lược',
  period: '2021–2025',
  text_file: 'kh.txt',
  download_file: 'khanh-hoa.txt',
  url: '',
  start_year: 2021,
  provisional: false,
};
const deadline = (over: Partial<ReportDeadline>): ReportDeadline => ({
  area_id: '63-56',
  period: 'annual',
  from_year: 2021,
  to_year: 2025,
  day: 10,
  month: 12,
  plan_id: 'KH',
  quote_vi: 'trước ngày 10 tháng 12',
  where_read: 'plans/kh.txt line 355 (Mục V.19)',
  ...over,
});
const DEADLINES = [
  deadline({}),
  deadline({ area_id: '63-01', plan_id: 'HN', from_year: 2021, to_year: 2030 }),
  deadline({ area_id: '63-01', period: 'h1', plan_id: 'HN', day: 5, month: 6, to_year: 2025 }),
];

const at = (
  areaId: string,
  indicatorId: string,
  year: number,
  value: number,
  over: Partial<Actual> = {},
) => actual(year, value, { area_id: areaId, indicator_id: indicatorId, ...over });

function page(areaId: string, year: number, actuals: Actual[] = []): AnnualPageData {
  const a = areas.find((x) => x.id === areaId)! as Area;
  const predecessorIds = crosswalk
    .filter((c) => c.new_area_id === areaId)
    .map((c) => c.old_area_id);
  const status = computeStatusTable({ targets, actuals, areas, crosswalk, toYear: 2026 });
  const report = buildAreaYearReport({
    areaId,
    year,
    indicators,
    targets,
    crosswalk,
    status,
    actuals,
    predecessorIds,
  });
  return {
    area: a,
    year,
    years: [year],
    predecessorIds,
    successorId: null,
    successorYears: [],
    areaNames: Object.fromEntries(areas.map((x) => [x.id, x])),
    report,
    plans: [PLAN],
    government: null,
    predecessorTargetsEnded: false,
    deadlines: {
      annual: deadlineFor(DEADLINES, areaId, year, 'annual', predecessorIds),
      h1: deadlineFor(DEADLINES, areaId, year, 'h1', predecessorIds),
    },
  };
}

const todoOf = (m: ReturnType<typeof annualPageModel>) =>
  m.todo.groups.flatMap((g) =>
    g.rows.map((r) => ({
      target: r.row.target.id,
      agencies: r.agencies.map((a) => `${a.name.text} → ${a.templatePath}`),
      all: r.templatesPath,
    })),
  );

describe('the to-do list of an annual page', () => {
  it('names every agency of a target without data, with its template for the year', () => {
    const m = annualPageModel(page('63-56', 2024, [at('63-56', 'srb', 2024, 110)]), 'vi', null);
    // What is known leads: SRB has a value; the three others are the to-do list.
    expect(m.groups.flatMap((g) => g.rows.map((r) => r.target.id))).toEqual(['VN-srb-2025']);
    expect(m.todo.count).toBe(3);
    expect(todoOf(m)).toEqual([
      {
        target: 'VN-leaders-2025',
        agencies: [
          'Sở Nội vụ → /import/?a=63-56&y=2024&agency=so-noi-vu',
          'Ban Tổ chức Tỉnh ủy → /import/?a=63-56&y=2024&agency=ban-to-chuc-tinh-uy',
        ],
        all: null,
      },
      {
        // In 2024 the labour department still reports it (the reorganisation is of 1/3/2025).
        target: 'VN-wage-2025',
        agencies: [
          'Sở Lao động – Thương binh và Xã hội → /import/?a=63-56&y=2024&agency=so-lao-dong-thuong-binh-va-xa-hoi',
        ],
        all: null,
      },
      { target: 'VN-pilot-2025', agencies: [], all: '/import/?a=63-56&y=2024' },
    ]);
  });

  it('links each agency by the slug its template file is named by', () => {
    const m = annualPageModel(page('63-56', 2024), 'en', null);
    const agencies = m.todo.groups.flatMap((g) => g.rows.flatMap((r) => r.agencies));
    for (const a of agencies) {
      expect(a.slug).toBe(slug(a.name.original ?? a.name.text));
      expect(new URL(a.templatePath, 'https://x.org').searchParams.get('agency')).toBe(a.slug);
    }
    // English pages gloss the plan's Vietnamese names, the Vietnamese kept beside them.
    expect(agencies.map((a) => [a.name.text, a.name.original])).toContainEqual([
      'Department of Home Affairs',
      'Sở Nội vụ',
    ]);
  });

  it('from 2025 the reorganised agency reports (the rule of the templates)', () => {
    const m = annualPageModel(page('34-56', 2025), 'vi', null);
    expect(todoOf(m).find((r) => r.target === 'VN-wage-2025')!.agencies).toEqual([
      'Sở Nội vụ → /import/?a=34-56&y=2025&agency=so-noi-vu',
    ]);
  });

  it('gives the deadline the province’s plan sets, with the plan and its words', () => {
    const m = annualPageModel(page('63-56', 2024), 'vi', null);
    expect(m.todo.deadlines).toEqual([
      {
        period: 'annual',
        day: 10,
        month: 12,
        year: 2024,
        plan: PLAN,
        section: 'Mục V.19',
        quote: 'trước ngày 10 tháng 12',
        inheritedFrom: null,
        toYear: 2025,
      },
    ]);
  });

  it('records none where no plan held here sets one: a province merged from several inherits none', () => {
    expect(annualPageModel(page('34-56', 2025), 'vi', null).todo.deadlines).toEqual([]);
    expect(annualPageModel(page('34-56', 2026), 'vi', null).todo.deadlines).toEqual([]);
  });

  it('a province continuing one pre-2025 province inherits its plan’s deadline for the years it covers', () => {
    const m2025 = annualPageModel(page('34-01', 2025), 'vi', null);
    expect(
      m2025.todo.deadlines.map((d) => [d.period, `${d.day}/${d.month}/${d.year}`, d.inheritedFrom]),
    ).toEqual([
      ['annual', '10/12/2025', '63-01'],
      ['h1', '5/6/2025', '63-01'],
    ]);
    // The 6-month deadline of that plan ends in 2025; the annual one runs to 2030.
    const m2026 = annualPageModel(page('34-01', 2026), 'vi', null);
    expect(m2026.todo.deadlines.map((d) => [d.period, d.year, d.toYear])).toEqual([
      ['annual', 2026, 2030],
    ]);
  });

  it('the national page lists its targets without data, with no template or deadline', () => {
    const m = annualPageModel(page('VN', 2024), 'vi', null);
    expect(m.todo.province).toBe(false);
    expect(m.todo.deadlines).toEqual([]);
    expect(m.todo.groups.flatMap((g) => g.rows).every((r) => r.templatesPath === null)).toBe(true);
    // It names the lead as the catalog writes it, roles included.
    expect(m.todo.groups[0]!.rows[0]!.lead).toEqual({
      text: 'Sở Nội vụ; Ban Tổ chức Tỉnh ủy (theo phân cấp quản lý cán bộ)',
      lang: 'vi',
      original: null,
    });
  });
});

describe('the user’s own figures on an annual page', () => {
  const values: UserValue[] = [
    { indicator_id: 'leaders', area_id: '63-56', year: 2023, value: 61, row: 2, file: 'a.csv' },
    { indicator_id: 'leaders', area_id: '63-56', year: 2025, value: 40, row: 3, file: 'a.csv' },
  ];
  const input = {
    kept: {
      fileName: 'a.csv',
      files: ['a.csv'],
      areaId: '63-56',
      accepted: values,
      rejectedCount: 0,
      conflictCount: 0,
      conflicts: [],
      savedAt: '2026-01-01',
    },
    values,
    files: ['a.csv'],
    conflicts: [],
  };

  it('a target the user gave a figure for leaves the to-do list; only values up to the year are drawn', () => {
    const m = annualPageModel(page('63-56', 2024), 'vi', input);
    expect(m.groups.flatMap((g) => g.rows.map((r) => r.target.id))).toEqual(['VN-leaders-2025']);
    expect(
      todoOf(m)
        .map((r) => r.target)
        .sort(),
    ).toEqual(['VN-pilot-2025', 'VN-srb-2025', 'VN-wage-2025']);
    const own = m.own!.of(m.groups[0]!.rows[0]!)!;
    expect(own.line!.points.map((p) => p.year)).toEqual([2023]);
    expect(own.verdict.actual_value).toBe(61);
    expect(m.own!.nValues).toBe(1);
  });

  it('says where the province’s report is made: /import/ with the province and the year', () => {
    expect(annualPageModel(page('63-56', 2024), 'vi', input).annexPath).toBe(
      '/import/?a=63-56&y=2024',
    );
    expect(annualPageModel(page('63-56', 2024), 'vi', null).annexPath).toBeNull();
    expect(importPath('34-56', 2025, 'so-y-te')).toBe('/import/?a=34-56&y=2025&agency=so-y-te');
  });
});
