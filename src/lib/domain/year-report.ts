// The national year page: one cell per (area, indicator) for the target the year focuses on (the
// same choice as every province-year page), counts per area, and what changed since the previous
// year and why. Pure; the page renders it.
import type { StatusRow, VerdictTarget } from './attainment/evaluate.ts';
import { evaluate, headlineRows } from './attainment/evaluate.ts';
import { countBy, type Status } from './attainment/status.ts';
import { targetsForAreaYear, validInYear, type TargetRole } from './attainment/target-choice.ts';
import { verdictChanges, type ChangeCause, type VerdictChange } from './area-year-report.ts';
import type { Area, CrosswalkRow, Target } from './types.ts';

export interface GridCell {
  areaId: string;
  indicatorId: string;
  row: StatusRow;
}

/** One cell per (area, indicator): the headline verdict for the target the year focuses on. */
export function statusGrid(
  rows: readonly StatusRow[],
  input: {
    year: number;
    areas: readonly Area[];
    targets: readonly Target[];
    crosswalk: readonly CrosswalkRow[];
    indicatorIds: readonly string[];
  },
): GridCell[] {
  const byCell = new Map<string, StatusRow[]>();
  for (const r of rows) {
    if (r.eval_year !== input.year) continue;
    const key = `${r.area_id}|${r.target_id}`;
    const list = byCell.get(key) ?? [];
    list.push(r);
    byCell.set(key, list);
  }
  const cells: GridCell[] = [];
  for (const area of input.areas) {
    if (area.kind === 'region' || !validInYear(area, input.year)) continue;
    for (const applied of targetsForAreaYear(
      input.targets,
      area.id,
      input.year,
      input.crosswalk,
      input.indicatorIds,
    )) {
      const [row] = headlineRows(byCell.get(`${area.id}|${applied.target.id}`) ?? []);
      if (row) cells.push({ areaId: area.id, indicatorId: row.indicator_id, row });
    }
  }
  return cells;
}

export function countStatuses(cells: readonly GridCell[]): Record<Status, number> {
  return countBy(cells, (c) => c.row.status);
}

/** Counts per area, for the list of province-year reports. */
export function countsByArea(cells: readonly GridCell[]): Map<string, Record<Status, number>> {
  const byArea = new Map<string, GridCell[]>();
  for (const c of cells) byArea.set(c.areaId, [...(byArea.get(c.areaId) ?? []), c]);
  return new Map([...byArea].map(([id, list]) => [id, countStatuses(list)]));
}

/** Changes since the previous year for the cells shown, by cause (new data, deadline, ageing). */
export function gridChanges(
  previous: readonly StatusRow[],
  cells: readonly GridCell[],
): Record<ChangeCause, VerdictChange[]> {
  const shown = new Set(cells.map((c) => `${c.areaId}|${c.row.target_id}`));
  const current = cells.map((c) => c.row);
  const before = previous.filter((r) => shown.has(`${r.area_id}|${r.target_id}`));
  return verdictChanges(before, current);
}

/**
 * The targets of a year's grid, compactly: every target that applies to one of its areas (only
 * what a verdict reads) and, per area in the grid's order, which of them apply, in indicator
 * order. A page ships this and the verdicts with a value instead of every cell: a cell without
 * data is rebuilt from its target (gridCells), the same row the engine stored.
 */
export interface GridTargets {
  targets: VerdictTarget[];
  applied: { areaId: string; targets: number[] }[];
}

export function gridTargets(input: {
  year: number;
  areas: readonly Area[];
  targets: readonly Target[];
  crosswalk: readonly CrosswalkRow[];
  indicatorIds: readonly string[];
}): GridTargets {
  const targets: VerdictTarget[] = [];
  const index = new Map<string, number>();
  const applied: GridTargets['applied'] = [];
  for (const area of input.areas) {
    if (area.kind === 'region' || !validInYear(area, input.year)) continue;
    const list = targetsForAreaYear(
      input.targets,
      area.id,
      input.year,
      input.crosswalk,
      input.indicatorIds,
    ).map(({ target: t }) => {
      let i = index.get(t.id);
      if (i === undefined) {
        i =
          targets.push({
            id: t.id,
            indicator_id: t.indicator_id,
            area_id: t.area_id,
            year: t.year,
            comparator: t.comparator,
            value: t.value,
            baseline_value: t.baseline_value,
            baseline_year: t.baseline_year,
            plan_start_year: t.plan_start_year,
          }) - 1;
        index.set(t.id, i);
      }
      return i;
    });
    applied.push({ areaId: area.id, targets: list });
  }
  return { targets, applied };
}

/** How a target reaches an area (target-choice.ts): its own, the national one, or inherited. */
const roleOf = (target: VerdictTarget, areaId: string): TargetRole =>
  target.area_id === areaId ? 'own' : target.area_id === 'VN' ? 'national' : 'inherited';

/**
 * Every cell of a year's grid (as statusGrid gives it): the headline verdicts with a value, as
 * shipped, and every other cell rebuilt by the engine from its target with no value (no data).
 */
export function gridCells(
  year: number,
  grid: GridTargets,
  withValue: readonly StatusRow[],
): GridCell[] {
  const shipped = new Map(withValue.map((r) => [`${r.area_id}|${r.target_id}`, r]));
  return grid.applied.flatMap(({ areaId, targets }) =>
    targets.map((i) => {
      const target = grid.targets[i]!;
      const row =
        shipped.get(`${areaId}|${target.id}`) ??
        evaluate({ target, role: roleOf(target, areaId), areaId, evalYear: year, actuals: [] });
      return { areaId, indicatorId: row.indicator_id, row };
    }),
  );
}
