// Which target applies to an area in a year: the one rule the data build, the province-year pages,
// the year report and the import's template and comparison all use, so they can never disagree.
import type { Area, CrosswalkRow, Target } from '../types.ts';

/**
 * How a target reaches an area:
 * - own: set for this area (the national targets for VN; a province's own plan)
 * - inherited: set by the plan of the one pre-2025 province this province continues unchanged
 *   (e.g. Hà Nội); a province merged from several does not inherit any of their targets
 * - national: no own target for that deadline, so the national NQ28 target is applied
 */
export type TargetRole = 'own' | 'inherited' | 'national';

export interface AppliedTarget {
  target: Target;
  role: TargetRole;
}

/** Is an area valid at any time during `year`? (2025 holds both the 63 and the 34 provinces.) */
export function validInYear(area: Pick<Area, 'valid_from' | 'valid_to'>, year: number): boolean {
  const from = area.valid_from ? Number(area.valid_from.slice(0, 4)) : -Infinity;
  const to = area.valid_to ? Number(area.valid_to.slice(0, 4)) : Infinity;
  return from <= year && year <= to;
}

/** Years from `years` in which the area existed, oldest first. */
export function yearsOfArea(area: Pick<Area, 'valid_from' | 'valid_to'>, years: readonly number[]) {
  return [...years].sort((a, b) => a - b).filter((y) => validInYear(area, y));
}

/**
 * The year a province reports for when it prepares figures on `today`: the latest year up to
 * this year in which it existed (a province that ended on 30/6/2025 reports for 2025 at most).
 */
export function reportingYear(area: Pick<Area, 'valid_from' | 'valid_to'>, today: Date): number {
  const thisYear = today.getUTCFullYear();
  const to = area.valid_to ? Number(area.valid_to.slice(0, 4)) : Infinity;
  return Math.min(thisYear, to);
}

/** The pre-2025 provinces a province was formed from (none for a 63 province or VN). */
export function predecessorsOf(areaId: string, crosswalk: readonly CrosswalkRow[]): string[] {
  return crosswalk
    .filter((c) => c.new_area_id === areaId)
    .map((c) => c.old_area_id)
    .sort();
}

/** The province a pre-2025 province became part of, or null. */
export function successorOf(areaId: string, crosswalk: readonly CrosswalkRow[]): string | null {
  return crosswalk.find((c) => c.old_area_id === areaId)?.new_area_id ?? null;
}

/** The target that applies to an area for one indicator and deadline, or null. */
export function applicableTarget(
  targets: readonly Target[],
  indicatorId: string,
  areaId: string,
  deadline: number,
  crosswalk: readonly CrosswalkRow[],
): AppliedTarget | null {
  const find = (id: string) =>
    targets.find((t) => t.indicator_id === indicatorId && t.area_id === id && t.year === deadline);
  const own = find(areaId);
  if (own) return { target: own, role: 'own' };
  const predecessors = predecessorsOf(areaId, crosswalk);
  if (predecessors.length === 1) {
    const inherited = find(predecessors[0]!);
    if (inherited) return { target: inherited, role: 'inherited' };
  }
  const national = find('VN');
  return national ? { target: national, role: 'national' } : null;
}

/** Deadlines (target years) set for an indicator anywhere, oldest first. */
export function deadlinesOf(targets: readonly Target[], indicatorId: string): number[] {
  return [
    ...new Set(targets.filter((t) => t.indicator_id === indicatorId).map((t) => t.year)),
  ].sort((a, b) => a - b);
}

/** The deadline a page for `year` focuses on: the nearest at or after the year, else the last. */
export function focusDeadline(deadlines: readonly number[], year: number): number | null {
  const sorted = [...deadlines].sort((a, b) => a - b);
  return sorted.find((d) => d >= year) ?? sorted[sorted.length - 1] ?? null;
}

/** A target a chart of several areas draws: the one that applies to each of them, once. */
export interface ChartTarget extends AppliedTarget {
  /** The shown areas it applies to, in the order given. */
  areaIds: string[];
}

/**
 * The targets of one indicator a chart of `areaIds` draws: for every deadline, the target that
 * applies to each area (its own, the one it inherits, or the national one: applicableTarget),
 * each target once however many areas it applies to. Two areas with their own targets of the
 * same deadline give two targets (never one of them for both).
 */
export function targetsForAreas(
  targets: readonly Target[],
  indicatorId: string,
  areaIds: readonly string[],
  crosswalk: readonly CrosswalkRow[],
): ChartTarget[] {
  const out = new Map<string, ChartTarget>();
  for (const deadline of deadlinesOf(targets, indicatorId))
    for (const areaId of areaIds) {
      const applied = applicableTarget(targets, indicatorId, areaId, deadline, crosswalk);
      if (!applied) continue;
      const seen = out.get(applied.target.id);
      if (seen) seen.areaIds.push(areaId);
      else out.set(applied.target.id, { ...applied, areaIds: [areaId] });
    }
  return [...out.values()];
}

/**
 * The targets a page for one area and year shows: per indicator, the applicable target for the
 * focus deadline. `indicatorIds` fixes the order.
 */
export function targetsForAreaYear(
  targets: readonly Target[],
  areaId: string,
  year: number,
  crosswalk: readonly CrosswalkRow[],
  indicatorIds: readonly string[],
): AppliedTarget[] {
  const out: AppliedTarget[] = [];
  for (const indicatorId of indicatorIds) {
    const deadline = focusDeadline(deadlinesOf(targets, indicatorId), year);
    if (deadline === null) continue;
    const applied = applicableTarget(targets, indicatorId, areaId, deadline, crosswalk);
    if (applied) out.push(applied);
  }
  return out;
}

/**
 * Own targets of the pre-2025 provinces a merged province was formed from, which do not apply to
 * the merged province: shown with their own scope (the predecessor's territory and values).
 */
export function predecessorOwnTargets(
  targets: readonly Target[],
  areaId: string,
  crosswalk: readonly CrosswalkRow[],
): Target[] {
  const predecessors = predecessorsOf(areaId, crosswalk);
  if (predecessors.length < 2) return [];
  return targets
    .filter((t) => predecessors.includes(t.area_id))
    .sort(
      (a, b) =>
        a.area_id.localeCompare(b.area_id) ||
        a.indicator_id.localeCompare(b.indicator_id) ||
        a.year - b.year,
    );
}
