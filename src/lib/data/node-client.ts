// Node implementation of SqlClient on @duckdb/node-api (same engine version as the browser's
// duckdb-wasm: 1.4.3). Used by the data build, prerender loaders and vitest. Never import in the browser.
import {
  DuckDBInstance,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBTimestampValue,
  type DuckDBValue,
} from '@duckdb/node-api';
import { plainValue, type Row, type SqlClient, type SqlParam } from './client.ts';

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
): Promise<SqlClient> {
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
    query<T = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
      return serial(async () => {
        const reader = await connection.runAndReadAll(sql, bind(params) as never);
        const names = reader.columnNames();
        return reader.getRows().map((values) => {
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
    async close(): Promise<void> {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
