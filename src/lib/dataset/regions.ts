// Which socio-economic region each province belongs to. The 63 pre-2025 provinces are listed by
// name in catalog/region_members.csv (Nghị quyết 81/2023/QH15, the grouping GSO's regional figures
// use). No legal text assigns the 34 provinces of 1 July 2025 to regions yet, so a new province is
// linked to the region of each province it was formed from, marked `basis = 'predecessors'`; one
// that straddles two regions is linked to both and has no single `region_id`.
import type { Area, AreaRegion, CrosswalkRow } from '../domain/types.ts';
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';
import { matchArea, type AreaIndex } from './names.ts';

export function assignRegions(
  areas: readonly Area[],
  crosswalk: readonly CrosswalkRow[],
  memberRecords: readonly SourceRecord[],
  areaIndex: AreaIndex,
): { areas: Area[]; areaRegions: AreaRegion[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const regionIds = new Set(areas.filter((a) => a.kind === 'region').map((a) => a.id));
  const legal = new Map<string, AreaRegion>();
  for (const r of memberRecords) {
    const { region_id = '', province_name = '', vintage = '', source_id = '' } = r.values;
    const fail = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    if (!regionIds.has(region_id)) {
      fail('region_id', `unknown region "${region_id}" (not in catalog/regions.csv)`);
      continue;
    }
    if (vintage !== '63') {
      fail('vintage', 'only the 63 pre-2025 provinces have a legal region membership');
      continue;
    }
    if (!source_id) {
      fail('source_id', 'every membership needs its source');
      continue;
    }
    const area = matchArea(province_name, areaIndex, { vintage: 63 });
    if (!area) {
      fail('province_name', `"${province_name}" is not one of the 63 pre-2025 provinces`);
      continue;
    }
    const earlier = legal.get(area.id);
    if (earlier) {
      fail(
        'province_name',
        `${area.name_vi} is already in ${earlier.region_id}; a province is in exactly one region`,
      );
      continue;
    }
    legal.set(area.id, { area_id: area.id, region_id, basis: 'legal', source_id });
  }
  for (const a of areas)
    if (a.vintage === 63 && !legal.has(a.id))
      errors.push({
        file: 'catalog/region_members.csv',
        line: 1,
        column: 'province_name',
        reason: `${a.name_vi} (${a.id}) has no region`,
      });

  const derived: AreaRegion[] = [];
  for (const a of areas) {
    if (a.vintage !== 34) continue;
    const regions = new Set(
      crosswalk
        .filter((c) => c.new_area_id === a.id)
        .map((c) => legal.get(c.old_area_id)?.region_id)
        .filter((r): r is string => Boolean(r)),
    );
    for (const region_id of [...regions].sort())
      derived.push({ area_id: a.id, region_id, basis: 'predecessors', source_id: 'REG01' });
  }
  const areaRegions = [...legal.values(), ...derived];
  const regionsOf = new Map<string, string[]>();
  for (const m of areaRegions)
    regionsOf.set(m.area_id, [...(regionsOf.get(m.area_id) ?? []), m.region_id]);
  return {
    areas: areas.map((a) => {
      const list = regionsOf.get(a.id) ?? [];
      return list.length === 1 ? { ...a, region_id: list[0]! } : a;
    }),
    areaRegions,
    errors,
  };
}
