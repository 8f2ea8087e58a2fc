// Browser implementation of SqlClient on DuckDB-WASM. Loaded only with `await import()` from
// onMount (never during SSR/prerender: a static import crashes the build), created once behind a
// single init promise. The wasm and worker files are Vite assets, so the site works offline and
// under any sub-path.
import type * as Duckdb from '@duckdb/duckdb-wasm';
import { plainValue, type Row, type SqlClient, type SqlParam } from './client.ts';

export type EngineStage = 'engine' | 'data' | 'ready';
export interface EngineProgress {
  stage: EngineStage;
  /** Bytes of the dataset file received so far, and its size when known. */
  loaded: number;
  total: number | null;
}

export interface BrowserClientOptions {
  /** Absolute or page-relative URL of the dataset .duckdb file. */
  datasetUrl: string;
  onProgress?: (progress: EngineProgress) => void;
  /** A wrong MIME type on the wasm makes instantiate() hang forever; fail after this many ms. */
  timeoutMs?: number;
}

let clientPromise: Promise<SqlClient> | null = null;

/** The one browser client. Concurrent callers share the same initialisation. */
export function getBrowserClient(options: BrowserClientOptions): Promise<SqlClient> {
  clientPromise ??= createBrowserClient(options).catch((error: unknown) => {
    clientPromise = null; // allow a retry after a failure
    throw error;
  });
  return clientPromise;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

async function fetchWithProgress(
  url: string,
  onChunk: (loaded: number, total: number | null) => void,
): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length')) || null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onChunk(loaded, length);
  }
  const out = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

async function createBrowserClient(options: BrowserClientOptions): Promise<SqlClient> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const report = (p: EngineProgress) => options.onProgress?.(p);
  report({ stage: 'engine', loaded: 0, total: null });

  const absolute = (u: string) => new URL(u, location.href).href; // the worker resolves against itself
  const datasetUrl = absolute(options.datasetUrl);
  // Start the dataset download while the engine compiles.
  const datasetBytes = fetchWithProgress(datasetUrl, (loaded, total) =>
    report({ stage: 'data', loaded, total }),
  );
  datasetBytes.catch(() => undefined); // handled below; avoid an unhandled-rejection report

  const [duckdb, mvpWasm, mvpWorker, ehWasm, ehWorker] = await Promise.all([
    import('@duckdb/duckdb-wasm'),
    import('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'),
  ]);
  const bundles: Duckdb.DuckDBBundles = {
    mvp: { mainModule: absolute(mvpWasm.default), mainWorker: absolute(mvpWorker.default) },
    eh: { mainModule: absolute(ehWasm.default), mainWorker: absolute(ehWorker.default) },
  };
  const bundle = await duckdb.selectBundle(bundles);
  const worker = new Worker(bundle.mainWorker!);
  const workerFailed = new Promise<never>((_, reject) => {
    worker.onerror = (event) => reject(new Error(`DuckDB worker failed: ${event.message}`));
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await withTimeout(
    Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), workerFailed]),
    timeoutMs,
    'Starting the DuckDB engine',
  );
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  await conn.query('SET autoload_known_extensions = false');

  const bytes = await datasetBytes;
  await db.registerFileBuffer('gender.duckdb', bytes);
  await conn.query("ATTACH 'gender.duckdb' AS gender (READ_ONLY)");
  await conn.query('USE gender');
  report({ stage: 'ready', loaded: bytes.byteLength, total: bytes.byteLength });

  // Prepared once per SQL text and kept: preparing and closing each time costs two extra round
  // trips to the worker per query, most of an interaction's time on the bundled data.
  const prepared = new Map<string, ReturnType<typeof conn.prepare>>();
  const run = async (sql: string, params: readonly SqlParam[]) => {
    if (params.length === 0) return conn.query(sql);
    let statement = prepared.get(sql);
    if (!statement) {
      statement = conn.prepare(sql);
      prepared.set(sql, statement);
      // A statement that failed to prepare is not kept: the next call reports its own error.
      statement.catch(() => prepared.delete(sql));
    }
    return (await statement).query(...params);
  };

  return {
    async query<T = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
      const table = await run(sql, params);
      const dateColumns = new Set(
        table.schema.fields.filter((f) => String(f.type).startsWith('Date')).map((f) => f.name),
      );
      return table.toArray().map((record: { toJSON(): Record<string, unknown> }) => {
        const row: Row = {};
        for (const [key, value] of Object.entries(record.toJSON())) {
          row[key] =
            dateColumns.has(key) && typeof value === 'number'
              ? new Date(value).toISOString().slice(0, 10)
              : plainValue(value);
        }
        return row as T;
      });
    },
    async exec(sql: string, params: readonly SqlParam[] = []): Promise<void> {
      await run(sql, params);
    },
    async close(): Promise<void> {
      for (const statement of prepared.values()) await (await statement.catch(() => null))?.close();
      prepared.clear();
      await conn.close();
      await db.terminate();
      clientPromise = null;
    },
  };
}
