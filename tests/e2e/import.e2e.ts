// Upload in Chromium: the template round-trips (download, fill, upload), the status is shown,
// the data survives a reload, nothing is sent anywhere, and deleting works.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { buildData } from '../../scripts/build-data.ts';
import { openNodeClient } from '../../src/lib/data/node-client.ts';
import { listStatus } from '../../src/lib/data/queries.ts';
import { headlineRows } from '../../src/lib/domain/attainment/evaluate.ts';
import { toXlsx } from '../../src/lib/export/xlsx.ts';
import { makeXlsx } from '../unit/import/make-xlsx.ts';
import { axe, openSession, siteUrl, type Session, deleteKeptUpload } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
});

test('template → fill → upload → status, kept after reload, never sent', async () => {
  const page = await session.newPage();
  const posts: string[] = [];
  page.on('request', (r) => r.method() !== 'GET' && posts.push(`${r.method()} ${r.url()}`));
  await page.goto(siteUrl(session, '/provinces/63-56/'));
  await page.getByTestId('import-link').click();
  await page.waitForURL(/\/import\/\?a=63-56/);
  assert.equal(await page.getByTestId('import-area').inputValue(), '63-56');

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('template-csv').click(),
  ]);
  const template = readFileSync((await file.path())!, 'utf8');
  assert.ok(template.startsWith('\uFEFFMẫu báo cáo'), 'notes above the table');
  assert.match(
    template,
    /\r\nMã chỉ tiêu,Chỉ tiêu,.*,Tỉnh\/Thành phố,Tử số,Mẫu số,Năm,Giá trị\r\n/,
  );
  // Fill two values the way a person would, with decimal commas, for 2024.
  const filled = template
    .replace(/^(sex_ratio_at_birth,.*),\d{4},\r$/m, '$1,2024,"111,9"\r')
    .replace(/^(female_wage_employment_pct,.*),\d{4},\r$/m, '$1,2024,"52,5"\r');
  assert.notEqual(filled, template);
  await page.getByTestId('import-file').setInputFiles({
    name: 'khanh-hoa-2024.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(filled, 'utf8'),
  });
  await page.getByTestId('import-summary').waitFor();
  assert.match(
    await page.getByTestId('import-summary').innerText(),
    /Nhận 2 giá trị, 0 dòng có vấn đề/,
  );
  const comparison = page.getByTestId('comparison');
  await comparison.waitFor({ timeout: 60_000 });
  const srb = comparison.locator('tr[data-indicator="sex_ratio_at_birth"]').first();
  // 111.9 against Khánh Hòa's own ≤ 111 by 2025, in 2024: not yet met.
  assert.match(await srb.getByTestId('your-status').innerText(), /111,9 \(2024\)/);
  assert.equal(await srb.locator('[data-testid="your-status"] [data-status="met"]').count(), 0);
  const wage = comparison.locator('tr[data-indicator="female_wage_employment_pct"]').first();
  assert.equal(
    await wage.locator('[data-testid="your-status"] [data-status="met"]').count(),
    1,
    '52.5 ≥ 50: met',
  );
  // Targets with a value on neither side are listed apart, not as rows of "no data".
  const rows = comparison.locator('tbody tr');
  for (let i = 0; i < (await rows.count()); i++)
    assert.ok((await rows.nth(i).locator('[data-status="no_data"]').count()) < 2, `row ${i}`);
  assert.match(
    await page.getByTestId('unassessed').locator('summary').innerText(),
    /^\d+ mục tiêu khác chưa có giá trị ở cả hai phía$/,
  );

  await page.reload();
  const restored = page.locator('[data-testid="import-notice"][data-kind="restored"]');
  await restored.waitFor();
  assert.match(await restored.innerText(), /khanh-hoa-2024\.csv/);
  await page.getByTestId('comparison').waitFor({ timeout: 60_000 });

  await deleteKeptUpload(page);
  await page.reload();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.getByTestId('comparison').count(), 0);
  assert.deepEqual(posts, [], 'no request carried the upload anywhere');
  await page.close();
});

test('the Excel template round-trips too', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=63-01'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('template-xlsx').click(),
  ]);
  const sheets = await readXlsxFile(readFileSync((await file.path())!));
  const all = sheets[0]!.data as (string | number | null)[][];
  // The notes (what the file is, how to fill it) above the table, as in the CSV.
  const at = all.findIndex((r) => r[0] === 'Mã chỉ tiêu');
  assert.ok(at > 0, 'notes above the header');
  assert.match(String(all[0]![0]), /^Mẫu báo cáo/);
  assert.ok(all.slice(0, at).some((r) => /dấu phẩy thập phân, ví dụ 52,5/.test(String(r[0]))));
  const rows = all.slice(at);
  const srbRow = rows.find((r) => r[0] === 'sex_ratio_at_birth')!;
  assert.equal(srbRow[rows[0]!.indexOf('Tỉnh/Thành phố')], 'Hà Nội (63)');
  // Fill the value and write the workbook back, as a person would in Excel.
  const header = rows[0]!.map(String);
  const filled = await toXlsx([
    {
      name: 'Mẫu báo cáo',
      columns: header.map((h) => ({ key: h, header: h })),
      rows: rows.slice(1).map((r) => {
        const o = Object.fromEntries(header.map((h, i) => [h, r[i] ?? null]));
        if (o['Mã chỉ tiêu'] === 'sex_ratio_at_birth') o['Giá trị'] = 115.2;
        return o;
      }),
    },
  ]);
  await page.getByTestId('import-file').setInputFiles({
    name: 'ha-noi.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await filled.arrayBuffer()),
  });
  await page.getByTestId('import-summary').waitFor();
  assert.match(await page.getByTestId('import-summary').innerText(), /XLSX.*Nhận 1 giá trị/);
  await page.getByTestId('comparison').waitFor({ timeout: 60_000 });
  assert.match(await page.getByTestId('comparison').innerText(), /115,2/);
  await deleteKeptUpload(page);
  await page.close();
});

test('bad files give a clear message and the page keeps working', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  assert.match(await page.getByTestId('import-error').innerText(), /trống/);
  const rows =
    'Chỉ tiêu,Tỉnh/Thành phố,Năm,Giá trị\n<img src=x onerror=window.__x=1>,Khánh Hòa,2023,1\nTỷ số giới tính khi sinh,Ninh Thuận,2026,110\n';
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) });
  await page.getByTestId('problems').waitFor();
  const problems = await page.getByTestId('problems').innerText();
  assert.match(problems, /<img src=x/);
  assert.match(problems, /hợp nhất vào Khánh Hòa/);
  assert.equal(await page.evaluate(() => (window as unknown as { __x?: number }).__x), undefined);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-rejected').click(),
  ]);
  const csv = readFileSync((await file.path())!, 'utf8');
  assert.match(csv, /^\uFEFFrow,column,reason/);
  assert.equal(csv.trim().split('\r\n').length, 3);
  assert.match(csv, /'<img|<img/);
  await page.close();
});

test('a large file streams through the worker with progress in MiB', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=63-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.waitForLoadState('networkidle');
  // Record every text the progress line shows, however briefly.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="import-progress"]');
      if (el) seen.push(el.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  // About 4 MiB (four 1 MiB slices): Khánh Hòa's TFR for 1990–2100, then thousands of note rows.
  const lines = ['Chỉ tiêu;Tỉnh/Thành phố;Năm;Giá trị'];
  for (let year = 1990; year <= 2100; year++)
    lines.push(`Tổng tỷ suất sinh;Khánh Hòa (tỉnh cũ, trước sáp nhập 2025);${year};"2,1"`);
  const note = 'Ghi chú: số liệu sơ bộ, Sở Y tế tỉnh Khánh Hòa — dòng chú thích dài'.repeat(3);
  for (let bytes = 0; bytes < 4_000_000; bytes += Buffer.byteLength(note) + 1) lines.push(note);
  await page.getByTestId('import-file').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n'), 'utf8'),
  });
  await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
  const seen = await page.evaluate(
    () => (window as unknown as { __progress: string[] }).__progress,
  );
  assert.ok(
    seen.some((t) => /đã đọc [\d,]+ \/ [\d,]+ MiB/.test(t)),
    `progress shown: ${seen.slice(0, 3).join(' | ')}`,
  );
  // The province name is not one the catalog knows: every row is rejected, none lost.
  assert.match(await page.getByTestId('import-summary').innerText(), /111 dòng có vấn đề/);
  await page.close();
});

/**
 * What IndexedDB keeps for a slot (province|year|period), read in the page: the file's name and
 * how many values.
 */
async function storedUpload(
  page: Page,
  slot = '63-56|2025|annual',
): Promise<{ fileName: string; n: number } | null> {
  return page.evaluate(
    (id) =>
      new Promise<{ fileName: string; n: number } | null>((resolve, reject) => {
        const open = indexedDB.open('gender-dashboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('slots').objectStore('slots').get(id);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            const r = get.result as
              { upload: { fileName: string; accepted: unknown[] } | null } | undefined;
            resolve(
              r?.upload ? { fileName: r.upload.fileName, n: r.upload.accepted.length } : null,
            );
          };
        };
      }),
    slot,
  );
}

const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

test('a second file chosen while the first is read: only the second is shown and kept', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=63-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.waitForLoadState('networkidle');
  // First a big file: 100 k rows over the 63 provinces, thousands of them accepted.
  const names = [
    ...new Set(
      readFileSync('data/geo/crosswalk_63_to_34.csv', 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[1])
        .filter((n): n is string => !!n),
    ),
  ];
  assert.ok(names.length > 50, `province names: ${names.length}`);
  const lines = ['Chỉ tiêu,Tỉnh/Thành phố,Năm,Giá trị'];
  for (let i = 0; i < 100_000; i++)
    lines.push(
      `total_fertility_rate,${names[i % names.length]},${1990 + (Math.floor(i / names.length) % 35)},"2,${i % 10}"`,
    );
  const big = csvFile('big-100k.csv', lines.join('\n'));
  const small = csvFile(
    'small.csv',
    'Chỉ tiêu,Tỉnh/Thành phố,Năm,Giá trị\nsex_ratio_at_birth,Khánh Hòa,2024,"111,9"\n',
  );
  const input = page.getByTestId('import-file');
  const summary = page.getByTestId('import-summary');
  // How long the big file takes on its own: an unguarded late result would arrive about then.
  let started = Date.now();
  await input.setInputFiles(big);
  await summary.filter({ hasText: 'big-100k.csv' }).waitFor({ timeout: 60_000 });
  const alone = Date.now() - started;
  assert.ok(alone > 500, `the big file takes ${alone} ms on its own`);

  started = Date.now();
  await input.setInputFiles(big);
  await page.getByTestId('import-progress').waitFor();
  assert.equal(await summary.count(), 0, 'the first file is still being read');
  await input.setInputFiles(small);
  await summary.filter({ hasText: 'small.csv' }).waitFor({ timeout: 60_000 });
  // Wait well past the moment the first file's result would have come, then look again.
  await page.waitForTimeout(Math.max(0, started + 2 * alone + 1000 - Date.now()));
  const text = await summary.innerText();
  assert.match(text, /“small\.csv”/);
  assert.match(text, /Nhận 1 giá trị, 0 dòng có vấn đề/);
  // The slot holds the big file's values: the user is asked, and replaces them.
  await page.getByTestId('upload-decision').waitFor();
  await page.getByTestId('upload-replace').click();
  await page.locator('[data-testid="import-notice"][data-kind="kept"]').waitFor();
  await page.getByTestId('kept').filter({ hasText: 'small.csv' }).waitFor();
  assert.match(await page.getByTestId('kept').innerText(), /“small\.csv” \(1 giá trị\)/);
  assert.deepEqual(await storedUpload(page), { fileName: 'small.csv', n: 1 });
  await page.reload();
  const restored = page.locator('[data-testid="import-notice"][data-kind="restored"]');
  await restored.waitFor();
  assert.match(await restored.innerText(), /small\.csv/);
  await deleteKeptUpload(page);
  await page.close();
});

test('a file with no accepted value does not replace the kept upload', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=63-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  const input = page.getByTestId('import-file');
  await input.setInputFiles(
    csvFile('good.csv', 'Chỉ tiêu,Năm,Giá trị\nsex_ratio_at_birth,2024,"111,9"\n'),
  );
  await page.getByTestId('kept').filter({ hasText: 'good.csv' }).waitFor();
  assert.deepEqual(await storedUpload(page), { fileName: 'good.csv', n: 1 });
  await input.setInputFiles(
    csvFile('typo.csv', 'Chỉ tiêu,Năm,Giá trị\nsex_ratio_at_birth,2024,abc\n'),
  );
  const notice = page.locator('[data-testid="import-notice"][data-kind="not_kept"]');
  await notice.waitFor();
  assert.equal(
    await notice.innerText(),
    '“typo.csv” không có giá trị nào được nhận nên không được lưu. Dữ liệu đang lưu trong trình duyệt vẫn là “good.csv” (1 giá trị).',
  );
  assert.match(await page.getByTestId('problems').innerText(), /“abc” không phải là số/);
  assert.deepEqual(await storedUpload(page), { fileName: 'good.csv', n: 1 });
  // A refused file neither.
  await input.setInputFiles(csvFile('empty.csv', ''));
  await page.getByTestId('import-error').waitFor();
  assert.deepEqual(await storedUpload(page), { fileName: 'good.csv', n: 1 });
  await page.reload();
  await page.locator('[data-testid="import-notice"][data-kind="restored"]').waitFor();
  await page.getByTestId('comparison').waitFor({ timeout: 60_000 });
  await deleteKeptUpload(page);
  await page.close();
});

test('a workbook: every sheet read or skipped with the reason, formula errors listed', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/en/import/?a=63-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  const header = ['Chỉ tiêu', 'Năm', 'Giá trị'];
  const book = makeXlsx([
    { name: 'Hướng dẫn', rows: [['Fill in one sheet per year.']] },
    { name: '2023', rows: [header, ['sex_ratio_at_birth', 2023, 111.5]] },
    {
      name: '2024',
      rows: [
        header,
        ['sex_ratio_at_birth', 2024, 110.9],
        ['female_wage_employment_pct', 2024, { formula: 'B2/0', error: '#DIV/0!' }],
      ],
    },
    { name: 'Empty', rows: [] },
  ]);
  await page.getByTestId('import-file').setInputFiles({
    name: 'by-year.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(book),
  });
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 60_000 });
  assert.equal(
    await summary.innerText(),
    'File “by-year.xlsx”: Excel (XLSX). Sheets read: “2023” (long layout), “2024” (long layout). ' +
      'Sheets skipped: “Hướng dẫn” (no header row with “Chỉ tiêu” (indicator), “Năm” (year), “Giá trị” (value) or years), “Empty” (empty). ' +
      'Values accepted: 2; rows with problems: 1; non-data rows skipped: 0.',
  );
  const rows = page.getByTestId('problems').locator('tbody tr');
  assert.equal(await rows.count(), 1);
  assert.deepEqual(await rows.first().locator('td').allInnerTexts(), [
    '2024',
    '3',
    'Giá trị',
    'Share of employed women who are wage/salary earners',
    'the cell holds a formula error, #DIV/0!',
  ]);
  await page.getByTestId('kept').waitFor();
  await deleteKeptUpload(page);
  await page.close();
});

test('round trip: a template per agency → several files merged, one conflict → your figures on the annual page → data pack → the build', async () => {
  const page = await session.newPage();
  const posts: string[] = [];
  page.on('request', (r) => r.method() !== 'GET' && posts.push(`${r.method()} ${r.url()}`));
  await page.goto(siteUrl(session, '/import/?a=63-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.waitForLoadState('networkidle');
  // Khánh Hòa (63) ended on 30/6/2025: its templates are for 2025, whatever today is.
  assert.equal(await page.getByTestId('template-year').inputValue(), '2025');
  const agency = (name: string) =>
    page.locator(`[data-testid="agency-template"][data-agency="${name}"]`);
  const download = async (button: ReturnType<Page['getByTestId']>) => {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { name: file.suggestedFilename(), path: (await file.path())! };
  };
  const homeFile = await download(agency('Sở Nội vụ').getByTestId('agency-csv'));
  const healthFile = await download(agency('Sở Y tế').getByTestId('agency-xlsx'));
  assert.equal(homeFile.name, 'mau-bao-cao-63-56-2025-so-noi-vu.csv');
  assert.equal(healthFile.name, 'mau-bao-cao-63-56-2025-so-y-te.xlsx');
  // Or every agency at once: a zip of the same files, CSV and Excel.
  const zip = await download(page.getByTestId('template-zip'));
  assert.equal(zip.name, 'mau-bao-cao-63-56-2025.zip');
  const entries = unzipSync(readFileSync(zip.path));
  const agencies = await page.getByTestId('agency-template').count();
  assert.equal(Object.keys(entries).length, 2 * agencies);
  assert.deepEqual(
    Buffer.from(entries[homeFile.name]!),
    readFileSync(homeFile.path),
    'the zip holds the same CSV',
  );
  assert.ok(entries[healthFile.name]!.byteLength > 0);

  // The Department of Home Affairs fills its CSV (decimal commas, as a person would).
  const home = readFileSync(homeFile.path, 'utf8');
  assert.match(home, /Tỉnh\/thành phố: Khánh Hòa \(63\)\r\nNăm báo cáo: 2025\r\n/);
  assert.match(home, /Cơ quan báo cáo: Sở Nội vụ\r\n/);
  const fillCsv = (text: string, id: string, value: string) =>
    text.replace(new RegExp(`^(${id},.*,2025,)\\r$`, 'm'), `$1"${value}"\r`);
  let homeFilled = fillCsv(home, 'female_wage_employment_pct', '52,5');
  homeFilled = fillCsv(homeFilled, 'female_key_leader_agencies_pct', '55');
  assert.notEqual(homeFilled, home);
  const homeRow =
    homeFilled.split('\r\n').findIndex((l) => l.startsWith('female_key_leader_agencies_pct,')) + 1;

  // The Department of Health fills its workbook, and (a slip) also gives key leaders, differently.
  const sheets = await readXlsxFile(readFileSync(healthFile.path));
  const all = sheets[0]!.data as (string | number | null)[][];
  const rows = all.slice(all.findIndex((r) => r[0] === 'Mã chỉ tiêu'));
  const header = rows[0]!.map(String);
  const records = rows
    .slice(1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
  assert.ok(records.every((r) => r['Cơ quan báo cáo'] === 'Sở Y tế' && r['Năm'] === '2025'));
  const srb = records.find((r) => r['Mã chỉ tiêu'] === 'sex_ratio_at_birth')!;
  srb['Giá trị'] = 110.4;
  records.push({
    ...srb,
    'Mã chỉ tiêu': 'female_key_leader_agencies_pct',
    'Chỉ tiêu': '',
    'Giá trị': 50,
  });
  const healthRow = records.length + 1;
  const healthBook = await toXlsx([
    { name: sheets[0]!.sheet, columns: header.map((h) => ({ key: h, header: h })), rows: records },
  ]);

  await page.getByTestId('import-file').setInputFiles([
    { name: homeFile.name, mimeType: 'text/csv', buffer: Buffer.from(homeFilled, 'utf8') },
    {
      name: healthFile.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await healthBook.arrayBuffer()),
    },
  ]);
  const merged = page.getByTestId('merge-summary');
  await merged.waitFor({ timeout: 60_000 });
  assert.match(
    await merged.innerText(),
    /^Gộp 2 tệp: giữ 2 giá trị; 1 giá trị khác nhau giữa các tệp \(không giữ giá trị nào\)/,
  );
  assert.equal(await page.getByTestId('import-summary').count(), 2);
  const conflict = page.getByTestId('conflicts').locator('tbody tr');
  assert.equal(await conflict.count(), 1);
  assert.deepEqual(await conflict.locator('li').allInnerTexts(), [
    `“${homeFile.name}”, dòng ${homeRow}: 55`,
    `“${healthFile.name}”, trang “${sheets[0]!.sheet}”, dòng ${healthRow}: 50`,
  ]);
  await page.getByTestId('kept').filter({ hasText: '2 giá trị' }).waitFor();
  // Left only once the comparison is drawn (the page's comparison still running when it is left
  // throws: see the report).
  await page.getByTestId('comparison').waitFor({ timeout: 60_000 });

  // The annual page shows them as "your figures", unpublished, with the engine's verdicts.
  await page.getByTestId('own-page-link').click();
  await page.waitForURL(/\/provinces\/63-56\/2025\/$/);
  const own = page.getByTestId('own-figures');
  await own.waitFor();
  assert.match(await own.innerText(), /Số liệu của bạn/);
  assert.match(await own.innerText(), /chưa công bố — chỉ có trong trình duyệt này/);
  assert.match(
    await page.getByTestId('own-summary-line').innerText(),
    /^Theo số liệu của bạn: 2 trên 25 mục tiêu có kết luận: 2 đạt, 0 chưa đạt\./,
  );
  // The official summary is unchanged by them.
  assert.match(await page.getByTestId('summary-line').innerText(), /: 0 đạt, 0 chưa đạt\./);
  const wage = page.locator(
    '[data-testid="report-row"][data-indicator="female_wage_employment_pct"]',
  );
  assert.match(
    await wage.getByTestId('own-value').innerText(),
    /^52,5 \(2025\) · tệp “mau-bao-cao/,
  );
  assert.equal(await wage.locator('[data-testid="own-verdict"] [data-status="met"]').count(), 1);
  // Drawn on the same small chart, as a series of its own, the judged point ringed.
  assert.equal(await wage.locator('g[data-series="own|own|all"]').count(), 1);
  const leaders = page.locator(
    '[data-testid="report-row"][data-indicator="female_key_leader_agencies_pct"]',
  );
  assert.match(
    await leaders.getByTestId('own-conflict').innerText(),
    /Năm 2025: các tệp ghi khác nhau/,
  );
  assert.equal(
    await leaders.locator('[data-testid="own-verdict"] [data-status="no_data"]').count(),
    1,
  );
  assert.deepEqual(await axe(page), []);
  await page.goto(siteUrl(session, '/en/provinces/63-56/2025/'));
  await page.getByTestId('own-figures').waitFor();
  assert.match(await page.getByTestId('own-figures').innerText(), /Your figures/);
  assert.match(
    await page.getByTestId('own-figures').innerText(),
    /unpublished — only in this browser/,
  );

  // Publish: the data pack, with the report it comes from.
  await page.goto(siteUrl(session, '/import/?a=63-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.getByTestId('data-pack').waitFor();
  await page.getByTestId('pack-export').click();
  assert.match(await page.getByTestId('pack-problems').innerText(), /chưa điền/);
  const date = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await page.getByTestId('pack-document').fill('Báo cáo 12/BC-UBND về bình đẳng giới năm 2025');
  await page.getByTestId('pack-agency').fill('UBND tỉnh Khánh Hòa');
  await page.getByTestId('pack-date').fill(date);
  await page.getByTestId('pack-url').fill('https://khanhhoa.gov.vn/bao-cao-12');
  const pack = await download(page.getByTestId('pack-export'));
  assert.equal(pack.name, `contrib-63-56-2025-${date}.csv`);

  // Into data/contrib of a temporary copy of data/, built into a temporary folder.
  const tmp = mkdtempSync(join(tmpdir(), 'e2e-contrib-'));
  try {
    cpSync('data', join(tmp, 'data'), { recursive: true });
    writeFileSync(join(tmp, 'data', 'contrib', pack.name), readFileSync(pack.path));
    await buildData({
      dataDir: join(tmp, 'data'),
      outDir: join(tmp, 'site'),
      buildDatabase: join(tmp, 'build.duckdb'),
      log: () => undefined,
    });
    const db = await openNodeClient(join(tmp, 'build.duckdb'), { readOnly: true });
    try {
      const built = await db.query(
        `SELECT indicator_id, area_id, year, series, value, source_url, document, agency, document_date, source_file
         FROM actuals WHERE source_file LIKE 'contrib/%' ORDER BY indicator_id`,
      );
      assert.deepEqual(
        built.map((r) => ({ ...r, year: Number(r.year) })),
        [
          {
            indicator_id: 'female_wage_employment_pct',
            area_id: '63-56',
            year: 2025,
            series: 'admin_register',
            value: 52.5,
            source_url: 'https://khanhhoa.gov.vn/bao-cao-12',
            document: 'Báo cáo 12/BC-UBND về bình đẳng giới năm 2025',
            agency: 'UBND tỉnh Khánh Hòa',
            document_date: date,
            source_file: `contrib/${pack.name}`,
          },
          {
            indicator_id: 'sex_ratio_at_birth',
            area_id: '63-56',
            year: 2025,
            series: 'admin_register',
            value: 110.4,
            source_url: 'https://khanhhoa.gov.vn/bao-cao-12',
            document: 'Báo cáo 12/BC-UBND về bình đẳng giới năm 2025',
            agency: 'UBND tỉnh Khánh Hòa',
            document_date: date,
            source_file: `contrib/${pack.name}`,
          },
        ],
      );
      // What the prerendered 2025 page of Khánh Hòa (63) would show for the target: the headline
      // verdict from the built status table, now on the published administrative report.
      const status = headlineRows(await listStatus(db, { areaIds: ['63-56'], evalYears: [2025] }));
      assert.deepEqual(
        status
          .filter((r) => r.target_id === '63-56-female_wage_employment_pct-2025')
          .map((r) => [r.series, r.actual_value, r.status]),
        [['admin_register', 52.5, 'met']],
      );
    } finally {
      await db.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  await deleteKeptUpload(page);
  assert.deepEqual(posts, [], 'no request carried the upload anywhere');
  await page.close();
});

test('no console errors and no request left localhost', () => {
  assert.deepEqual(session.errors, []);
  assert.deepEqual(session.external, []);
});
