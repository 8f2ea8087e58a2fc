// Region membership: the 63 provinces as listed in data/, each in exactly one region; the 34
// provinces of 2025 follow the provinces they were formed from. Each rule proven on a bad fixture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAreas } from '../../../src/lib/dataset/areas.ts';
import { parseCsv } from '../../../src/lib/dataset/csv.ts';
import { indexAreas } from '../../../src/lib/dataset/names.ts';
import { assignRegions } from '../../../src/lib/dataset/regions.ts';

const read = (f: string) => parseCsv(f, readFileSync(`data/${f}`, 'utf8')).records;
const model = buildAreas(read('geo/crosswalk_63_to_34.csv'), read('catalog/regions.csv'));
const index = indexAreas(model.areas, model.aliases);
const MEMBERS = readFileSync('data/catalog/region_members.csv', 'utf8');
const assign = (csv: string) =>
  assignRegions(
    model.areas,
    model.crosswalk,
    parseCsv('catalog/region_members.csv', csv).records,
    index,
  );
const real = assign(MEMBERS);

describe('region membership (real data)', () => {
  it('puts all 63 provinces in one region each, with the counts the resolution states', () => {
    expect(real.errors).toEqual([]);
    const legal = real.areaRegions.filter((m) => m.basis === 'legal');
    expect(legal).toHaveLength(63);
    const count = (r: string) => legal.filter((m) => m.region_id === r).length;
    expect(
      [
        'R-northern-midlands',
        'R-red-river-delta',
        'R-north-central-coast',
        'R-central-highlands',
        'R-southeast',
        'R-mekong-delta',
      ].map(count),
    ).toEqual([14, 11, 14, 5, 6, 13]);
    expect(real.areas.find((a) => a.id === '63-56')!.region_id).toBe('R-north-central-coast');
  });

  it('links a 2025 province to the regions of its predecessors, both when it straddles two', () => {
    const of = (id: string) =>
      real.areaRegions.filter((m) => m.area_id === id).map((m) => m.region_id);
    // Khánh Hòa (34-56) = Khánh Hòa + Ninh Thuận, both on the coast.
    expect(of('34-56')).toEqual(['R-north-central-coast']);
    expect(real.areas.find((a) => a.id === '34-56')!.region_id).toBe('R-north-central-coast');
    // Lâm Đồng (34-68) = Lâm Đồng, Đắk Nông (Central Highlands) + Bình Thuận (coast).
    expect(of('34-68')).toEqual(['R-central-highlands', 'R-north-central-coast']);
    expect(real.areas.find((a) => a.id === '34-68')!.region_id).toBe('');
    expect(
      real.areaRegions.filter((m) => m.basis === 'predecessors').map((m) => m.area_id),
    ).toEqual(expect.arrayContaining(model.areas.filter((a) => a.vintage === 34).map((a) => a.id)));
  });
});

describe('region membership validation', () => {
  const HEAD = 'region_id,province_name,vintage,source_id';
  const lines = MEMBERS.trim().split('\n');
  const rows = lines.slice(1);
  const without = (name: string) => rows.filter((l) => !l.includes(`,${name},`));

  it('rejects an unknown region, naming line and column', () => {
    const r = assign([HEAD, ...without('Cà Mau'), 'R-atlantis,Cà Mau,63,REG01'].join('\n'));
    expect(r.errors).toContainEqual({
      file: 'catalog/region_members.csv',
      line: 64,
      column: 'region_id',
      reason: expect.stringContaining('R-atlantis'),
    });
  });

  it('rejects a province listed twice, and reports the one left without a region', () => {
    const r = assign([HEAD, ...without('Cà Mau'), 'R-southeast,Khanh Hoa,63,REG01'].join('\n'));
    expect(r.errors.map((e) => e.reason)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('already in R-north-central-coast'),
        expect.stringContaining('Cà Mau (63-96) has no region'),
      ]),
    );
  });

  it('rejects a name that is not a pre-2025 province and a row without source', () => {
    const r = assign(
      [HEAD, ...rows, 'R-southeast,Gotham,63,REG01', 'R-southeast,Hà Nội,63,'].join('\n'),
    );
    expect(r.errors.map((e) => e.column)).toEqual(['province_name', 'source_id']);
  });
});
