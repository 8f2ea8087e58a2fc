// The site offline once visited: a first visit online lets the service worker precache the site
// in the background (after the page is idle); with the network cut, the navigation's pages, the
// pages visited, explore (trend, ranking, map, table) and an upload on the import page work, and
// whatever is not saved says so in the page's language: never a blank view, never SvelteKit's
// bare 500, never the browser's offline page. Nothing reaches the server while offline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
before(async () => {
  // Unrouted: with Playwright's request routing the HTTP cache is off, and whether the precache
  // takes the engine from it (instead of downloading it again) is part of what is measured.
  session = await openSession({ interceptOutside: false });
});
after(async () => {
  await session.context.setOffline(false);
  await session.close();
});

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const hydrated = (page: Page) => page.locator('body[data-hydrated="true"]').waitFor();

/** Wait until the worker controls the page (its install, the precache, is then complete). */
async function offlineReady(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 180_000,
  });
}

let servedBeforeOffline = 0;

test('first visit online: the worker registers after the page is idle and precaches in the background', async (t) => {
  const page = await session.newPage();
  const response = await page.goto(siteUrl(session, '/'));
  assert.equal(response?.status(), 200);
  await hydrated(page);
  await offlineReady(page);
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const mark = performance.getEntriesByName('service-worker:register')[0];
    return {
      register: mark?.startTime ?? -1,
      loadEnd: nav.loadEventEnd,
      registeredAt: performance.timeOrigin + (mark?.startTime ?? 0),
    };
  });
  assert.ok(timing.register >= timing.loadEnd, 'registered after the load event, at idle');
  const caches = await page.evaluate(async () => {
    const out: { name: string; entries: number; bytes: number }[] = [];
    for (const name of await self.caches.keys()) {
      const cache = await self.caches.open(name);
      let bytes = 0;
      const keys = await cache.keys();
      for (const request of keys)
        bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
      out.push({ name, entries: keys.length, bytes });
    }
    return out;
  });
  const names = caches.map((c) => c.name).join(', ');
  assert.ok(
    caches.some((c) => c.name.includes(':/x:immutable')),
    `caches named by base: ${names}`,
  );
  const engines = session.served.filter((s) => s.path.endsWith('.wasm'));
  assert.equal(engines.length, 1, `the engine is downloaded once: ${JSON.stringify(engines)}`);
  assert.ok(!engines[0]!.path.includes('mvp'), 'never the mvp engine');
  const sum = (list: typeof session.served) => list.reduce((n, s) => n + s.bytes, 0);
  const before = session.served.filter((s) => s.at < timing.registeredAt);
  const precache = session.served.filter((s) => s.at >= timing.registeredAt);
  t.diagnostic(
    `first visit: the page and its warm start sent ${kB(sum(before))} (${before.length} responses), then the precache ${kB(sum(precache))} (${precache.length}); caches: ${caches
      .map((c) => `${c.name} ${c.entries} files ${kB(c.bytes)} decoded`)
      .join('; ')}`,
  );
  await page.close();
});

test('pages visited online are kept: an indicator page, a province annual page, explore, import', async () => {
  const page = await session.newPage();
  for (const path of [
    '/indicators/sex_ratio_at_birth/',
    '/provinces/63-56/2024/',
    '/en/provinces/63-56/2024/',
    '/explore/?v=3&i=sex_ratio_at_birth&a=VN,63-56',
  ]) {
    await page.goto(siteUrl(session, path));
    await hydrated(page);
  }
  await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
  await page.close();
  servedBeforeOffline = session.served.length;
  await session.context.setOffline(true);
});

test('offline: full loads of saved pages, in both languages, with a plain banner', async () => {
  const page = await session.newPage();
  for (const [path, heading] of [
    ['/', /./],
    ['/indicators/sex_ratio_at_birth/', /Tỷ số giới tính khi sinh/],
    ['/provinces/63-56/2024/', /Khánh Hòa/],
    ['/en/provinces/63-56/2024/', /Khanh Hoa/],
    ['/en/about/', /./],
  ] as const) {
    const response = await page.goto(siteUrl(session, path));
    assert.equal(response?.status(), 200, path);
    assert.match(await page.locator('h1').first().innerText(), heading, path);
    await hydrated(page);
    const banner = page.getByTestId('offline-banner');
    await banner.waitFor();
    assert.equal(await banner.getAttribute('data-saved'), 'true', path);
    assert.match(
      await banner.innerText(),
      path.startsWith('/en/')
        ? /You are offline\. Pages saved/
        : /Bạn đang ngoại tuyến\. Các trang đã lưu/,
    );
    // The charts of the home, indicator and annual pages are in their HTML: drawn offline.
    if (!path.includes('about'))
      assert.ok((await page.locator('svg[data-chart]').count()) > 0, path);
  }
  await page.close();
});

test('offline: header links work (client-side, from the cache), no SvelteKit 500', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/'));
  await hydrated(page);
  for (const link of ['indicators/', 'provinces/', 'years/', 'data/', 'about/']) {
    await page.locator(`header nav a[href$="${link}"]`).first().click();
    await page.waitForURL(new RegExp(`/x/${link}$`));
    assert.equal(await page.getByTestId('error-page').count(), 0, link);
    assert.doesNotMatch(await page.locator('body').innerText(), /Internal Error/, link);
  }
  await page.close();
});

test('offline: a page never opened says so plainly, on a full load and from a link', async () => {
  const page = await session.newPage();
  const full = await page.goto(siteUrl(session, '/provinces/63-01/2024/'));
  assert.equal(full?.status(), 503);
  assert.equal(await page.locator('h1').innerText(), 'Bạn đang ngoại tuyến');
  assert.match(await page.getByTestId('offline-message').innerText(), /chưa được lưu trên máy này/);
  assert.ok(await page.locator('link[rel="stylesheet"]').count(), 'styled: absolute asset URLs');
  assert.equal(
    await page.evaluate(() =>
      getComputedStyle(document.body).fontFamily.includes('Be Vietnam Pro'),
    ),
    true,
    'the site’s stylesheet applied',
  );
  const en = await page.goto(siteUrl(session, '/en/provinces/63-01/'));
  assert.equal(en?.status(), 503);
  assert.equal(await page.locator('h1').innerText(), 'You are offline');
  // From a link: SvelteKit asks for the page's data; the worker answers "offline".
  await page.goto(siteUrl(session, '/en/provinces/'));
  await hydrated(page);
  await page.locator('main a[href$="provinces/63-01/"]').first().click();
  await page.getByTestId('error-page').waitFor();
  assert.equal(await page.getByTestId('error-page').getAttribute('data-status'), '503');
  assert.equal(await page.locator('main h1').innerText(), 'You are offline');
  assert.doesNotMatch(await page.locator('body').innerText(), /Internal Error/);
  await page.close();
});

test('offline: explore draws trend, ranking, map and table from the kept engine and data', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/explore/?v=3&i=sex_ratio_at_birth&a=VN,63-56'));
  await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('result-count').waitFor();
  assert.ok((await page.locator('svg[data-chart] .points g[role="img"]').count()) > 0, 'trend');
  for (const view of ['ranking', 'map', 'table'] as const) {
    await page.goto(siteUrl(session, `/explore/?v=3&i=sex_ratio_at_birth&a=63-56&view=${view}`));
    await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
    if (view === 'ranking') await page.locator('svg[data-chart]').first().waitFor();
    if (view === 'map') await page.locator('svg[data-map] path').first().waitFor();
    if (view === 'table') await page.locator('main table tbody tr').first().waitFor();
    assert.equal(await page.getByTestId('part-needs-network').count(), 0, view);
  }
  await page.close();
});

test('offline: a CSV upload on the import page is read, checked and compared', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=63-56'));
  await hydrated(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('template-csv').click(),
  ]);
  const template = readFileSync((await file.path())!, 'utf8');
  const filled = template.replace(/^(sex_ratio_at_birth,.*),\d{4},\r$/m, '$1,2024,"111,9"\r');
  assert.notEqual(filled, template);
  await page.getByTestId('import-file').setInputFiles({
    name: 'khanh-hoa-2024.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(filled, 'utf8'),
  });
  await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
  assert.match(await page.getByTestId('import-summary').innerText(), /Nhận 1 giá trị/);
  await page.getByTestId('comparison').waitFor({ timeout: 60_000 });
  await page.close();
});

test('nothing reached the server while offline, and no page error', async () => {
  // Chromium's offline emulation does not cover the browser's own check for a newer worker
  // script (made on navigation, outside any page): that one request is not the site's.
  assert.deepEqual(
    session.served.slice(servedBeforeOffline).filter((s) => s.path !== '/x/service-worker.js'),
    [],
  );
  await session.context.setOffline(false);
  const errors = session.errors.filter(
    // The browser logs each refused fetch of an offline page itself.
    (e) => !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e),
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(session.external, []);
});

test('not saved yet: a part fetched on demand says it needs the network, never a blank view', async () => {
  const fresh = await openSession();
  try {
    const page = await fresh.newPage();
    // No worker, no idle-time preloading: the ranking's code is fetched only when shown.
    await page.addInitScript(() => {
      (window as { requestIdleCallback?: unknown }).requestIdleCallback = undefined;
    });
    await page.route('**/service-worker.js', (route) => route.abort());
    await page.goto(siteUrl(fresh, '/en/explore/?v=3&i=sex_ratio_at_birth&a=63-56'));
    await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
    await page.route('**/_app/immutable/**', (route) => route.abort('internetdisconnected'));
    await fresh.context.setOffline(true);
    await page.getByTestId('offline-banner').waitFor();
    assert.match(
      await page.getByTestId('offline-banner').innerText(),
      /has not finished saving for offline use/,
    );
    await page.locator('input[name="view"][value="ranking"]').check();
    const message = page.getByTestId('part-needs-network').first();
    await message.waitFor();
    assert.match(await message.innerText(), /needs the network/);
    await fresh.context.setOffline(false);
  } finally {
    await fresh.close();
  }
});
