// Area selection for the explore view: diacritic-insensitive search, and comparison sets.
import type { Area, CrosswalkRow } from '../domain/types.ts';
import type { Comparison } from './url-state.ts';

/** Lower-case, no diacritics, đ → d: "Khánh Hòa" and "khanh hoa" compare equal. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Areas whose Vietnamese or English name contains the query, with or without diacritics. */
export function searchAreas(areas: readonly Area[], query: string): Area[] {
  const q = foldForSearch(query);
  if (!q) return [...areas];
  return areas.filter(
    (a) =>
      foldForSearch(a.name_vi).includes(q) ||
      foldForSearch(a.name_en).includes(q) ||
      a.code === q ||
      a.id.toLowerCase() === q,
  );
}

/**
 * The areas actually queried: the selection plus its comparison set.
 * - national: adds 'VN';
 * - region: adds the socio-economic region of each selected province (when the data has one);
 * - merged: adds the provinces merged into the same new province (63 → 34) and the new province,
 *   or, for a 34-vintage province, the 63-vintage provinces it was formed from.
 */
export function expandComparison(
  selected: readonly string[],
  compare: Comparison,
  areas: readonly Area[],
  crosswalk: readonly CrosswalkRow[],
): string[] {
  const out = new Set(selected);
  if (compare === 'national') out.add('VN');
  if (compare === 'region') {
    const byId = new Map(areas.map((a) => [a.id, a]));
    for (const id of selected) {
      const region = byId.get(id)?.region_id;
      if (region) out.add(region);
    }
  }
  if (compare === 'merged') {
    for (const id of selected) {
      const newIds = crosswalk.filter((c) => c.old_area_id === id).map((c) => c.new_area_id);
      const targets = id.startsWith('34-') ? [id] : newIds;
      for (const target of targets) {
        out.add(target);
        for (const c of crosswalk) if (c.new_area_id === target) out.add(c.old_area_id);
      }
    }
  }
  return [...out];
}
