// `npm run data [outDir]`: validate data/ and write what the site serves: gender.duckdb (the
// browser attaches it read-only), manifest.json, stable CSV + Parquet downloads, per-indicator
// files and the map files. Deterministic: the same inputs give the same files (the .duckdb file's
// bytes may vary between runs; the manifest checksums its canonical CSV exports instead).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SqlClient } from '../src/lib/data/client.ts';
import { openNodeClient } from '../src/lib/data/node-client.ts';
import { buildDataset, DatasetError, INPUT_FILES, type Dataset } from './data/build-dataset.ts';
import { toCsvText } from '../src/lib/export/csv.ts';
import { loadTable, type ColumnType } from './data/load-table.ts';

const V = 'VARCHAR';
const I = 'INTEGER';
const D = 'DOUBLE';
const B = 'BOOLEAN';

export const SCHEMA: Record<string, [string, ColumnType][]> = {
  indicators: [
    ['id', V],
    ['name_vi', V],
    ['name_en', V],
    ['domain', V],
    ['unit_vi', V],
    ['unit_en', V],
    ['direction', V],
    ['definition_vi', V],
    ['definition_en', V],
    ['lead_agency_vi', V],
    ['strategy_ref', V],
    ['has_target', B],
    ['min_plausible', D],
    ['max_plausible', D],
  ],
  areas: [
    ['id', V],
    ['kind', V],
    ['vintage', I],
    ['code', V],
    ['name_vi', V],
    ['name_en', V],
    ['region_id', V],
    ['valid_from', V],
    ['valid_to', V],
  ],
  crosswalk: [
    ['old_area_id', V],
    ['new_area_id', V],
  ],
  area_regions: [
    ['area_id', V],
    ['region_id', V],
    ['basis', V],
    ['source_id', V],
  ],
  targets: [
    ['id', V],
    ['indicator_id', V],
    ['area_id', V],
    ['year', I],
    ['comparator', V],
    ['value', D],
    ['baseline_value', D],
    ['baseline_year', I],
    ['plan_start_year', I],
    ['legal_ref', V],
    ['source_id', V],
    ['note', V],
    ['comparator_reason', V],
    ['source_document', V],
    ['source_ref', V],
  ],
  actuals: [
    ['indicator_id', V],
    ['area_id', V],
    ['year', I],
    ['series', V],
    ['sex', V],
    ['value', D],
    ['value_low', D],
    ['value_high', D],
    ['low_inclusive', B],
    ['high_inclusive', B],
    ['preliminary', B],
    ['derived', B],
    ['uncertain_year', B],
    ['source_id', V],
    ['source_url', V],
    ['note', V],
    ['source_title', V],
    ['unit', V],
    ['quote_hint', V],
    ['period_note', V],
    ['source_file', V],
    ['source_line', I],
  ],
  sources: [
    ['id', V],
    ['kind', V],
    ['title', V],
    ['url', V],
    ['publisher', V],
    ['licence', V],
  ],
  plans: [
    ['id', V],
    ['area_id', V],
    ['document_number', V],
    ['date', V],
    ['title', V],
    ['period', V],
    ['text_file', V],
    ['url', V],
  ],
  commitments: [
    ['area_id', V],
    ['plan_id', V],
    ['item_type', V],
    ['description_vi', V],
    ['description_en', V],
    ['date_or_value', V],
    ['where_in_plan', V],
  ],
};

const ORDER: Record<string, string> = {
  indicators: 'id',
  areas: 'kind, vintage NULLS FIRST, code, id',
  crosswalk: 'old_area_id',
  area_regions: 'area_id, region_id',
  targets: 'indicator_id, area_id, year',
  actuals: 'indicator_id, area_id, year, series, sex, source_url',
  sources: 'id',
  plans: 'area_id, date, id',
  commitments: 'area_id, plan_id, item_type, date_or_value',
};

/** Stable download files: table name → columns (all of them, in schema order). */
const DOWNLOADS = [
  'indicators',
  'targets',
  'areas',
  'area_regions',
  'actuals',
  'sources',
  'crosswalk',
] as const;

async function writeDatabase(db: SqlClient, data: Dataset): Promise<void> {
  const tables: Record<string, readonly object[]> = {
    indicators: data.indicators,
    areas: data.areas,
    crosswalk: data.crosswalk,
    area_regions: data.areaRegions,
    targets: data.targets,
    actuals: data.actuals,
    sources: data.sources,
    plans: data.plans,
    commitments: data.commitments,
  };
  for (const [name, columns] of Object.entries(SCHEMA)) {
    await loadTable(db, name, columns, tables[name] as Record<string, unknown>[], ORDER[name]);
  }
  await db.exec(`CREATE TABLE availability AS
    SELECT indicator_id, area_id, year, series, sex, count(*)::INTEGER AS n_values
      FROM actuals GROUP BY ALL ORDER BY indicator_id, area_id, year, series, sex`);
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

async function exportTable(
  db: SqlClient,
  outDir: string,
  name: string,
  where = '',
  params: string[] = [],
  file = name,
) {
  const columns = (
    await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
      [name],
    )
  ).map((c) => c.column_name);
  const order = ORDER[name] ?? '1';
  const rows = await db.query(`SELECT * FROM "${name}" ${where} ORDER BY ${order}`, params);
  const csvPath = join(outDir, `${file}.csv`);
  writeFileSync(csvPath, toCsvText(columns, rows));
  const parquetPath = join(outDir, `${file}.parquet`);
  // COPY cannot take its target as a parameter; the path is ours, quoted as a string literal.
  const literal = `'${parquetPath.replace(/'/g, "''")}'`;
  const paramList = params.map((p) => `'${p.replace(/'/g, "''")}'`);
  const filter = where.replace(/\$(\d+)/g, (_, n: string) => paramList[Number(n) - 1] ?? 'NULL');
  await db.exec(
    `COPY (SELECT * FROM "${name}" ${filter} ORDER BY ${order}) TO ${literal} (FORMAT parquet)`,
  );
  return rows.length;
}

export async function buildData(outDirArg = 'static/data', dataDir = 'data'): Promise<void> {
  const outDir = resolve(outDirArg);
  const data = buildDataset(dataDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'indicators'), { recursive: true });
  mkdirSync(join(outDir, 'geo'), { recursive: true });
  mkdirSync(join(outDir, 'plans'), { recursive: true });
  // The plans' full text, linked from province pages.
  for (const plan of data.plans) {
    copyFileSync(join(dataDir, 'plans', plan.text_file), join(outDir, 'plans', plan.text_file));
  }

  const dbPath = join(outDir, 'gender.duckdb');
  const db = await openNodeClient(dbPath);
  try {
    await writeDatabase(db, data);
    const statusModule = resolve('scripts/status/build-status.ts');
    if (existsSync(statusModule)) {
      const m = (await import(pathToFileURL(statusModule).href)) as {
        buildStatus: (client: SqlClient, dir: string) => Promise<void>;
      };
      await m.buildStatus(db, outDir);
    }
    for (const name of DOWNLOADS) await exportTable(db, outDir, name);
    for (const indicator of data.indicators) {
      const n = await exportTable(
        db,
        join(outDir, 'indicators'),
        'actuals',
        'WHERE indicator_id = $1',
        [indicator.id],
        indicator.id,
      );
      const meta = {
        ...indicator,
        targets: data.targets.filter((t) => t.indicator_id === indicator.id),
        sources: [
          ...new Set(
            data.actuals.filter((a) => a.indicator_id === indicator.id).map((a) => a.source_url),
          ),
        ].sort(),
        rows: n,
        files: { csv: `${indicator.id}.csv`, parquet: `${indicator.id}.parquet` },
      };
      writeFileSync(
        join(outDir, 'indicators', `${indicator.id}.json`),
        `${JSON.stringify(meta, null, 2)}\n`,
      );
    }
    await db.exec('CHECKPOINT');
    const counts: Record<string, number> = {};
    const tables = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name",
    );
    for (const { table_name } of tables) {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM "${table_name}"`,
      );
      counts[table_name] = row!.n;
    }
    await db.close();

    for (const f of [
      'vn63_provinces_pre2025_geoboundaries.topojson',
      'vn34_provinces_2025_vpd_simplified.topojson',
      'vn34_provinces_2025_geoboundaries_dissolved.topojson',
      'LICENSE-vpd.txt',
      'CITATION-AND-USE-geoBoundaries.txt',
    ]) {
      copyFileSync(join(dataDir, 'geo', f), join(outDir, 'geo', f));
    }

    const inputs = [...Object.values(INPUT_FILES).flat()].map((f) => ({
      file: `data/${f}`,
      sha256: sha256(readFileSync(join(dataDir, f))),
    }));
    const outputs = [
      ...DOWNLOADS.map((n) => `${n}.csv`),
      ...data.indicators.map((i) => `indicators/${i.id}.csv`),
      ...(existsSync(join(outDir, 'status.csv')) ? ['status.csv'] : []),
    ].map((f) => {
      const bytes = readFileSync(join(outDir, f));
      return { file: f, bytes: bytes.byteLength, sha256: sha256(bytes) };
    });
    const manifest = {
      dataset: 'Vietnam gender equality: NQ28 targets and actuals',
      engine: 'DuckDB 1.4.3',
      database: {
        file: 'gender.duckdb',
        note: 'bytes may differ between builds; see the CSV checksums',
      },
      rows: counts,
      excluded_source_rows: Object.fromEntries([...data.excluded.entries()].sort()),
      inputs,
      outputs,
      version: sha256(JSON.stringify(outputs)).slice(0, 12),
    };
    writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(
      `Dataset written to ${relative(process.cwd(), outDir) || '.'}: ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

if (process.argv[1] && basename(process.argv[1]).startsWith('build-data')) {
  buildData(process.argv[2]).catch((error: unknown) => {
    console.error(error instanceof DatasetError ? error.message : error);
    process.exit(1);
  });
}
