import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeStatusTable,
  evaluate,
  headlineRows,
  isAssessed,
  reportClass,
  reportCounts,
  STALE_AFTER_YEARS,
  summarise,
  type CellInput,
  type Status,
} from '../../../src/lib/domain/attainment/index.ts';
import type { Actual, Comparator } from '../../../src/lib/domain/types.ts';
import { explain } from '../../../src/lib/i18n/explain.ts';
import { actual, area, group, target } from './fixtures.ts';

const cell = (over: Partial<CellInput>): CellInput => ({
  target: target(),
  role: 'own',
  areaId: 'VN',
  evalYear: 2024,
  actuals: [],
  ...over,
});

// Each verdict rule, table-driven: the inputs a leader's report meets, and the verdict they earn.
// Target (unless stated): ≤ 111 by 2025, plan from 2021, no stated baseline.
describe('verdict rules', () => {
  const cases: {
    rule: string;
    evalYear: number;
    actuals: Actual[];
    status: Status;
    reason?: string;
    t?: Parameters<typeof target>[0];
  }[] = [
    { rule: 'no value at all', evalYear: 2024, actuals: [], status: 'no_data' },
    {
      rule: 'only a value after the year assessed',
      evalYear: 2021,
      actuals: [actual(2022, 100)],
      status: 'no_data',
    },
    { rule: 'meets the target', evalYear: 2024, actuals: [actual(2024, 110)], status: 'met' },
    {
      rule: 'equal to a ≤ target meets it',
      evalYear: 2024,
      actuals: [actual(2024, 111)],
      status: 'met',
    },
    {
      rule: 'equal to a < target fails it',
      evalYear: 2025,
      actuals: [actual(2025, 111)],
      status: 'not_met',
      t: { comparator: '<' },
    },
    {
      rule: 'deadline reached, not satisfied',
      evalYear: 2025,
      actuals: [actual(2021, 112), actual(2025, 111.5)],
      status: 'not_met',
    },
    {
      rule: 'on the path from the first value of the period',
      evalYear: 2024,
      actuals: [actual(2021, 112), actual(2024, 111.25)],
      status: 'on_track',
    },
    {
      rule: 'off the path',
      evalYear: 2024,
      actuals: [actual(2021, 112), actual(2024, 111.4)],
      status: 'off_track',
    },
    {
      rule: 'before the deadline with no earlier value: no path',
      evalYear: 2024,
      actuals: [actual(2022, 113)],
      status: 'not_yet_met',
      reason: 'no_baseline',
    },
    {
      rule: 'a value from before the plan period (ABR 2011 judged against 2025)',
      evalYear: 2025,
      actuals: [actual(2011, 46)],
      status: 'not_assessable',
      reason: 'before_plan',
      t: { comparator: 'reduce_to', value: 18, baseline_value: 23 },
    },
    {
      rule: 'a value older than the staleness limit',
      evalYear: 2030,
      actuals: [actual(2026, 60)],
      status: 'not_assessable',
      reason: 'stale',
      t: { comparator: '>=', value: 75, year: 2030 },
    },
    {
      rule: 'exactly at the staleness limit is still assessed',
      evalYear: 2029,
      actuals: [actual(2026, 80)],
      status: 'met',
      t: { comparator: '>=', value: 75, year: 2030 },
    },
    {
      rule: 'a value whose year is uncertain',
      evalYear: 2024,
      actuals: [actual(2022, 105, { uncertain_year: true })],
      status: 'not_assessable',
      reason: 'uncertain_year',
    },
    {
      rule: 'a group that straddles the target (109–112 against ≤ 111)',
      evalYear: 2021,
      actuals: [group(2021, 109, 112)],
      status: 'not_assessable',
      reason: 'range_straddles',
    },
    {
      rule: 'a group wholly better than the target (below 109)',
      evalYear: 2021,
      actuals: [group(2021, null, 109, false)],
      status: 'met',
    },
    {
      rule: 'a group wholly worse at the deadline (above 112)',
      evalYear: 2025,
      actuals: [group(2025, 112, null, false)],
      status: 'not_met',
    },
    {
      rule: 'a yes/no target not yet reached before its deadline',
      evalYear: 2023,
      actuals: [actual(2023, 0)],
      status: 'not_yet_met',
      reason: 'exact_target',
      t: { comparator: '=', value: 1 },
    },
    {
      rule: 'a yes/no target reached',
      evalYear: 2023,
      actuals: [actual(2023, 1)],
      status: 'met',
      t: { comparator: '=', value: 1 },
    },
    {
      rule: 'a stated baseline (year = plan start) gives the path: 20 ≤ 20.5 in 2023',
      evalYear: 2023,
      actuals: [actual(2023, 20)],
      status: 'on_track',
      t: { comparator: 'reduce_to', value: 18, baseline_value: 23 },
    },
    {
      rule: 'a stated baseline later than the value: no path',
      evalYear: 2023,
      actuals: [actual(2022, 30)],
      status: 'not_yet_met',
      reason: 'before_baseline',
      t: { comparator: 'reduce_to', value: 18, baseline_value: 23, baseline_year: 2023 },
    },
    {
      rule: 'a range judged against the path: wholly on the good side',
      evalYear: 2023,
      actuals: [actual(2021, 24), group(2023, 19, 20)],
      status: 'on_track',
      t: { comparator: 'reduce_to', value: 18 },
    },
    {
      rule: 'a range judged against the path: straddling it',
      evalYear: 2023,
      actuals: [actual(2021, 24), group(2023, 19, 23)],
      status: 'not_assessable',
      reason: 'range_straddles',
      t: { comparator: 'reduce_to', value: 18 },
    },
    {
      rule: 'a range judged against the path: wholly worse',
      evalYear: 2023,
      actuals: [actual(2021, 24), group(2023, 22, 23)],
      status: 'off_track',
      t: { comparator: 'reduce_to', value: 18 },
    },
    {
      rule: 'a 2026 value never decides a 2025 target (the 2025 value does)',
      evalYear: 2026,
      actuals: [actual(2025, 112), actual(2026, 110)],
      status: 'not_met',
    },
  ];
  it.each(cases)('$rule → $status', ({ evalYear, actuals, status, reason, t }) => {
    const row = evaluate(cell({ target: target(t), evalYear, actuals }));
    expect(row.status).toBe(status);
    expect(row.reason).toBe(reason ?? '');
  });

  it('the staleness limit is 3 years', () => {
    expect(STALE_AFTER_YEARS).toBe(3);
  });

  it('the path drawn is the one the verdict used: baseline and value at the actual year', () => {
    const row = evaluate(cell({ actuals: [actual(2021, 112), actual(2024, 111.4)] }));
    expect(row).toMatchObject({
      baseline_year: 2021,
      baseline_value: 112,
      baseline_stated: false,
      status: 'off_track',
    });
    expect(row.path_value).toBeCloseTo(111.25);
    const stated = evaluate(
      cell({
        target: target({ comparator: 'reduce_to', value: 18, baseline_value: 23 }),
        evalYear: 2023,
        actuals: [actual(2023, 20)],
      }),
    );
    expect(stated).toMatchObject({
      baseline_year: 2021,
      baseline_value: 23,
      baseline_stated: true,
    });
    expect(stated.path_value).toBeCloseTo(20.5);
  });

  it('a value of uncertain year is never a baseline', () => {
    const row = evaluate(
      cell({ actuals: [actual(2021, 120, { uncertain_year: true }), actual(2023, 115)] }),
    );
    expect(row).toMatchObject({ status: 'not_yet_met', reason: 'no_baseline', path_value: null });
  });
});

describe('report classes (the Government annual report: met / not met / cannot be assessed)', () => {
  it.each<[Status, string, boolean]>([
    ['met', 'met', true],
    ['on_track', 'not_met', true],
    ['off_track', 'not_met', true],
    ['not_yet_met', 'not_met', true],
    ['not_met', 'not_met', true],
    ['not_assessable', 'not_assessable', false],
    ['no_data', 'no_data', false],
  ])('%s → %s (assessed: %s)', (status, cls, assessed) => {
    expect(reportClass(status)).toBe(cls);
    expect(isAssessed(status)).toBe(assessed);
  });

  it('cannot-be-assessed verdicts are never counted as met or not met', () => {
    const rows = [
      evaluate(cell({ actuals: [actual(2024, 110)] })),
      evaluate(cell({ actuals: [actual(2022, 105, { uncertain_year: true })] })),
      evaluate(cell({ evalYear: 2021, actuals: [group(2021, 109, 112)] })),
    ];
    expect(reportCounts(summarise(rows))).toEqual({
      met: 1,
      not_met: 0,
      not_assessable: 2,
      no_data: 0,
    });
  });
});

describe('explanations (rendered at display time from the row)', () => {
  it('say the value, its year and series, the target, the path and the role, per locale', () => {
    const row = evaluate(cell({ actuals: [actual(2021, 112), actual(2024, 111.4)] }));
    const vi = explain(row, 'vi');
    expect(vi).toContain('111,4 (2024, điều tra thống kê)');
    expect(vi).toContain('≤ 111 vào năm 2025');
    expect(vi).toContain('≤ 111,25');
    expect(vi).toContain('giá trị đầu kỳ 112 (2021)');
    // The nation's own target is the national one; a province's own is its plan's.
    expect(vi).toContain('Mục tiêu quốc gia (Nghị quyết 28/NQ-CP)');
    expect(explain({ ...row, target_area_id: '63-56' }, 'vi')).toContain(
      'Mục tiêu của kế hoạch tỉnh',
    );
    const en = explain({ ...row, target_role: 'national' }, 'en');
    expect(en).toContain('111.4 (2024, statistical survey)');
    expect(en).toContain('not yet met, off track');
    expect(en).toContain('National target applied');
  });

  it('give the reason when there is no verdict, and write ranges and yes/no as words', () => {
    const stale = evaluate(
      cell({
        target: target({ comparator: '>=', value: 75, year: 2030 }),
        evalYear: 2030,
        actuals: [actual(2026, 60)],
      }),
    );
    expect(explain(stale, 'vi')).toContain('số liệu quá cũ');
    expect(explain(stale, 'en')).toContain('4 years before the year assessed');
    const range = evaluate(cell({ evalYear: 2021, actuals: [group(2021, 109, 112)] }));
    expect(explain(range, 'vi')).toContain('109–112 (2021, nhóm của Bộ Y tế)');
    const yesNo = evaluate(
      cell({
        target: target({ comparator: '=', value: 1 }),
        evalYear: 2023,
        actuals: [actual(2023, 0)],
      }),
    );
    expect(explain(yesNo, 'vi', { yesNo: true })).toMatch(/^không \(2023/);
    expect(explain(yesNo, 'en', { yesNo: true })).toContain('= yes by 2025');
  });

  it('say when a value is preliminary or its sources disagree', () => {
    const row = evaluate(
      cell({ actuals: [actual(2024, 110, { preliminary: true, n_sources: 2, conflict: true })] }),
    );
    expect(explain(row, 'vi')).toContain('Giá trị sơ bộ');
    expect(explain(row, 'en')).toContain('2 sources give different values');
  });
});

describe('computeStatusTable', () => {
  const areas = [
    area('VN'),
    area('63-56'),
    area('34-56'),
    area('63-58'),
    area('63-01'),
    area('34-01'),
  ];
  const crosswalk = [
    { old_area_id: '63-56', new_area_id: '34-56' },
    { old_area_id: '63-58', new_area_id: '34-56' },
    { old_area_id: '63-01', new_area_id: '34-01' },
  ];
  const targets = [
    target({ id: 'VN-x-2025' }),
    target({ id: '63-56-x-2025', area_id: '63-56', value: 110, plan_id: 'P' }),
    target({ id: '63-01-x-2025', area_id: '63-01', value: 108, plan_id: 'Q' }),
  ];
  const actuals: Actual[] = [
    actual(2021, 112),
    actual(2024, 111.4),
    actual(2022, 109.5, { series: 'civil_registration' }),
    actual(2022, 115, { area_id: '63-56', series: 'admin_register' }),
  ];
  const rows = computeStatusTable({ targets, actuals, areas, crosswalk, toYear: 2025 });

  it('covers every applicable area and year: 63 provinces until 2025, 34 in 2025', () => {
    const keys = new Set(rows.map((r) => `${r.area_id}|${r.eval_year}`));
    expect(keys.has('63-56|2021')).toBe(true);
    expect(keys.has('63-56|2025')).toBe(true);
    expect(keys.has('34-56|2024')).toBe(false);
    expect(keys.has('34-56|2025')).toBe(true);
  });

  it('never mixes series: one row per series with data', () => {
    const vn2024 = rows.filter((r) => r.area_id === 'VN' && r.eval_year === 2024);
    expect(vn2024.map((r) => [r.series, r.actual_value, r.status])).toEqual([
      ['civil_registration', 109.5, 'met'],
      ['survey', 111.4, 'off_track'],
    ]);
  });

  it('own, national and inherited targets: a merged province inherits none, an unchanged one its own', () => {
    const role = (id: string) => rows.find((r) => r.area_id === id && r.eval_year === 2025)!;
    expect(role('63-56')).toMatchObject({ target_id: '63-56-x-2025', target_role: 'own' });
    expect(role('34-56')).toMatchObject({ target_id: 'VN-x-2025', target_role: 'national' });
    expect(role('63-58')).toMatchObject({ target_id: 'VN-x-2025', target_role: 'national' });
    expect(role('34-01')).toMatchObject({ target_id: '63-01-x-2025', target_role: 'inherited' });
  });

  it('headlineRows prefers a series with a verdict, then the most recent value', () => {
    const head = headlineRows(rows.filter((r) => r.area_id === 'VN' && r.eval_year === 2024));
    expect(head).toHaveLength(1);
    expect(head[0]!.series).toBe('survey');
    const mixed = headlineRows([
      evaluate(cell({ actuals: [actual(2024, 105, { uncertain_year: true })] })),
      evaluate(cell({ actuals: [actual(2022, 110, { series: 'census' })] })),
    ]);
    expect(mixed[0]).toMatchObject({ series: 'census', status: 'met' });
  });
});

const RANK: Record<Status, number> = {
  met: 3,
  on_track: 2,
  off_track: 1,
  not_yet_met: 1,
  not_met: 1,
  not_assessable: 0,
  no_data: 0,
};

describe('properties', () => {
  it('moving the actual in the good direction never worsens the verdict', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Comparator>('<', '<=', '>', '>=', 'reduce_to'),
        fc.integer({ min: 2021, max: 2027 }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (comparator, evalYear, value, delta) => {
          const up = comparator === '>' || comparator === '>=';
          const t = target({ comparator, value: 100, baseline_value: 120, baseline_year: 2021 });
          const y = Math.min(evalYear, 2025);
          const a = evaluate(cell({ target: t, evalYear, actuals: [actual(y, value)] }));
          const better = evaluate(
            cell({ target: t, evalYear, actuals: [actual(y, up ? value + delta : value - delta)] }),
          );
          expect(RANK[better.status]).toBeGreaterThanOrEqual(RANK[a.status]);
        },
      ),
    );
  });

  // Target ≤ 111 by 2025, plan from 2021, no stated baseline; a certain 2021 value of 112 plus
  // one more value in any year, possibly of uncertain year.
  it('the value judged is the latest up to the deadline; its verdict follows the rules; a reason only comes with a non-verdict or no path', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2010, max: 2027 }),
        fc.integer({ min: 2021, max: 2027 }),
        fc.double({ min: 90, max: 130, noNaN: true }),
        fc.boolean(),
        (ay, ey, v, uncertain) => {
          const row = evaluate(
            cell({
              evalYear: ey,
              actuals: [actual(2021, 112), actual(ay, v, { uncertain_year: uncertain })],
            }),
          );
          // Rule: the latest value at or before min(eval year, deadline) is judged; a tie in
          // year keeps the value listed first (the 2021 value of 112).
          const judgeYear = Math.min(ey, 2025);
          const other = ay > 2021 && ay <= judgeYear;
          const judged = other
            ? { year: ay, value: v, uncertain }
            : { year: 2021, value: 112, uncertain: false };
          expect(row.actual_year).toBe(judged.year);
          expect(row.actual_value).toBe(judged.value);
          expect(row.actual_uncertain_year).toBe(judged.uncertain);
          // Rule order: an uncertain year, then a stale value (> 3 years before the year judged
          // for) cannot be assessed; else a value ≤ 111 is met; else at the deadline, not met.
          if (judged.uncertain) {
            expect([row.status, row.reason]).toEqual(['not_assessable', 'uncertain_year']);
          } else if (judgeYear - judged.year > STALE_AFTER_YEARS) {
            expect([row.status, row.reason]).toEqual(['not_assessable', 'stale']);
          } else if (judged.value <= 111) {
            expect([row.status, row.reason]).toEqual(['met', '']);
          } else if (ey >= 2025) {
            expect([row.status, row.reason]).toEqual(['not_met', '']);
          } else if (judged.year === 2021) {
            // The only baseline (the first certain value from 2021) is the value judged.
            expect([row.status, row.reason]).toEqual(['not_yet_met', 'no_baseline']);
          } else {
            // Before the deadline, against the path from (2021, 112) to (2025, 111): lower is good.
            expect(row.baseline_year).toBe(2021);
            expect(row.baseline_value).toBe(112);
            const path = 112 + ((111 - 112) * (judged.year - 2021)) / (2025 - 2021);
            expect(row.path_value).toBeCloseTo(path, 9);
            expect(row.status).toBe(v <= row.path_value! ? 'on_track' : 'off_track');
          }
          // A path is only drawn for a path verdict (no ranges here).
          expect(row.path_value !== null).toBe(
            row.status === 'on_track' || row.status === 'off_track',
          );
          if (row.reason) expect(['not_assessable', 'not_yet_met']).toContain(row.status);
          if (row.status === 'not_assessable') expect(row.reason).not.toBe('');
          if (row.actual_year !== null) expect(explain(row, 'vi')).toContain(`(${row.actual_year}`);
        },
      ),
      // Enough runs to reach every branch above (the path verdict needs 2022–2024 values > 111).
      { numRuns: 1000 },
    );
  });
});
