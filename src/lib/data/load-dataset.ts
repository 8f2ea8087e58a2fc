// Create the dataset's tables (from schema.ts) in a Node DuckDB and bulk-load rows through the
// appender. Used by the data build and by the SQL tests, so both run on the same tables.
import { ident } from './client.ts';
import type { NodeSqlClient } from './node-client.ts';
import { TABLES, browserColumnsOf, type TableName } from './schema.ts';

export type TableRows = Partial<Record<TableName, readonly object[]>>;

export async function createTable(
  db: NodeSqlClient,
  name: TableName,
  rows: readonly object[],
): Promise<void> {
  const spec = TABLES[name];
  const columns = spec.columns.map(([c, t]) => `${ident(c)} ${t}`).join(', ');
  const staging = `${name}_staging`;
  await db.exec(`DROP TABLE IF EXISTS ${ident(staging)}`);
  await db.exec(`CREATE TABLE ${ident(staging)} (${columns})`);
  await db.appendRows(staging, spec.columns, rows as readonly Record<string, unknown>[]);
  await db.exec(`DROP TABLE IF EXISTS ${ident(name)}`);
  // `order` is a constant of schema.ts, never data.
  await db.exec(
    `CREATE TABLE ${ident(name)} AS SELECT * FROM ${ident(staging)} ORDER BY ${spec.order}`,
  );
  await db.exec(`DROP TABLE ${ident(staging)}`);
}

/** Every table given, in schema order. Tables not given are not created. */
export async function loadTables(db: NodeSqlClient, tables: TableRows): Promise<void> {
  for (const name of Object.keys(TABLES) as TableName[]) {
    const rows = tables[name];
    if (rows) await createTable(db, name, rows);
  }
}

/**
 * Copy the tables and columns the browser reads into another database file (the one explore
 * attaches): no status table, no long provenance texts.
 */
export async function writeBrowserDatabase(db: NodeSqlClient, path: string): Promise<void> {
  // ATTACH takes no parameters; the path is the build's own, quoted as a string literal.
  await db.exec(`ATTACH '${path.replace(/'/g, "''")}' AS browser`);
  try {
    for (const name of Object.keys(TABLES) as TableName[]) {
      const columns = browserColumnsOf(name);
      if (!columns) continue;
      const list = columns.map(ident).join(', ');
      await db.exec(
        `CREATE TABLE browser.${ident(name)} AS SELECT ${list} FROM ${ident(name)} ORDER BY ${TABLES[name].order}`,
      );
    }
    await db.exec('CHECKPOINT browser');
  } finally {
    await db.exec('DETACH browser');
  }
}
