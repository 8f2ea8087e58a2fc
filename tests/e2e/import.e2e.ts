// Upload in Chromium: the template round-trips (download, fill, upload), the status is shown,
// the data survives a reload, nothing is sent anywhere, and deleting works.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import readXlsxFile from 'read-excel-file/node';
import { toXlsx } from '../../src/lib/export/xlsx.ts';
import { openSession, siteUrl, type Session } from './harness.ts';

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
  assert.ok(template.startsWith('\uFEFFMã chỉ tiêu,Chỉ tiêu'));
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
  await page.getByTestId('restored').waitFor();
  assert.match(await page.getByTestId('restored').innerText(), /khanh-hoa-2024\.csv/);
  await page.getByTestId('comparison').waitFor({ timeout: 60_000 });

  await page.getByTestId('delete-upload').click();
  await page.reload();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.getByTestId('comparison').count(), 0);
  assert.deepEqual(posts, [], 'no request carried the upload anywhere');
  await page.close();
});

test('the Excel template round-trips too', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=63-01'));
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('template-xlsx').click(),
  ]);
  const sheets = await readXlsxFile(readFileSync((await file.path())!));
  const rows = sheets[0]!.data as (string | number | null)[][];
  assert.equal(rows[0]![0], 'Mã chỉ tiêu');
  const srbRow = rows.find((r) => r[0] === 'sex_ratio_at_birth')!;
  assert.equal(srbRow[5], 'Hà Nội');
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
  await page.getByTestId('delete-upload').click();
  await page.close();
});

test('bad files give a clear message and the page keeps working', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/'));
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

test('no console errors and no request left localhost', () => {
  assert.deepEqual(session.errors, []);
  assert.deepEqual(session.external, []);
});
