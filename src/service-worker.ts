/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// The site offline once visited (as Open SDG's optional PWA): what is kept and how each request
// is answered are the rules of src/lib/layout/offline.ts; this file applies them. Registered by
// the site layout once a page is idle (service-worker-client.ts). Requests it does not answer
// (another host, a byte range, not a GET) go to the network untouched.
import { base, build, files, version } from '$service-worker';
import {
  OFFLINE_DATA_MESSAGE,
  cacheNames,
  dataFileOf,
  localeOfPath,
  pageKey,
  precacheList,
  requestKind,
  statusPage,
  type RequestKind,
} from '$lib/layout/offline';
import type { KeepPagesMessage } from '$lib/layout/service-worker-client';

// The worker's own global (a module binding: the page's `self` type does not apply here).
declare const self: ServiceWorkerGlobalScope;

const names = cacheNames(base, version);
const lists = { base, build, files, version };

/** Fetch each URL and keep it; an optional one may fail, a required one fails the install. */
async function keepAll(cache: Cache, urls: string[], optional: (url: string) => boolean) {
  await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        await cache.put(url, response);
      } catch (error) {
        if (!optional(url)) throw error;
      }
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const { immutable, shell } = precacheList(lists);
      // Content-hashed files already kept by an earlier version are not fetched again.
      const hashed = await caches.open(names.immutable);
      const have = new Set((await hashed.keys()).map((r) => r.url));
      const missing = immutable.filter((u) => !have.has(new URL(u, location.href).href));
      await keepAll(hashed, missing, () => false);
      // A page without data of its own has no __data.json: that one may be missing.
      await keepAll(await caches.open(names.shell), shell, (u) => u.endsWith('/__data.json'));
    })(),
  );
});

/** Keep a page and its data (pages open before the worker took over, visited pages). */
async function keepPage(url: string): Promise<void> {
  const u = new URL(url);
  if (u.origin !== location.origin || !(u.pathname === base || u.pathname.startsWith(`${base}/`)))
    return;
  const key = pageKey(url);
  if (await fromCache(key)) return;
  const pages = await caches.open(names.pages);
  await keepAll(pages, [key, dataFileOf(key)], () => true);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Versioned caches of earlier builds go; content-hashed files not in this build go.
      const current = new Set([names.immutable, names.shell, names.pages]);
      for (const key of await caches.keys())
        if (key.startsWith(names.prefix) && !current.has(key)) await caches.delete(key);
      const inBuild = new Set(build.map((u) => new URL(u, location.href).href));
      const hashed = await caches.open(names.immutable);
      for (const request of await hashed.keys())
        if (!inBuild.has(request.url)) await hashed.delete(request);
      // The pages open now become controlled (their lazy code then comes from the cache), and
      // the pages they show are kept.
      await self.clients.claim();
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(open.map((client) => keepPage(client.url).catch(() => undefined)));
    })(),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data as Partial<KeepPagesMessage> | null;
  if (message?.type !== 'keep-pages' || !Array.isArray(message.urls)) return;
  const urls = message.urls.filter((u): u is string => typeof u === 'string').slice(0, 50);
  event.waitUntil(Promise.all(urls.map((u) => keepPage(u).catch(() => undefined))));
});

async function fromCache(key: string | Request): Promise<Response | undefined> {
  // Responses vary by Accept-Encoding, which a page's request never shows: match on the URL.
  return caches.match(key, { ignoreVary: true });
}

/** A kept response under another status (its body is already decoded: no encoding headers). */
function withStatus(response: Response, status: number): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(response.body, { status, headers });
}

async function answer(kind: Exclude<RequestKind, 'pass'>, request: Request): Promise<Response> {
  if (kind === 'immutable') {
    const kept = await fromCache(request);
    if (kept) return kept;
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      void caches.open(names.immutable).then((c) => c.put(request, copy));
    }
    return response;
  }
  const key = kind === 'file' ? request.url : pageKey(request.url);
  try {
    const response = await fetch(request);
    // A page or its data, fresh from the network, is kept for the next offline visit.
    if (response.ok && kind !== 'file') {
      const copy = response.clone();
      void caches.open(names.pages).then((c) => c.put(key, copy));
    }
    return response;
  } catch (error) {
    const kept = await fromCache(key);
    if (kept) return kept;
    const locale = localeOfPath(new URL(request.url).pathname, base);
    if (kind === 'page') {
      const page = await fromCache(statusPage(base, locale, 'offline'));
      if (page) return withStatus(page, 503);
    }
    if (kind === 'page-data')
      // SvelteKit's client shows its error page with this message (src/routes/+error.svelte).
      return new Response(JSON.stringify(OFFLINE_DATA_MESSAGE), {
        status: 503,
        headers: { 'content-type': 'application/json' },
      });
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const kind = requestKind(event.request, location.origin, base);
  if (kind === 'pass') return;
  event.respondWith(answer(kind, event.request));
});
