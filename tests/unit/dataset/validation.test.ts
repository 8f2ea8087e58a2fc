// Each validation rule of the data build, proven on a small bad fixture: the error names the
// file, the line, the column and the reason, and the bad row is not loaded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildActuals } from '../../../src/lib/dataset/actuals.ts';
import { buildAreas } from '../../../src/lib/dataset/areas.ts';
import { buildIndicators, buildMappings, buildTargets } from '../../../src/lib/dataset/catalog.ts';
import { parseCsv } from '../../../src/lib/dataset/csv.ts';
import { indexAreas } from '../../../src/lib/dataset/names.ts';

const read = (f: string) => parseCsv(f, readFileSync(`data/${f}`, 'utf8')).records;
const areas = buildAreas(read('geo/crosswalk_63_to_34.csv'), read('catalog/regions.csv'));
const areaIndex = indexAreas(areas.areas, areas.aliases);
const { indicators } = buildIndicators(read('catalog/indicators.csv'));
const indicatorById = new Map(indicators.map((i) => [i.id, i]));
const { mappings } = buildMappings(read('catalog/indicator_map.csv'));

const HEADER =
  'indicator,province,year,value,unit,period_note,source_title,source_url,quote_hint,vintage';
const GOOD = 'srb,Toàn quốc,2024,111.4,boys per 100 girls,NSO series,T,https://example.org/a,q,';

function actuals(...lines: string[]) {
  const { records } = parseCsv('bad.csv', [HEADER, ...lines].join('\n'));
  return buildActuals(records, {
    mappings,
    indicators: indicatorById,
    areaIndex,
    sourceIdForUrl: () => 'U1',
    maxYear: 2026,
  });
}

describe('actuals validation', () => {
  it('accepts a good row', () => {
    const r = actuals(GOOD);
    expect(r.errors).toEqual([]);
    expect(r.actuals).toHaveLength(1);
    expect(r.actuals[0]).toMatchObject({
      indicator_id: 'sex_ratio_at_birth',
      area_id: 'VN',
      value: 111.4,
      series: 'survey',
    });
  });

  it.each([
    [
      'unknown indicator',
      'nope,Toàn quốc,2024,1,u,n,T,https://e.org,q,',
      'indicator',
      /unknown indicator "nope"/,
    ],
    [
      'unknown area',
      'srb,Atlantis,2024,111,u,n,T,https://e.org,q,',
      'province',
      /no area matches "Atlantis"/,
    ],
    [
      'year out of range',
      'srb,Toàn quốc,1850,111,u,n,T,https://e.org,q,',
      'year',
      /not between 1990 and 2026/,
    ],
    ['year not a year', 'srb,Toàn quốc,20x4,111,u,n,T,https://e.org,q,', 'year', /"20x4"/],
    [
      'implausible value',
      'srb,Toàn quốc,2024,311,u,n,T,https://e.org,q,',
      'value',
      /outside the plausible range 90–130/,
    ],
    ['not a number', 'srb,Toàn quốc,2024,abc,u,n,T,https://e.org,q,', 'value', /not a number/],
    ['missing source', 'srb,Toàn quốc,2024,111,u,n,T,,q,', 'source_url', /missing source/],
    [
      'bad MoH group',
      'srb_group_2021,Khánh Hòa,2021,4,u,n,T,https://e.org,q,',
      'value',
      /group must be 1, 2 or 3/,
    ],
  ])('%s → error with file, line, column and reason', (_, line, column, reason) => {
    const r = actuals(GOOD, line);
    expect(r.actuals).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'bad.csv', line: 3, column });
    expect(r.errors[0]!.reason).toMatch(reason);
  });

  it('duplicate key → error pointing at the first occurrence', () => {
    const r = actuals(GOOD, GOOD);
    expect(r.errors).toEqual([
      {
        file: 'bad.csv',
        line: 3,
        column: 'indicator',
        reason: expect.stringMatching(/duplicate of bad.csv:2/),
      },
    ]);
  });

  it('the same value from two sources is kept twice (sources disagreeing stay visible)', () => {
    const r = actuals(GOOD, GOOD.replace('example.org/a', 'example.org/b'));
    expect(r.errors).toEqual([]);
    expect(r.actuals).toHaveLength(2);
  });

  it('excluded source indicators are counted, not silently lost', () => {
    const r = actuals('na_deputies_women,An Giang,2016,2,persons,n,T,https://e.org,q,63');
    expect(r.errors).toEqual([]);
    expect(r.excluded.get('na_deputies_women')).toBe(1);
  });

  it('stores MoH groups as ranges with the right open/closed ends', () => {
    const r = actuals(
      'srb_group_2021,Bắc Ninh,2021,1,u,n,T,https://e.org/1,q,',
      'srb_group_2021,Khánh Hòa,2021,2,u,n,T,https://e.org/1,q,',
      'srb_group_2021,Gia Lai,2021,3,u,n,T,https://e.org/1,q,',
    );
    expect(r.errors).toEqual([]);
    expect(
      r.actuals.map((a) => [
        a.area_id,
        a.value,
        a.value_low,
        a.value_high,
        a.low_inclusive,
        a.high_inclusive,
      ]),
    ).toEqual([
      ['63-27', null, 112, null, false, false],
      ['63-56', null, 109, 112, true, true],
      ['63-64', null, null, 109, false, false],
    ]);
  });

  it('keeps non-comparable series apart: civil registration and administrative data', () => {
    const r = actuals(
      'srb_crvs,Toàn quốc,2024,110.7,u,civil-registration (CRVS) based SRB,T,https://e.org/c,q,',
      'srb,Hà Nội,2018,113,u,city population-department figure for births in 2018 (administrative),T,https://e.org/h,q,',
    );
    expect(r.actuals.map((a) => a.series).sort()).toEqual(['admin_register', 'civil_registration']);
  });
});

const T_HEADER =
  'indicator,scope,target_year,target_value,comparator,baseline_value,baseline_year,source_document,source_ref,note,comparator_legal,comparator_reason,legal_ref';
const T_GOOD =
  'sex_ratio_at_birth,Toàn quốc,2025,111,at_most,,,NQ28,MT4 CT1,n,<=,r,Nghị quyết 28/NQ-CP MT4 CT1';

function targets(...lines: string[]) {
  const { records } = parseCsv('targets.csv', [T_HEADER, ...lines].join('\n'));
  return buildTargets(records, indicatorById, areaIndex);
}

describe('targets validation', () => {
  it('accepts a good target and resolves the scope', () => {
    const r = targets(T_GOOD, T_GOOD.replace('Toàn quốc', 'Khánh Hòa'));
    expect(r.errors).toEqual([]);
    expect(r.targets.map((t) => [t.id, t.comparator])).toEqual([
      ['VN-sex_ratio_at_birth-2025', '<='],
      ['63-56-sex_ratio_at_birth-2025', '<='],
    ]);
  });

  it.each([
    [
      'no legal reference',
      T_GOOD.replace('Nghị quyết 28/NQ-CP MT4 CT1', ''),
      'legal_ref',
      /without legal reference/,
    ],
    ['bad comparator', T_GOOD.replace(',<=,', ',≤≤,'), 'comparator_legal', /must be one of/],
    [
      'year out of range',
      T_GOOD.replace(',2025,', ',2035,'),
      'target_year',
      /between 2021 and 2030/,
    ],
    [
      'unknown indicator',
      T_GOOD.replace('sex_ratio_at_birth', 'srb_x'),
      'indicator',
      /unknown indicator/,
    ],
    ['unknown scope', T_GOOD.replace('Toàn quốc', 'Mars'), 'scope', /no area matches/],
    ['implausible value', T_GOOD.replace(',111,', ',500,'), 'target_value', /plausible range/],
  ])('%s → error', (_, line, column, reason) => {
    const r = targets(line);
    expect(r.targets).toEqual([]);
    expect(r.errors[0]).toMatchObject({ file: 'targets.csv', line: 2, column });
    expect(r.errors[0]!.reason).toMatch(reason);
  });

  it('duplicate target → error', () => {
    const r = targets(T_GOOD, T_GOOD);
    expect(r.errors[0]).toMatchObject({ line: 3, column: 'indicator' });
  });
});

describe('curated targets keep strict and non-strict comparators apart', () => {
  const real = targets(
    ...readFileSync('data/catalog/targets.csv', 'utf8').trim().split('\n').slice(1),
  );
  const byId = new Map(real.targets.map((t) => [t.id, t]));
  it('loads all 62 targets without error', () => {
    expect(real.errors).toEqual([]);
    expect(real.targets).toHaveLength(62);
  });
  it('"dưới 30%" is < and "không dưới 50%" is ≥', () => {
    expect(byId.get('VN-female_agri_employment_share_pct-2025')!.comparator).toBe('<');
    expect(byId.get('VN-female_share_masters_pct-2025')!.comparator).toBe('>=');
    expect(byId.get('VN-ethnic_minority_primary_completion_pct-2025')!.comparator).toBe('>');
    expect(byId.get('VN-maternal_mortality_ratio-2025')!.comparator).toBe('reduce_to');
    expect(byId.get('VN-maternal_mortality_ratio-2030')!.comparator).toBe('<');
  });
});
