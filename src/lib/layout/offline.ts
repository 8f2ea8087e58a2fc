// What the service worker (src/service-worker.ts) keeps for offline use and how it answers each
// request: pure rules, unit-tested; the worker only applies them.
//
// Kept on install (in the background, once a page is idle): the app's code (every content-hashed
// file of the build but DuckDB's mvp bundle, which a browser with wasm exceptions never loads, and
// the .woff fonts a woff2 browser never loads), the query engine, the browser database and the
// data files explore and import fetch, the navigation bar's pages and import in both languages with their data
// (for client-side navigation), and the offline and not-found pages. Kept as they are visited:
// every other page and its data. Content-hashed files live in a cache that outlasts versions
// (pruned to the current build on update, so an unchanged engine is not downloaded again); the
// rest in caches named by the build's version, deleted when a new version takes over.
import type { Locale } from '../domain/types.ts';

export interface BuildLists {
  /** The site's base path ('' or '/x'). */
  base: string;
  /** SvelteKit's `build`: the app's files under `${base}/_app/`. */
  build: readonly string[];
  /** SvelteKit's `files`: the static files (`static/`, with the data written by `npm run data`). */
  files: readonly string[];
  version: string;
}

/** The navigation bar's pages and import (site paths), kept in both languages. */
export const OFFLINE_PAGES = [
  '/',
  '/indicators/',
  '/provinces/',
  '/years/',
  '/explore/',
  '/import/',
  '/compile/',
  '/data/',
  '/about/',
] as const;

/** Engine files no browser that runs a service worker loads: DuckDB's mvp and coi bundles. */
const NEVER_LOADED = /duckdb-(browser-)?(mvp|coi)[.-]|\.woff$/;

/** Static files explore, import and the exports fetch (the downloads stay on the network). */
const DATA_FILES =
  /^\/(favicon\.svg|data\/gender\.duckdb|data\/(indicators|sources)\.csv|data\/geo\/[^/]+\.topojson)$/;

export function cacheNames(base: string, version: string) {
  // Named by the base path too: two builds on one host (/x and /y) never share or delete caches.
  const prefix = `gender-dashboard:${base || '/'}:`;
  return {
    prefix,
    immutable: `${prefix}immutable`,
    shell: `${prefix}shell:${version}`,
    pages: `${prefix}pages:${version}`,
  };
}

/** The status pages' files (scripts/status-pages.js writes them), per locale. */
export function statusPage(base: string, locale: Locale, kind: 'offline' | '404'): string {
  return `${base}${locale === 'en' ? '/en' : ''}/${kind}.html`;
}

/** A page's data file, as SvelteKit's client fetches it on a client-side navigation. */
export const dataFileOf = (pagePath: string) => `${pagePath}__data.json`;

/** What to fetch on install: content-hashed files, and the rest of the version's shell. */
export function precacheList(lists: BuildLists): { immutable: string[]; shell: string[] } {
  const { base } = lists;
  const immutable = lists.build.filter((f) => !NEVER_LOADED.test(f));
  const files = lists.files.filter((f) => DATA_FILES.test(f.slice(base.length)));
  const pages = (['vi', 'en'] as const).flatMap((locale) =>
    OFFLINE_PAGES.flatMap((path) => {
      const page = `${base}${locale === 'en' ? '/en' : ''}${path}`;
      return [page, dataFileOf(page)];
    }),
  );
  const status = (['vi', 'en'] as const).flatMap((locale) => [
    statusPage(base, locale, 'offline'),
    statusPage(base, locale, '404'),
  ]);
  return { immutable, shell: [...files, ...pages, ...status] };
}

export type RequestKind =
  /** A content-hashed app file: from the cache, else the network (and kept). */
  | 'immutable'
  /** A page (a navigation): the network first (kept), else the kept copy, else the offline page. */
  | 'page'
  /** A page's data for client-side navigation: like a page, else a plain "offline" error. */
  | 'page-data'
  /** Another file of the site: the network first, else a kept copy. */
  | 'file'
  /** Not the worker's business (another origin, outside the base, not a GET, a Range request). */
  | 'pass';

export interface RequestLike {
  url: string;
  method: string;
  mode: string;
  headers: { get(name: string): string | null };
}

export function requestKind(request: RequestLike, origin: string, base: string): RequestKind {
  if (request.method !== 'GET') return 'pass';
  // The Cache API cannot answer a byte range: such requests always go to the network.
  if (request.headers.get('range')) return 'pass';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'pass';
  const path = url.pathname;
  if (path !== base && !path.startsWith(`${base}/`)) return 'pass';
  if (request.mode === 'navigate') return 'page';
  if (path.endsWith('/__data.json')) return 'page-data';
  if (path.startsWith(`${base}/_app/immutable/`)) return 'immutable';
  return 'file';
}

/**
 * The key a page or its data is kept under: the path alone (a prerendered page is the same for
 * every query; explore reads its state from the query in the browser), doubled slashes collapsed,
 * `index.html` dropped.
 */
export function pageKey(url: string): string {
  const u = new URL(url);
  let path = u.pathname.replace(/\/{2,}/g, '/');
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  return `${u.origin}${path}`;
}

/** The locale of a site path under `base` (English under /en/). */
export function localeOfPath(pathname: string, base: string): Locale {
  const path = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return /^\/en(\/|$)/.test(path) ? 'en' : 'vi';
}

/** The body of the answer to a page's data request that is neither online nor kept. */
export const OFFLINE_DATA_MESSAGE = 'offline';
