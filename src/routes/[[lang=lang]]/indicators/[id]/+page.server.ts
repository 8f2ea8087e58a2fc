import { NATIONAL_ID } from '$lib/domain/national';
import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import { provinceTopology } from '$lib/data/geo.server';
import { projectProvinces } from '$lib/figure/geo';
import { rankingSlices } from '$lib/domain/ranking';
import {
  getIndicator,
  listActuals,
  listAreas,
  listCrosswalk,
  listSources,
  listIndicators,
  listGovernmentAssessments,
  listOtherTargets,
  listStatus,
  listTargets,
} from '$lib/data/queries';
import {
  governmentForTarget,
  nationalVerdict,
  strategyCode,
} from '$lib/domain/government-assessment';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
  const db = await datasetClient();
  const ids = (await listIndicators(db)).map((i) => i.id);
  return ids.flatMap((id) => [{ id }, { id, lang: 'en' }]);
};

export const load: PageServerLoad = async ({ params }) => {
  const db = await datasetClient();
  const indicator = await getIndicator(db, params.id);
  if (!indicator) error(404, `Unknown indicator ${params.id}`);
  const [targets, actuals, areas, crosswalk] = await Promise.all([
    listTargets(db, indicator.id),
    listActuals(db, { indicatorId: indicator.id }),
    listAreas(db),
    listCrosswalk(db),
  ]);
  const sourceIds = [...new Set(actuals.map((a) => a.source_id))];
  const sources = await listSources(db, sourceIds);
  // Map shapes only for the vintages with a provincial value (keeps page data small); the
  // crosswalk lets the ranking mark the page's province in the other vintage.
  const vintages = [...new Set(rankingSlices(actuals).map((s) => s.vintage))];
  const maps = Object.fromEntries(vintages.map((v) => [v, projectProvinces(provinceTopology(v))]));
  // The Government's own classification of this target, year by year, beside the site's national
  // verdict of the same year; targets provinces set outside their plans (context, never judged).
  const code = strategyCode(indicator.strategy_ref);
  const assessments = code ? await listGovernmentAssessments(db) : [];
  const status = assessments.length
    ? await listStatus(db, {
        indicatorId: indicator.id,
        areaIds: [NATIONAL_ID],
        evalYears: [...new Set(assessments.map((a) => a.report_year))],
      })
    : [];
  const government = code
    ? governmentForTarget(assessments, { ...code, indicator }, (year) =>
        nationalVerdict(targets, crosswalk, status, indicator.id, year),
      )
    : [];
  const otherTargets = await listOtherTargets(db, indicator.id);
  return { indicator, targets, actuals, areas, crosswalk, sources, maps, government, otherTargets };
};
