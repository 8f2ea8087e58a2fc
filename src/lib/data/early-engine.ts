// The earliest engine start, for the explore pages: a few lines inlined in the page's <head> start
// the DuckDB worker, tell it to fetch and compile the engine, and start the browser database's
// download, while the HTML is still being parsed and long before the app's code has loaded.
// wasm-client.ts then adopts that worker (and those bytes) instead of starting its own. Anything
// unexpected (no wasm exceptions, other URLs, a failure) and the normal start takes over.
//
// The message is the one AsyncDuckDB.instantiate() sends (worker protocol of the pinned
// duckdb-wasm 1.32.0): {messageId, type: 'INSTANTIATE', data: [module URL, pthread URL]}, answered
// with requestId = messageId and type 'OK' or 'ERROR'.

import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/** The message id of that early request (far from AsyncDuckDB's own ids, which start at 0). */
export const EARLY_REQUEST = 1_000_000_000;

/** A minimal module using wasm exception handling (the probe DuckDB-WASM's selectBundle uses). */
export const EH_PROBE = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
];

/** What the inline script leaves on `window.__duckdbEarly` (absolute URLs). */
export interface EarlyEngine {
  wasm: string;
  worker: string;
  dataset: string;
  instance: Worker;
  state: 'pending' | 'ok' | 'error';
  error?: string;
  waiters: (() => void)[];
  bytes: Promise<ArrayBuffer>;
}

/**
 * The inline <script> for a page's head. URLs may be relative to the page (they are resolved
 * against it); they are build asset paths, embedded as JSON with `<` escaped.
 */
export function earlyEngineScript(urls: { wasm: string; worker: string; dataset: string }): string {
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  const body = `(function(){try{
if(!WebAssembly.validate(new Uint8Array(${json(EH_PROBE)})))return;
var u=function(p){return new URL(p,location.href).href};
var e={wasm:u(${json(urls.wasm)}),worker:u(${json(urls.worker)}),dataset:u(${json(urls.dataset)}),state:'pending',waiters:[]};
performance.mark('duckdb:early-start');
var w=e.instance=new Worker(e.worker);
w.addEventListener('message',function h(m){var d=m.data;if(!d||d.requestId!==${EARLY_REQUEST}||d.type==='INSTANTIATE_PROGRESS')return;
w.removeEventListener('message',h);e.state=d.type==='OK'?'ok':'error';e.error=d.data&&d.data.message;
e.waiters.forEach(function(f){f()})});
w.addEventListener('error',function(){if(e.state!=='pending')return;e.state='error';e.error='the worker failed to load';e.waiters.forEach(function(f){f()})});
w.postMessage({messageId:${EARLY_REQUEST},type:'INSTANTIATE',data:[e.wasm,null]});
e.bytes=fetch(e.dataset).then(function(r){if(!r.ok)throw new Error('HTTP '+r.status);return r.arrayBuffer()});
e.bytes.catch(function(){});
window.__duckdbEarly=e;
}catch(x){}})();`;
  return `<script>${body}</script>`;
}

/** A page path of a build asset (as `?url` gives it) relative to `assets` (SvelteKit's). */
export function assetPath(assets: string, url: string): string {
  const at = url.indexOf('_app/');
  return at < 0 ? url : `${assets}/${url.slice(at)}`;
}

/**
 * The head script of an explore page: the eh engine (the one a browser with wasm exceptions
 * loads), its worker and the browser database at `dataset`. `assets` is SvelteKit's (relative to
 * the page during prerender).
 */
export function earlyEngineHead(assets: string, dataset: string): string {
  return earlyEngineScript({
    wasm: assetPath(assets, ehWasm),
    worker: assetPath(assets, ehWorker),
    dataset,
  });
}

/**
 * Take over the early engine if it is the one wanted (same engine and database URLs); once only.
 * Resolves `compiled` when the worker has compiled the engine.
 */
export function adoptEarlyEngine(
  wasm: string,
  dataset: string,
): { worker: Worker; compiled: Promise<void>; bytes: Promise<ArrayBuffer> } | null {
  const g = globalThis as { __duckdbEarly?: EarlyEngine };
  const e = g.__duckdbEarly;
  if (!e || e.wasm !== wasm || e.dataset !== dataset) return null;
  delete g.__duckdbEarly;
  const compiled = new Promise<void>((resolve, reject) => {
    const settle = () =>
      e.state === 'ok'
        ? resolve()
        : reject(new Error(`DuckDB could not start: ${e.error ?? 'unknown error'}`));
    if (e.state === 'pending') e.waiters.push(settle);
    else settle();
  });
  return { worker: e.instance, compiled, bytes: e.bytes };
}
