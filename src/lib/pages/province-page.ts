// The page of one area (/provinces/{id}/): its vintage, region and merger links, the years of its
// annual reports, the scorecard of its latest year, its plans and their commitments, and the
// latest value of each context indicator. The route's +page.server.ts returns what this returns.
import type { SqlClient } from '../data/client.ts';
import {
  evaluationYears,
  listAreaRegions,
  listAreas,
  listAreasActuals,
  listCommitments,
  listCrosswalk,
  listIndicators,
  listPlans,
  listStatus,
  listTargets,
  type ActualRow,
  type CommitmentRow,
  type PlanRow,
} from '../data/queries.ts';
import { reportTargets } from '../domain/area-year-report.ts';
import type { StatusRow } from '../domain/attainment/evaluate.ts';
import {
  predecessorsOf,
  successorOf,
  yearsOfArea,
  type AppliedTarget,
} from '../domain/attainment/target-choice.ts';
import type { Area, AreaRegion, Indicator, Locale } from '../domain/types.ts';
import { legalRefsFor } from '../export/status-extract.ts';
import { areaNamesOf, type AreaNames } from '../i18n/names.ts';

export interface ProvincePageData {
  area: Area;
  /** The latest year in which this area existed (63 provinces: up to 2025). */
  evalYear: number;
  years: number[];
  successorYears: number[];
  areaNames: AreaNames;
  mergedInto: string[];
  mergedFrom: string[];
  regions: AreaRegion[];
  indicators: Indicator[];
  /** Verdicts of the scorecard's targets in evalYear. */
  status: StatusRow[];
  /** The scorecard's targets, for the user's own figures judged in the browser. */
  applied: AppliedTarget[];
  legalRefs: Record<string, string>;
  /** The latest value of each indicator without a target (one row each: series never mixed). */
  context: ActualRow[];
  plans: PlanRow[];
  commitments: CommitmentRow[];
}

/** Every area but the regions. */
export async function provincePageEntries(db: SqlClient): Promise<{ id: string }[]> {
  return (await listAreas(db)).filter((a) => a.kind !== 'region').map((a) => ({ id: a.id }));
}

export async function loadProvincePage(
  db: SqlClient,
  areaId: string,
  locale: Locale,
): Promise<ProvincePageData | null> {
  const areas = await listAreas(db);
  const area = areas.find((a) => a.id === areaId && a.kind !== 'region');
  if (!area) return null;
  const [crosswalk, allYears, indicators, targets] = await Promise.all([
    listCrosswalk(db),
    evaluationYears(db),
    listIndicators(db),
    listTargets(db),
  ]);
  const years = yearsOfArea(area, allYears);
  const evalYear = years[years.length - 1]!;
  const successor = successorOf(area.id, crosswalk);
  const mergedInto = successor ? [successor] : [];
  const mergedFrom = predecessorsOf(area.id, crosswalk);
  const planAreas = [area.id, ...mergedInto, ...mergedFrom];
  const [statusRows, actuals, plans, commitments, areaRegions] = await Promise.all([
    listStatus(db, { areaIds: [area.id], evalYears: [evalYear] }),
    listAreasActuals(db, [area.id]),
    listPlans(db, planAreas),
    listCommitments(db, planAreas),
    listAreaRegions(db),
  ]);
  // The scorecard shows the targets the year page shows (one deadline per indicator): the same
  // rule as the year page and the import's templates.
  const applied = reportTargets(targets, area.id, evalYear, crosswalk, indicators);
  const shown = new Set(applied.map((a) => a.target.id));
  const regions = areaRegions.filter((m) => m.area_id === area.id);
  const mentioned = new Set([area.id, ...planAreas, ...regions.map((m) => m.region_id)]);
  const targeted = new Set(targets.map((t) => t.indicator_id));
  const context = new Map<string, ActualRow>();
  for (const a of actuals) {
    if (targeted.has(a.indicator_id) || a.sex !== 'all') continue;
    const cur = context.get(a.indicator_id);
    if (!cur || a.year > cur.year) context.set(a.indicator_id, a);
  }
  const successorArea = successor ? areas.find((a) => a.id === successor) : undefined;
  return {
    area,
    evalYear,
    years,
    successorYears: successorArea
      ? yearsOfArea(successorArea, allYears).filter((y) => y >= 2025)
      : [],
    areaNames: areaNamesOf(areas.filter((a) => mentioned.has(a.id))),
    mergedInto,
    mergedFrom,
    regions,
    indicators: indicators.filter((i) => targeted.has(i.id) || context.has(i.id)),
    status: statusRows.filter((r) => shown.has(r.target_id)),
    applied,
    legalRefs: legalRefsFor(statusRows, targets, locale),
    context: [...context.values()],
    plans,
    commitments,
  };
}
