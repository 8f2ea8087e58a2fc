import { datasetClient } from '$lib/data/prerender.server';
import {
  evaluationYears,
  listAreas,
  listCrosswalk,
  listIndicators,
  listTargets,
} from '$lib/data/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  const [indicators, areas, crosswalk, targets, years] = await Promise.all([
    listIndicators(db),
    listAreas(db),
    listCrosswalk(db),
    listTargets(db),
    evaluationYears(db),
  ]);
  return { indicators, areas: areas.filter((a) => a.kind !== 'region'), crosswalk, targets, years };
};
