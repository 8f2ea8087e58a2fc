// The real dataset as the import page sees it in the browser: catalog lists, and an area's
// official actuals and verdicts computed by the same engine (listAreasActuals + computeStatusTable,
// as the page's `official` function does). Used by the report kit's tests and its benchmark.
import { openRealDataset } from '../data/real-dataset.ts';
import {
  listAreas,
  listAreasActuals,
  listCrosswalk,
  listIndicators,
  listTargets,
} from '../../../src/lib/data/queries.ts';
import { computeStatusTable } from '../../../src/lib/domain/attainment/evaluate.ts';
import type { ActualRow } from '../../../src/lib/domain/types.ts';

const db = await openRealDataset();
const [indicators, allAreas, crosswalk, targets] = await Promise.all([
  listIndicators(db),
  listAreas(db),
  listCrosswalk(db),
  listTargets(db),
]);
const actualsByArea = new Map<string, ActualRow[]>();
for (const a of allAreas) actualsByArea.set(a.id, await listAreasActuals(db, [a.id]));
await db.close();

export const areas = allAreas.filter((a) => a.kind !== 'region');
export const catalog = { indicators, targets, crosswalk, areas };

export function areaOf(id: string) {
  const a = areas.find((x) => x.id === id);
  if (!a) throw new Error(`no area ${id}`);
  return a;
}

/** What the page's `official(areaId, year)` returns: the area's actuals and its verdicts. */
export function official(areaId: string, year: number) {
  const actuals = actualsByArea.get(areaId) ?? [];
  return {
    actuals,
    status: computeStatusTable({
      targets,
      actuals,
      areas: [areaOf(areaId)],
      crosswalk,
      fromYear: year - 1,
      toYear: year,
    }),
  };
}
