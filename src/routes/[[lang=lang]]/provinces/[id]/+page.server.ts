import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import { localeFromParam } from '$lib/i18n/locale';
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
} from '$lib/data/queries';
import { reportTargets } from '$lib/domain/area-year-report';
import { predecessorsOf, successorOf, yearsOfArea } from '$lib/domain/attainment/target-choice';
import { areaNamesOf } from '$lib/i18n/names';
import { legalRefsFor } from '$lib/export/status-extract';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
  const db = await datasetClient();
  const areas = (await listAreas(db)).filter((a) => a.kind !== 'region');
  return areas.flatMap((a) => [{ id: a.id }, { id: a.id, lang: 'en' }]);
};

export const load: PageServerLoad = async ({ params }) => {
  const db = await datasetClient();
  const areas = await listAreas(db);
  const area = areas.find((a) => a.id === params.id && a.kind !== 'region');
  if (!area) error(404, `Unknown area ${params.id}`);
  const [crosswalk, allYears, indicators, targets] = await Promise.all([
    listCrosswalk(db),
    evaluationYears(db),
    listIndicators(db),
    listTargets(db),
  ]);
  const years = yearsOfArea(area, allYears);
  // The latest year in which this area existed (63 provinces: up to 2025).
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
  const mentioned = new Set([
    area.id,
    ...planAreas,
    ...areaRegions.filter((m) => m.area_id === area.id).map((m) => m.region_id),
  ]);
  const targeted = new Set(targets.map((t) => t.indicator_id));
  // Context: the latest value of each indicator without a target (no series mixing: one row each).
  const context = new Map<string, (typeof actuals)[number]>();
  for (const a of actuals) {
    if (targeted.has(a.indicator_id) || a.sex !== 'all') continue;
    const cur = context.get(a.indicator_id);
    if (!cur || a.year > cur.year) context.set(a.indicator_id, a);
  }
  return {
    area,
    evalYear,
    years,
    successorYears: successor
      ? yearsOfArea(
          areas.find((a) => a.id === successor)!,
          allYears,
        ).filter((y) => y >= 2025)
      : [],
    areaNames: areaNamesOf(areas.filter((a) => mentioned.has(a.id))),
    mergedInto,
    mergedFrom,
    regions: areaRegions.filter((m) => m.area_id === area.id),
    indicators: indicators.filter((i) => targeted.has(i.id) || context.has(i.id)),
    status: statusRows.filter((r) => shown.has(r.target_id)),
    // For the user's own figures, judged in the browser against the same targets.
    applied,
    legalRefs: legalRefsFor(statusRows, targets, localeFromParam(params.lang)),
    context: [...context.values()],
    plans,
    commitments,
  };
};
