// The end-to-end path of the foundation: a prerendered chart with no .wasm before the page is
// idle, the DuckDB-WASM query path, and explore answering from the engine a site page warmed at
// idle; on the built site served under a sub-path with the outside network blocked.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  axe,
  openDataTable,
  openSession,
  siteUrl,
  wasmBeforeIdle,
  type Session,
} from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
});

test('home page: chart prerendered in the HTML, no .wasm before idle, Vietnamese by default', async () => {
  const page = await session.newPage();
  const start = session.requestLog.length;
  const response = await page.goto(siteUrl(session, '/'));
  assert.equal(response?.status(), 200);
  const html = await response!.text();
  assert.match(html, /<svg[^>]*data-chart/, 'the chart SVG is in the prerendered HTML');
  assert.match(html, /<html lang="vi"/);
  await page.waitForLoadState('networkidle');
  const points = await page.locator('svg[data-chart] .points g[role="img"]').count();
  const rows = await page.locator('[data-testid="trend-table"] tbody tr').count();
  assert.ok(points > 0, 'points drawn');
  assert.equal(points, rows, 'one table row per plotted value');
  const idle = await wasmBeforeIdle(session, page, start);
  assert.deepEqual(idle.early, [], 'no .wasm before the page is idle');
  assert.ok(idle.afterLoad, 'the warm start waits for the load event');
  // Vietnamese number format in the table (decimal comma).
  const firstValue =
    (await page.locator('[data-testid="trend-table"] tbody td.num').first().textContent()) ?? '';
  assert.match(firstValue, /^\d+(,\d+)?$/);
  await page.close();
});

test('English page has lang="en"; the language switch keeps the page and the sub-path', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/en/'));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok(await page.getByRole('link', { name: 'Explore' }).first().isVisible());
  await page.goto(siteUrl(session, '/en/about/'));
  await page.locator('a.lang-switch').click();
  await page.waitForURL(/\/x\/about\/$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await page.close();
});

test('explore: DuckDB-WASM loads on demand and redraws from a browser query', async () => {
  const page = await session.newPage();
  const start = session.requested.length;
  await page.goto(siteUrl(session, '/explore/'));
  await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
  const wasm = session.requested.slice(start).filter((u) => u.endsWith('.wasm'));
  assert.equal(wasm.length, 1, 'exactly one wasm bundle fetched');
  assert.ok(wasm[0]!.includes('/x/'), 'wasm served from under the sub-path');
  await page.getByTestId('result-count').waitFor();
  const before = await page.getByTestId('trend-table').textContent();
  assert.ok((await page.locator('svg[data-chart] .points g[role="img"]').count()) > 0);
  // Switch to TFR and add Khánh Hòa typed without diacritics: the chart redraws from a new query.
  await page.locator('[data-indicator="total_fertility_rate"]').check();
  await page.locator('[data-indicator="sex_ratio_at_birth"]').uncheck();
  await page.getByTestId('area-search').fill('khanh hoa');
  await page.locator('[data-area="63-56"]').click();
  await page.waitForFunction(
    (prev) => document.querySelector('[data-testid="trend-table"]')?.textContent !== prev,
    before,
  );
  assert.match(decodeURIComponent(page.url()), /i=total_fertility_rate/);
  assert.match(decodeURIComponent(page.url()), /a=VN,63-56/);
  const rows = await (await openDataTable(page.locator('figure.trend').first())).count();
  const pointsAfter = await page.locator('svg[data-chart] .points g[role="img"]').count();
  assert.ok(rows > 0);
  assert.equal(pointsAfter, rows);
  const wasmAfter = session.requested.slice(start).filter((u) => u.endsWith('.wasm'));
  assert.equal(wasmAfter.length, 1, 'the engine is created once, not per query');
  await page.close();
});

test('explore reached from a site page answers from the engine the page warmed at idle', async () => {
  const page = await session.newPage();
  const start = session.requested.length;
  await page.goto(siteUrl(session, '/en/indicators/'));
  // The warm start runs once the page is idle; wait for the engine it started.
  await page.waitForFunction(() => performance.getEntriesByName('duckdb:ready').length > 0, null, {
    timeout: 60_000,
  });
  const before = session.requested.slice(start).filter((u) => u.endsWith('.wasm'));
  assert.equal(before.length, 1, 'the warm start fetched the engine once');
  await page.locator('header nav a[href$="explore/"]').first().click();
  await page.waitForURL(/\/en\/explore\/$/);
  await page.getByTestId('result-count').waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('[data-engine="ready"]').count(), 1);
  assert.ok((await page.locator('svg[data-chart] .points g[role="img"]').count()) > 0);
  // Client-side navigation: the same engine answered, nothing was fetched or compiled again.
  const after = session.requested.slice(start).filter((u) => u.endsWith('.wasm'));
  assert.equal(after.length, 1, 'no second engine');
  const starts = await page.evaluate(() => performance.getEntriesByName('duckdb:start').length);
  assert.equal(starts, 1, 'one engine start in this tab');
  await page.close();
});

test('an embed never warm-starts the engine, even once idle', async () => {
  const page = await session.newPage();
  const start = session.requested.length;
  await page.goto(siteUrl(session, '/embed/indicators/sex_ratio_at_birth/'));
  await page.waitForLoadState('networkidle');
  // Two idle periods and a pause: long after a site page would have started its warm start.
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestIdleCallback(() => requestIdleCallback(() => setTimeout(done, 1500))),
      ),
  );
  const wasm = session.requested.slice(start).filter((u) => u.endsWith('.wasm'));
  assert.deepEqual(wasm, []);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('warm-start').length), 0);
  await page.close();
});

test('axe finds nothing serious at 1280 px and at 390 px (WCAG 2.1 A and AA, 2.5.3 included)', async () => {
  const page = await session.newPage();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of [
      '/',
      '/en/',
      '/indicators/sex_ratio_at_birth/',
      '/provinces/63-56/2024/',
      '/en/provinces/34-56/2026/',
      '/years/2024/',
      '/data/',
      '/en/about/',
      '/import/',
      '/explore/?v=3&i=sex_ratio_at_birth&a=VN,63-56&view=table',
      '/provinces/99-99/',
    ]) {
      await page.goto(siteUrl(session, path));
      if (path.startsWith('/explore/'))
        await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
      // Idle: hydrated, and the scrolling boxes have been measured.
      await page.evaluate(
        () => new Promise((done) => requestIdleCallback(() => requestAnimationFrame(done))),
      );
      assert.deepEqual(await axe(page), [], `${path} at ${width} px`);
    }
  }
  // The language switch is named by what it shows (WCAG 2.5.3), then what it does.
  await page.goto(siteUrl(session, '/'));
  assert.equal(
    await page.locator('a.lang-switch').evaluate((a) => a.textContent?.replace(/\s+/g, ' ')),
    'English: Xem trang này bằng tiếng Anh',
  );
  assert.equal(await page.locator('a.lang-switch span[lang="en"]').innerText(), 'English');
  await page.close();
});

test('a table wider than a phone scrolls in a named, focusable region; a narrow one is left alone', async () => {
  const page = await session.newPage();
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(siteUrl(session, '/data/'));
  await page.evaluate(
    () => new Promise((done) => requestIdleCallback(() => requestAnimationFrame(done))),
  );
  const pre = page.getByTestId('script-examples');
  assert.ok(await pre.evaluate((el) => el.scrollWidth > el.clientWidth), 'the code scrolls');
  assert.equal(await pre.getAttribute('tabindex'), '0');
  assert.equal(await pre.getAttribute('role'), 'region');
  assert.equal(await pre.getAttribute('aria-label'), 'Ví dụ mã: cuộn ngang để xem hết');
  // Reachable by keyboard: focused, the arrow key scrolls it.
  await pre.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('pre')!.scrollLeft > 0);
  const regions = page.locator('[data-scroll-region="auto"]');
  assert.ok((await regions.count()) > 0, 'some box scrolls at 390 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scroll-region="auto"]')].every(
      (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
    ),
  );
  await page.close();
});

test('no console errors and no request left localhost', () => {
  // The not-found page checked above answers with its status, which the browser logs.
  const notFound = /status of 404 \(Not Found\) @ \S+\/x\/provinces\/99-99\/$/;
  assert.deepEqual(
    session.errors.filter((e) => !notFound.test(e)),
    [],
  );
  assert.deepEqual(session.external, []);
});
