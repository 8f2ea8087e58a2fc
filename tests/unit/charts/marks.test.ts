import { describe, expect, it } from 'vitest';
import { chartTargetMarks } from '../../../src/lib/figure/marks.ts';
import { targetsForAreas } from '../../../src/lib/domain/attainment/target-choice.ts';
import { target } from '../attainment/fixtures.ts';

const names: Record<string, string> = { '63-01': 'Hà Nội', '63-56': 'Khánh Hòa', VN: 'Toàn quốc' };
const areaName = (id: string) => names[id] ?? id;

describe('chartTargetMarks', () => {
  const targets = [
    target({ id: 'VN-x-2025' }),
    target({ id: '63-01-x-2025', area_id: '63-01', value: 112, plan_id: 'Q' }),
    target({ id: '63-56-x-2025', area_id: '63-56', value: 110, plan_id: 'P' }),
    target({ id: 'VN-x-2030', year: 2030, value: 109 }),
  ];
  it('keys every mark by its target, and names whose it is when a deadline has several', () => {
    const marks = chartTargetMarks(targetsForAreas(targets, 'x', ['63-01', '63-56'], []), areaName);
    expect(marks.map((m) => [m.key, m.year, m.scope])).toEqual([
      ['63-01-x-2025', 2025, 'Hà Nội'],
      ['63-56-x-2025', 2025, 'Khánh Hòa'],
      ['VN-x-2030', 2030, ''],
    ]);
    expect(new Set(marks.map((m) => m.key)).size).toBe(marks.length);
  });
  it('plans asking the same thing are one mark; a different one is named', () => {
    const same = [
      ...targets,
      target({ id: '63-48-x-2025', area_id: '63-48', value: 110, plan_id: 'R' }),
    ];
    const marks = chartTargetMarks(
      targetsForAreas(same, 'x', ['63-56', '63-48', 'VN'], []),
      (id) => ({ '63-48': 'Đà Nẵng', ...names })[id] ?? id,
    );
    expect(marks.map((m) => [m.key, m.value, m.scope])).toEqual([
      ['63-56-x-2025+63-48-x-2025', 110, 'Khánh Hòa, Đà Nẵng'],
      ['VN-x-2025', 111, 'Toàn quốc'],
      ['VN-x-2030', 109, ''],
    ]);
  });
  it('one target per deadline needs no name', () => {
    const marks = chartTargetMarks(targetsForAreas(targets, 'x', ['VN'], []), areaName);
    expect(marks.map((m) => m.scope)).toEqual(['', '']);
  });
});
