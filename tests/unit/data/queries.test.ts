// SQL of the site run on real DuckDB (node-api, same engine version as the browser) on a small
// inline fixture with the dataset's schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../../src/lib/data/client.ts';
import { openNodeClient } from '../../../src/lib/data/node-client.ts';
import {
  countByIndicator,
  exploreActuals,
  exploreYearValues,
  listActuals,
  listTargets,
  runUserQuery,
} from '../../../src/lib/data/queries.ts';

let db: SqlClient;
beforeAll(async () => {
  db = await openNodeClient();
  await db.exec(`CREATE TABLE actuals (indicator_id VARCHAR, area_id VARCHAR, year INTEGER,
    series VARCHAR, sex VARCHAR, value DOUBLE, value_low DOUBLE, value_high DOUBLE,
    low_inclusive BOOLEAN, high_inclusive BOOLEAN, preliminary BOOLEAN, derived BOOLEAN,
    uncertain_year BOOLEAN, source_id VARCHAR, source_url VARCHAR, source_title VARCHAR,
    unit VARCHAR, note VARCHAR)`);
  const rows: [string, string, number, string, string, number | null][] = [
    ['srb', 'VN', 2019, 'survey', 'all', 111.5],
    ['srb', 'VN', 2021, 'civil_registration', 'all', 109.5],
    ['srb', '63-56', 2021, 'moh_group', 'all', null],
    ['tfr', 'VN', 2015, 'survey', 'all', 2.1],
    ['tfr', '63-56', 2016, 'survey', 'all', 2.3],
    ['lit', 'VN', 2016, 'survey', 'female', 92.1],
    ['lit', 'VN', 2016, 'survey', 'male', 96.5],
  ];
  for (const [i, a, y, s, sex, v] of rows) {
    await db.exec(
      `INSERT INTO actuals VALUES ($1,$2,$3,$4,$5,$6,NULL,NULL,false,false,false,false,false,'S','u','t','x','')`,
      [i, a, y, s, sex, v],
    );
  }
  await db.exec(`CREATE TABLE targets (id VARCHAR, indicator_id VARCHAR, area_id VARCHAR, year INTEGER,
    comparator VARCHAR, value DOUBLE, baseline_value DOUBLE, baseline_year INTEGER,
    plan_start_year INTEGER, legal_ref VARCHAR, source_id VARCHAR, note VARCHAR)`);
  await db.exec(`INSERT INTO targets VALUES ('t2','srb','VN',2030,'<=',109,NULL,NULL,2021,'NQ28','S',''),
    ('t1','srb','VN',2025,'<=',111,NULL,NULL,2021,'NQ28','S','')`);
});
afterAll(async () => db.close());

describe('queries on real DuckDB', () => {
  it('listActuals filters by area list and open-ended year range', async () => {
    const all = await listActuals(db, { indicatorId: 'srb' });
    expect(all).toHaveLength(3);
    const vn = await listActuals(db, { indicatorId: 'srb', areaIds: ['VN'], fromYear: 2020 });
    expect(vn.map((r) => [r.year, r.series])).toEqual([[2021, 'civil_registration']]);
    expect(typeof vn[0]!.year).toBe('number');
  });

  it('listTargets orders by deadline', async () => {
    expect((await listTargets(db, 'srb')).map((t) => t.id)).toEqual(['t1', 't2']);
  });

  it('exploreActuals combines indicators, areas, series and sex filters', async () => {
    const rows = await exploreActuals(db, {
      indicatorIds: ['tfr', 'lit'],
      areaIds: ['VN', '63-56'],
      fromYear: null,
      toYear: 2016,
      series: 'survey',
      sex: null,
    });
    expect(rows.map((r) => `${r.indicator_id}/${r.area_id}/${r.sex}`)).toEqual([
      'lit/VN/female',
      'lit/VN/male',
      'tfr/63-56/all',
      'tfr/VN/all',
    ]);
    const female = await exploreActuals(db, {
      indicatorIds: ['lit'],
      areaIds: ['VN'],
      fromYear: null,
      toYear: null,
      series: null,
      sex: 'female',
    });
    expect(female.map((r) => r.value)).toEqual([92.1]);
  });

  it('an injected area id is only ever data', async () => {
    const rows = await exploreActuals(db, {
      indicatorIds: ['srb'],
      areaIds: ["VN') OR 1=1 --"],
      fromYear: null,
      toYear: null,
      series: null,
      sex: null,
    });
    expect(rows).toEqual([]);
  });
});

describe('full data of explore downloads', () => {
  it('counts and lists every value of the chosen indicators, all areas and series', async () => {
    expect(await countByIndicator(db, ['srb', 'lit', 'nope'])).toEqual({ srb: 3, lit: 2 });
    const rows = await exploreYearValues(db, ['srb', 'lit']);
    expect(rows.map((r) => `${r.indicator_id}|${r.area_id}|${r.year}`)).toEqual([
      'lit|VN|2016',
      'lit|VN|2016',
      'srb|63-56|2021',
      'srb|VN|2019',
      'srb|VN|2021',
    ]);
  });
});

describe('runUserQuery (SQL panel)', () => {
  it('runs a SELECT with a row limit', async () => {
    const rows = await runUserQuery(
      db,
      'SELECT indicator_id, count(*)::INTEGER AS n FROM actuals GROUP BY 1 ORDER BY 1;',
    );
    expect(rows).toEqual([
      { indicator_id: 'lit', n: 2 },
      { indicator_id: 'srb', n: 3 },
      { indicator_id: 'tfr', n: 2 },
    ]);
  });
  it('refuses anything but one query', async () => {
    await expect(runUserQuery(db, 'DROP TABLE actuals')).rejects.toThrow(/Only SELECT/);
    await expect(runUserQuery(db, 'SELECT 1; DROP TABLE actuals')).rejects.toThrow();
    await expect(runUserQuery(db, "COPY actuals TO 'x.csv'")).rejects.toThrow(/Only SELECT/);
    expect(await db.query('SELECT count(*)::INTEGER AS n FROM actuals')).toEqual([{ n: 7 }]);
  });
});
