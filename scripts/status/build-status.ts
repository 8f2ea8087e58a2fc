// Adds the `status` table (every target × applicable area × evaluation year × series) to the built
// database and writes status.csv / status.parquet. Called at the end of the data build.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { SqlClient } from '../../src/lib/data/client.ts';
import { computeStatusTable, type StatusRow } from '../../src/lib/domain/attainment/index.ts';
import type { Actual, Area, CrosswalkRow, Target } from '../../src/lib/domain/types.ts';
import { toCsvText } from '../../src/lib/export/csv.ts';
import { loadTable, type ColumnType } from '../data/load-table.ts';

export const STATUS_COLUMNS: [keyof StatusRow, ColumnType][] = [
  ['indicator_id', 'VARCHAR'],
  ['area_id', 'VARCHAR'],
  ['eval_year', 'INTEGER'],
  ['target_id', 'VARCHAR'],
  ['target_area_id', 'VARCHAR'],
  ['national_target_applied', 'BOOLEAN'],
  ['comparator', 'VARCHAR'],
  ['target_value', 'DOUBLE'],
  ['target_year', 'INTEGER'],
  ['baseline_value', 'DOUBLE'],
  ['baseline_year', 'INTEGER'],
  ['series', 'VARCHAR'],
  ['actual_value', 'DOUBLE'],
  ['actual_low', 'DOUBLE'],
  ['actual_high', 'DOUBLE'],
  ['actual_year', 'INTEGER'],
  ['actual_source_url', 'VARCHAR'],
  ['path_value', 'DOUBLE'],
  ['stale', 'BOOLEAN'],
  ['preliminary', 'BOOLEAN'],
  ['status', 'VARCHAR'],
  ['explanation_vi', 'VARCHAR'],
  ['explanation_en', 'VARCHAR'],
];

export async function buildStatus(db: SqlClient, outDir: string): Promise<StatusRow[]> {
  const [targets, actuals, areas, crosswalk, years] = [
    await db.query<Target>('SELECT * FROM targets'),
    await db.query<Actual>('SELECT * FROM actuals'),
    await db.query<Area>('SELECT * FROM areas'),
    await db.query<CrosswalkRow>('SELECT * FROM crosswalk'),
    await db.query<{ y: number }>('SELECT max(year)::INTEGER AS y FROM actuals'),
  ];
  const rows = computeStatusTable({
    targets,
    actuals,
    areas,
    crosswalk,
    toYear: years[0]?.y ?? 2021,
  });
  await db.exec('DROP TABLE IF EXISTS status');
  await loadTable(db, 'status', STATUS_COLUMNS, rows as unknown as Record<string, unknown>[]);
  const columns = STATUS_COLUMNS.map(([c]) => c);
  writeFileSync(
    join(outDir, 'status.csv'),
    toCsvText(columns, rows as unknown as Record<string, string>[]),
  );
  const literal = `'${join(outDir, 'status.parquet').replace(/'/g, "''")}'`;
  await db.exec(`COPY status TO ${literal} (FORMAT parquet)`);
  return rows;
}
