// The catalog the import tests validate against, built from data/ as the site builds it.
import { readFileSync } from 'node:fs';
import { buildAreas } from '../../../src/lib/dataset/areas.ts';
import { buildIndicators } from '../../../src/lib/dataset/catalog.ts';
import { parseCsv } from '../../../src/lib/dataset/csv.ts';
import type { ImportContext, ImportResult } from '../../../src/lib/import/pipeline.ts';

const read = (f: string) => parseCsv(f, readFileSync(`data/${f}`, 'utf8')).records;
export const { areas, crosswalk } = buildAreas(
  read('geo/crosswalk_63_to_34.csv'),
  read('catalog/regions.csv'),
);
export const { indicators } = buildIndicators(read('catalog/indicators.csv'));
for (const i of indicators)
  i.has_target = !i.domain.startsWith('context') && i.id !== 'mean_age_first_marriage';

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
