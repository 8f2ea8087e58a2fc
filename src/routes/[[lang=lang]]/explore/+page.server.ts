import { datasetClient } from '$lib/data/prerender.server';
import { listAreas, listIndicators } from '$lib/data/queries';
import type { PageServerLoad } from './$types';

// The controls are prerendered from build-time lists; only the chart data comes from DuckDB-WASM.
export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  const [indicators, areas] = await Promise.all([listIndicators(db), listAreas(db)]);
  return { indicators, areas };
};
