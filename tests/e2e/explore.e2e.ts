// Explore and downloads: a shared URL reopens the same view, hostile parameters leave the page
// working, and every download is produced and checked (rows, BOM, sources, images).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { axe, openDataTable, openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
});

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).first().click(),
  ]);
  return readFileSync((await file.path())!);
}

/** Lines of a downloaded CSV, after checking its BOM. */
function csvLines(file: Buffer): string[] {
  const text = file.toString('utf8');
  assert.equal(text.charCodeAt(0), 0xfeff, 'BOM');
  return text.slice(1).trim().split('\r\n');
}

test('explore trend view: each chart downloads the rows it draws', async () => {
  const page = await session.newPage();
  await page.goto(
    siteUrl(session, '/explore/?v=2&i=total_fertility_rate&a=63-56&from=2012&to=2015&view=trend'),
  );
  await page.locator('figure.trend').first().waitFor({ timeout: 60_000 });
  const drawn = await (await openDataTable(page.locator('figure.trend').first())).count();
  const lines = csvLines(await download(page, 'download-csv-shown'));
  assert.equal(lines.length - 1, drawn);
  assert.ok(lines.slice(1).every((l) => l.includes('Khánh Hòa (63)')));
  // Full data: every value of the indicator, fetched on click, as many as the button says.
  const label = await page.getByTestId('download-csv-full').first().innerText();
  const full = csvLines(await download(page, 'download-csv-full'));
  assert.equal(full.length - 1, Number(label.match(/(\d[\d.]*) dòng/)![1]!.replace(/\./g, '')));
  assert.ok(full.length > lines.length * 10);
  assert.ok(full.some((l) => l.includes('Toàn quốc')));
  const png = await download(page, 'download-png');
  assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
  await page.close();
});

test('the gender-gap chart downloads the women’s and men’s values behind it', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/indicators/literacy_rate_15plus/'));
  const gap = page.locator('figure.gap');
  await gap.waitFor();
  const bar = page.locator('.download-bar', { has: page.getByTestId('download-svg') }).nth(1);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    bar.getByTestId('download-csv-shown').click(),
  ]);
  const lines = csvLines(readFileSync((await file.path())!));
  const header = lines[0]!.split(',');
  // The sex in words (the page's language) and as a stable code.
  const rows = Papa.parse<Record<string, string>>(lines.join('\n'), { header: true }).data;
  assert.ok(header.includes('gioi_tinh') && header.includes('sex_code'));
  assert.deepEqual([...new Set(rows.map((r) => r.sex_code))].sort(), ['female', 'male']);
  assert.deepEqual([...new Set(rows.map((r) => r.gioi_tinh))].sort(), ['nam', 'nữ']);
  assert.equal((lines.length - 1) % 2, 0, 'a women’s and a men’s value per point');
  await page.close();
});

test('scorecards and annual status grids download their rows with legal references', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/provinces/VN/'));
  const assessed = await page.locator('[data-testid="scorecard"] tbody tr').count();
  const missing = await page.locator('[data-testid="scorecard-missing"] li').count();
  assert.ok(assessed > 0);
  const card = csvLines(await download(page, 'download-csv-shown'));
  assert.equal(card.length - 1, assessed + missing, 'one row per scorecard line');
  const header = card[0]!.split(',');
  assert.ok(header.includes('can_cu_phap_ly') && header.includes('source_url'));
  assert.ok(
    card.slice(1).every((l) => /Nghị quyết 28\/NQ-CP/.test(l)),
    'every target carries its legal reference',
  );

  await page.goto(siteUrl(session, '/en/years/2024/'));
  const grid = page.getByTestId('status-grid').first();
  const cells = await grid.locator('td [data-status]').count();
  assert.ok(cells > 0);
  const rows = csvLines(await download(page, 'download-csv-shown'));
  assert.equal(rows.length - 1, cells, 'one row per filled cell of the first grid');
  assert.ok(rows[0]!.split(',').includes('target_legal_ref'));
  // Full data: every province of the grid's vintage, also those without any value (collapsed).
  const all = csvLines(await download(page, 'download-csv-full'));
  const provinces63 = await page
    .locator('[data-testid="province-year-links"]')
    .first()
    .locator('li')
    .count();
  assert.ok(all.length - 1 > cells, 'full data holds the collapsed rows too');
  const parsed = Papa.parse<Record<string, string>>(all.join('\n'), { header: true }).data;
  const areasInFull = new Set(parsed.map((r) => r.area_id));
  assert.equal(areasInFull.size, provinces63 + 1, 'every province of the vintage and the nation');
  await page.close();
});

test('the indicator list opens at the chosen indicator, in view inside its box', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/explore/?v=3&i=sex_ratio_at_birth&a=VN&view=trend'));
  await page.locator('figure.trend').first().waitFor({ timeout: 60_000 });
  const seen = await page.locator('fieldset.indicators .scroll-list').evaluate((list) => {
    const box = list.getBoundingClientRect();
    const item = list.querySelector('input:checked')!.getBoundingClientRect();
    return { inView: item.top >= box.top && item.bottom <= box.bottom, scrolled: list.scrollTop };
  });
  assert.ok(seen.inView, JSON.stringify(seen));
  assert.ok(seen.scrolled > 0, 'sex ratio at birth is far down the list: the box scrolled');
  await page.close();
});

test('the indicator list by keyboard: few Tab stops, arrows inside, a filter without diacritics', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/explore/?v=3&i=sex_ratio_at_birth&a=VN&view=trend'));
  await page.locator('figure.trend').first().waitFor({ timeout: 60_000 });
  await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.dataset.testid ?? el?.dataset.indicator ?? el?.tagName ?? '';
    });
  // From the skip link to the area search: a handful of Tab stops, not one per indicator.
  await page.getByTestId('skip-to-results').focus();
  let tabs = 0;
  while ((await focused()) !== 'area-search' && tabs < 20) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  assert.equal(await focused(), 'area-search');
  assert.ok(tabs <= 5, `${tabs} Tab stops from the skip link to the area search`);
  // Back into the list: its one stop is the chosen indicator; arrows move, Space ticks.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'sex_ratio_at_birth');
  await page.keyboard.press('ArrowDown');
  const next = await focused();
  assert.notEqual(next, 'sex_ratio_at_birth');
  await page.keyboard.press('Space');
  await page.waitForURL(new RegExp(`i=sex_ratio_at_birth%2C${next}|i=sex_ratio_at_birth,${next}`));
  assert.equal(await page.getByTestId('indicator-chips').locator('li').count(), 2);
  // The filter: "ty so gioi tinh" finds "Tỷ số giới tính khi sinh", and only what matches.
  await page.getByTestId('indicator-filter').fill('ty so gioi tinh khi sinh');
  const shown = page.locator('fieldset.indicators .scroll-list input[type="checkbox"]');
  assert.deepEqual(await shown.evaluateAll((els) => els.map((e) => e.dataset.indicator)), [
    'sex_ratio_at_birth',
  ]);
  // The skip link goes to the results.
  await page.getByTestId('skip-to-results').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'explore-results');
  assert.deepEqual(await axe(page), [], 'explore with the new list: axe clean');
  await page.close();
});

test('adding or removing an area keeps the focus in the area picker', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/en/explore/?v=3&i=sex_ratio_at_birth&a=VN&view=trend'));
  await page.locator('figure.trend').first().waitFor({ timeout: 60_000 });
  await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
  await page.getByTestId('area-search').fill('khanh hoa');
  await page.locator('[data-area="63-56"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/a=VN%2C63-56|a=VN,63-56/);
  const active = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid);
  assert.equal(await active(), 'area-search');
  await page.getByTestId('area-chips').locator('button').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/a=63-56(&|$)/);
  assert.equal(await active(), 'area-search');
  await page.close();
});

test('on a phone the controls are folded into a summary and the chart is on the first screen', async () => {
  const page = await session.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(siteUrl(session, '/explore/?v=3&i=sex_ratio_at_birth&a=VN,63-56&view=trend'));
  const chart = page.locator('figure.trend').first();
  await chart.waitFor({ timeout: 60_000 });
  await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
  const controls = page.getByTestId('explore-controls');
  assert.equal(await controls.getAttribute('open'), null, 'folded on a phone');
  assert.match(
    await page.getByTestId('choice-summary').innerText(),
    /Tỷ số giới tính khi sinh · Toàn quốc, Khánh Hòa \(63\)/,
  );
  const top = await chart.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 844, `the chart starts at ${top}px, below the first screen`);
  // Opened, the choice is there.
  await controls.locator('summary').click();
  await page.getByTestId('indicator-filter').waitFor();
  await page.close();
});

test('a ranking offers only years with values and drops a carried vintage with a note', async () => {
  const page = await session.newPage();
  await page.goto(
    siteUrl(session, '/explore/?v=3&i=sex_ratio_at_birth&a=VN&view=ranking&vt=34&y=2021'),
  );
  await page.locator('.ranking-view[data-vintage="63"][data-year="2021"]').waitFor({
    timeout: 60_000,
  });
  assert.match(await page.getByTestId('ranking-dropped').innerText(), /34 tỉnh/);
  const options = await page.getByTestId('rank-year').locator('option').allInnerTexts();
  assert.ok(options.includes('2021 (63/63 tỉnh cũ)'), options.join(' | '));
  assert.ok(
    options.every((o) => /^\d{4} \(\d+\/(63|34)/.test(o)),
    options.join(' | '),
  );
  assert.ok(options.length < 19, 'not every year of the dataset');
  assert.equal(await page.getByTestId('view-year').count(), 0, 'no year list without counts');
  await page.close();
});

test('figures you uploaded: a series of their own in the trend, beside the ranking, never sent', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=63-56&y=2021'));
  await page.getByTestId('import-file').setInputFiles({
    name: 'kh-explore.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Chỉ tiêu,Năm,Giá trị\nsex_ratio_at_birth,2021,"108,4"', 'utf8'),
  });
  await page.locator('[data-testid="import-notice"][data-kind="kept"]').waitFor({
    timeout: 60_000,
  });
  await page.goto(
    siteUrl(session, '/explore/?v=3&i=sex_ratio_at_birth&a=VN,63-56&from=2015&view=trend'),
  );
  const chart = page.locator('figure.trend').first();
  await chart.waitFor({ timeout: 60_000 });
  const own = chart.locator('[data-series="63-56|own|all"]');
  assert.equal(await own.count(), 0, 'not drawn until asked for');
  await page.getByTestId('own-figures-toggle').check();
  await own.waitFor();
  assert.match((await own.getAttribute('data-series-label'))!, /Số liệu bạn tải lên: Khánh Hòa/);
  assert.match(await page.getByTestId('own-files').innerText(), /kh-explore\.csv/);
  assert.doesNotMatch(page.url(), /own|kh-explore/, 'never in the link');
  // The legend names them; the published lines are still there, unchanged.
  assert.match(await chart.innerText(), /Số liệu bạn tải lên: Khánh Hòa \(63\)/);
  assert.ok((await chart.locator('[data-series^="VN|"]').count()) > 0);
  // The downloads mark the rows as the user's, their source the file.
  const lines = csvLines(await download(page, 'download-csv-shown'));
  const rows = Papa.parse<Record<string, string>>(lines.join('\n'), { header: true }).data;
  const mine = rows.filter((r) => r.series_code === 'own');
  assert.equal(mine.length, 1);
  assert.equal(mine[0]!.area_id, '63-56');
  assert.match(mine[0]!.ten_nguon!, /kh-explore\.csv/);
  assert.ok(
    rows.filter((r) => r.series_code !== 'own').every((r) => /^https?:/.test(r.source_url!)),
  );
  // The ranking: the user's value shown apart, never ranked.
  await page.locator('label.tab', { hasText: 'Xếp hạng' }).click();
  await page.getByTestId('rank-year').selectOption('2021');
  await page.locator('.ranking-view[data-year="2021"]').waitFor({ timeout: 60_000 });
  assert.match(
    await page.getByTestId('own-ranking').innerText(),
    /Khánh Hòa: 108,4 \(kh-explore\.csv/,
  );
  assert.deepEqual(await axe(page), [], 'ranking with the user’s figures: axe clean');
  await page.close();
});

test('a shared explore URL reopens the same view', async () => {
  const page = await session.newPage();
  await page.goto(
    siteUrl(
      session,
      '/explore/?v=2&i=total_fertility_rate&a=VN,63-56&from=2012&to=2015&view=table',
    ),
  );
  await page.getByTestId('explore-table').waitFor({ timeout: 60_000 });
  assert.ok(await page.locator('[data-indicator="total_fertility_rate"]').isChecked());
  assert.equal(await page.locator('[data-indicator="sex_ratio_at_birth"]').isChecked(), false);
  const years = await page
    .locator('[data-testid="explore-table"] tbody tr td:nth-child(3)')
    .allTextContents();
  assert.ok(years.length >= 2);
  assert.ok(
    years.every((y) => Number(y) >= 2012 && Number(y) <= 2015),
    years.join(','),
  );
  const areas = new Set(
    await page.locator('[data-testid="explore-table"] tbody tr td:nth-child(2)').allTextContents(),
  );
  assert.deepEqual([...areas].sort(), ['Khánh Hòa (63)', 'Toàn quốc']);
  // Back button: switch view, go back, the table returns.
  await page.locator('label.tab', { hasText: 'Xu hướng' }).click();
  await page.locator('figure.trend').first().waitFor();
  await page.goBack();
  await page.getByTestId('explore-table').waitFor();
  await page.close();
});

test('two indicators and two provinces with plans of their own: every trend draws, each target once', async () => {
  // Hà Nội (63) and Khánh Hòa (63) both have their own 2025 targets: keyed by year, the two
  // targets of 2025 made the chart throw and the whole view blank.
  for (const path of ['/explore/', '/en/explore/', '/embed/explore/']) {
    const page = await session.newPage();
    const before = session.errors.length;
    await page.goto(
      siteUrl(session, `${path}?v=3&i=sex_ratio_at_birth,female_wage_employment_pct&a=63-01,63-56`),
    );
    const charts = page.locator('figure.trend');
    await charts.nth(1).waitFor({ timeout: 60_000 });
    assert.equal(await charts.count(), 2, path);
    // Both provinces' own 2025 wage-employment targets ask for ≥ 50: one mark, never two.
    // The bundled data has sex-ratio values for both provinces, wage values only nationally.
    assert.ok((await charts.first().locator('g[data-series]').count()) >= 2, `${path}: lines`);
    const wage = charts.nth(1);
    const years = await wage
      .locator('g.target')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('transform')));
    assert.equal(new Set(years).size, years.length, `${path}: one mark per requirement`);
    assert.ok(years.length >= 2, `${path}: the 2025 and 2030 targets`);
    assert.deepEqual(session.errors.slice(before), [], path);
    await page.close();
  }
});

test('hostile URL parameters are ignored with a visible note, never injected', async () => {
  const page = await session.newPage();
  const hostile = encodeURIComponent('<img src=x onerror=window.__pwned=1>');
  await page.goto(
    siteUrl(
      session,
      `/explore/?v=2&i=sex_ratio_at_birth,${hostile}&a=VN,${encodeURIComponent("63-56') OR 1=1 --")}&from=abcd&view=<script>`,
    ),
  );
  await page.getByTestId('url-notes').waitFor();
  await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
  const notes = await page.getByTestId('url-notes').innerText();
  assert.match(notes, /<img src=x/); // shown as text
  assert.equal(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    undefined,
  );
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.ok(
    (await page.locator('svg[data-chart] .points g[role="img"]').count()) > 0,
    'page still works',
  );
  await page.close();
});

test('indicator downloads: CSV as shown and full, XLSX, SVG, PNG, citation, embed', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/indicators/sex_ratio_at_birth/'));
  await page.waitForLoadState('networkidle');
  const tableRows = await page
    .locator('[data-testid="trend-table"]')
    .first()
    .locator('tbody tr')
    .count();

  const shown = (await download(page, 'download-csv-shown')).toString('utf8');
  assert.equal(shown.charCodeAt(0), 0xfeff, 'BOM');
  const lines = shown.slice(1).trim().split('\r\n');
  assert.equal(lines.length - 1, tableRows, 'CSV rows = rows in the chart table');
  assert.match(lines[0]!, /source_url/);
  assert.ok(
    lines.slice(1).every((l) => /https?:\/\//.test(l)),
    'every row has its source URL',
  );
  assert.ok(lines.slice(1).every((l) => !/^[=+\-@]/.test(l)));

  const full = (await download(page, 'download-csv-full')).toString('utf8');
  assert.ok(full.trim().split('\r\n').length - 1 > tableRows, 'full data has more rows');

  const xlsx = await download(page, 'download-xlsx');
  const sheets = await readXlsxFile(xlsx);
  assert.equal(sheets[0]!.data.length - 1, tableRows);
  const valueColumn = (sheets[0]!.data[0] as string[]).indexOf('gia_tri');
  assert.ok(valueColumn >= 0);
  assert.ok(
    sheets[0]!.data
      .slice(1)
      .every((r) => typeof r[valueColumn] === 'number' || r[valueColumn] === null),
    'values are numbers',
  );

  const svg = (await download(page, 'download-svg')).toString('utf8');
  assert.match(svg, /^<svg xmlns/);
  assert.match(svg, /Tỷ số giới tính khi sinh/);
  assert.match(svg, /Nguồn:/);

  const png = await download(page, 'download-png');
  assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');

  // The ranking has its own image export (the second image button, after the trend's).
  const [img] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-svg').nth(1).click(),
  ]);
  // SRB opens on the 2021 groups (all 63 provinces): the grouped ranking, titled as such.
  assert.match(
    readFileSync((await img.path())!, 'utf8'),
    /^<svg xmlns[\s\S]*Tỷ số giới tính khi sinh, năm 2021: các tỉnh theo nhóm/,
  );

  const cite = await page.getByTestId('citation').first().innerText();
  assert.match(cite, /\/x\/indicators\/sex_ratio_at_birth\//);
  assert.match(cite, /truy cập ngày \d{2}\/\d{2}\/\d{4}/);

  await page
    .getByRole('button', { name: /Mã nhúng/ })
    .first()
    .click();
  const code = await page.getByTestId('embed-code').inputValue();
  assert.match(
    code,
    /<iframe src="http:\/\/127\.0\.0\.1:\d+\/x\/embed\/indicators\/sex_ratio_at_birth\/"/,
  );
  const embed = await session.newPage();
  await embed.goto(code.match(/src="([^"]+)"/)![1]!);
  assert.equal(await embed.locator('header.site-header').count(), 0, 'no site chrome in an embed');
  assert.ok((await embed.locator('svg[data-chart]').count()) === 1);
  await embed.close();
  await page.close();
});

test('region filter lists a region’s provinces; comparing adds the region’s own values', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/explore/?v=2&i=sex_ratio_at_birth&a=VN&view=table'));
  await page.getByTestId('explore-table').waitFor({ timeout: 60_000 });
  await page.locator('select').filter({ hasText: 'Mọi vùng' }).selectOption('R-red-river-delta');
  await page.getByTestId('region-note').waitFor();
  const listed = await page.locator('[data-testid="area-candidates"] button').allTextContents();
  const old = listed.filter((l) => l.includes('(63)'));
  assert.equal(old.length, 11, listed.join('|')); // the resolution's 11 provinces
  assert.ok(listed.some((l) => l.includes('Quảng Ninh (63)')));
  assert.ok(!listed.some((l) => l.includes('Khánh Hòa')));
  // Phú Thọ (34) was formed from Vĩnh Phúc (delta) and Phú Thọ, Hòa Bình (midlands): listed.
  assert.ok(listed.some((l) => l.includes('Phú Thọ (34)')));

  await page.goto(
    siteUrl(session, '/explore/?v=2&i=sex_ratio_at_birth&a=63-56&cmp=region&view=table'),
  );
  await page.getByTestId('explore-table').waitFor({ timeout: 60_000 });
  const areas = new Set(
    await page.locator('[data-testid="explore-table"] tbody tr td:nth-child(2)').allTextContents(),
  );
  assert.ok(areas.has('Vùng Bắc Trung Bộ và Duyên hải miền Trung'), [...areas].join('|'));
  await page.close();
});

test('every explore view has an embed that draws the same view, accessible in both languages', async () => {
  const page = await session.newPage();
  await page.goto(
    siteUrl(session, '/en/explore/?v=2&i=total_fertility_rate&a=63-56,VN&from=2010&view=trend'),
  );
  await page.locator('figure.trend').first().waitFor({ timeout: 60_000 });
  assert.deepEqual(await axe(page), [], 'explore page: no serious or critical axe violations');
  const marks = await page.locator('svg[data-chart] .points g[role="img"]').count();
  await page.getByRole('button', { name: /Embed/ }).first().click();
  const code = await page.getByTestId('embed-code').first().inputValue();
  const src = code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  assert.match(src, /\/x\/en\/embed\/explore\/\?v=3&i=total_fertility_rate&a=63-56%2CVN/);

  const embed = await session.newPage();
  await embed.goto(src);
  await embed.locator('figure.trend').first().waitFor({ timeout: 60_000 });
  assert.equal(await embed.locator('header.site-header').count(), 0, 'no site chrome');
  assert.equal(await embed.locator('[data-testid="download-csv-shown"]').count(), 0);
  assert.equal(await embed.locator('svg[data-chart] .points g[role="img"]').count(), marks);
  assert.equal(await embed.locator('html').getAttribute('lang'), 'en');
  assert.match(await embed.locator('.sources').innerText(), /Source/);
  const back = embed.getByRole('link', { name: /Gender equality/ });
  assert.equal(await back.getAttribute('target'), '_top');
  assert.match((await back.getAttribute('href'))!, /explore\/\?v=3&i=total_fertility_rate/);
  assert.deepEqual(await axe(embed), [], 'embed: no serious or critical axe violations');

  // A map embed in Vietnamese, and hostile parameters: ignored with a note, page still draws.
  await embed.goto(
    siteUrl(
      session,
      `/embed/explore/?v=2&i=total_fertility_rate,${encodeURIComponent('<b>x</b>')}&a=VN&view=map&y=2015`,
    ),
  );
  await embed.locator('svg[data-map] path[data-code]').first().waitFor({ timeout: 60_000 });
  assert.equal(await embed.locator('svg[data-map] path[data-code]').count(), 63);
  assert.match(await embed.getByTestId('url-notes').innerText(), /<b>x<\/b>/);
  assert.equal(await embed.locator('b', { hasText: 'x' }).count(), 0);
  assert.deepEqual(await axe(embed), []);

  // The indicator page's ranking hands out the same kind of embed, pinned to its year.
  await page.goto(siteUrl(session, '/indicators/total_fertility_rate/'));
  await page
    .getByRole('button', { name: /Mã nhúng/ })
    .nth(1)
    .click();
  const rankingCode = await page.getByTestId('embed-code').inputValue();
  assert.match(
    rankingCode,
    /\/embed\/explore\/\?v=3&amp;i=total_fertility_rate&amp;a=VN&amp;view=ranking&amp;y=\d{4}&amp;vt=(63|34)"/,
  );
  await embed.goto(rankingCode.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
  await embed.locator('svg[data-chart="ranked"] g.row').first().waitFor({ timeout: 60_000 });
  await embed.close();
  await page.close();
});

test('ranking and map views redraw from browser queries', async () => {
  const page = await session.newPage();
  await page.goto(
    siteUrl(session, '/explore/?v=2&i=total_fertility_rate&a=VN&view=ranking&y=2015'),
  );
  const dots = page.locator('svg[data-chart="ranked"] g.row');
  await dots.first().waitFor({ timeout: 60_000 });
  assert.equal(await dots.count(), 63, 'all 63 provinces ranked for 2015');
  // The ranking downloads exactly what it ranks, each value with its source.
  const ranked = csvLines(await download(page, 'download-csv-shown'));
  assert.equal(ranked.length - 1, 63);
  assert.ok(ranked.slice(1).every((l) => l.includes(',2015,') && /https?:\/\//.test(l)));
  await page.locator('label.tab', { hasText: 'Bản đồ' }).click();
  await page.locator('svg[data-map] path[data-code]').first().waitFor();
  assert.equal(await page.locator('svg[data-map] path[data-code]').count(), 63);
  assert.match(decodeURIComponent(page.url()), /view=map/);
  const mapSvg = (await download(page, 'download-svg')).toString('utf8');
  assert.match(mapSvg, /^<svg xmlns[\s\S]*<path/);
  assert.match(mapSvg, /2015/);
  await page.close();
});

test('no console errors and no request left localhost', () => {
  assert.deepEqual(session.errors, []);
  assert.deepEqual(session.external, []);
});
