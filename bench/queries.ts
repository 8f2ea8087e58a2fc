// Explore's queries on a SYNTHETIC 10 M-row dataset, on the build engine (@duckdb/node-api, the
// browser's DuckDB version): each query's time (min/median/max over repeated runs after one
// warm-up) and its row count. A query whose cost follows the result stays flat as the table
// grows; one that reads the table does not. Usage: tsx bench/queries.ts [database] [rows]
import { existsSync } from 'node:fs';
import { openNodeClient } from '../src/lib/data/node-client.ts';
import {
  countByIndicator,
  exploreActuals,
  exploreYearValues,
  rankingOptions,
  rankingValues,
} from '../src/lib/data/queries.ts';
import { SANDBOX_LIMITS } from '../src/lib/data/sql-sandbox.ts';
import { scanSql, wrapQuery } from '../src/lib/data/sql-sandbox-text.ts';
import { resolveRanking } from '../src/lib/domain/ranking.ts';
import { makeSyntheticDataset } from './synthetic.ts';

export interface QueryTiming {
  name: string;
  /** What the view draws from it, or why it is not a view query. */
  role: 'view' | 'download' | 'sql-panel';
  rows: number;
  ms: { min: number; median: number; max: number; n: number };
}

const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]!, n: s.length };
};

/** Run every explore query on the database file; `runs` timed runs each after one warm-up. */
export async function timeExploreQueries(path: string, runs = 15): Promise<QueryTiming[]> {
  const db = await openNodeClient(path, { readOnly: true });
  const out: QueryTiming[] = [];
  const time = async (name: string, role: QueryTiming['role'], q: () => Promise<unknown[]>) => {
    const first = await q(); // warm-up: prepares, loads the columns it touches
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await q();
      ms.push(performance.now() - t0);
    }
    out.push({ name, role, rows: first.length, ms: stat(ms) });
  };
  try {
    const trend = {
      indicatorIds: ['sex_ratio_at_birth'],
      areaIds: ['VN', '34-01'],
      fromYear: null,
      toYear: null,
      series: null,
      sex: null,
    };
    await time('exploreActuals: trend, 1 indicator × 2 areas', 'view', () =>
      exploreActuals(db, trend),
    );
    await time('exploreActuals: table, 3 indicators × 8 areas, 2018–2022, survey', 'view', () =>
      exploreActuals(db, {
        indicatorIds: ['sex_ratio_at_birth', 'total_fertility_rate', 'literacy_rate_15plus'],
        areaIds: ['VN', '34-01', '34-79', '34-56', '63-01', '63-79', '63-56', '63-48'],
        fromYear: 2018,
        toYear: 2022,
        series: 'survey',
        sex: null,
      }),
    );
    await time(
      'exploreActuals: 40 areas (the URL limit) × 1 indicator, female',
      'view',
      async () => {
        const areas = (
          await db.query<{ id: string }>(
            `SELECT id FROM areas WHERE kind = 'province' ORDER BY id LIMIT 40`,
          )
        ).map((a) => a.id);
        return exploreActuals(db, { ...trend, areaIds: areas, sex: 'female' });
      },
    );
    await time('countByIndicator: 2 indicators', 'view', async () =>
      Object.entries(await countByIndicator(db, ['sex_ratio_at_birth', 'total_fertility_rate'])),
    );
    const options = await rankingOptions(db, 'sex_ratio_at_birth', 'all');
    await time('rankingOptions: 1 indicator', 'view', () =>
      rankingOptions(db, 'sex_ratio_at_birth', 'all'),
    );
    // The rows explore asks for: the ranking module's choice for 2020, and its default year.
    for (const [label, year] of [
      ['2020', 2020],
      ['default year', null],
    ] as const) {
      const choice = resolveRanking(options, { year })!;
      const filter = {
        indicatorId: 'sex_ratio_at_birth',
        series: choice.series!,
        vintage: choice.vintage,
        year: choice.year,
        sex: 'all' as const,
      };
      await time(
        `rankingValues: ${choice.vintage} provinces, ${label} (${choice.year}), ${choice.series}`,
        'view',
        () => rankingValues(db, filter),
      );
    }
    await time('exploreYearValues: "full data" of 1 indicator', 'download', () =>
      exploreYearValues(db, ['sex_ratio_at_birth']),
    );
    // The statement the SQL panel's sandbox prepares (on its own engine in the browser).
    const panelExample = wrapQuery(
      scanSql(
        'SELECT indicator_id, count(*) AS n_values FROM actuals GROUP BY indicator_id ORDER BY n_values DESC',
      ).body,
      SANDBOX_LIMITS.rows + 1,
    );
    await time(
      'the SQL panel example, as the sandbox wraps it (counts every row)',
      'sql-panel',
      () => db.query(panelExample),
    );
    const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
      'SELECT count(*)::INTEGER AS n FROM actuals',
    );
    out.unshift({
      name: 'table size',
      role: 'view',
      rows: n,
      ms: { min: 0, median: 0, max: 0, n: 0 },
    });
  } finally {
    await db.close();
  }
  return out;
}

export function printQueryTimings(timings: QueryTiming[], targetMs = 50): void {
  const [size, ...rest] = timings;
  console.log(
    `\nExplore queries on node-api, SYNTHETIC ${size?.rows} rows (target ≤ ${targetMs} ms each):`,
  );
  for (const t of rest) {
    const flag =
      t.role !== 'view'
        ? ` (${t.role}, not a view query)`
        : t.ms.median <= targetMs
          ? ''
          : ' — MISSED';
    console.log(
      `  ${t.name.padEnd(74)} ${t.ms.median.toFixed(1).padStart(7)} ms (min ${t.ms.min.toFixed(1)}, max ${t.ms.max.toFixed(1)}), ${t.rows} rows${flag}`,
    );
  }
}

if (process.argv[1]?.endsWith('queries.ts')) {
  const [path = 'bench/.synthetic/10m.duckdb', rows = '10000000'] = process.argv.slice(2);
  if (!existsSync(path)) {
    console.log(`generating ${path} (SYNTHETIC, ${rows} rows)…`);
    await makeSyntheticDataset('static/data/gender.duckdb', path, { rows: Number(rows) });
  }
  printQueryTimings(await timeExploreQueries(path));
}
