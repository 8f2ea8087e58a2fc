// Real engines for the SQL sandbox's tests: the published browser database written from data/ by
// the build's own code, and two ways of running it under the sandbox's set-up: @duckdb/node-api
// (the same DuckDB 1.4.3; it can be interrupted, so runaway queries and the Stop are tested on
// it) and duckdb-wasm's own Node build (the browser's very engine and Arrow results; blocking).
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { writeBrowserDatabase } from '../../../src/lib/data/load-dataset.ts';
import { decodeArrowTable } from '../../../src/lib/data/sql-sandbox-arrow.ts';
import {
  SANDBOX_DATABASE_FILE,
  SANDBOX_LIMITS,
  sandboxSetup,
  type ColumnKind,
  type SandboxCell,
  type SandboxEngine,
} from '../../../src/lib/data/sql-sandbox.ts';
import { openRealDataset } from './real-dataset.ts';

let written: Promise<string> | null = null;

/** The browser database (gender.duckdb) of the real dataset, written once per test file. */
export function browserDatabase(): Promise<string> {
  written ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sql-sandbox-'));
    const path = join(dir, 'gender.duckdb');
    const db = await openRealDataset();
    await writeBrowserDatabase(db, path);
    await db.close();
    return path;
  })();
  return written;
}

const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
function kindOf(type: string): ColumnKind {
  if (INTEGER.test(type)) return 'integer';
  if (/^(FLOAT|DOUBLE|DECIMAL)/.test(type)) return 'decimal';
  if (type === 'VARCHAR') return 'text';
  if (type === 'BOOLEAN') return 'boolean';
  if (type === 'DATE') return 'date';
  if (type.startsWith('TIMESTAMP')) return 'timestamp';
  return 'other';
}
function cell(v: unknown): SandboxCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** Engines on @duckdb/node-api; `started` counts the engines made. */
export function nodeEngines(file: string) {
  const counter = { started: 0, terminated: 0 };
  const start = async (): Promise<SandboxEngine> => {
    counter.started++;
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    for (const statement of sandboxSetup(file)) await connection.run(statement);
    return {
      async run(sql) {
        const prepared = await connection.prepare(sql);
        const reader = await prepared.runAndReadAll();
        const types = reader.columnTypes().map((t) => kindOf(t.toString()));
        return {
          columns: reader.columnNames().map((name, i) => ({ name, kind: types[i]! })),
          rows: reader.getRowsJS().map((row) => row.map(cell)),
        };
      },
      terminate() {
        counter.terminated++;
        connection.interrupt(); // the query in flight fails; nobody waits for it
      },
    };
  };
  return { start, counter };
}

const require = createRequire(import.meta.url);
const DIST = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs').replace(/[^/]+$/, '');

/** Engines on duckdb-wasm's Node build, set up as the browser's sandbox is. */
export function wasmEngines(file: string, resultBytes: number = SANDBOX_LIMITS.resultBytes) {
  return async (): Promise<SandboxEngine> => {
    const db = await duckdb.createDuckDB(
      {
        mvp: { mainModule: `${DIST}duckdb-mvp.wasm`, mainWorker: '' },
        eh: { mainModule: `${DIST}duckdb-eh.wasm`, mainWorker: '' },
      },
      new duckdb.VoidLogger(),
      duckdb.NODE_RUNTIME,
    );
    await db.instantiate();
    db.open({ query: { castDecimalToDouble: true } });
    const connection = db.connect();
    db.registerFileBuffer(SANDBOX_DATABASE_FILE, new Uint8Array(readFileSync(file)));
    for (const statement of sandboxSetup(SANDBOX_DATABASE_FILE)) connection.query(statement);
    return {
      async run(sql) {
        const prepared = connection.prepare(sql);
        try {
          return decodeArrowTable(prepared.query(), resultBytes);
        } finally {
          prepared.close();
        }
      },
      terminate() {
        // Blocking: nothing is ever in flight when this is called.
      },
    };
  };
}
