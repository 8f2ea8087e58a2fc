// The areas of the dataset: Vietnam, the 63 provinces valid until 2025-06-30, the 34 provinces
// from 2025-07-01 (official GSO codes; vintages share codes, hence the '63-'/'34-' prefix), and the
// six socio-economic regions. Built from the crosswalk and region list in data/.
import { NATIONAL_ID } from '../domain/national.ts';
import type { Area, CrosswalkRow } from '../domain/types.ts';
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';
import { asciiName, normaliseName } from './names.ts';

export const END_OF_63 = '2025-06-30';
export const START_OF_34 = '2025-07-01';

const ENGLISH: Record<string, string> = {
  'Hồ Chí Minh': 'Ho Chi Minh City',
  'TP. Hồ Chí Minh': 'Ho Chi Minh City',
};

export interface AreaModel {
  areas: Area[];
  crosswalk: CrosswalkRow[];
  /** Other spellings found in the sources, by area id. */
  aliases: Map<string, string[]>;
  errors: SourceError[];
}

export function buildAreas(
  crosswalkRecords: readonly SourceRecord[],
  regionRecords: readonly SourceRecord[],
): AreaModel {
  const errors: SourceError[] = [];
  const areas: Area[] = [
    {
      id: NATIONAL_ID,
      kind: 'national',
      vintage: null,
      code: '',
      name_vi: 'Toàn quốc',
      name_en: 'Vietnam',
      region_id: '',
      valid_from: '',
      valid_to: '',
    },
  ];
  const aliases = new Map<string, string[]>([[NATIONAL_ID, ['Toàn quốc', 'Viet Nam', 'Cả nước']]]);
  const crosswalk: CrosswalkRow[] = [];
  const seen34 = new Set<string>();
  for (const r of crosswalkRecords) {
    const v = r.values;
    const oldCode = v.old_code ?? '';
    const newCode = v.new_code ?? '';
    if (!/^\d{2}$/.test(oldCode) || !/^\d{2}$/.test(newCode)) {
      errors.push({
        file: r.file,
        line: r.line,
        column: 'old_code',
        reason: 'province codes must be two digits',
      });
      continue;
    }
    // Côn Đảo is a district of Bà Rịa - Vũng Tàu listed for the map join only.
    if ((v.old_name ?? '').startsWith('Côn Đảo')) continue;
    const oldId = `63-${oldCode}`;
    const newId = `34-${newCode}`;
    const oldName = normaliseName(v.old_name ?? '');
    areas.push({
      id: oldId,
      kind: 'province',
      vintage: 63,
      code: oldCode,
      name_vi: oldName,
      name_en: ENGLISH[oldName] ?? asciiName(oldName),
      region_id: '',
      valid_from: '',
      valid_to: END_OF_63,
    });
    aliases.set(oldId, [v.old_full_name_gso_2025_03 ?? '', v.gb_shapeName ?? ''].filter(Boolean));
    crosswalk.push({ old_area_id: oldId, new_area_id: newId });
    if (!seen34.has(newId)) {
      seen34.add(newId);
      const newName = normaliseName(v.new_name ?? '');
      areas.push({
        id: newId,
        kind: 'province',
        vintage: 34,
        code: newCode,
        name_vi: newName,
        name_en: ENGLISH[newName] ?? asciiName(newName),
        region_id: '',
        valid_from: START_OF_34,
        valid_to: '',
      });
      aliases.set(newId, [v.new_full_name ?? ''].filter(Boolean));
    }
  }
  // Thừa Thiên Huế became Thành phố Huế on 2025-01-01 (same code 46).
  const hue = aliases.get('63-46');
  if (hue) hue.push('Huế', 'Thành phố Huế');
  const hcm = aliases.get('63-79');
  if (hcm) hcm.push('TP. Hồ Chí Minh', 'Ho Chi Minh');
  const hcm34 = aliases.get('34-79');
  if (hcm34) hcm34.push('TP. Hồ Chí Minh', 'Ho Chi Minh');
  for (const r of regionRecords) {
    areas.push({
      id: r.values.id ?? '',
      kind: 'region',
      vintage: null,
      code: '',
      name_vi: r.values.name_vi ?? '',
      name_en: r.values.name_en ?? '',
      region_id: '',
      valid_from: '',
      valid_to: '',
    });
  }
  if (areas.filter((a) => a.vintage === 63).length !== 63)
    errors.push({
      file: 'crosswalk',
      line: 1,
      column: 'old_code',
      reason: 'expected 63 pre-2025 provinces',
    });
  if (seen34.size !== 34)
    errors.push({
      file: 'crosswalk',
      line: 1,
      column: 'new_code',
      reason: 'expected 34 provinces from 2025-07-01',
    });
  return { areas, crosswalk, aliases, errors };
}
