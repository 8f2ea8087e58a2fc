// The annual report of one area for one year, as a leader takes it into a meeting: pages for a
// pre-2025 and a post-merger province in both languages, the path drawn wherever a verdict was
// judged against one, predecessors labelled, the reason of a non-verdict on its badge, A4 print
// with the URL in the footer, and a phone width without sideways scrolling or tiny chart text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axe, BASE_PATH, openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await session.newPage();
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(siteUrl(session, path));
  assert.equal(response?.status(), 200, path);
  return page;
}

for (const [path, lang] of [
  ['/provinces/63-56/2024/', 'vi'],
  ['/en/provinces/63-56/2024/', 'en'],
  ['/provinces/34-56/2025/', 'vi'],
  ['/en/provinces/34-56/2025/', 'en'],
] as const) {
  test(`${path}: one report, charts and their tables, accessible`, async () => {
    const page = await open(path);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    const rows = page.getByTestId('report-row');
    assert.ok((await rows.count()) >= 1, 'at least one target with values');
    assert.ok((await rows.locator('svg[data-chart]').count()) >= 1, 'each such row has a chart');
    assert.ok((await page.getByTestId('trend-table').count()) >= 1, 'and its data table');
    assert.ok(
      (await page.getByTestId('empty-targets').count()) >= 1,
      'targets without data listed',
    );
    const summary = page.locator('section[aria-labelledby="summary-h"]');
    assert.equal(await summary.getByTestId('verdict-summary').count(), 1);
    assert.match(await summary.innerText(), lang === 'vi' ? /Chưa có số liệu/ : /No data/);
    assert.deepEqual(await axe(page), []);
    await page.close();
  });
}

test("English pages name a plan's lead agencies in English, the plan's Vietnamese beside them", async () => {
  const page = await open('/en/provinces/63-56/2024/');
  const agencies = await page
    .getByTestId('lead-agency')
    .evaluateAll((els) =>
      els.map((e) => ({ lang: e.getAttribute('lang'), text: e.textContent ?? '' })),
    );
  assert.ok(agencies.length > 10, `${agencies.length} agencies`);
  // Khánh Hòa's plan names its own agencies (Vietnamese only); every one is glossed.
  assert.deepEqual(
    agencies.filter((a) => a.lang !== 'en'),
    [],
  );
  const agencyLine = page.locator('.agency', { hasText: 'Department of Education and Training' });
  assert.match(
    await agencyLine.first().innerText(),
    /Department of Education and Training \(Sở Giáo dục và Đào tạo\)/,
  );
  await page.close();
});

test('each chart is one Tab stop; the arrow keys, Home and End move between its values', async () => {
  const page = await open('/provinces/63-56/2024/');
  // The context section's charts have several values each.
  const charts = page.locator('svg[data-chart]');
  const counts = await charts.evaluateAll((svgs) =>
    svgs.map((svg) => svg.querySelectorAll('[data-mark]').length),
  );
  const chart = charts.nth(counts.findIndex((c) => c >= 3));
  const marks = chart.locator('[data-mark]');
  const n = await marks.count();
  assert.ok(n >= 3, `${n} marks`);
  const tabbable = await marks.evaluateAll(
    (ms) => ms.filter((m) => m.getAttribute('tabindex') === '0').length,
  );
  assert.equal(tabbable, 1, 'one mark of the chart is in the Tab order');
  const focused = () =>
    page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const label = (i: number) => marks.nth(i).getAttribute('aria-label');
  await marks.first().focus();
  assert.equal(await focused(), await label(0));
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), await label(1));
  await page.keyboard.press('End');
  assert.equal(await focused(), await label(n - 1));
  await page.keyboard.press('Home');
  assert.equal(await focused(), await label(0));
  // Tab leaves the chart: the next focus is outside it.
  await page.keyboard.press('Tab');
  assert.equal(await chart.evaluate((svg) => svg.contains(document.activeElement)), false);
  await page.close();
});

test('a pre-2025 province links forward to its successor from 2025 on', async () => {
  const page = await open('/provinces/63-56/2024/');
  const links = page.getByTestId('successor-link').locator('a');
  assert.deepEqual(
    // The resolved path: prerendered hrefs are relative ("../../../provinces/…").
    await links.evaluateAll((as) =>
      as.map((a) => (a as HTMLAnchorElement).pathname.replace(/^.*?\/x(?=\/)/, '')),
    ),
    ['/provinces/34-56/2025/', '/provinces/34-56/2026/'],
  );
  await page.close();
});

test('a merged province draws its predecessors’ series, labelled, and their own targets apart', async () => {
  const page = await open('/provinces/34-56/2025/');
  const legend = await page.locator('.legend-box').innerText();
  assert.match(legend, /Khánh Hòa \(63\)/);
  assert.match(legend, /Ninh Thuận \(63\)/);
  // Predecessors are told apart without colour (printed in black and white): each its own dash
  // and marker pip, and each line named where it ends; never summed.
  const looks = await page
    .locator('[data-testid="report-row"] g[data-series^="63-"]')
    .evaluateAll((gs) =>
      gs.map((g) => ({
        area: g.getAttribute('data-series')!.split('|')[0],
        dash: g.querySelector('path[stroke-linejoin]')?.getAttribute('stroke-dasharray') ?? null,
        pip: g.querySelector('[data-pip]')?.getAttribute('data-pip') ?? 'none',
      })),
    );
  const byArea = new Map(looks.map((l) => [l.area, `${l.dash}|${l.pip}`]));
  assert.deepEqual([...byArea.keys()].sort(), ['63-56', '63-58']);
  assert.equal(new Set(byArea.values()).size, 2, JSON.stringify(looks));
  const named = await page.locator('[data-testid="report-row"] [data-end-label]').allTextContents();
  assert.ok(named.includes('Khánh Hòa (63)') && named.includes('Ninh Thuận (63)'), named.join());
  const own = page.getByTestId('predecessor-targets');
  assert.match(await own.innerText(), /Kế hoạch của Khánh Hòa \(63\)/);
  assert.ok((await page.getByTestId('predecessor-links').locator('a').count()) === 2);
  await page.close();
});

test('the path is drawn wherever a verdict was judged against one', async () => {
  let judged = 0;
  for (const path of ['/provinces/VN/2022/', '/provinces/VN/2023/', '/provinces/VN/2024/']) {
    const page = await open(path);
    const rows = page.getByTestId('report-row');
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const status = await row.locator('[data-status]').first().getAttribute('data-status');
      const paths = await row.locator('svg[data-chart] line.trajectory').count();
      if (status === 'on_track' || status === 'off_track') {
        judged += 1;
        assert.equal(paths, 1, `${path} row ${i}: ${status} without its path`);
      }
    }
    await page.close();
  }
  assert.ok(judged >= 1, 'the national SRB of 2022–2024 is judged against its path');
});

test('a value that cannot be assessed says why on its badge', async () => {
  const page = await open('/provinces/VN/2025/');
  const abr = page.locator('[data-testid="report-row"][data-indicator="adolescent_birth_rate"]');
  const badge = abr.locator('[data-status="not_assessable"]');
  assert.equal(await badge.getAttribute('data-reason'), 'before_plan');
  assert.match(await badge.innerText(), /số liệu có trước kỳ kế hoạch/);
  await page.close();
});

test('the national year page leads to every province-year report of its vintages', async () => {
  const page = await open('/years/2025/');
  const lists = page.getByTestId('province-year-links');
  assert.equal(await lists.count(), 2, 'one list per vintage in 2025');
  assert.equal(await lists.nth(0).locator('a').count(), 63);
  assert.equal(await lists.nth(1).locator('a').count(), 34);
  const first = await lists.nth(1).locator('a').first().getAttribute('href');
  assert.match(first!, /\/provinces\/34-\d\d\/2025\/$/);
  const grid = page.getByTestId('status-grid').first();
  assert.ok((await grid.locator('thead th').count()) >= 1);
  // Headers are short names set horizontally, never cut: their text is the full short name.
  const headers = await grid.locator('thead th a').allInnerTexts();
  assert.ok(headers.every((h) => !h.includes('…')));
  await page.close();
});

test('printed on A4: a few pages, the title and URL on each, page numbers', async () => {
  const which = spawnSync('pdftotext', ['-v']);
  assert.equal(
    which.error,
    undefined,
    'pdftotext (Debian poppler-utils) is needed to read the PDF',
  );
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    for (const [path, maxPages] of [
      ['/provinces/63-56/2024/', 6],
      ['/provinces/34-56/2026/', 7],
    ] as const) {
      // Before any script runs the prerendered page already names its path in the footer.
      const html = await (await fetch(siteUrl(session, path))).text();
      assert.match(html, new RegExp(`--print-url:"${BASE_PATH}${path}"`), `${path}: path in HTML`);
      const page = await open(path);
      // A reader prints a loaded page: the script has added the host and the date.
      await page.waitForFunction(() =>
        document.documentElement.style.getPropertyValue('--print-url').includes('://'),
      );
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const file = join(dir, 'report.pdf');
      writeFileSync(file, pdf);
      const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
      const pages = text.split('\f').filter((p) => p.trim()).length;
      assert.ok(pages >= 1 && pages <= maxPages, `${path}: ${pages} pages`);
      const url = siteUrl(session, path);
      for (const [i, p] of text
        .split('\f')
        .filter((x) => x.trim())
        .entries()) {
        assert.ok(p.includes(url), `${path}: page ${i + 1} footer carries the URL`);
        assert.match(p, new RegExp(`Trang ${i + 1} / ${pages}`), `${path}: page number`);
        assert.match(p, /báo cáo năm/, `${path}: page ${i + 1} header carries the title`);
      }
      await page.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('on a 390 px phone: no sideways scrolling, chart text at least 11 px', async () => {
  for (const path of [
    '/provinces/63-56/2024/',
    '/en/provinces/34-56/2025/',
    '/provinces/VN/2024/',
    '/years/2024/',
    '/provinces/63-56/',
  ]) {
    const page = await open(path, 390);
    const { scroll, client, smallest } = await page.evaluate(() => {
      let smallest = Infinity;
      for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-chart]')) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0) continue;
        const scale = box.width / svg.viewBox.baseVal.width;
        for (const t of svg.querySelectorAll('text')) {
          if (!t.textContent?.trim()) continue;
          smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
        }
      }
      return {
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        smallest,
      };
    });
    assert.ok(scroll <= client, `${path}: the page scrolls sideways (${scroll} > ${client})`);
    assert.ok(smallest >= 11, `${path}: chart text of ${smallest.toFixed(1)} px`);
    await page.close();
  }
});

test('no console errors and no request left localhost', () => {
  assert.deepEqual(session.errors, []);
  assert.deepEqual(session.external, []);
});
