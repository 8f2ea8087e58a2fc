// What a journalist copies must be right: the citation and the copied text are the page's address
// as it is now; the language switch keeps the view; exported images stand alone (drawn from the
// figure model: legend with the chart's markers and swatches, a grouped map's key, sources by
// name, site and URL, every text inside the image); downloads are in the page's language;
// embeds list their sources and fit their content.
// EXPORT_DIR=dir keeps the exported images for a look.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(session.baseUrl).origin,
  });
});
after(async () => {
  await session.close();
});

const keep = (name: string, bytes: Buffer | string) => {
  const dir = process.env.EXPORT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
};

async function download(page: Page, locator: ReturnType<Page['locator']>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return readFileSync((await file.path())!);
}

/** Every <text> of an exported SVG, drawn on its own page, with its box relative to the image. */
async function inspectSvg(svg: string) {
  const page = await session.newPage();
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  const result = await page.evaluate(() => {
    const root = document.querySelector('svg')!;
    const r = root.getBoundingClientRect();
    const [, , w, h] = root.getAttribute('viewBox')!.split(' ').map(Number);
    const texts = [...root.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() && t.getBoundingClientRect().width > 0)
      .map((t) => {
        const b = t.getBoundingClientRect();
        return {
          text: t.textContent ?? '',
          role: t.getAttribute('data-export') ?? '',
          x0: b.left - r.left,
          y0: b.top - r.top,
          x1: b.right - r.left,
          y1: b.bottom - r.top,
        };
      });
    const legend = [...root.querySelectorAll('[data-export="legend-item"]')].map((g) => ({
      kind: g.getAttribute('data-legend-kind'),
      marker: g.querySelector('[data-marker]')?.getAttribute('data-marker') ?? null,
      color: g.querySelector('[data-marker]')?.getAttribute('fill') ?? null,
      // A group's swatch: the colour under its pattern; the marked province: its outline's.
      pattern: g.querySelector('pattern rect')?.getAttribute('fill') ?? null,
      outline: g.querySelector('rect[fill="none"]:last-of-type')?.getAttribute('stroke') ?? null,
      // The swatch is drawn (not an empty box): its visible extent.
      drawn: (g as SVGGElement).getBBox().width,
    }));
    return { width: w!, height: h!, texts, legend };
  });
  await page.close();
  return result;
}

function assertInside(info: Awaited<ReturnType<typeof inspectSvg>>, label: string) {
  const out = info.texts.filter(
    (t) => t.x0 < -0.5 || t.y0 < -0.5 || t.x1 > info.width + 0.5 || t.y1 > info.height + 0.5,
  );
  assert.deepEqual(
    out.map((t) => `${t.role}: "${t.text}" [${t.x0.toFixed(1)}, ${t.x1.toFixed(1)}]`),
    [],
    `${label}: every text inside the ${info.width}×${info.height} image`,
  );
}

/** Number of explore queries completed so far (the results section counts them). */
const completed = async (page: Page) =>
  Number(await page.getByTestId('explore-results').getAttribute('data-completed'));
const queryAfter = (page: Page, before: number) =>
  page.waitForFunction(
    (b) =>
      Number(
        document.querySelector('[data-testid="explore-results"]')?.getAttribute('data-completed'),
      ) > b,
    before,
    { timeout: 60_000 },
  );

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('explore: the citation and the copied text are the address of the view as it is now', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/explore/'));
  await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
  await page.locator('[data-indicator="total_fertility_rate"]').check();
  await page.waitForURL(/i=[^&]*total_fertility_rate/);
  await page.getByTestId('area-search').fill('khanh hoa');
  await page.locator('[data-area="63-56"]').click();
  await page.waitForURL(/a=[^&]*63-56/);
  const before = await completed(page);
  await page.getByTestId('from-year').selectOption('2010');
  await page.waitForURL(/from=2010/);
  await queryAfter(page, before);
  const url = page.url();
  const citations = page.getByTestId('citation');
  assert.ok((await citations.count()) >= 2, 'one citation per chart');
  for (let i = 0; i < (await citations.count()); i++) {
    const text = await citations.nth(i).innerText();
    assert.ok(text.includes(` ${url} `), `citation ${i} cites ${url}: ${text}`);
  }
  // What the button copies is what the page shows: read back from the clipboard.
  for (let i = 0; i < (await citations.count()); i++) {
    await page.getByTestId('copy-citation').nth(i).click();
    await page.getByTestId('copy-citation').nth(i).filter({ hasText: 'Đã sao chép' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await citations.nth(i).innerText());
    assert.ok(copied.includes(url));
  }
  // Another change: the citations follow again, and the copy label is no longer "copied".
  await page.getByTestId('to-year').selectOption('2015');
  await page.waitForURL(/to=2015/);
  const after = page.url();
  assert.notEqual(after, url);
  assert.ok((await citations.first().innerText()).includes(` ${after} `));
  assert.equal(await page.getByTestId('copy-citation').first().innerText(), 'Sao chép');
  await page.close();
});

test('the language switch keeps the path and the query', async () => {
  const page = await session.newPage();
  const query = '?v=3&i=total_fertility_rate&a=63-56%2CVN&from=2010&view=trend';
  await page.goto(siteUrl(session, `/explore/${query}`));
  await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
  const switchLink = page.locator('a.lang-switch');
  await page.waitForFunction(() =>
    document.querySelector('a.lang-switch')?.getAttribute('href')?.includes('from=2010'),
  );
  assert.match(
    (await switchLink.getAttribute('href'))!,
    /\/x\/en\/explore\/\?v=3&i=total_fertility_rate&a=63-56%2CVN&from=2010&view=trend$/,
  );
  await switchLink.click();
  await page.waitForURL(/\/x\/en\/explore\/\?/);
  assert.equal(new URL(page.url()).search, query);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // A change made on the English page is carried back too.
  await page.getByTestId('to-year').selectOption('2015');
  await page.waitForURL(/to=2015/);
  await page.waitForFunction(() =>
    document.querySelector('a.lang-switch')?.getAttribute('href')?.includes('to=2015'),
  );
  await page.locator('a.lang-switch').click();
  await page.waitForURL(/\/x\/explore\/\?.*to=2015/);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await page.close();
});

test('indicator trend: SVG and PNG stand alone at desktop and phone widths', async () => {
  for (const width of [1280, 390]) {
    const page = await session.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(siteUrl(session, '/indicators/sex_ratio_at_birth/'));
    await page.waitForLoadState('networkidle');
    const bar = page.locator('.download-bar').first();
    const seriesInPage = await page
      .locator('figure.trend')
      .first()
      .locator('ul.legend li[data-legend-kind="series"]')
      .count();
    const svg = (await download(page, bar.getByTestId('download-svg'))).toString('utf8');
    keep(`indicator-trend-${width}.svg`, svg);
    const info = await inspectSvg(svg);
    assertInside(info, `indicator trend at ${width}px`);
    const roles = new Set(info.texts.map((t) => t.role));
    for (const role of ['title', 'subtitle', 'legend', 'source', 'footer'])
      assert.ok(roles.has(role), `${role} present at ${width}px`);
    const text = (role: string) =>
      info.texts
        .filter((t) => t.role === role)
        .map((t) => t.text)
        .join(' ');
    assert.match(text('title'), /Tỷ số giới tính khi sinh/);
    assert.match(text('subtitle'), /bé trai\/100 bé gái/);
    // The sources named are those of the rows drawn (the CSV of the same bar), all of them or
    // the first six and how many more.
    const csv = (await download(page, bar.getByTestId('download-csv-shown'))).toString('utf8');
    const shown = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
    const publishers = new Set(shown.map((r) => r.co_quan_cong_bo).filter(Boolean));
    const distinct = new Set(
      shown.filter((r) => r.source_url).map((r) => `${r.co_quan_cong_bo}|${r.ten_nguon}`),
    ).size;
    const named = text('source')
      .replace(/^Nguồn: /, '')
      .split('; ')
      .filter((n) => !/nguồn khác/.test(n));
    assert.ok(
      named.length >= 1 && named.every((n) => [...publishers].some((p) => n.startsWith(p!))),
    );
    if (distinct > 6) assert.match(text('source'), new RegExp(`và ${distinct - 6} nguồn khác`));
    else assert.equal(named.length, distinct);
    assert.doesNotMatch(text('source'), /https?:\/\//, 'sources by name, not URL');
    assert.match(text('footer'), /Bình đẳng giới: mục tiêu và thực tế/);
    assert.match(text('footer').replace(/ /g, ''), /\/x\/indicators\/sex_ratio_at_birth\//);
    assert.match(text('footer'), /truy cập ngày \d{2}\/\d{2}\/\d{4}/);
    const series = info.legend.filter((l) => l.kind === 'series');
    assert.equal(series.length, seriesInPage, 'legend holds every series of the chart');
    assert.ok(
      series.every((l) => l.marker && l.color),
      'each series with its marker and colour',
    );
    // The legend's markers are the chart's own: the same shape and colour as the drawn points.
    const drawn = await page
      .locator('figure.trend')
      .first()
      .locator('svg[data-chart] .points')
      .evaluateAll((gs) =>
        gs.map(
          (g) => `${g.getAttribute('data-series-shape')}|${g.getAttribute('data-series-color')}`,
        ),
      );
    assert.deepEqual(
      series.map((l) => `${l.marker}|${l.color}`).sort(),
      [...new Set(drawn)].sort(),
    );
    const png = await download(page, bar.getByTestId('download-png'));
    keep(`indicator-trend-${width}.png`, png);
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual(pngSize(png), { width: info.width * 2, height: info.height * 2 });
    await page.close();
  }
});

test('explore trend: the image of a multi-area chart stands alone', async () => {
  const page = await session.newPage();
  await page.goto(
    siteUrl(session, '/explore/?v=3&i=total_fertility_rate&a=63-56%2CVN&from=2005&view=trend'),
  );
  await page.locator('figure.trend').first().waitFor({ timeout: 60_000 });
  const bar = page.locator('.download-bar').first();
  const svg = (await download(page, bar.getByTestId('download-svg'))).toString('utf8');
  keep('explore-trend.svg', svg);
  const info = await inspectSvg(svg);
  assertInside(info, 'explore trend');
  const legendText = info.texts
    .filter((t) => t.role === 'legend')
    .map((t) => t.text)
    .join(' ');
  assert.match(legendText, /Khánh Hòa \(63\)/);
  assert.match(legendText, /Toàn quốc/);
  assert.ok(info.legend.filter((l) => l.kind === 'series').length >= 2);
  const footer = info.texts
    .filter((t) => t.role === 'footer')
    .map((t) => t.text)
    .join('');
  assert.ok(footer.replace(/ /g, '').includes(page.url()), 'the footer cites the view’s URL');
  keep('explore-trend.png', await download(page, bar.getByTestId('download-png')));
  await page.close();
});

test('ranking and map images stand alone too', async () => {
  const page = await session.newPage();
  await page.goto(
    siteUrl(session, '/explore/?v=3&i=total_fertility_rate&a=VN&view=ranking&y=2015'),
  );
  await page.locator('svg[data-chart="ranked"] g.row').first().waitFor({ timeout: 60_000 });
  const ranking = (await download(page, page.getByTestId('download-svg').first())).toString('utf8');
  keep('explore-ranking.svg', ranking);
  const r = await inspectSvg(ranking);
  assertInside(r, 'ranking');
  assert.ok(r.texts.some((t) => t.role === 'source'));
  assert.ok(r.texts.some((t) => t.role === 'footer' && /Bình đẳng giới/.test(t.text)));
  keep('explore-ranking.png', await download(page, page.getByTestId('download-png').first()));
  await page.locator('label.tab', { hasText: 'Bản đồ' }).click();
  await page.locator('svg[data-map] path').first().waitFor();
  const map = (await download(page, page.getByTestId('download-svg').first())).toString('utf8');
  keep('explore-map.svg', map);
  const m = await inspectSvg(map);
  assertInside(m, 'map');
  // The colour scale, and the no-data swatch when the map hatches a province, are its legend.
  const hatched = await page.locator('svg[data-map] path[data-has-value="false"]').count();
  assert.deepEqual(
    m.legend.map((l) => l.kind),
    hatched ? ['ramp', 'nodata'] : ['ramp'],
  );
  assert.ok(m.texts.some((t) => t.role === 'legend' && /^\d+(,\d+)? → \d+(,\d+)?$/.test(t.text)));
  // The map's attribution (its figure caption) travels with the image.
  assert.ok(m.texts.some((t) => t.role === 'footer' && /geoBoundaries/.test(t.text)));
  keep('explore-map.png', await download(page, page.getByTestId('download-png').first()));
  await page.close();
});

/** The key of an exported grouped map: its legend items and texts. */
async function groupedMapKey(svg: string) {
  const info = await inspectSvg(svg);
  assertInside(info, 'grouped map');
  const legendText = info.texts.filter((t) => t.role === 'legend').map((t) => t.text);
  return { info, legendText };
}

test('a grouped map’s image carries its key: the groups’ swatches and the selected province’s mark', async () => {
  // The indicator page, the 2021 groups chosen: the address keeps the choice (?y=2021).
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/indicators/sex_ratio_at_birth/?y=2021&vt=63'));
  await page.locator('.ranking-view[data-year="2021"] svg[data-map]').waitFor();
  const fills = await page
    .locator('svg[data-map] pattern')
    .evaluateAll((ps) => [
      ...new Set(ps.map((p) => p.querySelector('rect')?.getAttribute('fill'))),
    ]);
  const bar = page.locator('.ranking-view .part').nth(1).locator('.download-bar');
  const svg = (await download(page, bar.getByTestId('download-svg'))).toString('utf8');
  keep('indicator-map-groups.svg', svg);
  const { info, legendText } = await groupedMapKey(svg);
  const groups = info.legend.filter((l) => l.kind === 'group');
  assert.equal(groups.length, 3, 'three group swatches');
  assert.deepEqual(
    legendText.slice(0, 3).map((t) => t.replace(/\s*\(\d+\)$/, '')),
    ['trên 112', '109–112', 'dưới 109'],
  );
  // The page's own province (Khánh Hòa, with a plan of its own) is marked on the map and in the key.
  const marked = await page.locator('svg[data-map] g.marked').count();
  assert.equal(info.legend.filter((l) => l.kind === 'marked').length, marked);
  assert.ok(groups.every((g) => g.pattern && fills.includes(g.pattern) && g.drawn > 20));
  assert.ok(!info.legend.some((l) => l.kind === 'nodata'), 'every province has a group');
  assert.ok(info.texts.some((t) => t.role === 'footer' && /geoBoundaries/.test(t.text)));
  assert.match(
    info.texts
      .filter((t) => t.role === 'footer')
      .map((t) => t.text)
      .join('')
      .replace(/ /g, ''),
    /sex_ratio_at_birth\/\?y=2021&vt=63/,
  );
  const png = await download(page, bar.getByTestId('download-png'));
  keep('indicator-map-groups.png', png);
  assert.deepEqual(pngSize(png), { width: info.width * 2, height: info.height * 2 });
  await page.close();

  // Explore in English, Khánh Hòa (63) chosen: its mark is in the key too.
  const en = await session.newPage();
  await en.goto(siteUrl(session, '/en/explore/?v=3&i=sex_ratio_at_birth&a=63-56&view=map&y=2021'));
  await en.locator('svg[data-map] path[data-code]').first().waitFor({ timeout: 60_000 });
  const markColor = await en
    .locator('svg[data-map] g.marked')
    .first()
    .getAttribute('data-series-color');
  const enSvg = (await download(en, en.getByTestId('download-svg').first())).toString('utf8');
  keep('explore-map-groups-en.svg', enSvg);
  const k = await groupedMapKey(enSvg);
  assert.deepEqual(
    k.info.legend.map((l) => l.kind),
    ['group', 'group', 'group', 'marked'],
  );
  assert.ok(k.legendText.includes('Selected: Khanh Hoa (63)'), k.legendText.join(' | '));
  assert.equal(k.info.legend.at(-1)!.outline, markColor);
  assert.ok(k.legendText.some((t) => /^above 112 \(\d+\)$/.test(t)));
  keep('explore-map-groups-en.png', await download(en, en.getByTestId('download-png').first()));
  await en.close();
});

test('downloads in Vietnamese: the indicator’s unit, words for codes, no true/false', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/indicators/sex_ratio_at_birth/'));
  await page.waitForLoadState('networkidle');
  const bar = page.locator('.download-bar').first();
  const csv = (await download(page, bar.getByTestId('download-csv-full'))).toString('utf8');
  const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
    header: true,
    skipEmptyLines: true,
  }).data;
  assert.ok(rows.length > 50);
  assert.ok(
    rows.every((r) => r.don_vi === 'bé trai/100 bé gái'),
    'unit_vi on every row',
  );
  const cells = rows.flatMap((r) => Object.values(r));
  assert.ok(!cells.some((c) => c === 'true' || c === 'false'), 'no true/false');
  assert.ok(rows.every((r) => r.so_bo === 'có' || r.so_bo === 'không'));
  assert.ok(
    rows.some((r) => r.chuoi_so_lieu === 'điều tra thống kê' && r.series_code === 'survey'),
  );
  const qualities = [
    'Công bố chính thức',
    'Báo chí đưa tin số liệu chính thức',
    'Tổng hợp của bên thứ ba',
  ];
  assert.ok(
    rows.every((r) => qualities.includes(r.loai_nguon!)),
    'source quality in words',
  );
  assert.ok(rows.every((r) => r.source_quality_code && r.co_quan_cong_bo && r.source_url));
  assert.ok(
    rows.some((r) => /^(dưới|trên) \d+$|^\d+–\d+$/.test(r.gia_tri_dang_chu ?? '')),
    'MoH groups as words',
  );
  // The workbook: the same rows, and a sheet of sources by publisher and title.
  const sheets = await readXlsxFile(await download(page, bar.getByTestId('download-xlsx')));
  const [data, sources, about] = sheets;
  assert.equal(data!.sheet, 'Dữ liệu');
  const header = data!.data[0] as string[];
  const unit = header.indexOf('don_vi');
  assert.ok(data!.data.slice(1).every((r) => r[unit] === 'bé trai/100 bé gái'));
  assert.ok(
    !data!.data.flat().some((c) => c === true || c === false || c === 'true' || c === 'false'),
  );
  assert.equal(sources!.sheet, 'Nguồn');
  assert.ok(
    sources!.data.slice(1).every((r) => r[0] && r[5]),
    'publisher and URL of each source',
  );
  assert.ok(about!.data.some((r) => String(r[1]).includes('/x/indicators/sex_ratio_at_birth/')));

  await page.goto(siteUrl(session, '/en/indicators/sex_ratio_at_birth/'));
  await page.waitForLoadState('networkidle');
  const en = (
    await download(page, page.locator('.download-bar').first().getByTestId('download-csv-shown'))
  ).toString('utf8');
  const enRows = Papa.parse<Record<string, string>>(en.slice(1), { header: true }).data.filter(
    (r) => r.indicator_id,
  );
  assert.ok(enRows.every((r) => r.unit === 'boys per 100 girls (live births)'));
  assert.ok(enRows.every((r) => r.preliminary === 'yes' || r.preliminary === 'no'));
  assert.ok(enRows.every((r) => /[A-Za-z]/.test(r.source_quality!)));

  // A status download: comparator written out, never a bare "=".
  await page.goto(siteUrl(session, '/provinces/VN/'));
  const status = (await download(page, page.getByTestId('download-csv-shown').first())).toString(
    'utf8',
  );
  const statusRows = Papa.parse<Record<string, string>>(status.slice(1), { header: true }).data;
  assert.ok(statusRows.every((r) => r.dieu_kien !== '=' && r.dieu_kien !== "'="));
  assert.ok(
    statusRows.some((r) => r.don_vi),
    'units on status rows',
  );
  assert.ok(!status.includes(',true,') && !status.includes(',false,'));
  await page.close();
});

test('embeds list their sources and tell the embedding page their height', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/indicators/sex_ratio_at_birth/'));
  await page
    .getByRole('button', { name: /Mã nhúng/ })
    .first()
    .click();
  const code = await page.getByTestId('embed-code').first().inputValue();
  assert.match(code, /^<iframe [^>]*height="640"[^>]*data-gender-embed><\/iframe>\n<script>/);
  const src = code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  const embed = await session.newPage();
  await embed.goto(src);
  const sources = await embed.getByTestId('embed-sources').innerText();
  assert.match(sources, /Nguồn: .*Tổng cục Thống kê/);
  // Another site (another port on this machine, no policy of ours) that pastes the code: the
  // iframe takes the height the embed reports.
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>host</title>${code}`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const host = await session.newPage();
  await host.goto(`http://localhost:${(server.address() as AddressInfo).port}/`);
  await host.waitForFunction(() => {
    const f = document.querySelector('iframe[data-gender-embed]') as HTMLIFrameElement | null;
    return f?.style.height && f.style.height !== '640px';
  });
  const frameHeight = await host.evaluate(() =>
    parseFloat(
      (document.querySelector('iframe[data-gender-embed]') as HTMLIFrameElement).style.height,
    ),
  );
  const inner = host.frames().find((fr) => fr.url().includes('/embed/'))!;
  const heights = {
    frame: frameHeight,
    content: await inner.evaluate(
      () => document.querySelector('main')!.getBoundingClientRect().height,
    ),
  };
  assert.ok(
    Math.abs(heights.frame - heights.content) <= 4,
    `iframe ${heights.frame}px fits its content ${heights.content}px`,
  );
  await host.close();
  server.close();
  await embed.close();
  await page.close();
});

test('About lists sources in the page’s language, never by id; Data is a catalogue', async () => {
  const page = await session.newPage();
  for (const path of ['/about/', '/en/about/']) {
    await page.goto(siteUrl(session, path));
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, /\b(?:SEED\d{3}|S\d{2}|REG\d{2}|U[0-9a-f]{10})\b/, `${path}: no ids`);
    assert.doesNotMatch(text, /document cited by number|plan text \(data\/plans\)/);
    assert.ok((await page.getByTestId('web-sources').locator('tbody tr').count()) > 50);
  }
  await page.goto(siteUrl(session, '/about/'));
  const vi = await page.getByTestId('catalog-sources').innerText();
  assert.match(vi, /Nội dung đã đối chiếu/);
  assert.match(vi, /UBND tỉnh Khánh Hòa/);
  assert.doesNotMatch(vi, /\((?:English|citing|section)[^)]*\)/);
  await page.goto(siteUrl(session, '/en/about/'));
  const en = await page.getByTestId('catalog-sources').innerText();
  assert.match(en, /Khánh Hòa Provincial People's Committee/);
  assert.match(en, /What was checked in it/);

  await page.goto(siteUrl(session, '/data/'));
  // One table of files; every column described once; plan texts under readable names.
  assert.ok((await page.getByTestId('data-files').locator('tbody tr').count()) >= 12);
  const described = (
    await page
      .getByTestId('column-dictionary')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.flatMap((r) => (r.getAttribute('data-columns') ?? '').split(' ')))
  ).filter(Boolean);
  assert.equal(new Set(described).size, described.length, 'each column once');
  for (const col of ['series', 'source_quality', 'status', 'reason', 'target_role', 'comparator'])
    assert.ok(described.includes(col), col);
  for (const list of [
    'series',
    'flags',
    'source_quality',
    'status',
    'reason',
    'target_role',
    'comparator',
  ])
    assert.equal(await page.locator(`[data-codes="${list}"]`).count(), 1, `code list ${list}`);
  const plan = page
    .getByTestId('plan-files')
    .getByRole('link', { name: 'khanh-hoa-11983-ubnd-kgvx-2021.txt' });
  const href = (await plan.getAttribute('href'))!;
  const human = await page.request.get(new URL(href, page.url()).href);
  assert.equal(human.status(), 200);
  const old = await page.request.get(siteUrl(session, '/data/plans/004_03423e82c8fe3694.txt'));
  assert.equal(old.status(), 200, 'the old plan path still works');
  assert.equal(await old.text(), await human.text());
  assert.match(
    await page.getByTestId('script-examples').innerText(),
    /\/x\/data\/indicators\/sex_ratio_at_birth\.csv/,
  );
  await page.close();
});

test('no console errors and no request left localhost', () => {
  assert.deepEqual(session.errors, []);
  assert.deepEqual(session.external, []);
});
