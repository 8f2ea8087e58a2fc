import { datasetClient } from '$lib/data/prerender.server';
import { listAreas, listCrosswalk, listIndicators, listTargets } from '$lib/data/queries';
import type { PageServerLoad } from './$types';

// The catalog the compilation judges against (the same lists as the import page's).
export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  const [indicators, areas, crosswalk, targets] = await Promise.all([
    listIndicators(db),
    listAreas(db),
    listCrosswalk(db),
    listTargets(db),
  ]);
  return { indicators, areas: areas.filter((a) => a.kind !== 'region'), crosswalk, targets };
};
