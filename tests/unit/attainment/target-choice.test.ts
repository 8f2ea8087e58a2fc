import { describe, expect, it } from 'vitest';
import {
  applicableTarget,
  focusDeadline,
  predecessorOwnTargets,
  reportingYear,
  targetsForAreaYear,
  targetsForAreas,
  validInYear,
  yearsOfArea,
} from '../../../src/lib/domain/attainment/target-choice.ts';
import { area, target } from './fixtures.ts';

const crosswalk = [
  { old_area_id: '63-56', new_area_id: '34-56' },
  { old_area_id: '63-58', new_area_id: '34-56' },
  { old_area_id: '63-01', new_area_id: '34-01' },
];
const targets = [
  target({ id: 'VN-x-2025' }),
  target({ id: 'VN-x-2030', year: 2030, value: 109 }),
  target({ id: '63-56-x-2025', area_id: '63-56', plan_id: 'P' }),
  target({ id: '63-01-x-2030', area_id: '63-01', year: 2030, plan_id: 'Q' }),
];

describe('applicableTarget', () => {
  it.each([
    ['63-56', 2025, 'own', '63-56-x-2025'],
    ['63-56', 2030, 'national', 'VN-x-2030'],
    ['34-56', 2025, 'national', 'VN-x-2025'],
    ['63-58', 2025, 'national', 'VN-x-2025'],
    ['34-01', 2030, 'inherited', '63-01-x-2030'],
    ['34-01', 2025, 'national', 'VN-x-2025'],
    ['VN', 2025, 'own', 'VN-x-2025'],
  ])('%s, deadline %i → %s target %s', (areaId, deadline, role, id) => {
    expect(applicableTarget(targets, 'x', areaId, deadline, crosswalk)).toMatchObject({
      role,
      target: { id },
    });
  });
  it('no target for the indicator → null', () => {
    expect(applicableTarget(targets, 'y', 'VN', 2025, crosswalk)).toBeNull();
  });
});

describe('focus deadline and the targets of a page', () => {
  it.each([
    [2021, 2025],
    [2025, 2025],
    [2026, 2030],
    [2031, 2030],
  ])('year %i focuses on %i', (year, deadline) => {
    expect(focusDeadline([2030, 2025], year)).toBe(deadline);
  });
  it('one target per indicator for the page of an area and year', () => {
    expect(
      targetsForAreaYear(targets, '63-56', 2024, crosswalk, ['x', 'y']).map((a) => a.target.id),
    ).toEqual(['63-56-x-2025']);
    expect(
      targetsForAreaYear(targets, '34-56', 2026, crosswalk, ['x']).map((a) => a.target.id),
    ).toEqual(['VN-x-2030']);
  });
  it('a merged province shows its predecessors’ own targets apart; an unchanged one does not', () => {
    expect(predecessorOwnTargets(targets, '34-56', crosswalk).map((t) => t.id)).toEqual([
      '63-56-x-2025',
    ]);
    expect(predecessorOwnTargets(targets, '34-01', crosswalk)).toEqual([]);
  });
});

describe('validity and reporting year', () => {
  it('2025 holds both vintages; a 63 province ends in 2025, a 34 province starts then', () => {
    expect(validInYear(area('63-56'), 2025)).toBe(true);
    expect(validInYear(area('63-56'), 2026)).toBe(false);
    expect(validInYear(area('34-56'), 2024)).toBe(false);
    expect(yearsOfArea(area('34-56'), [2021, 2025, 2026, 2024])).toEqual([2025, 2026]);
  });
  it('a province that ended on 30/6/2025 reports for 2025 at most; others for this year', () => {
    const today = new Date('2026-12-02T00:00:00Z');
    expect(reportingYear(area('63-56'), today)).toBe(2025);
    expect(reportingYear(area('34-56'), today)).toBe(2026);
    expect(reportingYear(area('VN'), new Date('2024-03-01T00:00:00Z'))).toBe(2024);
  });
});

describe('targetsForAreas (the targets a chart of several areas draws)', () => {
  const ids = (areaIds: string[]) =>
    targetsForAreas(targets, 'x', areaIds, crosswalk).map((t) => [
      t.target.id,
      t.role,
      t.areaIds.join('+'),
    ]);
  it('two provinces with their own targets of one deadline: two targets, never one for both', () => {
    const more = [...targets, target({ id: '63-01-x-2025', area_id: '63-01', plan_id: 'Q' })];
    const out = targetsForAreas(more, 'x', ['63-01', '63-56'], crosswalk);
    const in2025 = out.filter((t) => t.target.year === 2025).map((t) => t.target.id);
    expect(in2025).toEqual(['63-01-x-2025', '63-56-x-2025']);
    // Unique by construction: a chart may key its marks by target id.
    expect(new Set(out.map((t) => t.target.id)).size).toBe(out.length);
  });
  it('a national target shared by several areas is drawn once, naming them all', () => {
    expect(ids(['VN', '63-58'])).toEqual([
      ['VN-x-2025', 'own', 'VN+63-58'],
      ['VN-x-2030', 'own', 'VN+63-58'],
    ]);
  });
  it('a province that continues one pre-2025 province draws the target it inherits', () => {
    expect(ids(['34-01'])).toEqual([
      ['VN-x-2025', 'national', '34-01'],
      ['63-01-x-2030', 'inherited', '34-01'],
    ]);
  });
  it('an own target where there is one, the national one for the other deadline', () => {
    expect(ids(['63-56'])).toEqual([
      ['63-56-x-2025', 'own', '63-56'],
      ['VN-x-2030', 'national', '63-56'],
    ]);
  });
});
