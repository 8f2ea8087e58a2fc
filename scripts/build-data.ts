// `npm run data [outDir]`: validate data/ and write what the site serves: gender.duckdb (the slim
// database the browser attaches read-only), manifest.json, stable CSV + Parquet downloads,
// per-indicator files and the map files; and the full build database the prerender reads
// (.dataset/dataset.duckdb, never served). Deterministic: the same inputs give the same CSV files
// (the .duckdb files' bytes may vary between runs; the manifest checksums the CSV exports).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { openNodeClient, type NodeSqlClient } from '../src/lib/data/node-client.ts';
import { loadTables, writeBrowserDatabase } from '../src/lib/data/load-dataset.ts';
import { DOWNLOAD_TABLES } from '../src/lib/data/catalogue.ts';
import { columnsOf, type TableName } from '../src/lib/data/schema.ts';
import {
  buildDataset,
  contribFiles,
  DatasetError,
  INPUT_FILES,
  type Dataset,
} from './data/build-dataset.ts';
import { toCsvText } from '../src/lib/export/csv.ts';
import { computeStatusTable } from '../src/lib/domain/attainment/evaluate.ts';
import { explain } from '../src/lib/i18n/explain.ts';
import { COMPARATORS } from '../src/lib/domain/vocabulary.ts';

/** Stable download files: table name → all its columns, in schema order. */
const DOWNLOADS = DOWNLOAD_TABLES;

const GEO_FILES = [
  'vn63_provinces_pre2025_geoboundaries.topojson',
  'vn34_provinces_2025_vpd_simplified.topojson',
  'vn34_provinces_2025_geoboundaries_dissolved.topojson',
  'LICENSE-vpd.txt',
  'CITATION-AND-USE-geoBoundaries.txt',
];

/** Where the full build database goes, relative to the project: read by prerender, not served. */
export const BUILD_DATABASE = '.dataset/dataset.duckdb';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const literal = (path: string) => `'${path.replace(/'/g, "''")}'`;

type Rows = readonly Record<string, unknown>[];

/**
 * Coded columns the build has checked against a closed list: written plainly (a target's `=` is a
 * comparator, not a formula); every other text cell keeps the formula guard.
 */
const VOCABULARY_COLUMNS = { comparator: COMPARATORS };

function writeCsv(path: string, columns: readonly string[], rows: Rows): number {
  writeFileSync(
    path,
    toCsvText(columns, rows as Record<string, string>[], columns, VOCABULARY_COLUMNS),
  );
  return rows.length;
}

/** Parquet twin of a table or of one indicator's rows (the value bound, the path ours). */
async function writeParquet(
  db: NodeSqlClient,
  path: string,
  table: TableName,
  indicatorId?: string,
): Promise<void> {
  const where = indicatorId === undefined ? '' : 'WHERE indicator_id = $1';
  await db.exec(
    `COPY (SELECT * FROM ${table} ${where}) TO ${literal(path)} (FORMAT parquet)`,
    indicatorId === undefined ? [] : [indicatorId],
  );
}

function statusDownloadRows(data: Dataset, status: ReturnType<typeof computeStatusTable>) {
  const yesNo = new Set(data.indicators.filter((i) => i.value_type === 'yes_no').map((i) => i.id));
  return status.map((r) => ({
    ...r,
    explanation_vi: explain(r, 'vi', { yesNo: yesNo.has(r.indicator_id) }),
    explanation_en: explain(r, 'en', { yesNo: yesNo.has(r.indicator_id) }),
  }));
}

export interface BuildOptions {
  outDir?: string;
  dataDir?: string;
  buildDatabase?: string;
  log?: (line: string) => void;
}

export async function buildData(options: BuildOptions = {}): Promise<void> {
  const started = performance.now();
  const outDir = resolve(options.outDir ?? 'static/data');
  const dataDir = options.dataDir ?? 'data';
  const buildDbPath = resolve(options.buildDatabase ?? BUILD_DATABASE);
  const log = options.log ?? console.log;
  const data = buildDataset(dataDir);
  const toYear = Math.max(...data.actuals.map((a) => a.year));
  const status = computeStatusTable({
    targets: data.targets,
    actuals: data.actuals,
    areas: data.areas,
    crosswalk: data.crosswalk,
    toYear,
  });

  rmSync(outDir, { recursive: true, force: true });
  for (const sub of ['indicators', 'geo', 'plans'])
    mkdirSync(join(outDir, sub), { recursive: true });
  mkdirSync(dirname(buildDbPath), { recursive: true });
  rmSync(buildDbPath, { force: true });
  rmSync(`${buildDbPath}.wal`, { force: true });
  // Plan texts under a readable name (province, number, year); the data/plans name stays too, so
  // links made before the rename keep working.
  for (const plan of data.plans.filter((p) => p.text_file)) {
    const text = join(dataDir, 'plans', plan.text_file);
    copyFileSync(text, join(outDir, 'plans', plan.download_file));
    copyFileSync(text, join(outDir, 'plans', plan.text_file));
  }
  for (const f of GEO_FILES) copyFileSync(join(dataDir, 'geo', f), join(outDir, 'geo', f));

  // Copies as plain records: an interface has no index signature, a copy's type does (no cast).
  const tables: Record<TableName, Rows> = {
    indicators: data.indicators.map((r) => ({ ...r })),
    areas: data.areas.map((r) => ({ ...r })),
    crosswalk: data.crosswalk.map((r) => ({ ...r })),
    area_regions: data.areaRegions.map((r) => ({ ...r })),
    targets: data.targets.map((r) => ({ ...r })),
    actuals: data.actuals.map((r) => ({ ...r })),
    actual_sources: data.actualSources.map((r) => ({ ...r })),
    sources: data.sources.map((r) => ({ ...r })),
    plans: data.plans.map((r) => ({ ...r })),
    commitments: data.commitments.map((r) => ({ ...r })),
    government_assessments: data.governmentAssessments.map((r) => ({ ...r })),
    other_targets: data.otherTargets.map((r) => ({ ...r })),
    report_deadlines: data.reportDeadlines.map((d) => ({ ...d })),
    status: status.map((r) => ({ ...r })),
  };

  const db = await openNodeClient(buildDbPath);
  const counts: Record<string, number> = {};
  try {
    await loadTables(db, tables);
    for (const [name, rows] of Object.entries(tables)) counts[name] = rows.length;
    await db.exec('CHECKPOINT');
    await writeBrowserDatabase(db, join(outDir, 'gender.duckdb'));

    // Downloads: CSV from the same rows (sorted as the tables are), Parquet from the tables.
    for (const name of DOWNLOADS) {
      const rows = await db.query(`SELECT * FROM ${name} ORDER BY ALL`);
      writeCsv(join(outDir, `${name}.csv`), columnsOf(name), rows);
      await writeParquet(db, join(outDir, `${name}.parquet`), name);
    }
    const statusRows = statusDownloadRows(data, status);
    writeCsv(
      join(outDir, 'status.csv'),
      [...columnsOf('status'), 'explanation_vi', 'explanation_en'],
      statusRows,
    );
    await writeParquet(db, join(outDir, 'status.parquet'), 'status');

    const actualColumns = columnsOf('actuals');
    const sourceByUrl = new Map(data.sources.filter((s) => s.url).map((s) => [s.url, s]));
    for (const indicator of data.indicators) {
      const rows = data.actuals.filter((a) => a.indicator_id === indicator.id);
      const dir = join(outDir, 'indicators');
      writeCsv(
        join(dir, `${indicator.id}.csv`),
        actualColumns,
        rows.map((r) => ({ ...r })),
      );
      await writeParquet(db, join(dir, `${indicator.id}.parquet`), 'actuals', indicator.id);
      const meta = {
        ...indicator,
        targets: data.targets.filter((t) => t.indicator_id === indicator.id),
        sources: [...new Set(rows.map((a) => a.source_url))].sort().map((url) => {
          const s = sourceByUrl.get(url);
          return {
            url,
            publisher: s?.publisher_vi ?? '',
            title: s?.title ?? '',
            source_quality: s?.source_quality ?? '',
          };
        }),
        rows: rows.length,
        files: { csv: `${indicator.id}.csv`, parquet: `${indicator.id}.parquet` },
      };
      writeFileSync(join(dir, `${indicator.id}.json`), `${JSON.stringify(meta, null, 2)}\n`);
    }
  } finally {
    await db.close();
  }

  const inputs = [...Object.values(INPUT_FILES).flat(), ...contribFiles(dataDir)].map((f) => ({
    file: `data/${f}`,
    sha256: sha256(readFileSync(join(dataDir, f))),
  }));
  const outputs = [
    ...DOWNLOADS.map((n) => `${n}.csv`),
    'status.csv',
    ...data.indicators.map((i) => `indicators/${i.id}.csv`),
  ].map((f) => {
    const bytes = readFileSync(join(outDir, f));
    return { file: f, bytes: bytes.byteLength, sha256: sha256(bytes) };
  });
  const manifest = {
    dataset: 'Vietnam gender equality: NQ28 targets and actuals',
    engine: 'DuckDB 1.4.3',
    database: {
      file: 'gender.duckdb',
      bytes: readFileSync(join(outDir, 'gender.duckdb')).byteLength,
      note: 'bytes may differ between builds; see the CSV checksums',
    },
    rows: counts,
    excluded_source_rows: Object.fromEntries([...data.excluded.entries()].sort()),
    inputs,
    outputs,
    version: sha256(JSON.stringify(outputs)).slice(0, 12),
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `Dataset written to ${relative(process.cwd(), outDir) || '.'} in ${seconds} s: ${Object.entries(
      counts,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}

if (process.argv[1] && basename(process.argv[1]).startsWith('build-data')) {
  buildData({ outDir: process.argv[2] }).catch((error: unknown) => {
    console.error(error instanceof DatasetError ? error.message : error);
    process.exit(1);
  });
}
