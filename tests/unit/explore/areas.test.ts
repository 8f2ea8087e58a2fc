import { describe, expect, it } from 'vitest';
import {
  expandComparison,
  foldForSearch,
  inRegion,
  searchAreas,
} from '../../../src/lib/explore/areas.ts';
import type { Area, AreaRegion } from '../../../src/lib/domain/types.ts';

const mk = (id: string, name_vi: string, name_en: string, region_id = ''): Area => ({
  id,
  kind: id === 'VN' ? 'national' : id.startsWith('R-') ? 'region' : 'province',
  vintage: id.startsWith('63-') ? 63 : id.startsWith('34-') ? 34 : null,
  code: id.slice(3),
  name_vi,
  name_en,
  region_id,
  valid_from: '',
  valid_to: '',
});
const areas = [
  mk('VN', 'Toàn quốc', 'Vietnam'),
  mk('63-56', 'Khánh Hòa', 'Khanh Hoa', 'R-south-central'),
  mk('63-58', 'Ninh Thuận', 'Ninh Thuan', 'R-south-central'),
  mk('34-56', 'Khánh Hòa', 'Khanh Hoa'),
  mk('63-48', 'Đà Nẵng', 'Da Nang'),
  mk('R-south-central', 'Bắc Trung Bộ và duyên hải miền Trung', 'North Central and Central Coast'),
];
const crosswalk = [
  { old_area_id: '63-56', new_area_id: '34-56' },
  { old_area_id: '63-58', new_area_id: '34-56' },
  { old_area_id: '63-48', new_area_id: '34-48' },
  { old_area_id: '63-62', new_area_id: '34-51' },
  { old_area_id: '63-51', new_area_id: '34-51' },
];
const member = (area_id: string, region_id: string): AreaRegion => ({
  area_id,
  region_id,
  basis: area_id.startsWith('34-') ? 'predecessors' : 'legal',
  source_id: 'REG01',
});
// Quảng Ngãi (34-51) was formed from Kon Tum (Central Highlands) and Quảng Ngãi (coast).
const areaRegions = [
  member('63-56', 'R-south-central'),
  member('63-58', 'R-south-central'),
  member('34-56', 'R-south-central'),
  member('34-51', 'R-central-highlands'),
  member('34-51', 'R-south-central'),
];
const geography = { crosswalk, areaRegions };

describe('search', () => {
  it('finds Khánh Hòa typed without diacritics, and Đà Nẵng with "da nang"', () => {
    expect(foldForSearch('  Khánh   HÒA ')).toBe('khanh hoa');
    expect(searchAreas(areas, 'Khanh Hoa').map((a) => a.id)).toEqual(['63-56', '34-56']);
    expect(searchAreas(areas, 'da nang').map((a) => a.id)).toEqual(['63-48']);
    expect(searchAreas(areas, 'zzz')).toEqual([]);
  });
});

describe('expandComparison', () => {
  it('adds the national figure', () => {
    expect(expandComparison(['63-56'], 'national', geography)).toEqual(['63-56', 'VN']);
  });
  it('adds the region of a province', () => {
    expect(expandComparison(['63-56'], 'region', geography)).toEqual(['63-56', 'R-south-central']);
  });
  it('adds the provinces merged into the same new province, and the new one', () => {
    expect(expandComparison(['63-56'], 'merged', geography).sort()).toEqual([
      '34-56',
      '63-56',
      '63-58',
    ]);
    expect(expandComparison(['34-56'], 'merged', geography).sort()).toEqual([
      '34-56',
      '63-56',
      '63-58',
    ]);
  });
  it('adds both regions of a 2025 province formed across two', () => {
    expect(expandComparison(['34-51'], 'region', geography)).toEqual([
      '34-51',
      'R-central-highlands',
      'R-south-central',
    ]);
  });
  it('adds nothing for an area without a region (national)', () => {
    expect(expandComparison(['VN'], 'region', geography)).toEqual(['VN']);
  });
  it('changes nothing for "none"', () => {
    expect(expandComparison(['63-56'], 'none', geography)).toEqual(['63-56']);
  });
});

describe('inRegion', () => {
  it('keeps the region, its members of both vintages, and nothing else', () => {
    const straddling = mk('34-51', 'Quảng Ngãi', 'Quang Ngai');
    const kept = [...areas, straddling]
      .filter((a) => inRegion(a, 'R-south-central', geography))
      .map((a) => a.id);
    expect(kept).toEqual(['63-56', '63-58', '34-56', 'R-south-central', '34-51']);
    expect(inRegion(straddling, 'R-central-highlands', geography)).toBe(true);
    expect(inRegion(areas[4]!, 'R-south-central', geography)).toBe(false); // Đà Nẵng: no row
  });
});
