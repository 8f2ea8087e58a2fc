import { describe, expect, it } from 'vitest';
import { buildAreas } from '../../../src/lib/dataset/areas.ts';
import { parseCsv } from '../../../src/lib/dataset/csv.ts';
import { indexAreas, matchArea, nameKey, normaliseName } from '../../../src/lib/dataset/names.ts';
import { readFileSync } from 'node:fs';

const crosswalk = parseCsv(
  'geo/crosswalk_63_to_34.csv',
  readFileSync('data/geo/crosswalk_63_to_34.csv', 'utf8'),
);
const regions = parseCsv('catalog/regions.csv', readFileSync('data/catalog/regions.csv', 'utf8'));
const model = buildAreas(crosswalk.records, regions.records);
const index = indexAreas(model.areas, model.aliases);

describe('area model', () => {
  it('has 63 provinces until 2025-06-30, 34 from 2025-07-01, national and 6 regions', () => {
    expect(model.errors).toEqual([]);
    expect(model.areas.filter((a) => a.vintage === 63)).toHaveLength(63);
    expect(model.areas.filter((a) => a.vintage === 34)).toHaveLength(34);
    expect(model.areas.filter((a) => a.kind === 'region')).toHaveLength(6);
    expect(model.areas.find((a) => a.id === '63-56')!.valid_to).toBe('2025-06-30');
    expect(model.areas.find((a) => a.id === '34-56')!.valid_from).toBe('2025-07-01');
    // Ninh Thuận (58) merged into Khánh Hòa (56).
    expect(model.crosswalk).toContainEqual({ old_area_id: '63-58', new_area_id: '34-56' });
  });
});

describe('name matching', () => {
  it('treats old and new tone placement, prefixes, tabs and missing diacritics alike', () => {
    expect(normaliseName('Thanh Hoá')).toBe('Thanh Hóa');
    expect(nameKey('Thanh Hoá')).toBe(nameKey('Thanh Hóa'));
    expect(nameKey('TP. Hồ Chí Minh')).toBe(nameKey('Ho Chi Minh'));
    expect(nameKey('Hà Nội\t')).toBe('ha noi');
    expect(nameKey('Tỉnh Khánh Hoà')).toBe('khanh hoa');
  });

  it('resolves names to the area of the right vintage', () => {
    expect(matchArea('Thanh Hoá', index, { vintage: 63 })!.id).toBe('63-38');
    expect(matchArea('Thanh Hóa', index, { vintage: 34 })!.id).toBe('34-38');
    expect(matchArea('TP. Hồ Chí Minh', index, { vintage: 63 })!.id).toBe('63-79');
    expect(matchArea('Ho Chi Minh', index, { vintage: 34 })!.id).toBe('34-79');
    expect(matchArea('Hà Nội\t', index, { vintage: 63 })!.id).toBe('63-01');
    expect(matchArea('Khanh Hoa', index, { vintage: 63 })!.id).toBe('63-56');
    expect(matchArea('Thừa Thiên Huế', index, { vintage: 63 })!.id).toBe('63-46');
    expect(matchArea('Toàn quốc', index, { vintage: 34 })!.id).toBe('VN');
    expect(matchArea('Vùng Tây Nguyên', index)!.id).toBe('R-central-highlands');
  });

  it('returns null for unknown names and for provinces that do not exist in a vintage', () => {
    expect(matchArea('Atlantis', index)).toBeNull();
    expect(matchArea('Ninh Thuận', index, { vintage: 34 })).toBeNull();
    expect(matchArea('Khánh Hòa', index)).toBeNull(); // ambiguous without a vintage
  });
});

describe('parseCsv', () => {
  it('keeps the real line of each record, across quoted line breaks and blank lines', () => {
    const { records } = parseCsv('f.csv', '\uFEFFa,b\r\n1,"x\r\ny"\r\n\r\n2,z\r\n');
    expect(records.map((r) => [r.line, r.values.a])).toEqual([
      [2, '1'],
      [5, '2'],
    ]);
    expect(records[0]!.values.b).toBe('x\r\ny');
  });
});
