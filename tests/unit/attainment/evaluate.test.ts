import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeStatusTable,
  evaluate,
  headlineRows,
  selectTarget,
  STALE_AFTER_YEARS,
  STATUS_RANK,
  STATUSES,
  summarise,
  type CellInput,
} from '../../../src/lib/domain/attainment/index.ts';
import type { Actual } from '../../../src/lib/domain/types.ts';
import { actual, area, target } from './fixtures.ts';

const cell = (over: Partial<CellInput>): CellInput => ({
  target: target(),
  areaId: 'VN',
  evalYear: 2024,
  series: 'survey',
  actuals: [],
  nationalTargetApplied: false,
  vintageNoteFor: null,
  ...over,
});

describe('evaluate', () => {
  it('off track before the deadline: 111.4 in 2024 against ≤ 111 by 2025 (path 111.25)', () => {
    const row = evaluate(cell({ actuals: [actual(2021, 112), actual(2024, 111.4)] }));
    expect(row.status).toBe('off_track');
    expect(row.path_value).toBeCloseTo(111.25);
    expect(row.explanation_vi).toContain('111,4 (2024, khảo sát)');
    expect(row.explanation_vi).toContain('≤ 111,25');
    expect(row.explanation_en).toContain('111.4 (2024, survey)');
    expect(row.explanation_en).toContain('off track');
  });

  it('on track when at or better than the path', () => {
    expect(evaluate(cell({ actuals: [actual(2021, 112), actual(2024, 111.25)] })).status).toBe(
      'on_track',
    );
  });

  it.each([
    [2024, 111.5, 'off_track'],
    [2025, 111.5, 'not_met'],
    [2026, 111.5, 'not_met'],
    [2024, 111, 'met'],
    [2025, 111, 'met'],
    [2026, 110, 'met'],
  ])('deadline edges: eval %i, value %d → %s', (y, v, expected) => {
    const row = evaluate(
      cell({ evalYear: y, actuals: [actual(2021, 112), actual(Math.min(y, 2025), v)] }),
    );
    expect(row.status).toBe(expected);
  });

  it('uses the stated baseline (year defaults to the plan start) before any actual', () => {
    const t = target({ comparator: 'reduce_to', value: 18, baseline_value: 23 });
    const row = evaluate(cell({ target: t, actuals: [actual(2023, 20)] }));
    // Path at 2023: 23 → 18 over 2021–2025 = 20.5; 20 ≤ 20.5.
    expect(row.path_value).toBeCloseTo(20.5);
    expect(row.status).toBe('on_track');
  });

  it('without a stated baseline, uses the first actual at or after the plan start; none → undetermined', () => {
    expect(evaluate(cell({ actuals: [actual(2019, 112), actual(2022, 112)] })).status).toBe(
      'undetermined',
    );
    const row = evaluate(cell({ actuals: [actual(2022, 113)] }));
    expect(row.status).toBe('undetermined');
    expect(row.explanation_en).toMatch(/no baseline/);
  });

  it('a value older than the stated baseline cannot be judged against the path', () => {
    const t = target({ comparator: 'reduce_to', value: 18, baseline_value: 23 });
    const row = evaluate(cell({ target: t, evalYear: 2024, actuals: [actual(2011, 46)] }));
    expect(row.status).toBe('undetermined');
    expect(row.path_value).toBeNull();
    expect(row.explanation_en).toMatch(/predates the baseline/);
    // At the deadline it is simply not met (and stale).
    expect(evaluate(cell({ target: t, evalYear: 2025, actuals: [actual(2011, 46)] })).status).toBe(
      'not_met',
    );
  });

  it('no actual at or before the evaluation year → no_data', () => {
    const row = evaluate(cell({ evalYear: 2021, actuals: [actual(2022, 100)] }));
    expect(row.status).toBe('no_data');
    expect(row.explanation_vi).toMatch(/Chưa có giá trị thực tế nào đến năm 2021/);
  });

  it('staleness: exactly 3 years old is current, 4 is stale and says so', () => {
    expect(STALE_AFTER_YEARS).toBe(3);
    const t = target({ comparator: '>=', value: 50, year: 2030 });
    expect(evaluate(cell({ target: t, evalYear: 2025, actuals: [actual(2022, 60)] })).stale).toBe(
      false,
    );
    const old = evaluate(cell({ target: t, evalYear: 2025, actuals: [actual(2021, 60)] }));
    expect(old.stale).toBe(true);
    expect(old.explanation_en).toMatch(/Old data: 4 years before 2025/);
  });

  it('ranged values give a status only when the whole range decides', () => {
    const group = (low: number | null, high: number | null, li: boolean, hi: boolean) =>
      actual(2021, null, {
        series: 'moh_group',
        value_low: low,
        value_high: high,
        low_inclusive: li,
        high_inclusive: hi,
      });
    expect(evaluate(cell({ evalYear: 2021, actuals: [group(109, 112, true, true)] })).status).toBe(
      'undetermined',
    );
    expect(
      evaluate(cell({ evalYear: 2025, actuals: [group(112, null, false, false)] })).status,
    ).toBe('not_met');
    expect(
      evaluate(cell({ evalYear: 2021, actuals: [group(null, 109, false, false)] })).status,
    ).toBe('met');
    expect(
      evaluate(cell({ evalYear: 2021, actuals: [group(109, 112, true, true)] })).explanation_vi,
    ).toContain('nhóm 109–112');
  });

  it('a preliminary value is said to be preliminary', () => {
    const row = evaluate(
      cell({ evalYear: 2025, actuals: [actual(2025, 110, { preliminary: true })] }),
    );
    expect(row.status).toBe('met');
    expect(row.explanation_vi).toContain('Giá trị sơ bộ');
  });
});

describe('selectTarget', () => {
  const targets = [
    target({ id: 'VN-x-2025' }),
    target({ id: '63-56-x-2025', area_id: '63-56' }),
    target({ id: 'VN-x-2030', year: 2030, value: 109 }),
  ];
  it('uses the province’s own target where its plan sets one, else the national one (flagged)', () => {
    expect(selectTarget(targets, 'x', '63-56', 2025)).toMatchObject({
      target: { id: '63-56-x-2025' },
      nationalTargetApplied: false,
    });
    expect(selectTarget(targets, 'x', '63-56', 2030)).toMatchObject({
      target: { id: 'VN-x-2030' },
      nationalTargetApplied: true,
    });
    expect(selectTarget(targets, 'x', '34-56', 2025)).toMatchObject({
      target: { id: 'VN-x-2025' },
      nationalTargetApplied: true,
    });
    expect(selectTarget(targets, 'x', '63-01', 2025)).toMatchObject({
      nationalTargetApplied: true,
    });
    expect(selectTarget(targets, 'x', 'VN', 2025)).toMatchObject({ nationalTargetApplied: false });
    expect(selectTarget(targets, 'y', 'VN', 2025)).toBeNull();
  });
});

describe('computeStatusTable', () => {
  const areas = [area('VN'), area('63-56'), area('34-56'), area('63-58')];
  const crosswalk = [
    { old_area_id: '63-56', new_area_id: '34-56' },
    { old_area_id: '63-58', new_area_id: '34-56' },
  ];
  const targets = [
    target({ id: 'VN-x-2025' }),
    target({ id: '63-56-x-2025', area_id: '63-56', value: 110 }),
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

  it('Khánh Hòa (63) uses its own target; the merged Khánh Hòa (34) the national one, with a note', () => {
    const kh63 = rows.find((r) => r.area_id === '63-56' && r.eval_year === 2025)!;
    expect(kh63).toMatchObject({ target_id: '63-56-x-2025', national_target_applied: false });
    const kh34 = rows.find((r) => r.area_id === '34-56' && r.eval_year === 2025)!;
    expect(kh34).toMatchObject({
      target_id: 'VN-x-2025',
      national_target_applied: true,
      status: 'no_data',
    });
    expect(kh34.explanation_vi).toContain('áp dụng cho Khánh Hòa trước sáp nhập');
    const nt58 = rows.find((r) => r.area_id === '63-58' && r.eval_year === 2025)!;
    expect(nt58.explanation_en).toContain('National target applied');
  });

  it('headlineRows keeps the most recent series; summarise counts statuses', () => {
    const head = headlineRows(rows.filter((r) => r.area_id === 'VN' && r.eval_year === 2024));
    expect(head).toHaveLength(1);
    expect(head[0]!.series).toBe('survey');
    const counts = summarise(head);
    expect(counts.off_track).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe('properties', () => {
  it('moving the actual in the good direction never worsens the status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'<' | '<=' | '>' | '>=' | 'reduce_to'>('<', '<=', '>', '>=', 'reduce_to'),
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
          expect(STATUS_RANK[better.status]).toBeGreaterThanOrEqual(STATUS_RANK[a.status]);
        },
      ),
    );
  });

  it('status is always allowed and the explanation names the actual year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2027 }),
        fc.integer({ min: 2021, max: 2027 }),
        fc.double({ min: 90, max: 130, noNaN: true }),
        (ay, ey, v) => {
          const row = evaluate(cell({ evalYear: ey, actuals: [actual(2021, 112), actual(ay, v)] }));
          expect(STATUSES).toContain(row.status);
          if (row.actual_year !== null) {
            expect(row.explanation_vi).toContain(`(${row.actual_year}`);
            expect(row.explanation_en).toContain(`(${row.actual_year}`);
          }
        },
      ),
    );
  });
});
