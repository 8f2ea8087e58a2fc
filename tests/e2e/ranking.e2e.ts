// Rankings and maps: one vintage each, one row per province, grouped values drawn as groups
// (coloured map, labelled bands), a table alternative with source quality, downloads that match;
// and, on every indicator page, no two series of one chart in the same colour.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { axe, openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
});

const rowsOf = (page: Page, scope = 'body') =>
  page
    .locator(scope)
    .locator('[data-testid="ranking-table"] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-area') ?? ''));

/** The colour each province is filled with, a pattern resolved to its background colour. */
const mapFills = (page: Page) =>
  page.locator('svg[data-map]').evaluate((svg) =>
    [...svg.querySelectorAll('path[data-code]')].map((p) => {
      const fill = p.getAttribute('fill') ?? '';
      const id = fill.match(/^url\(#(.+)\)$/)?.[1];
      const pattern = id ? svg.querySelector(`pattern[id="${CSS.escape(id)}"]`) : null;
      return {
        code: p.getAttribute('data-code')!,
        hatched: !!id && id.endsWith('-hatch'),
        color: pattern ? (pattern.querySelector('rect')?.getAttribute('fill') ?? '') : fill,
        label: p.getAttribute('aria-label') ?? '',
      };
    }),
  );

test('ranking for 2021 NA share lists each province once in the chosen vintage', async () => {
  const page = await session.newPage();
  // Indicator page (prerendered, no query engine): the year picker, the default vintage of 2021.
  await page.goto(siteUrl(session, '/indicators/female_na_deputies_pct/'));
  // A choice made before hydration would be lost (the prerendered select has no handler yet).
  await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
  await page.getByTestId('rank-year').selectOption('2021');
  await page.locator('.ranking-view[data-year="2021"]').waitFor();
  const ids = await rowsOf(page);
  assert.equal(ids.length, 63, 'the 63 provinces of 2021');
  assert.equal(new Set(ids).size, ids.length, 'each province once');
  assert.ok(
    ids.every((id) => id.startsWith('63-')),
    ids.join(','),
  );
  const dots = await page
    .locator('svg[data-chart="ranked"] g.row')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-area')));
  assert.deepEqual(dots, ids, 'chart and table hold the same provinces in the same order');
  assert.match(
    await page.getByTestId('ranking-heading').innerText(),
    /Xếp hạng các tỉnh năm 2021 · 63 tỉnh, thành \(trước 1\/7\/2025\)/,
  );
  // The 34 new units with 2021 values are named in a note, never ranked.
  assert.match(
    await page.getByTestId('other-vintage').innerText(),
    /^34 đơn vị của 34 tỉnh mới cũng có giá trị năm 2021 \(không xếp hạng ở đây\): /,
  );
  // The table alternative: source and its quality in words beside each value.
  await page
    .locator('details.data-table summary', { hasText: 'Xếp hạng các tỉnh năm 2021' })
    .click();
  const quality = await page
    .locator('[data-testid="ranking-table"] td[data-quality]')
    .allInnerTexts();
  assert.equal(quality.length, 63);
  const words = [
    'Công bố chính thức',
    'Báo chí đưa tin số liệu chính thức',
    'Tổng hợp của bên thứ ba',
  ];
  assert.ok(
    quality.every((q) => words.includes(q)),
    quality.join('|'),
  );
  // The download holds exactly the rows ranked, each with its source quality.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-csv-shown').nth(1).click(),
  ]);
  const csv = readFileSync((await file.path())!, 'utf8').slice(1);
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
  assert.deepEqual(
    parsed.map((r) => r.area_id),
    ids,
  );
  // Codes in the *_code column, words beside them, as in every other download.
  assert.ok(
    parsed.every((r) =>
      ['official', 'press_official', 'compilation'].includes(r.source_quality_code!),
    ),
  );
  assert.ok(parsed.every((r) => words.includes(r.loai_nguon!)));
  assert.ok(parsed.every((r) => r.nguon_khac_nhau === 'có' || r.nguon_khac_nhau === 'không'));
  assert.ok(parsed.every((r) => r.nam === '2021' && /^https?:\/\//.test(r.source_url!)));

  // Explore, from the browser query: the same 63 provinces, once each.
  await page.goto(
    siteUrl(session, '/explore/?v=3&i=female_na_deputies_pct&a=VN&view=ranking&y=2021'),
  );
  await page.locator('svg[data-chart="ranked"] g.row').first().waitFor({ timeout: 60_000 });
  const explored = await rowsOf(page);
  assert.equal(explored.length, 63);
  assert.equal(new Set(explored).size, 63);
  assert.ok(explored.every((id) => id.startsWith('63-')));
  assert.deepEqual(await axe(page), [], 'explore ranking: no serious or critical axe violations');
  await page.close();
});

test('switching vintage changes the units', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/en/indicators/female_na_deputies_pct/'));
  // A choice made before hydration would be lost (the prerendered select has no handler yet).
  await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
  await page.getByTestId('rank-year').selectOption('2021');
  await page.locator('.ranking-view[data-vintage="63"]').waitFor();
  const before63 = await rowsOf(page);
  await page.locator('input[data-vintage="34"]').check();
  await page.locator('.ranking-view[data-vintage="34"]').waitFor();
  const after34 = await rowsOf(page);
  assert.ok(before63.length > 0 && after34.length > 0);
  assert.ok(
    after34.every((id) => id.startsWith('34-')),
    after34.join(','),
  );
  assert.equal(new Set(after34).size, after34.length);
  assert.ok(!after34.some((id) => before63.includes(id)), 'no unit of the other vintage');
  assert.match(
    await page.getByTestId('ranking-heading').innerText(),
    /Provinces ranked, 2021 · 34 provinces \(from 1 July 2025\)/,
  );
  assert.match(await page.getByTestId('other-vintage').innerText(), /of the 63 former provinces/);
  // The map follows: 34 shapes now.
  assert.equal(await page.locator('svg[data-map] path[data-code]').count(), 34);
  assert.deepEqual(await axe(page), [], 'indicator page after the switch: axe clean');

  // Explore: the vintage is part of the URL and changes the units the same way.
  await page.goto(
    siteUrl(session, '/explore/?v=3&i=female_na_deputies_pct&a=63-08&view=ranking&y=2021'),
  );
  await page.locator('svg[data-chart="ranked"] g.row').first().waitFor({ timeout: 60_000 });
  assert.ok((await rowsOf(page)).every((id) => id.startsWith('63-')));
  // The chosen province is highlighted in its identity colour.
  const marked = page.locator('svg[data-chart="ranked"] [data-series^="63-08|"]');
  assert.equal(await marked.count(), 1);
  assert.match((await marked.getAttribute('data-series-color'))!, /^#[0-9a-f]{6}$/i);
  await page.locator('input[data-vintage="34"]').check();
  await page.waitForURL(/vt=34/);
  await page.locator('.ranking-view[data-vintage="34"]').waitFor({ timeout: 60_000 });
  const units = await rowsOf(page);
  assert.ok(units.length > 0 && units.every((id) => id.startsWith('34-')), units.join(','));
  // Tuyên Quang (63) is marked by its 2025 successor, and the note says so.
  assert.equal(await page.locator('svg[data-chart="ranked"] [data-series^="34-08|"]').count(), 1);
  assert.match(
    await page.getByTestId('focus-note').innerText(),
    /Tuyên Quang \(63\).*Tuyên Quang \(34\)/,
  );
  await page.close();
});

test('the SRB 2021 map has coloured provinces', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/explore/?v=3&i=sex_ratio_at_birth&a=VN&view=map&y=2021'));
  await page.locator('svg[data-map] path[data-code]').first().waitFor({ timeout: 60_000 });
  const fills = await mapFills(page);
  assert.equal(fills.length, 63);
  assert.deepEqual(
    fills.filter((f) => f.hatched).map((f) => f.code),
    [],
    'no province of a grouped map is “no data”',
  );
  const colours = new Set(fills.map((f) => f.color));
  assert.equal(colours.size, 3, [...colours].join(','));
  assert.ok([...colours].every((c) => /^#[0-9a-f]{6}$/i.test(c)));
  // Each province says its group in words; the legend names each group with its count.
  assert.ok(
    fills.every((f) => /: (trên 112|109–112|dưới 109)$/.test(f.label)),
    fills[0]!.label,
  );
  const legend = await page
    .getByTestId('map-legend')
    .locator('li[data-legend-kind="group"]')
    .allInnerTexts();
  assert.deepEqual(
    legend.map((l) => l.replace(/\s*\(\d+\)$/, '').trim()),
    ['trên 112', '109–112', 'dưới 109'],
  );
  const counted = legend.reduce((n, l) => n + Number(l.match(/\((\d+)\)$/)![1]), 0);
  assert.equal(counted, 63);
  // The table alternative lists the groups, one row per province.
  const rows = await rowsOf(page);
  assert.equal(new Set(rows).size, 63);
  assert.deepEqual(await axe(page), [], 'grouped map: axe clean');

  // The ranking view of the same year: labelled group bands, no value axis.
  await page.locator('label.tab', { hasText: 'Xếp hạng' }).click();
  const bands = page.locator('svg[data-chart="ranked-groups"] g.band');
  await bands.first().waitFor();
  assert.equal(await bands.count(), 3);
  assert.equal(await page.locator('svg[data-chart="ranked-groups"] g.member').count(), 63);
  assert.equal(await page.locator('svg[data-chart="ranked-groups"] .tick').count(), 0);
  assert.match(
    (await page.locator('svg[data-chart="ranked-groups"] .group-label').first().textContent()) ??
      '',
    /^trên 112 · \d+ tỉnh, thành · chưa đạt mục tiêu/,
  );

  // The indicator page (prerendered shapes) draws the same colours for 2021.
  await page.goto(siteUrl(session, '/indicators/sex_ratio_at_birth/'));
  await page.getByTestId('rank-year').selectOption('2021');
  await page.locator('.ranking-view[data-year="2021"] svg[data-map]').waitFor();
  const page2 = await mapFills(page);
  assert.equal(page2.filter((f) => !f.hatched).length, 63);
  assert.equal(new Set(page2.map((f) => f.color)).size, 3);
  await page.close();
});

test('explore ranking and map default to the latest year with data, year and vintage in the heading', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/en/explore/?v=3&i=total_fertility_rate&a=VN&view=ranking'));
  await page.locator('svg[data-chart="ranked"] g.row').first().waitFor({ timeout: 60_000 });
  // TFR has provincial values up to 2025 (the 34 provinces); 2016 was the old default.
  assert.match(
    await page.getByTestId('ranking-heading').innerText(),
    /^Provinces ranked, 2025 · 34 provinces \(from 1 July 2025\)$/,
  );
  await page.locator('label.tab', { hasText: 'Map' }).click();
  await page.locator('svg[data-map] path[data-code]').first().waitFor();
  assert.match(await page.getByTestId('map-heading').innerText(), /^Map, 2025 · 34 provinces/);
  assert.equal(await page.locator('svg[data-map] path[data-code]').count(), 34);
  // The 34 provinces are one Tab stop; the arrow keys walk the map.
  const provinces = page.locator('svg[data-map] [data-mark]');
  assert.equal(await page.locator('svg[data-map] [data-mark][tabindex="0"]').count(), 1);
  await provinces.first().focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('data-code')),
    await provinces.nth(1).getAttribute('data-code'),
  );
  // The table alternative is reachable from the keyboard.
  const summary = page.locator('details.data-table summary', { hasText: 'Data table: Map, 2025' });
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('[data-testid="ranking-table"] tbody tr').count(), 34);
  assert.deepEqual(await axe(page), [], 'numeric map: axe clean');
  await page.close();
});

test('no two series in one chart share a colour, on every indicator page', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/indicators/'));
  const ids = await page
    .locator('main a[href*="indicators/"]')
    .evaluateAll((as) => [
      ...new Set(
        as
          .map((a) => a.getAttribute('href')!.match(/indicators\/([a-z0-9_]+)\/?$/)?.[1])
          .filter((id): id is string => !!id),
      ),
    ]);
  assert.ok(ids.length > 50, `${ids.length} indicators listed`);
  // tsx keeps function names with a helper the page does not have: give it one.
  await page.evaluate('window.__name = (f) => f');
  let charts = 0;
  let multi = 0;
  for (const id of ids) {
    const url = siteUrl(session, `/indicators/${id}/`);
    // The prerendered HTML as served, read with the browser's parser (no script runs).
    const clashes = await page.evaluate(async (u) => {
      const html = await (await fetch(u)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const out: { charts: number; multi: number; clashes: string[] } = {
        charts: 0,
        multi: 0,
        clashes: [],
      };
      for (const svg of doc.querySelectorAll('svg[data-chart], svg[data-map]')) {
        out.charts += 1;
        const byColour = new Map<string, Set<string>>();
        const note = (colour: string | null, series: string) => {
          if (!colour || colour === 'none' || colour === 'white' || colour === '#ffffff') return;
          const c = colour.toLowerCase();
          if (!byColour.has(c)) byColour.set(c, new Set());
          byColour.get(c)!.add(series);
        };
        const series = [...svg.querySelectorAll('[data-series]')];
        if (series.length > 1) out.multi += 1;
        for (const g of series) {
          const key = g.getAttribute('data-series')!;
          note(g.getAttribute('data-series-color'), key);
          for (const el of g.querySelectorAll('[data-series-color]'))
            note(el.getAttribute('data-series-color'), key);
          for (const line of g.querySelectorAll('path[stroke]:not([data-marker])'))
            note(line.getAttribute('stroke'), key);
          for (const marker of g.querySelectorAll('path[data-marker]'))
            note(marker.getAttribute('fill'), key);
        }
        for (const [colour, keys] of byColour)
          if (keys.size > 1)
            out.clashes.push(
              `${svg.querySelector('title')?.textContent}: ${colour} ← ${[...keys].join(' & ')}`,
            );
      }
      return out;
    }, url);
    charts += clashes.charts;
    multi += clashes.multi;
    assert.deepEqual(clashes.clashes, [], `/indicators/${id}/`);
  }
  assert.ok(charts > ids.length, `${charts} charts read`);
  assert.ok(multi > 5, `${multi} charts with several series`);
  await page.close();
});

test('the indicator page keeps its targets: legal references, provisional ones flagged', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/indicators/em_female_wage_employment_pct/'));
  const rows = page.locator('[data-testid="targets-table"] tbody tr');
  assert.ok((await rows.count()) > 0);
  for (const tr of await rows.all()) {
    const cells = await tr.locator('td').allInnerTexts();
    assert.ok(cells[4]!.length > 10, `legal reference: ${cells[4]}`);
    const provisional = (await tr.getAttribute('data-provisional')) === 'true';
    assert.equal(/^Tạm thời:/.test(cells[5]!), provisional, cells.join(' | '));
  }
  assert.ok(
    (await page.locator('[data-testid="targets-table"] tr[data-provisional="true"]').count()) > 0,
    'Bình Dương’s targets from a secondary report are provisional',
  );
  await page.goto(siteUrl(session, '/en/indicators/em_female_wage_employment_pct/'));
  assert.match(
    await page
      .locator('[data-testid="targets-table"] tr[data-provisional="true"]')
      .first()
      .innerText(),
    /Provisional: read from a secondary report/,
  );
  await page.close();
});

test('the indicator page keeps the reader’s year and vintage in its address, and cites it', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/indicators/sex_ratio_at_birth/'));
  await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
  await page.getByTestId('rank-year').selectOption('2021');
  await page.locator('.ranking-view[data-year="2021"]').waitFor();
  await page.waitForURL(/[?&]y=2021/);
  const url = page.url();
  // Every citation on the page cites that address, and the ranking's own title its year.
  const citations = await page.getByTestId('citation').allInnerTexts();
  assert.ok(citations.length >= 3);
  for (const c of citations) assert.ok(c.includes(` ${url} `), c);
  assert.match(citations.at(-1)!, /năm 2021/);
  // Opened from that address, the page shows the same year and vintage.
  const again = await session.newPage();
  await again.goto(url);
  await again.locator('body[data-hydrated]').waitFor({ state: 'attached' });
  await again.locator('.ranking-view[data-year="2021"][data-vintage="63"]').waitFor();
  assert.match(await again.getByTestId('map-heading').innerText(), /2021 · 63 tỉnh/);
  // A hostile address is ignored, never shown or queried.
  await again.goto(siteUrl(session, '/indicators/sex_ratio_at_birth/?y=<b>1999&vt=99&c=x'));
  await again.locator('body[data-hydrated]').waitFor({ state: 'attached' });
  assert.doesNotMatch(await again.locator('main').innerText(), /<b>/);
  assert.notEqual(await again.locator('.ranking-view').first().getAttribute('data-year'), '1999');
  await again.close();
  await page.close();
});

test('no console errors and no request left localhost', () => {
  assert.deepEqual(session.errors, []);
  assert.deepEqual(session.external, []);
});
