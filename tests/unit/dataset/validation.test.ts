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
  'indicator,province,year,value,unit,period_note,source_title,source_url,quote_hint,vintage,series,flags,source_quality';
// The curated columns (series, flags, source quality) follow the source's own ten.
const C = ',survey,,official';
const GOOD = `srb,Toàn quốc,2024,111.4,boys per 100 girls,NSO series,T,https://example.org/a,q,${C}`;
const row = (s: string, curated = C) => `${s}${curated}`;

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
      row('nope,Toàn quốc,2024,1,u,n,T,https://e.org,q,'),
      'indicator',
      /unknown indicator "nope"/,
    ],
    [
      'unknown area',
      row('srb,Atlantis,2024,111,u,n,T,https://e.org,q,'),
      'province',
      /no area matches "Atlantis"/,
    ],
    [
      'year out of range',
      row('srb,Toàn quốc,1850,111,u,n,T,https://e.org,q,'),
      'year',
      /not between 1990 and 2026/,
    ],
    ['year not a year', row('srb,Toàn quốc,20x4,111,u,n,T,https://e.org,q,'), 'year', /"20x4"/],
    [
      'implausible value',
      row('srb,Toàn quốc,2024,311,u,n,T,https://e.org,q,'),
      'value',
      /outside the plausible range 90–130/,
    ],
    ['not a number', row('srb,Toàn quốc,2024,abc,u,n,T,https://e.org,q,'), 'value', /not a number/],
    ['missing source', row('srb,Toàn quốc,2024,111,u,n,T,,q,'), 'source_url', /missing source/],
    [
      'bad MoH group',
      row('srb_group_2021,Khánh Hòa,2021,4,u,n,T,https://e.org,q,', ',moh_group,,press_official'),
      'value',
      /group must be 1, 2 or 3/,
    ],
    [
      'unknown series',
      row('srb,Toàn quốc,2023,111,u,n,T,https://e.org,q,', ',guesswork,,official'),
      'series',
      /unknown series "guesswork" \(one of survey, census/,
    ],
    [
      'missing series',
      row('srb,Toàn quốc,2023,111,u,n,T,https://e.org,q,', ',,,official'),
      'series',
      /missing series/,
    ],
    [
      'unknown flag',
      row('srb,Toàn quốc,2023,111,u,n,T,https://e.org,q,', ',survey,preliminary;maybe,official'),
      'flags',
      /unknown flag "maybe"/,
    ],
    [
      'unknown source quality',
      row('srb,Toàn quốc,2023,111,u,n,T,https://e.org,q,', ',survey,,blog'),
      'source_quality',
      /unknown source quality "blog"/,
    ],
    [
      'two qualities for one URL',
      row('srb,Toàn quốc,2023,111,u,n,T,https://example.org/a,q,', ',survey,,compilation'),
      'source_quality',
      /differs from "official" given to the same URL at bad.csv:2/,
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

  it('two sources of one key are one value, every source listed, the most precise preferred', () => {
    const r = actuals(
      GOOD.replace('111.4', '111'),
      GOOD.replace('example.org/a', 'example.org/b').replace(',official', ',press_official'),
    );
    expect(r.errors).toEqual([]);
    expect(r.actuals).toHaveLength(1);
    expect(r.actuals[0]).toMatchObject({
      value: 111.4,
      source_url: 'https://example.org/b',
      n_sources: 2,
      conflict: false,
    });
    expect(r.sources.map((s) => [s.source_url, s.value, s.preferred])).toEqual([
      ['https://example.org/b', 111.4, true],
      ['https://example.org/a', 111, false],
    ]);
  });

  it('equal precision: the more direct source is preferred; disagreeing values are flagged', () => {
    const r = actuals(
      GOOD.replace(',official', ',compilation'),
      GOOD.replace('example.org/a', 'example.org/b').replace('111.4', '112.9'),
    );
    expect(r.actuals).toHaveLength(1);
    expect(r.actuals[0]).toMatchObject({ value: 112.9, conflict: true, n_sources: 2 });
    expect(r.sources.find((s) => !s.preferred)!.value).toBe(111.4);
  });

  it('flags come from the curated column, not from the wording of the note', () => {
    const r = actuals(
      row(
        'srb,Toàn quốc,2023,111,u,preliminary estimate - verify,T,https://e.org/p,q,',
        ',survey,,official',
      ),
      row(
        'srb,Toàn quốc,2022,112,u,n,T,https://e.org/p,q,',
        ',survey,preliminary;uncertain_year;approximate,official',
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.actuals.map((a) => [a.year, a.preliminary, a.uncertain_year, a.approximate])).toEqual([
      [2022, true, true, true],
      [2023, false, false, false],
    ]);
  });

  it('excluded source indicators are counted, not silently lost', () => {
    const r = actuals(
      row(
        'na_deputies_women,An Giang,2016,2,persons,n,T,https://e.org,q,63',
        ',election,,compilation',
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.excluded.get('na_deputies_women')).toBe(1);
  });

  it('stores MoH groups as ranges with the right open/closed ends', () => {
    const r = actuals(
      row('srb_group_2021,Bắc Ninh,2021,1,u,n,T,https://e.org/1,q,', ',moh_group,,press_official'),
      row('srb_group_2021,Khánh Hòa,2021,2,u,n,T,https://e.org/1,q,', ',moh_group,,press_official'),
      row('srb_group_2021,Gia Lai,2021,3,u,n,T,https://e.org/1,q,', ',moh_group,,press_official'),
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

  it('the series is the curated column: a note’s wording never moves a value to another series', () => {
    const r = actuals(
      row(
        'srb,Toàn quốc,2024,110.7,u,civil-registration (CRVS) based SRB,T,https://e.org/c,q,',
        ',civil_registration,,official',
      ),
      row(
        'srb,Hà Nội,2018,113,u,civil-registration wording in an administrative report,T,https://e.org/h,q,',
        ',admin_register,,press_official',
      ),
    );
    expect(r.actuals.map((a) => a.series).sort()).toEqual(['admin_register', 'civil_registration']);
  });
});

const T_HEADER =
  'indicator,scope,target_year,target_value,comparator,baseline_value,baseline_year,source_document,source_ref,note,comparator_legal,comparator_reason,legal_ref,plan_id,provisional,legal_ref_en';
const T_GOOD =
  'sex_ratio_at_birth,Toàn quốc,2025,111,at_most,,,NQ28,MT4 CT1,n,<=,r,Nghị quyết 28/NQ-CP MT4 CT1,,,Resolution 28/NQ-CP Objective 4 Target 1';
const PLANS = new Map([
  ['SEED004', { id: 'SEED004', start_year: 2021 }],
  ['BD', { id: 'BD', start_year: 2022 }],
]);

function targets(...lines: string[]) {
  const { records } = parseCsv('targets.csv', [T_HEADER, ...lines].join('\n'));
  return buildTargets(records, indicatorById, areaIndex, PLANS);
}

describe('targets validation', () => {
  it('accepts a good target and resolves the scope', () => {
    const r = targets(
      T_GOOD,
      T_GOOD.replace('Toàn quốc', 'Khánh Hòa').replace(',,,Resolution', ',SEED004,,Resolution'),
      T_GOOD.replace('Toàn quốc', 'Bình Dương').replace(',,,Resolution', ',BD,yes,Resolution'),
    );
    expect(r.errors).toEqual([]);
    expect(
      r.targets.map((t) => [t.id, t.comparator, t.plan_id, t.plan_start_year, t.provisional]),
    ).toEqual([
      ['VN-sex_ratio_at_birth-2025', '<=', '', 2021, false],
      ['63-56-sex_ratio_at_birth-2025', '<=', 'SEED004', 2021, false],
      ['63-74-sex_ratio_at_birth-2025', '<=', 'BD', 2022, true],
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
    [
      'no English legal reference',
      T_GOOD.replace(',Resolution 28/NQ-CP Objective 4 Target 1', ','),
      'legal_ref_en',
      /in English/,
    ],
    [
      'provincial target without a plan',
      T_GOOD.replace('Toàn quốc', 'Khánh Hòa'),
      'plan_id',
      /needs plan_id/,
    ],
    [
      'provincial target of an unknown plan',
      T_GOOD.replace('Toàn quốc', 'Khánh Hòa').replace(',,,Resolution', ',NOPE,,Resolution'),
      'plan_id',
      /no plan "NOPE"/,
    ],
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
  const real = buildTargets(
    read('catalog/targets.csv'),
    indicatorById,
    areaIndex,
    new Map([['SEED004', { id: 'SEED004', start_year: 2021 }]]),
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

describe('lead agencies: the columns the reporting templates group targets by', () => {
  it('the curated catalog passes and every column reaches the model', () => {
    const r = buildIndicators(read('catalog/indicators.csv'));
    expect(r.errors).toEqual([]);
    expect(r.indicators.find((i) => i.id === 'female_wage_employment_pct')).toMatchObject({
      lead_agency_en: expect.stringMatching(/^Department of Labour/),
      lead_agency_2025_vi: 'Sở Nội vụ',
      lead_agency_2025_en: 'Department of Home Affairs',
      lead_agency_2025_basis: expect.stringMatching(/^READ: /),
    });
    const t = buildTargets(
      read('catalog/targets.csv'),
      indicatorById,
      areaIndex,
      new Map([['SEED004', { id: 'SEED004', start_year: 2021 }]]),
    );
    expect(t.errors).toEqual([]);
    expect(t.targets.find((x) => x.id === '63-56-sex_ratio_at_birth-2025')).toMatchObject({
      lead_agency_vi: 'Sở Y tế',
      lead_agency_basis: expect.stringMatching(/^KH 11983, Mục II\.4/),
    });
  });

  const I_HEADER =
    'id,name_vi,name_en,short_vi,short_en,domain,unit_vi,unit_en,direction,min_plausible,max_plausible,value_type,lead_agency_vi,lead_agency_en,lead_agency_2025_vi,lead_agency_2025_en,lead_agency_2025_basis';
  const I_GOOD = 'x,X,X,X,X,health,%,%,at_least,0,100,number,Sở Y tế,Department of Health';
  const indicatorErrors = (line: string) =>
    buildIndicators(parseCsv('indicators.csv', `${I_HEADER}\n${line}`).records).errors;

  it.each([
    [
      'Vietnamese without English',
      `${I_GOOD.replace('Department of Health', '')},,,`,
      'lead_agency_en',
    ],
    [
      'a 2025 lead without its basis',
      `${I_GOOD},Sở Y tế,Department of Health,`,
      'lead_agency_2025_basis',
    ],
    [
      'a 2025 basis that is neither READ nor INFERRED',
      `${I_GOOD},Sở Y tế,Department of Health,guess`,
      'lead_agency_2025_basis',
    ],
  ])('%s → error', (_, line, column) => {
    expect(indicatorErrors(line)).toEqual([
      expect.objectContaining({ file: 'indicators.csv', line: 2, column }),
    ]);
  });

  it('a good 2025 lead passes', () => {
    expect(indicatorErrors(`${I_GOOD},Sở Y tế,Department of Health,INFERRED: unchanged`)).toEqual(
      [],
    );
  });

  it('a plan’s lead needs its basis; a national target takes its lead from the catalog', () => {
    const header = `${T_HEADER},lead_agency_vi,lead_agency_basis`;
    const parse = (line: string) =>
      buildTargets(
        parseCsv('targets.csv', `${header}\n${line}`).records,
        indicatorById,
        areaIndex,
        PLANS,
      ).errors;
    const kh = T_GOOD.replace('Toàn quốc', 'Khánh Hòa').replace(
      ',,,Resolution',
      ',SEED004,,Resolution',
    );
    expect(parse(`${kh},Sở Y tế,KH 11983 Mục II.4.b`)).toEqual([]);
    expect(parse(`${kh},Sở Y tế,`)).toEqual([
      expect.objectContaining({ line: 2, column: 'lead_agency_basis' }),
    ]);
    expect(parse(`${T_GOOD},Sở Y tế,somewhere`)).toEqual([
      expect.objectContaining({ line: 2, column: 'lead_agency_vi' }),
    ]);
  });
});
