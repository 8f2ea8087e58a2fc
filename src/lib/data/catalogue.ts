// What the /data page lists: the stable download tables (written by scripts/build-data.ts from the
// same list), the columns of each file, and the column dictionary's coverage of them.
import { COLUMN_DICTIONARY, type ColumnEntry } from '../i18n/messages/data-dictionary.ts';
import type { ColumnType } from './node-client.ts';
import { TABLES, type TableName } from './schema.ts';

/** Tables published as CSV + Parquet, in the order the data page lists them. */
export const DOWNLOAD_TABLES = [
  'indicators',
  'targets',
  'areas',
  'area_regions',
  'crosswalk',
  'actuals',
  'actual_sources',
  'sources',
  'government_assessments',
] as const satisfies readonly TableName[];

/** status.csv adds the explanations (status.parquet holds the table as it is). */
export const STATUS_EXTRA_COLUMNS = ['explanation_vi', 'explanation_en'] as const;

/** Columns of each published CSV file. */
export function publishedColumns(): Record<string, { name: string; type: ColumnType }[]> {
  const out: Record<string, { name: string; type: ColumnType }[]> = {};
  for (const t of [...DOWNLOAD_TABLES, 'status'] as const)
    out[t] = TABLES[t].columns.map(([name, type]) => ({ name, type }));
  out.status!.push(...STATUS_EXTRA_COLUMNS.map((name) => ({ name, type: 'VARCHAR' as const })));
  return out;
}

export interface DictionaryRow {
  entry: ColumnEntry;
  /** One type per column of the entry (as the schema types them). */
  types: ColumnType[];
  /** Files the entry's columns appear in. */
  tables: string[];
}

/** The dictionary with, for each entry, its types and the files that hold its columns. */
export function dictionaryRows(): DictionaryRow[] {
  const columns = publishedColumns();
  return COLUMN_DICTIONARY.map((entry) => {
    const tables = Object.entries(columns)
      .filter(([, cols]) => cols.some((c) => entry.columns.includes(c.name)))
      .map(([t]) => t);
    const types = [
      ...new Set(
        Object.values(columns)
          .flat()
          .filter((c) => entry.columns.includes(c.name))
          .map((c) => c.type),
      ),
    ];
    return { entry, types, tables };
  });
}

/** Published columns the dictionary misses, and dictionary columns described more than once. */
export function dictionaryGaps(): { missing: string[]; duplicated: string[]; unused: string[] } {
  const published = new Set(
    Object.values(publishedColumns())
      .flat()
      .map((c) => c.name),
  );
  const described = COLUMN_DICTIONARY.flatMap((e) => e.columns);
  const seen = new Set<string>();
  const duplicated = described.filter((c) => (seen.has(c) ? true : (seen.add(c), false)));
  return {
    missing: [...published].filter((c) => !seen.has(c)).sort(),
    duplicated,
    unused: [...seen].filter((c) => !published.has(c)).sort(),
  };
}
