import { datasetClient } from '$lib/data/prerender.server';
import { listIndicators } from '$lib/data/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  const indicators = await listIndicators(db);
  const counts = await db.query<{ indicator_id: string; n_areas: number; n_values: number }>(
    `SELECT indicator_id, count(DISTINCT area_id)::INTEGER AS n_areas, count(*)::INTEGER AS n_values
       FROM actuals GROUP BY indicator_id`,
  );
  return { indicators, counts: Object.fromEntries(counts.map((c) => [c.indicator_id, c])) };
};
