// What the explore page and its embed prerender: the lists behind the controls and the charts'
// targets. Chart data itself comes from browser queries.
import { datasetClient } from '../data/prerender.server.ts';
import {
  dataYears,
  listAreaRegions,
  listAreas,
  listCrosswalk,
  listIndicators,
  listTargets,
} from '../data/queries.ts';

export async function exploreLists() {
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
}
