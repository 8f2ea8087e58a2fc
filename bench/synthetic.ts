// SYNTHETIC data for benchmarks only — never shipped in the site, never shown as real. Copies a
// built database and replaces its actuals with generated rows: every province of both vintages
// and the nation (98 areas) × 10 years (2015–2024) × every series × every sex (one value per key,
// as in the real table), for the real indicator ids first (so the explore controls can select
// them) and then `synthetic_NNNN` ids until the row count asked for is reached. Every row says
// SYNTHETIC in its source id, title and URL. Sorted like the real table.
// Usage: tsx bench/synthetic.ts <in.duckdb> <out.duckdb> [rows]
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ident } from '../src/lib/data/client.ts';
import { openNodeClient } from '../src/lib/data/node-client.ts';
import { TABLES, browserColumnsOf } from '../src/lib/data/schema.ts';
import { SERIES } from '../src/lib/domain/vocabulary.ts';

export const SYNTHETIC_YEARS = { from: 2015, to: 2024 } as const;
const SEXES = ['all', 'female', 'male'] as const;
const literalList = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

export interface SyntheticOptions {
  /** Rows wanted (at least): whole indicators are added until it is reached. Default ≈ 1 M. */
  rows?: number;
  /** Columns of the actuals table: the browser database's (default) or the full build's. */
  columns?: 'browser' | 'full';
}

/** Write the SYNTHETIC dataset; resolves to its number of actuals rows. */
export async function makeSyntheticDataset(
  input: string,
  output: string,
  options: SyntheticOptions = {},
): Promise<number> {
  rmSync(output, { force: true });
  rmSync(`${output}.wal`, { force: true });
  rmSync(`${output}.br`, { force: true }); // a precompressed copy of the real file must not win
  mkdirSync(dirname(output), { recursive: true });
  copyFileSync(input, output);
  const db = await openNodeClient(output);
  try {
    const [{ n: areaCount } = { n: 0 }] = await db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM areas WHERE kind IN ('national', 'province')`,
    );
    const years = SYNTHETIC_YEARS.to - SYNTHETIC_YEARS.from + 1;
    const perIndicator = areaCount * years * SERIES.length * SEXES.length;
    const wanted = Math.ceil((options.rows ?? 1_000_000) / perIndicator);
    const columns =
      options.columns === 'full'
        ? TABLES.actuals.columns.map(([c]) => c)
        : browserColumnsOf('actuals')!;
    // Every column of the actuals table, generated: numbers from a hash of the key, flags off,
    // provenance saying SYNTHETIC. Each expression is a constant of this file, never data.
    const generated: Record<string, string> = {
      indicator_id: 'indicator_id',
      area_id: 'area_id',
      year: 'year::INTEGER',
      series: 'series',
      sex: 'sex',
      value: `CASE WHEN series = 'moh_group' THEN NULL
                   ELSE round(50 + 40 * sin(hash(indicator_id, area_id, year, series, sex) % 1000), 2) END::DOUBLE`,
      value_low: `CASE WHEN series = 'moh_group' THEN 109 END::DOUBLE`,
      value_high: `CASE WHEN series = 'moh_group' THEN 112 END::DOUBLE`,
      low_inclusive: `series = 'moh_group'`,
      high_inclusive: `series = 'moh_group'`,
      preliminary: 'false',
      derived: 'false',
      uncertain_year: 'false',
      approximate: 'false',
      source_id: `'SYNTHETIC'`,
      source_url: `'synthetic://benchmark'`,
      source_title: `'SYNTHETIC benchmark data'`,
      source_publisher: `'SYNTHETIC'`,
      source_page_title: `'SYNTHETIC benchmark data'`,
      source_language: `'en'`,
      source_quality: `'compilation'`,
      n_sources: '1',
      conflict: 'false',
      unit: `''`,
      note: `'SYNTHETIC'`,
      quote_hint: `''`,
      period_note: `''`,
      source_file: `'SYNTHETIC'`,
      source_line: '0',
    };
    const missing = columns.filter((c) => !(c in generated));
    if (missing.length)
      throw new Error(
        `bench/synthetic.ts: no generator for actuals column(s) ${missing.join(', ')}`,
      );
    const select = columns.map((c) => `${generated[c]!} AS ${ident(c)}`).join(',\n           ');
    const real = (await db.query<{ id: string }>('SELECT id FROM indicators ORDER BY id')).map(
      (r) => r.id,
    );
    const synthetic = Array.from(
      { length: Math.max(0, wanted - real.length) },
      (_, i) => `synthetic_${String(i + 1).padStart(4, '0')}`,
    );
    const ids = [...real.slice(0, wanted), ...synthetic].sort();
    // One row per i of a range, its key decoded from i so that rows come out already sorted like
    // the real table (indicator, area, year, series, sex): no sort of millions of rows.
    const series = [...SERIES].sort();
    const inner = SERIES.length * SEXES.length * years;
    await db.exec(
      `CREATE OR REPLACE TABLE actuals AS
        WITH dims AS (
          SELECT $1::VARCHAR[] AS ids,
                 (SELECT list(id ORDER BY id) FROM areas WHERE kind IN ('national', 'province')) AS areas
        ),
        keys AS (
          SELECT dims.ids[1 + (i // ${inner * areaCount})::INTEGER] AS indicator_id,
                 dims.areas[1 + ((i // ${inner}) % ${areaCount})::INTEGER] AS area_id,
                 ${SYNTHETIC_YEARS.from} + ((i // ${SERIES.length * SEXES.length}) % ${years})::INTEGER AS year,
                 (${literalList(series)})[1 + ((i // ${SEXES.length}) % ${SERIES.length})::INTEGER] AS series,
                 (${literalList(SEXES)})[1 + (i % ${SEXES.length})::INTEGER] AS sex
            FROM dims, range(0, ${ids.length * perIndicator}) t(i)
        )
        SELECT ${select} FROM keys`,
      [JSON.stringify(ids)],
    );
    await db.exec('CHECKPOINT');
    const [row] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM actuals');
    return row!.n;
  } finally {
    await db.close();
  }
}

if (process.argv[1]?.endsWith('synthetic.ts')) {
  const [input = 'static/data/gender.duckdb', output = 'bench/.synthetic/gender.duckdb', rows] =
    process.argv.slice(2);
  const n = await makeSyntheticDataset(input, output, { rows: rows ? Number(rows) : undefined });
  console.log(`SYNTHETIC rows: ${n}`);
}
