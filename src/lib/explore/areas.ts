// Area selection for the explore view: diacritic-insensitive search, and comparison sets.
import { NATIONAL_ID } from '../domain/national.ts';
import type { Area, AreaRegion, CrosswalkRow } from '../domain/types.ts';
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

/** How provinces relate: the 2025 merger and region membership. */
export interface Geography {
  crosswalk: readonly CrosswalkRow[];
  areaRegions: readonly AreaRegion[];
}

/** Region ids of an area (a 2025 province formed across two regions has both). */
export function regionsOf(areaId: string, geography: Geography): string[] {
  return geography.areaRegions.filter((m) => m.area_id === areaId).map((m) => m.region_id);
}

/** Areas in a region: its 63 provinces, the 2025 provinces with territory in it, and itself. */
export function inRegion(area: Area, regionId: string, geography: Geography): boolean {
  return area.id === regionId || regionsOf(area.id, geography).includes(regionId);
}

/**
 * The areas actually queried: the selection plus its comparison set.
 * - national: adds 'VN';
 * - region: adds the socio-economic region(s) of each selected province;
 * - merged: adds the provinces merged into the same new province (63 → 34) and the new province,
 *   or, for a 34-vintage province, the 63-vintage provinces it was formed from.
 */
export function expandComparison(
  selected: readonly string[],
  compare: Comparison,
  geography: Geography,
): string[] {
  const { crosswalk } = geography;
  const out = new Set(selected);
  if (compare === 'national') out.add(NATIONAL_ID);
  if (compare === 'region') {
    for (const id of selected) for (const region of regionsOf(id, geography)) out.add(region);
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
