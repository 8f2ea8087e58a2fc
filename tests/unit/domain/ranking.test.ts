import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultVintage,
  defaultYear,
  focusIn,
  rankingModel,
  rankingSlices,
  rankingTarget,
  rankingYears,
  resolveRanking,
  valuesFor,
  type RankingChoice,
} from '../../../src/lib/domain/ranking.ts';
import type { Actual, Area, Target } from '../../../src/lib/domain/types.ts';
import type { NodeSqlClient } from '../../../src/lib/data/node-client.ts';
import {
  listActuals,
  listAreas,
  listCrosswalk,
  listIndicators,
  listTargets,
  type ActualRow,
} from '../../../src/lib/data/queries.ts';
import { openRealDataset } from '../data/real-dataset.ts';

const area = (id: string): Area => ({
  id,
  kind: id === 'VN' ? 'national' : 'province',
  vintage: id.startsWith('63-') ? 63 : id.startsWith('34-') ? 34 : null,
  code: id.slice(3),
  name_vi: id,
  name_en: id,
  region_id: '',
  valid_from: '',
  valid_to: '',
});
const AREAS = ['VN', '63-01', '63-02', '63-04', '63-06', '34-01', '34-04', '34-08'].map(area);

const actual = (
  area_id: string,
  year: number,
  value: number | null,
  extra: Partial<Actual> = {},
): Actual => ({
  indicator_id: 'x',
  area_id,
  year,
  series: 'survey',
  sex: 'all',
  value,
  value_low: null,
  value_high: null,
  low_inclusive: false,
  high_inclusive: false,
  preliminary: false,
  derived: false,
  uncertain_year: false,
  approximate: false,
  source_id: 'S1',
  source_url: 'https://example.org',
  source_quality: 'official',
  n_sources: 1,
  conflict: false,
  note: '',
  ...extra,
});
const group = (area_id: string, low: number | null, high: number | null, inclusive: boolean) =>
  actual(area_id, 2021, null, {
    series: 'moh_group',
    value_low: low,
    value_high: high,
    low_inclusive: inclusive,
    high_inclusive: inclusive,
  });
const target = (year: number, comparator: Target['comparator'], value: number): Target => ({
  id: `t${year}`,
  indicator_id: 'x',
  area_id: 'VN',
  year,
  comparator,
  value,
  baseline_value: null,
  baseline_year: null,
  plan_start_year: 2021,
  legal_ref: 'NQ 28',
  legal_ref_en: 'Resolution 28',
  source_id: 'S',
  note: '',
  plan_id: '',
  provisional: false,
  lead_agency_vi: '',
  lead_agency_basis: '',
});

describe('vintage and year choice', () => {
  // 2021: both vintages have values (the 34 units recomputed); 2025: 34 only; 2026: 34 only.
  const rows = [
    actual('63-01', 2021, 1),
    actual('63-02', 2021, 2),
    actual('63-04', 2021, 3),
    actual('34-01', 2021, 4),
    actual('34-04', 2021, 5),
    actual('34-01', 2024, 6),
    actual('34-04', 2024, 7),
    actual('34-08', 2024, 8),
    actual('63-01', 2025, 1),
    actual('34-01', 2025, 2),
    actual('34-04', 2025, 3),
    actual('VN', 2026, 9),
  ];
  const slices = rankingSlices(rows);

  it('years up to 2024 rank the 63 provinces, 2026 on the 34', () => {
    expect(defaultVintage(slices, 2021)).toBe(63);
    expect(defaultVintage(slices, 2026)).toBe(34);
    expect(defaultVintage(slices, 2030)).toBe(34);
  });
  it('2025 ranks the vintage with more provinces with a value that year', () => {
    expect(defaultVintage(slices, 2025)).toBe(34);
    const more63 = rankingSlices([...rows, actual('63-02', 2025, 1), actual('63-04', 2025, 1)]);
    expect(defaultVintage(more63, 2025)).toBe(63);
  });
  it('falls back to the other vintage when the year’s own has no value at all', () => {
    expect(defaultVintage(slices, 2024)).toBe(34); // only the 34 units have 2024 values
  });
  it('the default year is the latest with data (at least 3 provinces of one vintage)', () => {
    expect(defaultYear(slices)).toBe(2024);
    expect(resolveRanking(slices)).toEqual({ year: 2024, vintage: 34, series: 'survey' });
    // With a vintage asked for: its own latest year.
    expect(resolveRanking(slices, { vintage: 63 })).toEqual({
      year: 2021,
      vintage: 63,
      series: 'survey',
    });
  });
  it('a year or vintage the reader chose is kept, even without values', () => {
    expect(resolveRanking(slices, { year: 2021, vintage: 34 })).toEqual({
      year: 2021,
      vintage: 34,
      series: 'survey',
    });
    expect(resolveRanking(slices, { year: 2026 })).toEqual({
      year: 2026,
      vintage: 34,
      series: null,
    });
    expect(resolveRanking([], {})).toBeNull();
  });
  it('lists the years with provincial values and each vintage’s coverage', () => {
    expect(rankingYears(slices)).toEqual([
      { year: 2021, n: { 63: 3, 34: 2 } },
      { year: 2024, n: { 63: 0, 34: 3 } },
      { year: 2025, n: { 63: 1, 34: 2 } },
    ]);
  });
  it('the series covering most provinces, unless one is asked for', () => {
    const mixed = rankingSlices([...rows, actual('63-01', 2021, 1, { series: 'census' })]);
    expect(resolveRanking(mixed, { year: 2021 })!.series).toBe('survey');
    expect(resolveRanking(mixed, { year: 2021, series: 'census' })!.series).toBe('census');
  });
});

describe('one vintage, one value per province', () => {
  const choice: RankingChoice = { year: 2021, vintage: 63, series: 'survey' };
  const rows = [
    actual('63-01', 2021, 40),
    actual('63-02', 2021, 30),
    actual('34-01', 2021, 35),
    actual('34-04', 2021, 20),
    actual('63-04', 2021, 50, { series: 'census' }),
    actual('63-04', 2021, 99, { sex: 'female' }),
    actual('VN', 2021, 33),
  ];
  it('never mixes vintages, series, sexes or the nation', () => {
    const model = rankingModel(rows, choice, { direction: 'at_least', areas: AREAS });
    expect(model.entries.map((e) => e.areaId)).toEqual(['63-01', '63-02']);
    expect(model.missing).toEqual(['63-04', '63-06']);
    // The other vintage's units are named, not ranked.
    expect(model.other).toEqual({ vintage: 34, areaIds: ['34-01', '34-04'] });
  });
  it('a key given twice is shown once: best source quality first, then more sources', () => {
    const dup = [
      actual('63-01', 2021, 41, { source_quality: 'compilation', source_id: 'A' }),
      actual('63-01', 2021, 40, { source_quality: 'official', source_id: 'Z' }),
      actual('63-02', 2021, 30, { source_id: 'B', n_sources: 1 }),
      actual('63-02', 2021, 31, { source_id: 'C', n_sources: 2 }),
    ];
    const values = valuesFor(dup, choice);
    expect(values).toHaveLength(2);
    expect(values.find((v) => v.area_id === '63-01')!.value).toBe(40);
    expect(values.find((v) => v.area_id === '63-02')!.value).toBe(31);
    // Row order does not change the answer.
    expect(
      valuesFor([...dup].reverse(), choice)
        .map((v) => v.value)
        .sort(),
    ).toEqual([31, 40]);
  });
  it('ranks best first in the indicator’s direction, ties sharing a rank', () => {
    const tied = [...rows, actual('63-04', 2021, 30), actual('63-06', 2021, 10)];
    const up = rankingModel(tied, choice, { direction: 'at_least', areas: AREAS });
    expect(up.entries.map((e) => [e.areaId, e.rank])).toEqual([
      ['63-01', 1],
      ['63-02', 2],
      ['63-04', 2],
      ['63-06', 4],
    ]);
    const down = rankingModel(tied, choice, { direction: 'at_most', areas: AREAS });
    expect(down.entries.map((e) => e.areaId)).toEqual(['63-06', '63-02', '63-04', '63-01']);
    // A context indicator: highest first, in order but without ranks.
    const none = rankingModel(tied, choice, { direction: 'none', areas: AREAS });
    expect(none.entries.map((e) => e.rank)).toEqual([null, null, null, null]);
    expect(none.entries[0]!.areaId).toBe('63-01');
  });
  it('reads each value against the national target of the first deadline at or after the year', () => {
    const targets = [target(2030, '>=', 50), target(2025, '>=', 35)];
    expect(rankingTarget(targets, 2021)!.year).toBe(2025);
    expect(rankingTarget(targets, 2027)!.year).toBe(2030);
    expect(rankingTarget(targets, 2031)!.year).toBe(2030);
    const model = rankingModel(rows, choice, { direction: 'at_least', areas: AREAS, targets });
    expect(model.entries.map((e) => e.meets)).toEqual([true, false]);
  });
  it('an empty choice says so and still names the other vintage', () => {
    const model = rankingModel(
      rows,
      { year: 2021, vintage: 63, series: 'election' },
      {
        direction: 'at_least',
        areas: AREAS,
      },
    );
    expect(model.kind).toBe('empty');
    expect(model.other.areaIds).toEqual(['34-01', '34-04']);
  });
});

describe('grouped values (ranges) become ordered groups', () => {
  // The MoH 2021 SRB groups: above 112 (open), 109–112, below 109.
  const rows = [
    group('63-01', 112, null, false),
    group('63-02', 109, 112, true),
    group('63-04', null, 109, false),
    group('63-06', 112, null, false),
  ];
  const choice: RankingChoice = { year: 2021, vintage: 63, series: 'moh_group' };
  it('worst group first for an indicator that should be low, every province in one group', () => {
    const model = rankingModel(rows, choice, { direction: 'at_most', areas: AREAS });
    expect(model.kind).toBe('groups');
    expect(model.groups.map((g) => [g.range.low, g.range.high])).toEqual([
      [112, null],
      [109, 112],
      [null, 109],
    ]);
    expect(model.groups.map((g) => g.entries.map((e) => e.areaId))).toEqual([
      ['63-01', '63-06'],
      ['63-02'],
      ['63-04'],
    ]);
    expect(model.entries.every((e) => e.rank === null && e.group !== null)).toBe(true);
  });
  it('the other way round for an indicator that should be high', () => {
    const model = rankingModel(rows, choice, { direction: 'at_least', areas: AREAS });
    expect(model.groups.map((g) => g.range.low)).toEqual([null, 109, 112]);
  });
  it('each group is read against the target as a range (undecided when it straddles)', () => {
    const model = rankingModel(rows, choice, {
      direction: 'at_most',
      areas: AREAS,
      targets: [target(2025, '<=', 111)],
    });
    expect(model.groups.map((g) => g.meets)).toEqual([false, null, true]);
  });
  it('a point value joins the group holding it; one outside every group is its own group', () => {
    const mixed = [...rows.slice(0, 3), { ...group('63-06', null, null, false), value: 110 }];
    const model = rankingModel(mixed, choice, { direction: 'at_most', areas: AREAS });
    expect(model.groups[1]!.entries.map((e) => e.areaId)).toEqual(['63-02', '63-06']);
    const outside = rankingModel(
      [group('63-01', 109, 112, true), { ...group('63-02', null, null, false), value: 120 }],
      choice,
      { direction: 'at_most', areas: AREAS },
    );
    expect(outside.groups.map((g) => [g.range.low, g.range.high])).toEqual([
      [120, 120],
      [109, 112],
    ]);
  });
  it('yes/no values are categories, never positions', () => {
    const yesNo = [actual('63-01', 2021, 1), actual('63-02', 2021, 0), actual('63-04', 2021, 1)];
    const model = rankingModel(
      yesNo,
      { year: 2021, vintage: 63, series: 'survey' },
      { direction: 'at_least', areas: AREAS, categorical: true },
    );
    expect(model.kind).toBe('groups');
    expect(model.groups.map((g) => g.entries.length)).toEqual([1, 2]);
  });
});

describe('the view’s own province in the chosen vintage', () => {
  const crosswalk = [
    { old_area_id: '63-56', new_area_id: '34-56' },
    { old_area_id: '63-58', new_area_id: '34-56' },
  ];
  it('is itself, its successor, or the provinces it was formed from', () => {
    expect(focusIn('63-56', 63, crosswalk)).toEqual(['63-56']);
    expect(focusIn('63-58', 34, crosswalk)).toEqual(['34-56']);
    expect(focusIn('34-56', 63, crosswalk)).toEqual(['63-56', '63-58']);
    expect(focusIn('VN', 63, crosswalk)).toEqual([]);
    expect(focusIn(null, 34, crosswalk)).toEqual([]);
  });
});

describe('on the real dataset', () => {
  let db: NodeSqlClient;
  let areas: Area[];
  const rowsOf = (id: string) => listActuals(db, { indicatorId: id });
  beforeAll(async () => {
    db = await openRealDataset();
    areas = await listAreas(db);
  });
  afterAll(async () => db.close());

  it('NA deputies 2021: each of the 63 provinces once, the 34 new units only in the note', async () => {
    const rows = await rowsOf('female_na_deputies_pct');
    const choice = resolveRanking(rankingSlices(rows), { year: 2021 })!;
    expect(choice).toEqual({ year: 2021, vintage: 63, series: 'election' });
    const model = rankingModel(rows, choice, { direction: 'at_least', areas });
    const ids = model.entries.map((e) => e.areaId);
    expect(ids).toHaveLength(63);
    expect(new Set(ids).size).toBe(63);
    expect(ids.every((id) => id.startsWith('63-'))).toBe(true);
    expect(model.other.vintage).toBe(34);
    expect(model.other.areaIds.length).toBeGreaterThan(0);
    expect(model.other.areaIds.every((id) => id.startsWith('34-'))).toBe(true);
    // Switching the vintage switches the units.
    const other = rankingModel(rows, { ...choice, vintage: 34 }, { direction: 'at_least', areas });
    expect(other.entries.every((e) => e.areaId.startsWith('34-'))).toBe(true);
    expect(new Set(other.entries.map((e) => e.areaId)).size).toBe(other.entries.length);
  });

  it('SRB 2021: the Ministry of Health groups, all 63 provinces, worst group first', async () => {
    const rows = await rowsOf('sex_ratio_at_birth');
    const targets = await listTargets(db, 'sex_ratio_at_birth');
    const model = rankingModel(
      rows,
      { year: 2021, vintage: 63, series: 'moh_group' },
      {
        direction: 'at_most',
        areas,
        targets,
      },
    );
    expect(model.kind).toBe('groups');
    expect(model.groups.map((g) => [g.range.low, g.range.high])).toEqual([
      [112, null],
      [109, 112],
      [null, 109],
    ]);
    expect(model.groups.reduce((n, g) => n + g.entries.length, 0)).toBe(63);
    expect(model.groups.every((g) => g.entries.length > 0)).toBe(true);
    expect(model.missing).toEqual([]);
  });

  it('TFR: the latest year with data is the default, in the vintage that has it', async () => {
    const rows = await rowsOf('total_fertility_rate');
    const slices = rankingSlices(rows);
    const latest = Math.max(
      ...rankingYears(slices)
        .filter((y) => Math.max(y.n[63], y.n[34]) >= 3)
        .map((y) => y.year),
    );
    expect(resolveRanking(slices)!.year).toBe(latest);
    expect(latest).toBeGreaterThan(2016);
    const choice = resolveRanking(slices)!;
    const model = rankingModel(rows, choice, { direction: 'none', areas });
    expect(model.entries.length).toBeGreaterThanOrEqual(3);
    expect(model.entries.every((e) => e.areaId.startsWith(`${choice.vintage}-`))).toBe(true);
  });

  it('the crosswalk marks a 63 province by its 2025 successor', async () => {
    const crosswalk = await listCrosswalk(db);
    expect(focusIn('63-58', 34, crosswalk)).toEqual(['34-56']);
  });

  it('no indicator’s ranking shows an area twice or two vintages', async () => {
    const all = (await listIndicators(db)).map((i) => i.id);
    let ranked = 0;
    for (const id of all) {
      const rows: ActualRow[] = await rowsOf(id);
      const slices = rankingSlices(rows);
      for (const { year } of rankingYears(slices)) {
        for (const vintage of [63, 34] as const) {
          const choice = resolveRanking(slices, { year, vintage })!;
          const model = rankingModel(rows, choice, { direction: 'at_least', areas });
          const ids = model.entries.map((e) => e.areaId);
          expect(new Set(ids).size, `${id} ${year} ${vintage}`).toBe(ids.length);
          expect(ids.every((a) => a.startsWith(`${vintage}-`))).toBe(true);
          ranked += ids.length;
        }
      }
    }
    expect(ranked).toBeGreaterThan(500);
  });
});

describe('the year a ranking opens on', () => {
  const slice = (year: number, vintage: 63 | 34, n: number, series = 'survey' as const) => ({
    year,
    vintage,
    series,
    n,
  });
  it('the latest year covering half a vintage, not a later year of three provinces', () => {
    // SRB: the 2021 Ministry of Health groups cover all 63; 2022 has 3 administrative reports.
    expect(defaultYear([slice(2021, 63, 63), slice(2022, 63, 3)])).toBe(2021);
    // TFR: 2016 for the 63, 2025 for all 34 new provinces.
    expect(defaultYear([slice(2016, 63, 63), slice(2025, 34, 34)])).toBe(2025);
  });
  it('failing that, the latest year of at least three; failing that, any year', () => {
    expect(defaultYear([slice(2019, 63, 5), slice(2022, 63, 3), slice(2023, 63, 2)])).toBe(2022);
    expect(defaultYear([slice(2019, 63, 1), slice(2020, 63, 2)])).toBe(2020);
    expect(defaultYear([])).toBeNull();
  });
});
