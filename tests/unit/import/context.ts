// The catalog the import tests validate against: the real dataset, built from data/ by the build's
// own code, loaded into DuckDB and read back with the same queries as the import page
// (src/routes/[[lang=lang]]/import/+page.server.ts). So `has_target` is the build's rule (an
// indicator has a target when some target row names it), never a guess made here.
import { openRealDataset } from '../data/real-dataset.ts';
import { listAreas, listCrosswalk, listIndicators } from '../../../src/lib/data/queries.ts';
import type { ImportContext, ImportResult } from '../../../src/lib/import/pipeline.ts';

const db = await openRealDataset();
const [loadedIndicators, loadedAreas, loadedCrosswalk] = await Promise.all([
  listIndicators(db),
  listAreas(db),
  listCrosswalk(db),
]);
await db.close();

export const indicators = loadedIndicators;
// As the import page: regions are not places a figure can be reported for.
export const areas = loadedAreas.filter((a) => a.kind !== 'region');
export const crosswalk = loadedCrosswalk;

export const context = (confirmed: Record<string, string> = {}): ImportContext => ({
  indicators,
  areas,
  crosswalk,
  defaultAreaId: '63-56',
  confirmed,
});

export const utf8 = (s: string) => new TextEncoder().encode(s);

export const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(`import failed: ${r.error}`);
  return r;
};
