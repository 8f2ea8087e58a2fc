import { datasetClient } from '$lib/data/prerender.server';
import { getIndicator, listActuals, listAreas, listTargets } from '$lib/data/queries';
import type { PageServerLoad } from './$types';

const FEATURED = 'sex_ratio_at_birth';

// Build-time query: the page ships its chart as SVG in the HTML, no WASM needed to read it.
export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  const [indicator, actuals, targets, areas] = await Promise.all([
    getIndicator(db, FEATURED),
    listActuals(db, { indicatorId: FEATURED, areaIds: ['VN'] }),
    listTargets(db, FEATURED),
    listAreas(db),
  ]);
  return {
    featured: {
      indicator,
      actuals,
      targets: targets.filter((t) => t.area_id === 'VN'),
    },
    areaNames: Object.fromEntries(areas.map((a) => [a.id, { vi: a.name_vi, en: a.name_en }])),
  };
};
