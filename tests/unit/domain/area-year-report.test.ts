import { describe, expect, it } from 'vitest';
import { buildAreaYearReport, verdictChanges } from '../../../src/lib/domain/area-year-report.ts';
import { computeStatusTable } from '../../../src/lib/domain/attainment/evaluate.ts';
import type { Actual } from '../../../src/lib/domain/types.ts';
import { actual, area, target } from '../attainment/fixtures.ts';
import { indicator } from './fixtures.ts';

const areas = [area('VN'), area('63-56'), area('63-58'), area('34-56')];
const crosswalk = [
  { old_area_id: '63-56', new_area_id: '34-56' },
  { old_area_id: '63-58', new_area_id: '34-56' },
];
const indicators = [
  indicator('srb', 'health'),
  indicator('mmr', 'health'),
  indicator('tfr', 'context'),
];
const targets = [
  target({ id: 'VN-srb-2025', indicator_id: 'srb' }),
  target({ id: 'VN-srb-2030', indicator_id: 'srb', year: 2030, value: 109 }),
  target({ id: 'VN-mmr-2025', indicator_id: 'mmr', value: 42 }),
  target({ id: '63-56-srb-2025', indicator_id: 'srb', area_id: '63-56', value: 110, plan_id: 'P' }),
];
const at = (
  areaId: string,
  indicatorId: string,
  year: number,
  value: number,
  over: Partial<Actual> = {},
) => actual(year, value, { area_id: areaId, indicator_id: indicatorId, ...over });

function report(areaId: string, year: number, actuals: Actual[], predecessorIds: string[] = []) {
  const status = computeStatusTable({ targets, actuals, areas, crosswalk, toYear: 2026 });
  return buildAreaYearReport({
    areaId,
    year,
    indicators,
    targets,
    crosswalk,
    status,
    actuals,
    predecessorIds,
  });
}

describe('buildAreaYearReport', () => {
  it('groups targets by objective; targets without values are listed apart; context gets charts', () => {
    const r = report('63-56', 2024, [
      at('63-56', 'srb', 2022, 112),
      at('63-56', 'srb', 2024, 111),
      at('63-56', 'tfr', 2023, 1.8),
    ]);
    expect(r.groups.map((g) => g.objective)).toEqual([4]);
    expect(r.groups[0]!.rows.map((x) => x.target.id)).toEqual(['63-56-srb-2025']);
    expect(r.groups[0]!.empty.map((x) => x.target.id)).toEqual(['VN-mmr-2025']);
    expect(r.context.map((c) => c.indicator.id)).toEqual(['tfr']);
    const row = r.groups[0]!.rows[0]!;
    expect(row.role).toBe('own');
    expect(row.verdict.status).toBe('off_track');
    // The chart draws the path the verdict used and rings the value judged.
    expect(row.path).toEqual({ from: { year: 2022, value: 112 }, to: { year: 2025, value: 110 } });
    expect(row.judged).toEqual({ key: '63-56|survey|all', year: 2024 });
  });

  it('a merged province draws its predecessors’ series, never summed, and shows their own targets apart', () => {
    const actuals = [
      at('63-56', 'srb', 2024, 112),
      at('63-58', 'srb', 2024, 108),
      at('34-56', 'srb', 2025, 111.5),
    ];
    const r = report('34-56', 2025, actuals, ['63-56', '63-58']);
    const row = r.groups[0]!.rows[0]!;
    expect(row.target.id).toBe('VN-srb-2025');
    expect(row.lines.map((l) => l.areaId)).toEqual(['34-56', '63-56', '63-58']);
    expect(row.lines.flatMap((l) => l.points.map((p) => p.value))).toEqual([111.5, 112, 108]);
    expect(r.predecessors.map((p) => [p.areaId, p.rows.map((x) => x.target.id)])).toEqual([
      ['63-56', ['63-56-srb-2025']],
    ]);
    expect(r.plotted).toContainEqual({ areaId: '63-58', series: 'survey' });
  });
});

describe('a report of year N draws values up to N', () => {
  const years = (r: ReturnType<typeof report>) =>
    [
      ...r.groups.flatMap((g) => [...g.rows, ...g.empty]).flatMap((x) => x.lines),
      ...r.predecessors.flatMap((p) => p.rows.flatMap((x) => x.lines)),
      ...r.context.flatMap((c) => c.lines),
    ].flatMap((l) => l.points.map((p) => `${l.areaId}/${l.series}@${p.year}`));

  it('in every chart: targets, predecessors and context; a target known only later is empty', () => {
    const actuals = [
      at('34-56', 'srb', 2025, 111.5),
      at('34-56', 'srb', 2026, 110),
      at('63-56', 'srb', 2024, 112),
      at('63-58', 'srb', 2026, 108),
      at('34-56', 'mmr', 2026, 40),
      at('34-56', 'tfr', 2025, 1.9),
      at('34-56', 'tfr', 2026, 1.8),
    ];
    const r2025 = report('34-56', 2025, actuals, ['63-56', '63-58']);
    expect(years(r2025).sort()).toEqual([
      '34-56/survey@2025',
      '34-56/survey@2025',
      '63-56/survey@2024',
      '63-56/survey@2024',
    ]);
    // MMR has a value only in 2026: in the 2025 report it is a target without data.
    expect(r2025.groups[0]!.empty.map((x) => x.target.id)).toEqual(['VN-mmr-2025']);
    // The predecessor's own target is drawn on its own values, up to 2025 too.
    expect(r2025.predecessors[0]!.rows[0]!.lines.map((l) => l.points.map((p) => p.year))).toEqual([
      [2024],
    ]);
    // The 2026 report draws them all.
    const r2026 = report('34-56', 2026, actuals, ['63-56', '63-58']);
    expect(years(r2026)).toContain('34-56/survey@2026');
    expect(years(r2026)).toContain('63-58/survey@2026');
    expect(r2026.groups[0]!.empty).toEqual([]);
  });

  it('a series known only after N is not a series of the page (legend and identities)', () => {
    const r = report('VN', 2024, [
      at('VN', 'srb', 2024, 111.4),
      at('VN', 'srb', 2025, 111, { series: 'census' }),
    ]);
    expect(r.plotted).toEqual([{ areaId: 'VN', series: 'survey' }]);
  });
});

describe('verdictChanges', () => {
  it('separates changes caused by new data from those caused by a deadline passing or ageing', () => {
    const actuals = [
      at('VN', 'srb', 2021, 112),
      at('VN', 'srb', 2024, 111.5),
      at('VN', 'mmr', 2021, 46),
    ];
    const status = computeStatusTable({ targets, actuals, areas, crosswalk, toYear: 2026 });
    const y = (year: number) => status.filter((s) => s.area_id === 'VN' && s.eval_year === year);
    // 2024 → 2025: same SRB value, the 2025 deadline arrives: off track → not met.
    const c2025 = verdictChanges(y(2024), y(2025));
    expect(c2025.deadline.map((c) => [c.targetId, c.from, c.to])).toContainEqual([
      'VN-srb-2025',
      'off_track',
      'not_met',
    ]);
    expect(c2025.new_data).toEqual([]);
    // 2023 → 2024: a new value arrives.
    const c2024 = verdictChanges(y(2023), y(2024));
    expect(c2024.new_data.map((c) => c.targetId)).toContain('VN-srb-2025');
    expect(c2024.deadline).toEqual([]);
    // MMR 2021 value: judged in 2024 it is 3 years old (assessed); in 2025, 4 years → ageing.
    expect(c2025.ageing.map((c) => [c.targetId, c.to])).toEqual([
      ['VN-mmr-2025', 'not_assessable'],
    ]);
  });
});
