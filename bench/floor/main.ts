// The floor: a bare page that only instantiates DuckDB-WASM (same package, same bundles, same
// settings as the product) and runs SELECT 1. Explore's time to first result is compared to it.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

const abs = (u: string) => new URL(u, location.href).href;
const bundle = await duckdb.selectBundle({
  mvp: { mainModule: abs(mvpWasm), mainWorker: abs(mvpWorker) },
  eh: { mainModule: abs(ehWasm), mainWorker: abs(ehWorker) },
});
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
performance.mark('floor:compiled'); // marks only, for the benchmark's side-by-side breakdown
await db.open({ query: { castBigIntToDouble: true } });
const conn = await db.connect();
await conn.query('SET autoload_known_extensions = false');
performance.mark('floor:open');
const result = await conn.query('SELECT 1 AS one, version() AS v');
const row = result.toArray()[0]!.toJSON() as { v: string };
const w = window as unknown as { __floor: { ms: number; version: string } };
w.__floor = { ms: performance.now(), version: row.v };
document.getElementById('out')!.textContent =
  `SELECT 1 after ${w.__floor.ms.toFixed(0)} ms (${row.v})`;
