// What the service worker keeps and how it answers each request (src/lib/layout/offline.ts).
import { describe, expect, it } from 'vitest';
import {
  OFFLINE_PAGES,
  cacheNames,
  localeOfPath,
  pageKey,
  precacheList,
  requestKind,
  statusPage,
} from '../../../src/lib/layout/offline.ts';
import { isLoadFailure } from '../../../src/lib/layout/service-worker-client.ts';

const base = '/x';
const lists = {
  base,
  version: '123',
  build: [
    '/x/_app/immutable/entry/start.abc.js',
    '/x/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm',
    '/x/_app/immutable/assets/duckdb-mvp.BP0pRkMH.wasm',
    '/x/_app/immutable/assets/duckdb-browser-eh.worker.hQa.js',
    '/x/_app/immutable/assets/duckdb-browser-mvp.worker.C9h.js',
    '/x/_app/immutable/workers/import.worker-Bw_e85RR.js',
    '/x/_app/immutable/assets/be-vietnam-pro-vietnamese-400-normal.abc.woff2',
    '/x/_app/immutable/assets/be-vietnam-pro-vietnamese-400-normal.abc.woff',
  ],
  files: [
    '/x/favicon.svg',
    '/x/data/gender.duckdb',
    '/x/data/indicators.csv',
    '/x/data/sources.csv',
    '/x/data/actuals.csv',
    '/x/data/actuals.parquet',
    '/x/data/geo/vn63_provinces_pre2025_geoboundaries.topojson',
    '/x/data/geo/LICENSE-vpd.txt',
    '/x/data/indicators/sex_ratio_at_birth.csv',
  ],
};

describe('precache list', () => {
  const { immutable, shell } = precacheList(lists);

  it('keeps the code and the engine a browser loads, never the mvp engine or .woff fonts', () => {
    expect(immutable).toEqual([
      '/x/_app/immutable/entry/start.abc.js',
      '/x/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm',
      '/x/_app/immutable/assets/duckdb-browser-eh.worker.hQa.js',
      '/x/_app/immutable/workers/import.worker-Bw_e85RR.js',
      '/x/_app/immutable/assets/be-vietnam-pro-vietnamese-400-normal.abc.woff2',
    ]);
  });

  it('keeps the data explore and import fetch, not the downloads', () => {
    const files = shell.filter(
      (u) => !u.endsWith('/') && !u.endsWith('.json') && !u.endsWith('.html'),
    );
    expect(files).toEqual([
      '/x/favicon.svg',
      '/x/data/gender.duckdb',
      '/x/data/indicators.csv',
      '/x/data/sources.csv',
      '/x/data/geo/vn63_provinces_pre2025_geoboundaries.topojson',
    ]);
  });

  it('keeps the navigation pages and import in both languages with their data, and the status pages', () => {
    for (const path of OFFLINE_PAGES)
      for (const prefix of ['/x', '/x/en']) {
        expect(shell).toContain(`${prefix}${path}`);
        expect(shell).toContain(`${prefix}${path}__data.json`);
      }
    expect(shell).toContain('/x/import/');
    expect(shell).toEqual(
      expect.arrayContaining([
        '/x/offline.html',
        '/x/en/offline.html',
        '/x/404.html',
        '/x/en/404.html',
      ]),
    );
    expect(statusPage('', 'en', 'offline')).toBe('/en/offline.html');
  });

  it('names caches by base path and version: two builds on one host never touch each other’s', () => {
    const x = cacheNames('/x', '1');
    const y = cacheNames('/y', '1');
    expect(x.shell).not.toBe(y.shell);
    expect(x.immutable.startsWith(x.prefix)).toBe(true);
    expect(y.immutable.startsWith(x.prefix)).toBe(false);
    expect(cacheNames('/x', '2').shell).not.toBe(x.shell);
    expect(cacheNames('/x', '2').immutable).toBe(x.immutable); // hashed files outlast versions
  });
});

describe('request kinds', () => {
  const origin = 'http://127.0.0.1:4173';
  const req = (url: string, init: { method?: string; mode?: string; range?: string } = {}) => ({
    url: new URL(url, origin).href,
    method: init.method ?? 'GET',
    mode: init.mode ?? 'cors',
    headers: { get: (n: string) => (n === 'range' ? (init.range ?? null) : null) },
  });
  const kind = (url: string, init?: Parameters<typeof req>[1]) =>
    requestKind(req(url, init), origin, base);

  it('answers pages, their data, the app’s files and the site’s files', () => {
    expect(kind('/x/provinces/63-56/', { mode: 'navigate' })).toBe('page');
    expect(kind('/x/en/explore/?v=3&i=a', { mode: 'navigate' })).toBe('page');
    expect(kind('/x/provinces/__data.json?x-sveltekit-invalidated=01')).toBe('page-data');
    expect(kind('/x/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm')).toBe('immutable');
    expect(kind('/x/data/gender.duckdb')).toBe('file');
    expect(kind('/x/_app/version.json')).toBe('file');
  });

  it('leaves alone what it must not answer: other hosts, outside the base, writes, byte ranges', () => {
    expect(kind('https://example.org/x/data/gender.duckdb')).toBe('pass');
    expect(kind('/y/data/gender.duckdb')).toBe('pass');
    expect(kind('/xy/data/gender.duckdb')).toBe('pass');
    expect(kind('/x/data/gender.duckdb', { method: 'POST' })).toBe('pass');
    expect(kind('/x/data/gender.duckdb', { range: 'bytes=0-99' })).toBe('pass');
  });

  it('keeps a page under its path alone: any query, index.html or doubled slashes', () => {
    const key = `${origin}/x/explore/`;
    expect(pageKey(`${origin}/x/explore/?v=3&i=a`)).toBe(key);
    expect(pageKey(`${origin}/x/explore/index.html`)).toBe(key);
    expect(pageKey(`${origin}/x//explore//?a=1#top`)).toBe(key);
    expect(pageKey(`${origin}/x/about/__data.json?x-sveltekit-trailing-slash=1`)).toBe(
      `${origin}/x/about/__data.json`,
    );
  });

  it('reads the locale from the path under the base', () => {
    expect(localeOfPath('/x/en/provinces/', '/x')).toBe('en');
    expect(localeOfPath('/x/en', '/x')).toBe('en');
    expect(localeOfPath('/x/english/', '/x')).toBe('vi');
    expect(localeOfPath('/en/', '')).toBe('en');
    expect(localeOfPath('/x/provinces/', '/x')).toBe('vi');
  });
});

describe('load failures', () => {
  it('recognises a part of the page that could not be fetched, in each browser’s words', () => {
    expect(
      isLoadFailure(new TypeError('Failed to fetch dynamically imported module: http://h/a.js')),
    ).toBe(true);
    expect(isLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isLoadFailure(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isLoadFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(isLoadFailure(new TypeError('NetworkError when attempting to fetch resource.'))).toBe(
      true,
    );
    expect(isLoadFailure(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isLoadFailure(undefined)).toBe(false);
  });
});
