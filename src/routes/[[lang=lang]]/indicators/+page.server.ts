import { datasetClient } from '$lib/data/prerender.server';
import { indicatorCoverage, listIndicators } from '$lib/data/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  const [indicators, counts] = await Promise.all([listIndicators(db), indicatorCoverage(db)]);
  return { indicators, counts: Object.fromEntries(counts.map((c) => [c.indicator_id, c])) };
};
