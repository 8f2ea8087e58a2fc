// The earliest engine start, for the explore pages: a few lines inlined in the page's <head> start
// the DuckDB worker, tell it to fetch and compile the engine, and start the browser database's
// download, while the HTML is still being parsed and long before the app's code has loaded.
// wasm-client.ts then adopts that worker (and those bytes) instead of starting its own. Anything
// unexpected (no wasm exceptions, other URLs, a failure) and the normal start takes over.
// The script's body is a constant (early-engine-script.js), allowed by its hash in the
// Content-Security-Policy; the URLs ride on its element's attributes.
//
// The message is the one AsyncDuckDB.instantiate() sends (worker protocol of the pinned
// duckdb-wasm 1.32.0): {messageId, type: 'INSTANTIATE', data: [module URL, pthread URL]}, answered
// with requestId = messageId and type 'OK' or 'ERROR'.

import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

import { EARLY_ENGINE_SCRIPT, EARLY_REQUEST, EH_PROBE } from './early-engine-script.js';

export { EARLY_REQUEST, EH_PROBE };

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

const attribute = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The inline <script> for a page's head: the constant body (allowed by its hash in the
 * Content-Security-Policy), the URLs as escaped attributes. URLs may be relative to the page
 * (they are resolved against it); they are build asset paths.
 */
export function earlyEngineScript(urls: { wasm: string; worker: string; dataset: string }): string {
  return `<script data-wasm="${attribute(urls.wasm)}" data-worker="${attribute(urls.worker)}" data-dataset="${attribute(urls.dataset)}">${EARLY_ENGINE_SCRIPT}</script>`;
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
