// Browser implementation of SqlClient on DuckDB-WASM. Loaded only with `await import()` in the
// browser (never during SSR/prerender: evaluating duckdb-wasm there crashes the build), created
// once behind a single init promise: the explore page, the import page and the warm start at idle
// (warm-start.ts) share one engine per tab. The wasm and worker files are Vite assets, so the site
// works offline and under any sub-path. Start-up phases are recorded as performance marks
// ('duckdb:*') and each query's engine and decode times as measures, read by `npm run bench`.
// Asset URLs are plain strings: imported statically so they cost no extra round trip.
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import {
  RowLimitError,
  plainValue,
  type LocalSqlClient,
  type QueryOptions,
  type Row,
  type SqlParam,
} from './client.ts';
import { EARLY_REQUEST, EH_PROBE, adoptEarlyEngine } from './early-engine.ts';

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

let clientPromise: Promise<LocalSqlClient> | null = null;
/** Every caller waiting for the engine hears its progress, whoever started it. */
const listeners = new Set<(progress: EngineProgress) => void>();
let lastProgress: EngineProgress | null = null;

/** The one browser client. Concurrent callers share the same initialisation. */
export function getBrowserClient(options: BrowserClientOptions): Promise<LocalSqlClient> {
  const listener = options.onProgress;
  if (listener) {
    listeners.add(listener);
    if (lastProgress) listener(lastProgress);
  }
  clientPromise ??= createBrowserClient(options, (progress) => {
    lastProgress = progress;
    for (const l of listeners) l(progress);
  }).catch((error: unknown) => {
    clientPromise = null; // allow a retry after a failure
    lastProgress = null;
    throw error;
  });
  const mine = clientPromise;
  if (listener) void mine.finally(() => listeners.delete(listener)).catch(() => undefined);
  return mine;
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

/**
 * Tell the worker to fetch and compile the engine before DuckDB-WASM's JS (AsyncDuckDB) has
 * loaded: the very message AsyncDuckDB.instantiate() sends (worker protocol of the pinned
 * duckdb-wasm 1.32.0: {messageId, type: 'INSTANTIATE', data: [module URL, pthread URL]}, answered
 * by OK or ERROR with requestId = messageId). AsyncDuckDB is attached only after the answer.
 */
function instantiateEarly(worker: Worker, mainModule: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      const m = event.data as { requestId?: number; type?: string; data?: { message?: string } };
      if (m?.requestId !== EARLY_REQUEST || m.type === 'INSTANTIATE_PROGRESS') return;
      worker.removeEventListener('message', onMessage);
      if (m.type === 'OK') resolve();
      else reject(new Error(`DuckDB could not start: ${m.data?.message ?? m.type}`));
    };
    worker.addEventListener('message', onMessage);
    worker.postMessage({ messageId: EARLY_REQUEST, type: 'INSTANTIATE', data: [mainModule, null] });
  });
}

/** A URL as the worker must get it: absolute (a worker resolves relative URLs against itself). */
export function absoluteUrl(url: string): string {
  return new URL(url, location.href).href;
}

/**
 * The engine files DuckDB's selectBundle would pick (eh when the browser has wasm exceptions,
 * which is its only test without a cross-origin-isolated build), as absolute URLs: known at once,
 * so a worker starts loading while the DuckDB-WASM module is still being imported. Also used by
 * the SQL panel's sandbox (sql-sandbox-browser.ts) to start an engine of its own.
 */
export function engineBundle(): { mainModule: string; mainWorker: string } {
  return WebAssembly.validate(new Uint8Array(EH_PROBE))
    ? { mainModule: absoluteUrl(ehWasm), mainWorker: absoluteUrl(ehWorker) }
    : { mainModule: absoluteUrl(mvpWasm), mainWorker: absoluteUrl(mvpWorker) };
}

/** Mark a start-up phase (read by the benchmark's breakdown); harmless where unsupported. */
function mark(name: string): void {
  performance.mark?.(name);
}

async function fetchWithProgress(
  url: string,
  onChunk: (loaded: number, total: number | null) => void,
): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  // A compressed response's length is not the size of what we receive: total unknown then.
  const length = response.headers.get('content-encoding')
    ? null
    : Number(response.headers.get('content-length')) || null;
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

/** Arrow table → plain rows, column by column (about twice as fast as row.toJSON()). */
function toRows<T>(table: import('apache-arrow').Table): T[] {
  const fields = table.schema.fields;
  const n = table.numRows;
  const columns = fields.map((field) => {
    const vector = table.getChild(field.name);
    const values: unknown[] = vector ? Array.from(vector as Iterable<unknown>) : [];
    const isDate = String(field.type).startsWith('Date');
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      values[i] =
        isDate && typeof v === 'number' ? new Date(v).toISOString().slice(0, 10) : plainValue(v);
    }
    return values;
  });
  const rows = new Array<T>(n);
  for (let i = 0; i < n; i++) {
    const row: Row = {};
    for (let c = 0; c < fields.length; c++) row[fields[c]!.name] = columns[c]![i] as Row[string];
    rows[i] = row as T;
  }
  return rows;
}

async function createBrowserClient(
  options: BrowserClientOptions,
  report: (progress: EngineProgress) => void,
): Promise<LocalSqlClient> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  mark('duckdb:start');
  report({ stage: 'engine', loaded: 0, total: null });

  const datasetUrl = absoluteUrl(options.datasetUrl);
  const bundle = engineBundle();
  // An explore page's head may have started all this already (early-engine.ts).
  const early = adoptEarlyEngine(bundle.mainModule, datasetUrl);
  if (early) mark('duckdb:early-adopted');
  // Start the dataset download while the engine compiles.
  const datasetBytes = (
    early
      ? early.bytes.then((b) => new Uint8Array(b))
      : fetchWithProgress(datasetUrl, (loaded, total) => report({ stage: 'data', loaded, total }))
  ).then((bytes) => (mark('duckdb:data-fetched'), bytes));
  datasetBytes.catch(() => undefined); // handled below; avoid an unhandled-rejection report

  const worker = early?.worker ?? new Worker(bundle.mainWorker);
  const workerFailed = new Promise<never>((_, reject) => {
    worker.onerror = (event) => reject(new Error(`DuckDB worker failed: ${event.message}`));
  });
  // The engine is fetched and compiled (most of the start-up) while DuckDB-WASM's JS still loads.
  const compiled = withTimeout(
    Promise.race([early?.compiled ?? instantiateEarly(worker, bundle.mainModule), workerFailed]),
    timeoutMs,
    'Starting the DuckDB engine',
  ).then(() => mark('duckdb:compiled'));
  compiled.catch(() => worker.terminate()); // the error itself is thrown below
  const duckdb = await import('@duckdb/duckdb-wasm');
  mark('duckdb:imported');
  await compiled;
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  await conn.query('SET autoload_known_extensions = false');
  mark('duckdb:instantiated');

  const bytes = await datasetBytes;
  const size = bytes.byteLength;
  await db.registerFileBuffer('gender.duckdb', bytes);
  await conn.query("ATTACH 'gender.duckdb' AS gender (READ_ONLY)");
  await conn.query('USE gender');
  mark('duckdb:ready');
  report({ stage: 'ready', loaded: size, total: size });

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
  // Each query's engine and decode times, for the benchmark's breakdown (cleared now and then so
  // a long session keeps no growing timeline).
  const measure = (name: string, start: number, end: number, rows: number) => {
    if ((performance.getEntriesByName?.(name).length ?? 0) > 500) performance.clearMeasures(name);
    performance.measure?.(name, { start, end, detail: { rows } });
  };

  return {
    async query<T = Row>(
      sql: string,
      params: readonly SqlParam[] = [],
      options: QueryOptions = {},
    ): Promise<T[]> {
      options.signal?.throwIfAborted();
      const t0 = performance.now();
      const table = await run(sql, params);
      const t1 = performance.now();
      // The worker cannot stop a running query; a superseded caller just drops the result.
      options.signal?.throwIfAborted();
      if (options.maxRows !== undefined && table.numRows > options.maxRows)
        throw new RowLimitError(options.maxRows);
      const rows = toRows<T>(table);
      measure('duckdb:query', t0, t1, rows.length);
      measure('duckdb:decode', t1, performance.now(), rows.length);
      return rows;
    },
    async exec(sql: string, params: readonly SqlParam[] = []): Promise<void> {
      await run(sql, params);
    },
    async registerText(name: string, text: string): Promise<void> {
      await db.registerFileText(name, text);
    },
    async close(): Promise<void> {
      for (const statement of prepared.values()) await (await statement.catch(() => null))?.close();
      prepared.clear();
      await conn.close();
      await db.terminate();
      clientPromise = null;
      lastProgress = null;
    },
  };
}
