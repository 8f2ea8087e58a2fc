// Every page type, in both languages: prerendered (no .wasm before the page is idle: the engine
// warm start waits for it), chart and table agree, axe-core finds no serious or critical
// accessibility violation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axe, openSession, siteUrl, wasmBeforeIdle, type Session } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
});

const PAGES = [
  '/',
  '/indicators/',
  '/indicators/sex_ratio_at_birth/',
  '/indicators/total_fertility_rate/',
  '/indicators/literacy_rate_15plus/',
  '/indicators/female_na_deputies_pct/',
  '/provinces/',
  '/provinces/VN/',
  '/provinces/63-56/',
  '/provinces/34-56/',
  '/years/',
  '/years/2024/',
  '/years/2025/',
  '/about/',
  '/data/',
  '/import/',
];

for (const locale of ['vi', 'en'] as const) {
  for (const path of PAGES) {
    const full = locale === 'en' ? `/en${path}` : path;
    test(`${full}: prerendered, lang=${locale}, no .wasm before idle, accessible`, async () => {
      const page = await session.newPage();
      const start = session.requestLog.length;
      const response = await page.goto(siteUrl(session, full));
      assert.equal(response?.status(), 200);
      const html = await response!.text();
      assert.match(html, new RegExp(`<html lang="${locale}"`));
      await page.waitForLoadState('networkidle');
      assert.equal(await page.locator('h1').count(), 1, 'one h1');
      const idle = await wasmBeforeIdle(session, page, start);
      assert.deepEqual(idle.early, [], 'no .wasm before the page is idle');
      assert.ok(idle.afterLoad, 'the warm start waits for the load event');
      // Every trend chart has as many marks as rows in its data table.
      const figures = page.locator('figure.trend');
      for (let i = 0; i < (await figures.count()); i++) {
        const fig = figures.nth(i);
        const marks = await fig.locator('svg[data-chart] .points g[role="img"]').count();
        const rows = await fig.locator('[data-testid="trend-table"] tbody tr').count();
        assert.equal(marks, rows, `chart ${i} marks = table rows`);
      }
      assert.deepEqual(await axe(page), [], 'no serious or critical axe violations');
      await page.close();
    });
  }
}

test('a province page links its merger both ways', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/provinces/63-58/'));
  await page.getByTestId('merged-into').getByRole('link').click();
  await page.waitForURL(/\/provinces\/34-56\/$/);
  const from = await page.getByTestId('merged-from').innerText();
  assert.match(from, /Khánh Hòa/);
  assert.match(from, /Ninh Thuận/);
  assert.match(await page.getByTestId('region').innerText(), /Bắc Trung Bộ và Duyên hải/);
  // A 2025 province formed across two regions names both.
  await page.goto(siteUrl(session, '/en/provinces/34-68/'));
  assert.match(
    await page.getByTestId('region').innerText(),
    /Central Highlands and North Central and Central Coastal Areas/,
  );
  // A province that continues one pre-2025 province is not said to be formed from several.
  await page.goto(siteUrl(session, '/en/provinces/34-01/'));
  assert.match(
    await page.getByTestId('region').innerText(),
    /^Its province before 1 July 2025 was in the Red River Delta region/,
  );
  await page.close();
});

test('the annual report shows national SRB 2024 off track, with its explanation', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/years/2024/'));
  const srb = page.locator('[data-cell="VN|sex_ratio_at_birth"] [data-status="off_track"]');
  assert.ok((await srb.count()) >= 1);
  assert.match(
    (await srb.first().getAttribute('title')) ?? '',
    /111,4 \(2024, điều tra thống kê\)/,
  );
  await page.close();
});

test('no console errors and no request left localhost', () => {
  assert.deepEqual(session.errors, []);
  assert.deepEqual(session.external, []);
});

test('election results join consecutive five-year terms; a yearly series breaks at a missing year', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/indicators/female_na_deputies_pct/'));
  // National results of 2011, 2016, 2021 and 2026: one line through the four terms.
  const line = page.locator('svg[data-chart] path[stroke-linejoin="round"]').first();
  const d = (await line.getAttribute('d')) ?? '';
  assert.equal(d.split('M').length - 1, 1, `one run: ${d}`);
  assert.equal(d.split('L').length - 1, 3, `through four terms: ${d}`);
  await page.close();
});

test('each target shades its own zone while it is in force (SRB ≤ 111 to 2025, ≤ 109 to 2030)', async () => {
  const page = await session.newPage();
  // The home page's national SRB chart draws both targets.
  await page.goto(siteUrl(session, '/'));
  await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
  const zones = await page
    .locator('svg[data-chart]', { has: page.locator('rect[data-zone="..109"]') })
    .first()
    .locator('rect[data-zone]')
    .evaluateAll((rs) =>
      rs
        .filter((r) => !r.getAttribute('fill')?.includes('band'))
        .map((r) => `${r.getAttribute('data-zone')} ${r.getAttribute('data-zone-years')}`),
    );
  assert.deepEqual(zones, ['..111 ..2025', '..109 2025..']);
  await page.close();
});
