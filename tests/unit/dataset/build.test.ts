// The real data build, end to end, into a temporary folder: known values read from the curated
// source files come out of the database unchanged, with their sources.
import { BROWSER_TABLES } from '../../../src/lib/data/schema.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../../src/lib/data/client.ts';
import { openNodeClient } from '../../../src/lib/data/node-client.ts';
import { buildData } from '../../../scripts/build-data.ts';
import { listAreaRegions } from '../../../src/lib/data/queries.ts';

let out: string;
let db: SqlClient;
const quiet = () => undefined;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'data-build-'));
  await buildData({
    outDir: join(out, 'site'),
    buildDatabase: join(out, 'build.duckdb'),
    log: quiet,
  });
  db = await openNodeClient(join(out, 'build.duckdb'), { readOnly: true });
}, 60_000);
afterAll(async () => {
  await db.close();
  rmSync(out, { recursive: true, force: true });
});

const sourceRows = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe('data build', () => {
  it('national SRB 2024 (NSO survey series) is the value in the curated file, with its URL', async () => {
    const src = sourceRows('actuals/actuals_round2.csv').find(
      (r) => r.indicator === 'srb' && r.province === 'Toàn quốc' && r.year === '2024',
    )!;
    const rows = await db.query<{ value: number; source_url: string }>(
      `SELECT value, source_url FROM actuals WHERE indicator_id = 'sex_ratio_at_birth'
         AND area_id = 'VN' AND year = 2024 AND series = 'survey'`,
    );
    expect(rows).toEqual([{ value: Number(src.value), source_url: src.source_url }]);
    expect(rows[0]!.value).toBe(111.4);
  });

  it('a provincial TFR value comes through unchanged (Khánh Hòa 2015, GSO)', async () => {
    const src = sourceRows('actuals/actuals.csv').find(
      (r) => r.indicator === 'tfr' && r.province === 'Khánh Hòa' && r.year === '2015',
    )!;
    const [row] = await db.query<{ value: number }>(
      `SELECT value FROM actuals WHERE indicator_id = 'total_fertility_rate' AND area_id = '63-56' AND year = 2015`,
    );
    expect(row!.value).toBe(Number(src.value));
  });

  it('Khánh Hòa’s own SRB target is ≤ 111 by 2025, with its legal reference', async () => {
    const [t] = await db.query<{ comparator: string; value: number; legal_ref: string }>(
      `SELECT comparator, value, legal_ref FROM targets WHERE id = '63-56-sex_ratio_at_birth-2025'`,
    );
    expect(t).toMatchObject({ comparator: '<=', value: 111 });
    expect(t!.legal_ref).toMatch(/11983\/UBND-KGVX/);
  });

  it('actuals are stored sorted by indicator, area, year and every row has a source URL', async () => {
    const rows = await db.query<{
      indicator_id: string;
      area_id: string;
      year: number;
      source_url: string;
    }>('SELECT indicator_id, area_id, year, source_url FROM actuals');
    const cmp = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
      a.indicator_id < b.indicator_id
        ? -1
        : a.indicator_id > b.indicator_id
          ? 1
          : a.area_id < b.area_id
            ? -1
            : a.area_id > b.area_id
              ? 1
              : a.year - b.year;
    expect(rows.every((r, i) => i === 0 || cmp(rows[i - 1]!, r) <= 0)).toBe(true);
    expect(rows.every((r) => /^https?:\/\//.test(r.source_url))).toBe(true);
  });

  it('manifest row counts match the tables; stable downloads exist with a BOM', async () => {
    const manifest = JSON.parse(readFileSync(join(out, 'site', 'manifest.json'), 'utf8'));
    for (const table of ['actuals', 'targets', 'areas', 'indicators', 'sources']) {
      const [row] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`);
      expect(manifest.rows[table]).toBe(row!.n);
    }
    const csv = readFileSync(join(out, 'site', 'actuals.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n').length - 2).toBe(manifest.rows.actuals);
    const parquet = await db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM read_parquet($1)`,
      [join(out, 'site', 'actuals.parquet')],
    );
    expect(parquet[0]!.n).toBe(manifest.rows.actuals);
  });

  it('status on the real data, computed by hand from the source files', async () => {
    // NSO survey SRB: 112.0 in 2021 (baseline), 111.4 in 2024; target ≤ 111 by 2025.
    // Path for 2024 = 112 + (111 − 112) × 3/4 = 111.25 → 111.4 is off track.
    const [srb] = await db.query<{ status: string; path_value: number }>(
      `SELECT status, path_value FROM status WHERE indicator_id = 'sex_ratio_at_birth'
         AND area_id = 'VN' AND eval_year = 2024 AND target_id = 'VN-sex_ratio_at_birth-2025' AND series = 'survey'`,
    );
    expect(srb).toMatchObject({ status: 'off_track', path_value: 111.25 });
    // Khánh Hòa, MoH group 2 (109–112, basis year not stated) against its own ≤ 111: no verdict.
    const [kh] = await db.query<{ status: string; reason: string; target_role: string }>(
      `SELECT status, reason, target_role FROM status WHERE area_id = '63-56' AND eval_year = 2021
         AND target_id = '63-56-sex_ratio_at_birth-2025' AND series = 'moh_group'`,
    );
    expect(kh).toEqual({ status: 'not_assessable', reason: 'uncertain_year', target_role: 'own' });
    // The status download carries the explanation in both languages, rendered by the build.
    const csv = readFileSync(join(out, 'site', 'status.csv'), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const [count] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM status');
    expect(parsed).toHaveLength(count!.n);
    const row = parsed.find(
      (r) =>
        r.area_id === 'VN' &&
        r.eval_year === '2024' &&
        r.target_id === 'VN-sex_ratio_at_birth-2025' &&
        r.series === 'survey',
    )!;
    expect(row.explanation_vi).toContain('111,4 (2024, điều tra thống kê)');
    expect(row.explanation_en).toContain('111.4 (2024, statistical survey)');
  });

  it('region membership reaches the database: regions carry their regional values', async () => {
    const members = await listAreaRegions(db);
    expect(members.filter((m) => m.area_id === '34-68').map((m) => m.region_id)).toEqual([
      'R-central-highlands',
      'R-north-central-coast',
    ]);
    // Every region a province points to is an area with values of its own (regional SRB).
    const [row] = await db.query<{ n: number }>(
      `SELECT count(DISTINCT r.region_id)::INTEGER AS n FROM area_regions r
         JOIN actuals a ON a.area_id = r.region_id AND a.indicator_id = 'sex_ratio_at_birth'`,
    );
    expect(row!.n).toBe(6);
  });

  it('the browser database holds only what explore and the SQL panel read', async () => {
    const browser = await openNodeClient(join(out, 'site', 'gender.duckdb'), { readOnly: true });
    try {
      const tables = (
        await browser.query<{ t: string }>(
          'SELECT table_name AS t FROM information_schema.tables ORDER BY 1',
        )
      ).map((r) => r.t);
      expect(tables).not.toContain('status');
      expect(tables).toContain('actuals');
      // The SQL panel names exactly these tables.
      expect(tables).toEqual([...BROWSER_TABLES].sort());
      const columns = (
        await browser.query<{ c: string }>(
          "SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'actuals'",
        )
      ).map((r) => r.c);
      expect(columns).not.toContain('period_note');
      expect(columns).toContain('source_quality');
    } finally {
      await browser.close();
    }
  });

  it('writes a comparator plainly: `=` is a code of a closed list, not a formula', () => {
    const parse = (file: string) =>
      Papa.parse<Record<string, string>>(
        readFileSync(join(out, 'site', file), 'utf8').replace(/^\uFEFF/, ''),
        { header: true, skipEmptyLines: true },
      ).data;
    const targets = parse('targets.csv');
    const curriculum = targets.find(
      (t) => t.id === 'VN-gender_content_in_national_curriculum-2025',
    )!;
    expect(curriculum.comparator).toBe('=');
    expect(targets.map((t) => t.comparator).filter((c) => c?.startsWith("'"))).toEqual([]);
    expect(readFileSync(join(out, 'site', 'targets.csv'), 'utf8')).not.toContain(",'=,");
    expect(parse('status.csv').some((r) => r.comparator === '=')).toBe(true);
  });

  it('publishes the Government’s own assessment with its provenance', () => {
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(join(out, 'site', 'government_assessments.csv'), 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(rows).toHaveLength(20);
    const final2023 = rows.find(
      (r) => r.report_year === '2023' && r.government_status === 'met_count',
    )!;
    expect(final2023).toMatchObject({
      count_value: '11',
      count_of: '20',
      report_date: '2024-05-22',
    });
    expect(final2023.source_url).toMatch(/^https:\/\/en\.vietnamplus\.vn\//);
  });

  it('is deterministic: the CSV checksums do not depend on the run', async () => {
    const again = mkdtempSync(join(tmpdir(), 'data-build-'));
    await buildData({
      outDir: join(again, 'site'),
      buildDatabase: join(again, 'b.duckdb'),
      log: quiet,
    });
    const a = JSON.parse(readFileSync(join(out, 'site', 'manifest.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(again, 'site', 'manifest.json'), 'utf8'));
    expect(b.outputs).toEqual(a.outputs);
    rmSync(again, { recursive: true, force: true });
  }, 60_000);
});
