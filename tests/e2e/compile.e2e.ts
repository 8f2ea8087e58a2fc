// The compile page in Chromium with 34 SYNTHETIC packs (one broken): the broken file named and
// the others compiled, the matrix and the counts per target (as the engine gives them), a map,
// the two exports read back, axe, a 390 px screen, the English page and the keyboard.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { buildDataset } from '../../scripts/data/build-dataset.ts';
import { compile, readPackFile } from '../../src/lib/compile/compile.ts';
import { decodePack } from '../../src/lib/dataset/contrib.ts';
import { syntheticPacks } from '../synthetic/packs.ts';
import { axe, openSession, siteUrl, type Session } from './harness.ts';

const data = buildDataset('data');
const catalog = {
  indicators: data.indicators,
  areas: data.areas.filter((a) => a.kind !== 'region'),
  crosswalk: data.crosswalk,
  targets: data.targets,
};
const provinces = data.areas
  .filter((a) => a.kind === 'province' && a.vintage === 34)
  .sort((a, b) => a.id.localeCompare(b.id));
const packs = syntheticPacks(provinces, { broken: 33, badRow: 5 });
const broken = packs[33]!.name;
const dir = mkdtempSync(join(tmpdir(), 'compile-packs-'));
const paths = packs.map((p) => {
  const path = join(dir, p.name);
  writeFileSync(path, p.text);
  return path;
});
const today = new Date().toISOString().slice(0, 10);
const expected = compile(
  packs.map((p) => readPackFile(p.name, p.text, catalog, today)),
  catalog,
  2025,
);
const WAGE = 'VN-female_wage_employment_pct-2025';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function loaded(path: string): Promise<Page> {
  const page = await session.newPage();
  await page.goto(siteUrl(session, path));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.getByTestId('compile-files').setInputFiles(paths);
  await page.getByTestId('compile-matrix').waitFor();
  return page;
}

const count = (page: Page, target: string, status: string) =>
  page.locator(
    `[data-testid="compile-counts"] td[data-target="${target}"][data-status="${status}"]`,
  );

test('34 packs, one broken: the file named, the matrix and the counts as the engine gives them', async () => {
  const page = await loaded('/compile/');
  assert.match(
    await page.getByTestId('compile-files-summary').innerText(),
    /33 tệp dùng được, 1 tệp không dùng được/,
  );
  const refused = page.locator('[data-testid="compile-file-list"] > li[data-refused]');
  assert.equal(await refused.count(), 1);
  assert.equal(await refused.getAttribute('data-file'), broken);
  assert.equal(await refused.getAttribute('data-refused'), 'not_pack');
  assert.match(await refused.innerText(), /thiếu cột “agency”/);
  // The pack with one value out of range: that row named, the file compiled.
  const partial = page.locator(
    `[data-testid="compile-file-list"] > li[data-file="${packs[5]!.name}"]`,
  );
  assert.match(await partial.innerText(), /1 dòng không dùng được/);
  assert.match(await partial.innerText(), /dòng 2, cột “value”/);

  const matrix = page.getByTestId('compile-matrix');
  assert.equal(await matrix.locator('tbody tr').count(), 34);
  assert.match(await page.getByTestId('compile-reported').innerText(), /33 trong 34 tỉnh/);
  const wage = expected.counts.get('female_wage_employment_pct')!;
  assert.equal(wage.no_report, 2);
  for (const [status, n] of Object.entries(wage)) {
    assert.equal(await count(page, WAGE, status).innerText(), String(n), status);
    // Each count is the number of the matrix's cells of that class.
    assert.equal(
      await matrix
        .locator(`td[data-indicator="female_wage_employment_pct"][data-status="${status}"]`)
        .count(),
      n,
      status,
    );
  }
  // The national value built from the provinces' facts: a range while one province is missing.
  const lgbt = page.locator(
    '[data-testid="compile-rollup"][data-indicator="provinces_with_lgbt_health_pilot_pct"]',
  );
  assert.match(await lgbt.getByTestId('rollup-value').innerText(), /^từ 32,4 % đến 35,3 %/);
  assert.equal(await lgbt.getByTestId('rollup-verdict').getAttribute('data-status'), 'not_met');
  // A map of the files' figures.
  await page.locator('svg[data-map]').first().waitFor();
  assert.equal(
    (await page.locator('svg[data-map] path[data-has-value="true"]').count()) > 20,
    true,
  );
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(session.external, []);
  await page.close();
});

test('the compiled annex (XLSX) and the combined pack read back', async () => {
  const page = await loaded('/compile/');
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('compile-export-xlsx').click(),
  ]);
  assert.match(xlsx.suggestedFilename(), /^tong-hop-34-tinh-2025-.*\.xlsx$/);
  const sheets = await readXlsxFile(readFileSync((await xlsx.path())!));
  const [header, ...rows] = sheets[0]!.data;
  assert.ok(header!.includes('Đánh giá'), String(header));
  assert.equal(rows.length, 34 * expected.columns.length);
  const verdict = header!.indexOf('Nhóm');
  const number = header!.indexOf('Chỉ tiêu');
  const wageRows = rows.filter((r) => r[number] === 'MT2 CT1');
  assert.equal(
    wageRows.filter((r) => r[verdict] === 'Đạt').length,
    expected.counts.get('female_wage_employment_pct')!.met,
  );
  const [pack] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('compile-export-pack').click(),
  ]);
  const { records, errors } = decodePack(
    'combined.csv',
    readFileSync((await pack.path())!, 'utf8'),
    today,
  );
  assert.deepEqual(errors, []);
  assert.equal(records.length, expected.values.length);
  assert.ok(records.every((r) => r.values.document!.startsWith('SYNTHETIC')));
  await page.close();
});

test('390 px, English, keyboard: file input and indicator picker', async () => {
  const page = await session.newPage();
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(siteUrl(session, '/en/compile/'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  // Tab to the file input; the keyboard opens the chooser.
  let focused = '';
  for (let i = 0; i < 40 && focused !== 'compile-files'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  }
  assert.equal(focused, 'compile-files');
  // Focused, the picker shows it (the browser's own dialog then opens on Enter or Space;
  // headless Chromium opens it only now and then, so the files are given to the input itself).
  const outline = await page.evaluate(
    () => getComputedStyle(document.querySelector('.file-picker .file-button')!).outlineStyle,
  );
  assert.equal(outline, 'solid');
  await page.getByTestId('compile-files').setInputFiles(paths);
  await page.getByTestId('compile-matrix').waitFor();
  assert.match(
    await page.getByTestId('compile-files-summary').innerText(),
    /33 files usable, 1 not usable/,
  );
  assert.equal(await count(page, WAGE, 'no_report').innerText(), '2');
  assert.match(await page.locator('[data-testid="compile-counts"] thead').innerText(), /Met/);
  // Nothing wider than the screen but the scrolling tables.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 390, `page is ${overflow} px wide`);
  // The indicator picker, by keyboard: the ranking follows.
  const picker = page.getByTestId('compile-rank-indicator');
  const chartTitle = () =>
    page.evaluate(
      () => document.querySelector('svg[data-chart="ranked"] title')?.textContent ?? '',
    );
  await page.locator('svg[data-chart="ranked"]').waitFor();
  const before = await chartTitle();
  assert.equal(await picker.inputValue(), 'female_wage_employment_pct');
  assert.match(before, /wage/i);
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await picker.inputValue(), 'female_agri_employment_share_pct');
  await page.waitForFunction((b) => {
    const t = document.querySelector('svg[data-chart="ranked"] title')?.textContent;
    return t && t !== b;
  }, before);
  assert.match(await chartTitle(), /agricultur/i);
  assert.deepEqual(await axe(page), []);
  await page.close();
});
