// Annual report for leadership: status grid (areas × indicators), what changed since the previous
// year, and counts for a plain-language summary. Pure; the page renders it.
import type { StatusRow } from './attainment/evaluate.ts';
import { headlineRows } from './attainment/evaluate.ts';
import type { Status } from './attainment/status.ts';

/** The target shown for an indicator in year Y: the nearest deadline at or after Y, else the last. */
export function focusTargetIds(rows: readonly StatusRow[], year: number): Map<string, string> {
  const byIndicator = new Map<string, { id: string; deadline: number }[]>();
  for (const r of rows) {
    if (r.target_area_id !== 'VN') continue; // national targets define the columns
    const list = byIndicator.get(r.indicator_id) ?? [];
    if (!list.some((x) => x.id === r.target_id))
      list.push({ id: r.target_id, deadline: r.target_year });
    byIndicator.set(r.indicator_id, list);
  }
  const out = new Map<string, string>();
  for (const [indicator, list] of byIndicator) {
    const sorted = [...list].sort((a, b) => a.deadline - b.deadline);
    out.set(indicator, (sorted.find((t) => t.deadline >= year) ?? sorted[sorted.length - 1])!.id);
  }
  return out;
}

export interface GridCell {
  areaId: string;
  indicatorId: string;
  row: StatusRow;
}

/** One cell per (area, indicator): the headline status for the focus deadline. */
export function statusGrid(rows: readonly StatusRow[], year: number): GridCell[] {
  const focus = focusTargetIds(rows, year);
  const deadlineOf = new Map(rows.map((r) => [r.target_id, r.target_year]));
  const head = headlineRows(rows.filter((r) => r.eval_year === year));
  return head
    .filter((r) => {
      // The area's own provincial target replaces the national one for the same deadline.
      const focusId = focus.get(r.indicator_id);
      return focusId !== undefined && deadlineOf.get(focusId) === r.target_year;
    })
    .map((row) => ({ areaId: row.area_id, indicatorId: row.indicator_id, row }));
}

export interface StatusChange {
  areaId: string;
  indicatorId: string;
  from: Status;
  to: Status;
  row: StatusRow;
}

export function changesSince(
  previous: readonly GridCell[],
  current: readonly GridCell[],
): StatusChange[] {
  const before = new Map(
    previous.map((c) => [`${c.areaId}|${c.indicatorId}|${c.row.target_year}`, c.row.status]),
  );
  const out: StatusChange[] = [];
  for (const c of current) {
    const from = before.get(`${c.areaId}|${c.indicatorId}|${c.row.target_year}`);
    if (from !== undefined && from !== c.row.status)
      out.push({
        areaId: c.areaId,
        indicatorId: c.indicatorId,
        from,
        to: c.row.status,
        row: c.row,
      });
  }
  return out;
}

export function countStatuses(cells: readonly GridCell[]): Record<Status, number> {
  const counts: Record<Status, number> = {
    met: 0,
    on_track: 0,
    off_track: 0,
    not_met: 0,
    undetermined: 0,
    no_data: 0,
    no_target: 0,
  };
  for (const c of cells) counts[c.row.status] += 1;
  return counts;
}
