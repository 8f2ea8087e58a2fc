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
  // The targets without data are the to-do list, collapsed: open it to read them.
  await page.getByTestId('todo-summary').click();
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

test('a report of year N draws no value after N, in any chart or table', async () => {
  for (const [path, year] of [
    ['/provinces/VN/2022/', 2022],
    ['/provinces/34-24/2025/', 2025],
    ['/en/provinces/VN/2022/', 2022],
  ] as const) {
    const page = await open(path);
    // Every mark names its year ("Toàn quốc, điều tra thống kê, 2019: 35,9").
    const years = await page
      .locator('svg[data-chart] [data-mark]')
      .evaluateAll((ms) =>
        ms.map((m) => Number(/(\d{4}):/.exec(m.getAttribute('aria-label') ?? '')?.[1])),
      );
    assert.ok(years.length >= 10, `${path}: ${years.length} marks`);
    assert.ok(
      years.every((y) => Number.isInteger(y)),
      `${path}: every mark names its year`,
    );
    assert.deepEqual(
      years.filter((y) => y > year),
      [],
      `${path}: marks after ${year}`,
    );
    const tableYears = await page
      .locator('[data-testid="trend-table"] tbody tr td:nth-child(2)')
      .allTextContents();
    assert.ok(tableYears.length >= 1);
    assert.deepEqual(
      tableYears.map(Number).filter((y) => y > year),
      [],
      `${path}: table rows after ${year}`,
    );
    await page.close();
  }
});

test('the targets without data are the to-do list: collapsed, after what is known, each agency with its template', async () => {
  const page = await open('/provinces/63-56/2024/');
  const todo = page.getByTestId('todo');
  assert.equal(await todo.count(), 1);
  assert.equal(await todo.evaluate((d) => (d as HTMLDetailsElement).open), false, 'collapsed');
  assert.match(
    await page.getByTestId('todo-summary').innerText(),
    /^24 mục tiêu chưa có số liệu: danh sách việc cần làm$/,
  );
  // What is known leads: every target with a value comes before the list.
  const order = await page.evaluate(() => {
    const list = document.querySelector('[data-testid="todo"]')!;
    return [
      ...document.querySelectorAll('[data-testid="area-year-report"] > section.objective'),
    ].map((s) => !!(s.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING));
  });
  assert.ok(order.length >= 1 && order.every(Boolean), 'objectives with values first');
  await page.getByTestId('todo-summary').click();
  // By which date: the province's plan (Khánh Hòa 11983/UBND-KGVX, Mục V.19), quoted.
  const deadline = await page.getByTestId('todo-deadlines').innerText();
  assert.match(deadline, /trước ngày 10\/12\/2024/);
  assert.match(deadline, /11983\/UBND-KGVX, Mục V\.19/);
  assert.match(deadline, /trước ngày 10 tháng 12/);
  const rows = page.getByTestId('todo-row');
  assert.equal(await rows.count(), 24);
  // Several agencies report key leaders: each has its own template.
  const leaders = page.locator(
    '[data-testid="todo-row"][data-indicator="female_key_leader_agencies_pct"]',
  );
  assert.deepEqual(
    await leaders
      .getByTestId('todo-agency')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-slug'))),
    ['so-noi-vu', 'ban-to-chuc-tinh-uy'],
  );
  const links = await page.getByTestId('todo-template').evaluateAll((as) =>
    as.map((a) => ({
      url: (a as HTMLAnchorElement).href,
      slug: a.closest('[data-slug]')?.getAttribute('data-slug') ?? null,
    })),
  );
  assert.ok(links.length >= 24, `${links.length} template links`);
  for (const { url, slug } of links) {
    const u = new URL(url);
    assert.match(u.pathname, /\/import\/$/);
    assert.equal(u.searchParams.get('a'), '63-56');
    assert.equal(u.searchParams.get('y'), '2024');
    assert.equal(u.searchParams.get('agency'), slug, url);
  }
  // A link opens the import page for the province.
  await page.getByTestId('todo-template').first().click();
  await page.waitForURL(/\/import\/\?a=63-56&y=2024&agency=/);
  await page.getByTestId('import-area').waitFor();
  await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('import-area').inputValue(), '63-56');
  await page.close();
});

test('a province whose plans held here set no deadline says so; Bắc Ninh’s plan sets 30/11/2026', async () => {
  const khanhHoa34 = await open('/en/provinces/34-56/2025/');
  await khanhHoa34.getByTestId('todo-summary').click();
  assert.equal(
    await khanhHoa34.getByTestId('todo-no-deadline').innerText(),
    'The plans held here record no reporting deadline for Khanh Hoa (34) in 2025.',
  );
  assert.equal(await khanhHoa34.getByTestId('todo-deadlines').count(), 0);
  assert.deepEqual(await axe(khanhHoa34), []);
  await khanhHoa34.close();
  const bacNinh = await open('/provinces/34-24/2026/');
  await bacNinh.getByTestId('todo-summary').click();
  assert.match(await bacNinh.getByTestId('todo-deadlines').innerText(), /trước ngày 30\/11\/2026/);
  await bacNinh.close();
});

test('the year page weighs what it draws', async () => {
  const html = await (await fetch(siteUrl(session, '/years/2025/'))).text();
  const bytes = Buffer.byteLength(html);
  const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + Buffer.byteLength(m[1]!),
    0,
  );
  // It shipped 1.8 MB with 1.4 MB of inline data (every province's status rows).
  assert.ok(inline <= 120_000, `inline data ${inline} bytes`);
  assert.ok(bytes <= 600_000, `HTML ${bytes} bytes`);
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
