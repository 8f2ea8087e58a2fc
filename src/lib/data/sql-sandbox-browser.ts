// The SQL panel's engine in the browser: a DuckDB-WASM instance in a worker of its own (never
// explore's: wasm-client.ts), started when the panel is used, with the published browser
// database attached read-only and the sandbox's set-up applied (sql-sandbox.ts). Ending it
// terminates its worker, which stops whatever it runs at once. Loaded with `await import()` only.
import { absoluteUrl, engineBundle } from './wasm-client.ts';
import { decodeArrowTable } from './sql-sandbox-arrow.ts';
import { EngineFailedError } from './sql-sandbox-text.ts';
import {
  SANDBOX_DATABASE_FILE,
  SANDBOX_LIMITS,
  sandboxSetup,
  type SandboxEngine,
  type SandboxLimits,
} from './sql-sandbox.ts';

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new EngineFailedError(`${what}: no answer in ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

/**
 * A function that starts a fresh sandbox engine each time it is called. The database file is
 * downloaded once (the browser's cache usually has it from explore) and copied into each engine.
 */
export function browserSandboxEngines(
  datasetUrl: string,
  limits: SandboxLimits = SANDBOX_LIMITS,
): () => Promise<SandboxEngine> {
  let bytes: Promise<ArrayBuffer> | null = null;
  const database = () => {
    bytes ??= fetch(absoluteUrl(datasetUrl)).then((response) => {
      if (!response.ok) throw new EngineFailedError(`HTTP ${response.status} for ${datasetUrl}`);
      return response.arrayBuffer();
    });
    bytes.catch(() => (bytes = null)); // a later start retries the download
    return bytes;
  };

  return async () => {
    const file = database();
    const duckdb = await import('@duckdb/duckdb-wasm');
    const bundle = engineBundle();
    const worker = new Worker(bundle.mainWorker);
    let ended = false;
    // A worker that dies (a crash, the wasm out of memory) answers nothing more: fail its calls.
    const failed = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        reject(new EngineFailedError(`The SQL engine stopped: ${event.message || 'worker error'}`));
      });
    });
    failed.catch(() => undefined);
    const guard = <T>(p: Promise<T>) => Promise.race([p, failed]);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    const end = () => {
      if (ended) return;
      ended = true;
      void db.terminate();
    };
    try {
      await within(
        guard(db.instantiate(bundle.mainModule, null)),
        limits.startMs,
        'Starting the SQL engine',
      );
      await guard(db.open({ query: { castDecimalToDouble: true } }));
      const conn = await guard(db.connect());
      // registerFileBuffer hands its buffer to the worker: each engine gets a copy.
      const copy = new Uint8Array((await file).slice(0));
      await guard(db.registerFileBuffer(SANDBOX_DATABASE_FILE, copy));
      for (const statement of sandboxSetup(SANDBOX_DATABASE_FILE, limits.memory))
        await guard(conn.query(statement));
      return {
        async run(sql: string) {
          const prepared = await guard(conn.prepare(sql));
          try {
            const table = await guard(prepared.query());
            return decodeArrowTable(table, limits.resultBytes);
          } finally {
            if (!ended) void prepared.close().catch(() => undefined);
          }
        },
        terminate: end,
      };
    } catch (error) {
      end();
      throw error instanceof EngineFailedError
        ? error
        : new EngineFailedError(error instanceof Error ? error.message : String(error));
    }
  };
}
