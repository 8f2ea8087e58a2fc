// Every query of the site run on real DuckDB (node-api, the browser's engine version) over the
// real tables, built by the build's own schema and loader from data/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeSqlClient } from '../../../src/lib/data/node-client.ts';
import { RowLimitError } from '../../../src/lib/data/client.ts';
import {
  attachSources,
  countByIndicator,
  dataYears,
  evaluationYears,
  exploreActuals,
  exploreYearValues,
  getIndicator,
  indicatorCoverage,
  latestTargetedYear,
  listActualSources,
  listActuals,
  listAreaRegions,
  listAreas,
  listAreasActuals,
  listCommitments,
  listCrosswalk,
  listGovernmentAssessments,
  listIndicators,
  listOtherTargets,
  listPlans,
  listSources,
  listStatus,
  listTargets,
  rankingOptions,
  rankingValues,
} from '../../../src/lib/data/queries.ts';
import { rankingSlices, valuesFor } from '../../../src/lib/domain/ranking.ts';
import { openRealDataset } from './real-dataset.ts';

let db: NodeSqlClient;
beforeAll(async () => {
  db = await openRealDataset();
});
afterAll(async () => db.close());

describe('catalog queries', () => {
  it('indicators, one by id, and their coverage', async () => {
    const all = await listIndicators(db);
    expect(all.length).toBeGreaterThan(50);
    const srb = await getIndicator(db, 'sex_ratio_at_birth');
    expect(srb).toMatchObject({ reference_low: 104, reference_high: 106, has_target: true });
    expect(await getIndicator(db, "x' OR 1=1 --")).toBeNull();
    const coverage = new Map((await indicatorCoverage(db)).map((c) => [c.indicator_id, c]));
    // Every province of both vintages and the nation: NA XVI (2026) completes the 34.
    expect(coverage.get('female_na_deputies_pct')!.n_areas).toBe(63 + 34 + 1);
  });

  it('areas of both vintages, the crosswalk and regions', async () => {
    const areas = await listAreas(db);
    expect(areas.filter((a) => a.vintage === 63)).toHaveLength(63);
    expect(areas.filter((a) => a.vintage === 34)).toHaveLength(34);
    const crosswalk = await listCrosswalk(db);
    expect(crosswalk).toHaveLength(63);
    expect(crosswalk.find((c) => c.old_area_id === '63-58')!.new_area_id).toBe('34-56');
    const regions = await listAreaRegions(db);
    expect(regions.filter((r) => r.basis === 'legal')).toHaveLength(63);
  });

  it('targets in deadline order, with plans and provisional ones marked', async () => {
    const srb = await listTargets(db, 'sex_ratio_at_birth');
    expect(srb.filter((t) => t.area_id === 'VN').map((t) => t.year)).toEqual([2025, 2030]);
    const all = await listTargets(db);
    expect(all.filter((t) => t.area_id === '63-01').length).toBe(8);
    expect(all.filter((t) => t.provisional).map((t) => t.area_id)).toEqual(
      Array(8).fill('63-74'),
    );
    const plans = await listPlans(db, ['63-01', '63-56']);
    expect(plans.map((p) => p.id)).toEqual(['HN139', 'SEED004']);
    expect((await listCommitments(db, ['63-56'])).length).toBeGreaterThan(0);
    expect((await listSources(db)).some((s) => s.id === 'S10')).toBe(true);
  });
});

describe('actuals', () => {
  it('listActuals filters by area and an open-ended year range; numbers are numbers', async () => {
    const vn = await listActuals(db, {
      indicatorId: 'sex_ratio_at_birth',
      areaIds: ['VN'],
      fromYear: 2024,
    });
    expect(vn.map((r) => [r.year, r.series, r.value])).toEqual([
      [2024, 'civil_registration', 110.7],
      [2024, 'survey', 111.4],
      [2025, 'survey', 110],
    ]);
    expect(typeof vn[0]!.year).toBe('number');
  });

  it('one value per key: the national NA share 2021 is one row with its three sources', async () => {
    const rows = await listActuals(db, {
      indicatorId: 'female_na_deputies_pct',
      areaIds: ['VN'],
      fromYear: 2021,
      toYear: 2021,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 30.26, n_sources: 3, conflict: false });
    const sources = await listActualSources(db, {
      indicatorIds: ['female_na_deputies_pct'],
      areaIds: ['VN'],
    });
    expect(sources.filter((s) => s.year === 2021)).toHaveLength(3);
    expect(sources.filter((s) => s.year === 2021 && s.preferred)).toHaveLength(1);
  });

  it('attachSources gives the one point of a key all its sources, the preferred first', async () => {
    const rows = await attachSources(
      db,
      await listActuals(db, { indicatorId: 'female_na_deputies_pct', areaIds: ['VN'] }),
    );
    const y2021 = rows.find((r) => r.year === 2021)!;
    expect(y2021.sources!.map((s) => s.preferred)).toEqual([true, false, false]);
    expect(y2021.sources![0]!.url).toBe(y2021.source_url);
    expect(rows.find((r) => r.year === 2011)!.sources).toBeUndefined();
  });

  it('listAreasActuals returns every indicator of the areas asked for only', async () => {
    const rows = await listAreasActuals(db, ['34-56', '63-56']);
    expect(new Set(rows.map((r) => r.area_id))).toEqual(new Set(['34-56', '63-56']));
    expect(rows.some((r) => r.indicator_id === 'female_na_deputies_pct' && r.year === 2026)).toBe(
      true,
    );
  });

  it('exploreActuals combines indicators, areas, years, series and sex', async () => {
    const rows = await exploreActuals(db, {
      indicatorIds: ['literacy_rate_15plus', 'total_fertility_rate'],
      areaIds: ['VN'],
      fromYear: 2016,
      toYear: 2016,
      series: 'survey',
      sex: 'female',
    });
    expect(rows.map((r) => [r.indicator_id, r.sex, r.value])).toEqual([
      ['literacy_rate_15plus', 'female', 93.5],
    ]);
  });

  it('an injected id is only ever data', async () => {
    const rows = await exploreActuals(db, {
      indicatorIds: ['sex_ratio_at_birth'],
      areaIds: ["VN') OR 1=1 --"],
      fromYear: null,
      toYear: null,
      series: null,
      sex: null,
    });
    expect(rows).toEqual([]);
  });

  it('a row cap refuses a result larger than a view may draw', async () => {
    await expect(
      exploreYearValues(db, ['total_fertility_rate'], { maxRows: 10 }),
    ).rejects.toBeInstanceOf(RowLimitError);
    const aborted = new AbortController();
    aborted.abort();
    await expect(
      exploreYearValues(db, ['total_fertility_rate'], { signal: aborted.signal }),
    ).rejects.toThrow();
  });

  it('full-data counts and rows agree', async () => {
    const counts = await countByIndicator(db, ['sex_ratio_at_birth', 'nope']);
    expect(Object.keys(counts)).toEqual(['sex_ratio_at_birth']);
    const rows = await exploreYearValues(db, ['sex_ratio_at_birth']);
    expect(rows).toHaveLength(counts.sex_ratio_at_birth!);
  });

  it('rankingOptions gives, counted in SQL, the slices the ranking module counts from all rows', async () => {
    const actuals = await listActuals(db, { indicatorId: 'total_fertility_rate' });
    for (const sex of ['all', 'female'] as const) {
      const options = await rankingOptions(db, 'total_fertility_rate', sex);
      const key = (o: { year: number; vintage: number; series: string }) =>
        `${o.year}|${o.vintage}|${o.series}`;
      const byKey = (list: { year: number; vintage: number; series: string; n: number }[]) =>
        Object.fromEntries(list.map((o) => [key(o), o.n]));
      expect(byKey(options)).toEqual(byKey(rankingSlices(actuals, sex)));
    }
    expect((await rankingOptions(db, 'total_fertility_rate', 'all')).length).toBeGreaterThan(3);
  });

  it('rankingValues returns the rows a ranking draws: one vintage, series, sex and year, one row per province', async () => {
    const areas = new Map((await listAreas(db)).map((a) => [a.id, a]));
    const options = await rankingOptions(db, 'total_fertility_rate', 'all');
    const pick = [...options].sort((a, b) => b.n - a.n || b.year - a.year)[0]!;
    const rows = await rankingValues(db, {
      indicatorId: 'total_fertility_rate',
      series: pick.series,
      vintage: pick.vintage,
      year: pick.year,
      sex: 'all',
    });
    expect(rows).toHaveLength(pick.n);
    expect(rows.every((r) => areas.get(r.area_id)?.vintage === pick.vintage)).toBe(true);
    expect(rows.every((r) => r.year === pick.year && r.series === pick.series)).toBe(true);
    // The same provinces and values as the ranking module's pick from all rows.
    const all = await listActuals(db, { indicatorId: 'total_fertility_rate' });
    const pure = valuesFor(all, pick);
    const key = (r: { area_id: string; year: number; value: number | null }) =>
      `${r.area_id}|${r.year}|${r.value}`;
    expect(rows.map(key).sort()).toEqual(pure.map(key).sort());
    expect(new Set(rows.map((r) => r.area_id)).size).toBe(rows.length);
  });

  it('years with data and the latest targeted year of an area', async () => {
    const years = await dataYears(db);
    expect(years[years.length - 1]).toBe(2026);
    expect(await latestTargetedYear(db, 'VN')).toBe(2025);
    expect(await latestTargetedYear(db, 'nowhere')).toBeNull();
  });
});

describe('status', () => {
  it('evaluation years run from the plan start to the latest data year', async () => {
    expect(await evaluationYears(db)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('filters by indicator, areas and years; national SRB 2024 is off track on its path', async () => {
    const rows = await listStatus(db, {
      indicatorId: 'sex_ratio_at_birth',
      areaIds: ['VN'],
      evalYears: [2024],
    });
    const survey2025 = rows.find((r) => r.series === 'survey' && r.target_year === 2025)!;
    expect(survey2025).toMatchObject({ status: 'off_track', actual_value: 111.4, baseline_year: 2021 });
    expect(new Set(rows.map((r) => r.eval_year))).toEqual(new Set([2024]));
    expect(typeof survey2025.actual_conflict).toBe('boolean');
  });

  it('the 2021 MoH group of Khánh Hòa (63) cannot be assessed, with its reason', async () => {
    const rows = await listStatus(db, {
      indicatorId: 'sex_ratio_at_birth',
      areaIds: ['63-56'],
      evalYears: [2021],
    });
    const group = rows.find((r) => r.series === 'moh_group' && r.target_year === 2025)!;
    expect(group).toMatchObject({ status: 'not_assessable', target_role: 'own' });
    expect(['uncertain_year', 'range_straddles']).toContain(group.reason);
  });
});

describe('the Government’s assessment and targets outside the plans', () => {
  it('lists the rows of the years asked for, in file order, numbers as numbers', async () => {
    const all = await listGovernmentAssessments(db);
    expect(all).toHaveLength(20);
    const y2023 = await listGovernmentAssessments(db, [2023]);
    expect(y2023.map((r) => r.report_year)).toEqual(Array(y2023.length).fill(2023));
    expect(y2023[0]).toMatchObject({
      target_code: 'ALL',
      government_status: 'met_count',
      count_value: 11,
      count_of: 20,
      report_date: '2024-05-22',
    });
    expect(y2023.find((r) => r.target_code === 'MT2 CT3')).toMatchObject({
      government_status: 'met',
      value_year: 2020,
    });
    expect(await listGovernmentAssessments(db, [2021, 2025])).toEqual([]);
  });

  it('several years at once', async () => {
    const rows = await listGovernmentAssessments(db, [2022, 2024]);
    expect([...new Set(rows.map((r) => r.report_year))]).toEqual([2022, 2024]);
  });

  it('lists the other targets of one indicator', async () => {
    expect(await listOtherTargets(db, 'sex_ratio_at_birth')).toEqual([
      expect.objectContaining({ area_id: '63-14', year: 2025, value: 113.4, comparator: 'reduce_to' }),
    ]);
    expect(await listOtherTargets(db, "x' OR '1'='1")).toEqual([]);
  });
});

