// SYNTHETIC data for benchmarks only — never shipped in the site. Copies the real dataset and
// replaces its actuals with ≈1 M generated rows: 34 provinces × 60 indicators × 20 years × 25
// disaggregations, sorted like the real table. Usage: tsx bench/synthetic.ts <in.duckdb> <out.duckdb>
import { copyFileSync, rmSync } from 'node:fs';
import { openNodeClient } from '../src/lib/data/node-client.ts';

export async function makeSyntheticDataset(input: string, output: string): Promise<number> {
  rmSync(output, { force: true });
  copyFileSync(input, output);
  const db = await openNodeClient(output);
  // Indicator ids: the real ones first (so the explore controls can select them), then
  // synthetic_NN up to 60. Areas: the real 34 post-2025 provinces.
  await db.exec(`CREATE OR REPLACE TABLE actuals AS
    WITH ind AS (
      SELECT id, row_number() OVER (ORDER BY id) AS k FROM indicators
      UNION ALL
      SELECT 'synthetic_' || lpad(i::VARCHAR, 2, '0'), 100 + i FROM range(1, 61 - (SELECT count(*) FROM indicators)::INTEGER) t(i)
    ),
    area AS (SELECT id FROM areas WHERE vintage = 34),
    yr AS (SELECT 2006 + i AS year FROM range(0, 20) t(i)),
    dis AS (SELECT i AS d FROM range(0, 25) t(i))
    SELECT ind.id AS indicator_id, area.id AS area_id, yr.year::INTEGER AS year,
           (['survey','census','admin_register','civil_registration','derived_count'])[1 + d % 5] AS series,
           (['all','female','male'])[1 + d % 3] AS sex,
           round(50 + 40 * sin(hash(ind.id, area.id, yr.year, d) % 1000), 2)::DOUBLE AS value,
           NULL::DOUBLE AS value_low, NULL::DOUBLE AS value_high, false AS low_inclusive, false AS high_inclusive,
           false AS preliminary, false AS derived, false AS uncertain_year,
           'SYNTHETIC' AS source_id, 'synthetic://benchmark' AS source_url,
           'synthetic d' || d AS note, 'SYNTHETIC benchmark data' AS source_title, '' AS unit,
           '' AS quote_hint, '' AS period_note, '' AS source_file, 0 AS source_line
      FROM ind, area, yr, dis
     ORDER BY indicator_id, area_id, year`);
  await db.exec('CHECKPOINT');
  const [row] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM actuals');
  await db.close();
  return row!.n;
}

if (process.argv[1]?.endsWith('synthetic.ts')) {
  const [input = 'static/data/gender.duckdb', output = 'bench/.synthetic/gender.duckdb'] =
    process.argv.slice(2);
  console.log(`synthetic rows: ${await makeSyntheticDataset(input, output)}`);
}
