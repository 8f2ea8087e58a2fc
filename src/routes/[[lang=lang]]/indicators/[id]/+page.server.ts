import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import { provinceMap } from '$lib/data/geo.server';
import { rankingYears } from '$lib/domain/indicator-page';
import {
  getIndicator,
  listActuals,
  listAreas,
  listSources,
  listIndicators,
  listTargets,
} from '$lib/data/queries';
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
  const [targets, actuals, areas] = await Promise.all([
    listTargets(db, indicator.id),
    listActuals(db, { indicatorId: indicator.id }),
    listAreas(db),
  ]);
  const sourceIds = [...new Set(actuals.map((a) => a.source_id))];
  const sources = await listSources(db, sourceIds);
  // Maps only for the vintages that have a rankable year (keeps page data small).
  const vintages = [...new Set(rankingYears(actuals, areas).map((r) => r.vintage))];
  const maps = Object.fromEntries(vintages.map((v) => [v, provinceMap(v)]));
  return { indicator, targets, actuals, areas, sources, maps };
};
