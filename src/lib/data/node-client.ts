// Node implementation of SqlClient on @duckdb/node-api (same engine version as the browser's
// duckdb-wasm: 1.4.3). Used by the data build, prerender loaders and vitest. Never import in the browser.
import {
  DuckDBInstance,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBTimestampValue,
  type DuckDBValue,
} from '@duckdb/node-api';
import {
  RowLimitError,
  plainValue,
  type QueryOptions,
  type Row,
  type SqlClient,
  type SqlParam,
} from './client.ts';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

/** The build's client: also bulk-loads rows through DuckDB's appender (no SQL text per row). */
export interface NodeSqlClient extends SqlClient {
  appendRows(
    table: string,
    columns: readonly (readonly [string, ColumnType])[],
    rows: readonly Record<string, unknown>[],
  ): Promise<void>;
}

function toPlain(v: DuckDBValue): string | number | boolean | null {
  if (v instanceof DuckDBDateValue) return v.toString();
  if (v instanceof DuckDBTimestampValue) return v.toString();
  if (v instanceof DuckDBDecimalValue) return v.toDouble();
  return plainValue(v);
}

export interface NodeClientOptions {
  /** Open the database file read-only (prerender loaders). */
  readOnly?: boolean;
}

/** Open a DuckDB database (':memory:' by default) and return a SqlClient over one connection. */
export async function openNodeClient(
  path = ':memory:',
  options: NodeClientOptions = {},
): Promise<NodeSqlClient> {
  const instance = await DuckDBInstance.create(
    path,
    options.readOnly ? { access_mode: 'READ_ONLY' } : {},
  );
  const connection = await instance.connect();
  // Same setting as the browser: a query that needs an extension fails instead of downloading one.
  await connection.run('SET autoload_known_extensions = false');

  const bind = (params: readonly SqlParam[]) =>
    params.length === 0 ? undefined : (params as SqlParam[]);

  // One connection runs one statement at a time: concurrent calls (Promise.all in loaders) abort
  // the native binding, so calls are queued.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    query<T = Row>(
      sql: string,
      params: readonly SqlParam[] = [],
      options: QueryOptions = {},
    ): Promise<T[]> {
      return serial(async () => {
        options.signal?.throwIfAborted();
        const reader = await connection.runAndReadAll(sql, bind(params) as never);
        options.signal?.throwIfAborted();
        const names = reader.columnNames();
        const rows = reader.getRows();
        if (options.maxRows !== undefined && rows.length > options.maxRows)
          throw new RowLimitError(options.maxRows);
        return rows.map((values) => {
          const row: Row = {};
          names.forEach((name, i) => (row[name] = toPlain(values[i] as DuckDBValue)));
          return row as T;
        });
      });
    },
    exec(sql: string, params: readonly SqlParam[] = []): Promise<void> {
      return serial(async () => {
        await connection.run(sql, bind(params) as never);
      });
    },
    appendRows(table, columns, rows): Promise<void> {
      return serial(async () => {
        const appender = await connection.createAppender(table);
        try {
          for (const row of rows) {
            for (const [name, type] of columns) {
              const v = row[name];
              if (v === null || v === undefined) appender.appendNull();
              else if (type === 'VARCHAR') appender.appendVarchar(String(v));
              else if (type === 'INTEGER') appender.appendInteger(Number(v));
              else if (type === 'DOUBLE') appender.appendDouble(Number(v));
              else appender.appendBoolean(Boolean(v));
            }
            appender.endRow();
          }
          appender.flushSync();
        } finally {
          appender.closeSync();
        }
      });
    },
    async close(): Promise<void> {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
