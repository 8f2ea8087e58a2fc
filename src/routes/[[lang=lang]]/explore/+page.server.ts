import { datasetClient } from '$lib/data/prerender.server';
import {
  dataYears,
  listAreaRegions,
  listAreas,
  listCrosswalk,
  listIndicators,
  listTargets,
} from '$lib/data/queries';
import type { PageServerLoad } from './$types';

// Controls are prerendered from build-time lists; chart data comes from DuckDB-WASM queries.
export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  const [indicators, areas, crosswalk, areaRegions, targets, years] = await Promise.all([
    listIndicators(db),
    listAreas(db),
    listCrosswalk(db),
    listAreaRegions(db),
    listTargets(db),
    dataYears(db),
  ]);
  return { indicators, areas, crosswalk, areaRegions, targets, years };
};
