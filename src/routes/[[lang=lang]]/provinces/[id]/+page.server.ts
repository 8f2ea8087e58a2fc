import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import {
  evaluationYears,
  listAreaActuals,
  listAreaRegions,
  listAreas,
  listCommitments,
  listCrosswalk,
  listIndicators,
  listPlans,
  listStatus,
  listTargets,
} from '$lib/data/queries';
import type { StatusRow } from '$lib/domain/attainment/evaluate';
import { validInYear } from '$lib/domain/attainment/evaluate';
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
  const crosswalk = await listCrosswalk(db);
  const years = await evaluationYears(db);
  // The latest evaluation year in which this area existed (63 provinces: up to 2025).
  const evalYear =
    [...years].reverse().find((y) => validInYear(area, y)) ?? years[years.length - 1]!;
  const mergedInto = crosswalk.filter((c) => c.old_area_id === area.id).map((c) => c.new_area_id);
  const mergedFrom = crosswalk.filter((c) => c.new_area_id === area.id).map((c) => c.old_area_id);
  const planAreas = [area.id, ...mergedInto, ...mergedFrom];
  const [indicators, status, actuals, plans, commitments, targets, areaRegions] = await Promise.all(
    [
      listIndicators(db),
      listStatus<StatusRow>(db, { areaId: area.id, evalYear }),
      listAreaActuals(db, area.id),
      listPlans(db, planAreas),
      listCommitments(db, planAreas),
      listTargets(db),
      listAreaRegions(db),
    ],
  );
  return {
    area,
    evalYear,
    years: years.filter((y) => validInYear(area, y)),
    areaNames: Object.fromEntries(
      areas.map((a) => [a.id, { vi: a.name_vi, en: a.name_en, vintage: a.vintage }]),
    ),
    mergedInto,
    mergedFrom,
    regions: areaRegions.filter((m) => m.area_id === area.id),
    indicators,
    status,
    legalRefs: legalRefsFor(status, targets),
    actuals,
    plans,
    commitments,
  };
};
