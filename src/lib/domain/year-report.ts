// The national year page: one cell per (area, indicator) for the target the year focuses on (the
// same choice as every province-year page), counts per area, and what changed since the previous
// year and why. Pure; the page renders it.
import type { StatusRow } from './attainment/evaluate.ts';
import { headlineRows } from './attainment/evaluate.ts';
import { countBy, type Status } from './attainment/status.ts';
import { targetsForAreaYear, validInYear } from './attainment/target-choice.ts';
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
