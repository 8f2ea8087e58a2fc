// Create a typed table and load rows into it with bound parameters, in batches.
import type { SqlClient, SqlParam } from '../../src/lib/data/client.ts';
import { ident } from '../../src/lib/data/client.ts';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

export async function loadTable(
  db: SqlClient,
  name: string,
  columns: readonly [string, ColumnType][],
  rows: readonly Record<string, unknown>[],
  orderBy?: string,
): Promise<void> {
  const cols = columns.map(([c, t]) => `${ident(c)} ${t}`).join(', ');
  const staging = `${name}_staging`;
  await db.exec(`CREATE TABLE ${ident(staging)} (${cols})`);
  const width = columns.length;
  const BATCH = 200;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const params: SqlParam[] = [];
    const tuples = batch.map((row, r) => {
      for (const [c] of columns) params.push((row[c] ?? null) as SqlParam);
      return `(${columns.map((_, k) => `$${r * width + k + 1}`).join(', ')})`;
    });
    await db.exec(`INSERT INTO ${ident(staging)} VALUES ${tuples.join(', ')}`, params);
  }
  // Physical order matters: browser queries on data sorted by (indicator, area, year) are faster.
  const order = orderBy ? ` ORDER BY ${orderBy}` : '';
  await db.exec(`CREATE TABLE ${ident(name)} AS SELECT * FROM ${ident(staging)}${order}`);
  await db.exec(`DROP TABLE ${ident(staging)}`);
}
