// Uploads kept per province, year and period, in Chromium's real IndexedDB: the single slot of
// the old schema migrated, two provinces kept and both shown on their annual pages, two tabs
// uploading at once with nothing lost, the storage failing while the comparison still shows, a
// link naming an unknown province, and a page left while it compared.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axe, openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
});

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});
const values = (rows: [string, number, string][]) =>
  ['Chỉ tiêu,Năm,Giá trị', ...rows.map(([id, year, v]) => `${id},${year},"${v}"`)].join('\n');

const notice = (page: Page, kind: string) =>
  page.locator(`[data-testid="import-notice"][data-kind="${kind}"]`);

/** Every record the browser keeps, read in the page: slot id → file name and values. */
async function keptRecords(
  page: Page,
): Promise<Record<string, { file: string; values: number[] }>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, { file: string; values: number[] }>>((resolve, reject) => {
        const open = indexedDB.open('gender-dashboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('slots').objectStore('slots').getAll();
          all.onsuccess = () => {
            db.close();
            const out: Record<string, { file: string; values: number[] }> = {};
            for (const r of all.result as {
              id: string;
              upload: { fileName: string; accepted: { value: number }[] } | null;
            }[])
              if (r.upload)
                out[r.id] = {
                  file: r.upload.fileName,
                  values: r.upload.accepted.map((v) => v.value),
                };
            resolve(out);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test('the one upload an earlier version kept is migrated to its slot, not lost', async () => {
  const page = await session.newPage();
  // A page that never opens the store: write schema 1 as the earlier version did.
  await page.goto(siteUrl(session, '/about/'));
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gender-dashboard', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('uploads');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('uploads', 'readwrite');
          tx.objectStore('uploads').put(
            {
              fileName: 'cu-2024.csv',
              areaId: '63-56',
              accepted: [
                {
                  row: 2,
                  indicator_id: 'sex_ratio_at_birth',
                  area_id: '63-56',
                  year: 2023,
                  value: 112,
                },
                {
                  row: 3,
                  indicator_id: 'sex_ratio_at_birth',
                  area_id: '63-56',
                  year: 2024,
                  value: 111.9,
                },
              ],
              rejectedCount: 0,
              savedAt: '2025-03-01T08:00:00.000Z',
            },
            'current',
          );
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  // No choice in the link: the page opens on what is kept.
  await page.goto(siteUrl(session, '/import/'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await notice(page, 'restored').waitFor();
  assert.match(await notice(page, 'restored').innerText(), /cu-2024\.csv/);
  assert.equal(await page.getByTestId('import-area').inputValue(), '63-56');
  assert.equal(await page.getByTestId('template-year').inputValue(), '2024');
  assert.equal(await page.getByTestId('import-period').inputValue(), 'annual');
  const row = page.locator('[data-testid="kept-row"][data-slot="63-56|2024|annual"]');
  await row.waitFor();
  assert.match(await row.innerText(), /cu-2024\.csv/);
  assert.deepEqual(await keptRecords(page), {
    '63-56|2024|annual': { file: 'cu-2024.csv', values: [112, 111.9] },
  });
  await page.getByTestId('comparison').waitFor({ timeout: 60_000 });
  await row.getByTestId('kept-delete').click();
  await row.waitFor({ state: 'detached' });
  await page.close();
});

test('two provinces kept, each shown on its own annual page', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=63-56&y=2025'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page
    .getByTestId('import-file')
    .setInputFiles(csv('khanh-hoa.csv', values([['sex_ratio_at_birth', 2025, '110,4']])));
  await notice(page, 'kept').waitFor();
  // Another province: chosen on the page, its upload kept beside the first.
  await page.getByTestId('import-area').selectOption('63-01');
  await page
    .getByTestId('import-file')
    .setInputFiles(csv('ha-noi.csv', values([['sex_ratio_at_birth', 2025, '115,2']])));
  await notice(page, 'kept').filter({ hasText: 'ha-noi.csv' }).waitFor();
  assert.equal(await page.getByTestId('upload-decision').count(), 0, 'nothing to choose');
  assert.deepEqual(await keptRecords(page), {
    '63-56|2025|annual': { file: 'khanh-hoa.csv', values: [110.4] },
    '63-01|2025|annual': { file: 'ha-noi.csv', values: [115.2] },
  });
  assert.equal(await page.getByTestId('kept-row').count(), 2);

  for (const [id, file, value] of [
    ['63-56', 'khanh-hoa.csv', '110,4'],
    ['63-01', 'ha-noi.csv', '115,2'],
  ] as const) {
    await page.goto(siteUrl(session, `/provinces/${id}/2025/`));
    await page.getByTestId('own-figures').waitFor();
    const srb = page.locator('[data-testid="report-row"][data-indicator="sex_ratio_at_birth"]');
    assert.match(
      await srb.getByTestId('own-value').innerText(),
      new RegExp(`^${value} \\(2025\\)`),
    );
    const uploads = page.getByTestId('own-uploads');
    assert.match(await uploads.innerText(), new RegExp(file.replace('.', '\\.')));
    assert.equal(await uploads.getByTestId('kept-row').count(), 1, `${id}: its own upload only`);
    // The province page too.
    await page.goto(siteUrl(session, `/provinces/${id}/`));
    await page.getByTestId('own-uploads').waitFor();
  }
  assert.deepEqual(await axe(page), []);

  // Deleted from Hà Nội's page: Khánh Hòa's stays.
  await page.goto(siteUrl(session, '/provinces/63-01/2025/'));
  await page.getByTestId('own-figures').waitFor();
  await page.getByTestId('own-delete').click();
  await page.getByTestId('own-deleted').waitFor();
  assert.deepEqual(Object.keys(await keptRecords(page)), ['63-56|2025|annual']);
  await page.goto(siteUrl(session, '/provinces/63-56/2025/'));
  await page.getByTestId('own-figures').waitFor();
  await page.getByTestId('own-delete').click();
  await page.getByTestId('own-deleted').waitFor();
  assert.deepEqual(await keptRecords(page), {});
  await page.close();
});

test('two tabs uploading into one slot at once: nothing a tab said was kept is lost', async () => {
  const url = siteUrl(session, '/import/?a=63-56&y=2024');
  const [one, two] = [await session.newPage(), await session.newPage()];
  await Promise.all([one.goto(url), two.goto(url)]);
  await Promise.all([one.waitForLoadState('networkidle'), two.waitForLoadState('networkidle')]);
  await Promise.all([
    one
      .getByTestId('import-file')
      .setInputFiles(csv('tab-1.csv', values([['sex_ratio_at_birth', 2024, '111,9']]))),
    two
      .getByTestId('import-file')
      .setInputFiles(csv('tab-2.csv', values([['female_wage_employment_pct', 2024, '52,5']]))),
  ]);
  // One of them keeps its file; the other is told and asked (never told "kept" while it is not).
  const said = async (page: Page) => {
    await page
      .locator('[data-testid="upload-decision"], [data-testid="import-notice"][data-kind="kept"]')
      .first()
      .waitFor({ timeout: 60_000 });
    return (await page.getByTestId('upload-decision').count()) ? 'asked' : 'kept';
  };
  const outcomes = [await said(one), await said(two)];
  assert.deepEqual([...outcomes].sort(), ['asked', 'kept'], `outcomes: ${outcomes}`);
  const [keeper, asked] = outcomes[0] === 'kept' ? [one, two] : [two, one];
  const keptFile = keeper === one ? 'tab-1.csv' : 'tab-2.csv';
  const askedFile = keeper === one ? 'tab-2.csv' : 'tab-1.csv';
  // The tab asked names what the other tab kept, and that its own file is not kept yet.
  assert.match(
    await asked.getByTestId('upload-decision').innerText(),
    new RegExp(keptFile.replace('.', '\\.')),
  );
  assert.equal(await asked.getByTestId('kept').getAttribute('data-kept'), 'no');
  await asked.getByTestId('upload-merge').click();
  await notice(asked, 'kept').waitFor();
  assert.match(
    await notice(asked, 'kept').innerText(),
    /tab-1\.csv, tab-2\.csv|tab-2\.csv, tab-1\.csv/,
  );
  // The first tab is told, without a reload, what the slot holds now.
  await notice(keeper, 'changed_elsewhere').waitFor();
  assert.match(
    await notice(keeper, 'changed_elsewhere').innerText(),
    new RegExp(askedFile.replace('.', '\\.')),
  );
  // After reloading both, both files' values are there.
  await Promise.all([one.reload(), two.reload()]);
  for (const page of [one, two]) {
    await notice(page, 'restored').waitFor();
    assert.match(await page.getByTestId('kept').innerText(), /\(2 giá trị\)/);
  }
  assert.deepEqual(await keptRecords(one), {
    '63-56|2024|annual': {
      file: keeper === one ? 'tab-1.csv, tab-2.csv' : 'tab-2.csv, tab-1.csv',
      values: keeper === one ? [111.9, 52.5] : [52.5, 111.9],
    },
  });
  await one.getByTestId('delete-upload').click();
  await notice(one, 'deleted').waitFor();
  await notice(two, 'changed_elsewhere').waitFor();
  await Promise.all([one.close(), two.close()]);
});

test('two tabs, two provinces at once: both kept', async () => {
  const [one, two] = [await session.newPage(), await session.newPage()];
  await Promise.all([
    one.goto(siteUrl(session, '/import/?a=63-56&y=2023')),
    two.goto(siteUrl(session, '/import/?a=63-01&y=2023')),
  ]);
  await Promise.all([one.waitForLoadState('networkidle'), two.waitForLoadState('networkidle')]);
  await Promise.all([
    one
      .getByTestId('import-file')
      .setInputFiles(csv('kh.csv', values([['sex_ratio_at_birth', 2023, '112']]))),
    two
      .getByTestId('import-file')
      .setInputFiles(csv('hn.csv', values([['sex_ratio_at_birth', 2023, '114']]))),
  ]);
  await Promise.all([notice(one, 'kept').waitFor(), notice(two, 'kept').waitFor()]);
  // Each tab's list shows the other's upload too, without a reload.
  await one.locator('[data-testid="kept-row"][data-slot="63-01|2023|annual"]').waitFor();
  await two.locator('[data-testid="kept-row"][data-slot="63-56|2023|annual"]').waitFor();
  assert.deepEqual(await keptRecords(one), {
    '63-56|2023|annual': { file: 'kh.csv', values: [112] },
    '63-01|2023|annual': { file: 'hn.csv', values: [114] },
  });
  const rows = one.getByTestId('kept-row');
  for (let n = await rows.count(); n > 0; n--) {
    await rows.first().getByTestId('kept-delete').click();
    await one.waitForFunction(
      (left) => document.querySelectorAll('[data-testid="kept-row"]').length === left,
      n - 1,
    );
  }
  await one.getByTestId('kept-empty').waitFor();
  await Promise.all([one.close(), two.close()]);
});

for (const [what, script, kind] of [
  [
    'IndexedDB.open throws',
    `IDBFactory.prototype.open = function () { throw new DOMException('disabled by the test', 'UnknownError'); };`,
    'failed',
  ],
  [
    'no indexedDB at all',
    `Object.defineProperty(window, 'indexedDB', { value: undefined });`,
    'missing',
  ],
  [
    'the storage full on write',
    `IDBObjectStore.prototype.put = function () { throw new DOMException('quota', 'QuotaExceededError'); };`,
    'quota',
  ],
] as const)
  test(`${what}: the notice says so and the comparison still shows`, async () => {
    const page = await session.newPage();
    await page.addInitScript(script);
    await page.goto(siteUrl(session, '/import/?a=63-56&y=2025'));
    await page.locator('body[data-hydrated="true"]').waitFor();
    await page.waitForLoadState('networkidle');
    if (kind !== 'quota') {
      const unreadable = notice(page, 'unreadable');
      await unreadable.waitFor();
    }
    await page
      .getByTestId('import-file')
      .setInputFiles(csv('khanh-hoa.csv', values([['female_wage_employment_pct', 2025, '52,5']])));
    const memory = notice(page, 'memory_only');
    await memory.waitFor();
    const text = await memory.innerText();
    assert.match(text, /Không lưu được “khanh-hoa\.csv”/);
    assert.match(
      text,
      { failed: /báo lỗi: disabled by the test/, missing: /không cho lưu trữ/, quota: /đã đầy/ }[
        kind
      ],
    );
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor({ timeout: 60_000 });
    const wage = comparison.locator('tr[data-indicator="female_wage_employment_pct"]').first();
    assert.equal(await wage.locator('[data-testid="your-status"] [data-status="met"]').count(), 1);
    assert.equal(await page.getByTestId('kept').getAttribute('data-kept'), 'no');
    await page.locator('[data-testid="kept-row"][data-unsaved="true"]').waitFor();
    await page.close();
  });

test('the storage held open by an older version in another tab: blocked, said so, results shown', async () => {
  const old = await session.newPage();
  await old.goto(siteUrl(session, '/about/'));
  // An older version of the site in another tab, holding schema 1 open and never letting go.
  await old.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const gone = indexedDB.deleteDatabase('gender-dashboard');
        gone.onerror = () => reject(gone.error);
        gone.onsuccess = () => {
          const open = indexedDB.open('gender-dashboard', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('uploads');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            (window as unknown as { held: IDBDatabase }).held = open.result;
            resolve();
          };
        };
      }),
  );
  const page = await session.newPage();
  try {
    await page.goto(siteUrl(session, '/import/?a=63-56&y=2025'));
    await page.locator('body[data-hydrated="true"]').waitFor();
    const unreadable = notice(page, 'unreadable');
    await unreadable.waitFor({ timeout: 30_000 });
    assert.match(await unreadable.innerText(), /đang bị một thẻ khác của trang này giữ/);
    await page
      .getByTestId('import-file')
      .setInputFiles(csv('khanh-hoa.csv', values([['female_wage_employment_pct', 2025, '52,5']])));
    const memory = notice(page, 'memory_only');
    await memory.waitFor({ timeout: 30_000 });
    assert.match(await memory.innerText(), /đang bị một thẻ khác của trang này giữ/);
    await page.getByTestId('comparison').waitFor({ timeout: 60_000 });
  } finally {
    // The old tab lets go: the storage works again, the next upload is kept.
    await old.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
    await old.close();
  }
  await page.reload();
  await page.getByTestId('kept-empty').waitFor({ timeout: 30_000 });
  await page
    .getByTestId('import-file')
    .setInputFiles(csv('khanh-hoa.csv', values([['female_wage_employment_pct', 2025, '52,5']])));
  await notice(page, 'kept').waitFor();
  await page.getByTestId('delete-upload').click();
  await notice(page, 'deleted').waitFor();
  await page.close();
});

test('a link naming an unknown province, year or period: a note, and the page’s own choice', async () => {
  const page = await session.newPage();
  await page.goto(
    siteUrl(session, '/import/?a=%3Cimg%20src%3Dx%20onerror%3Dwindow.__x%3D1%3E&y=1999&p=quarter'),
  );
  const notes = page.getByTestId('url-note');
  await notes.first().waitFor();
  assert.deepEqual(await notes.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))), [
    'unknown_area',
    'bad_year',
    'bad_period',
  ]);
  assert.match(
    await notes.first().innerText(),
    /Đường dẫn ghi tỉnh\/thành “<img src=x onerror=window\.__x=1>”, trang không biết tỉnh\/thành này: đang hiển thị Khánh Hòa \(34\)\./,
  );
  assert.equal(await page.getByTestId('import-area').inputValue(), '34-56');
  assert.equal(await page.evaluate(() => (window as unknown as { __x?: number }).__x), undefined);
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  // In English too.
  await page.goto(siteUrl(session, '/en/import/?a=99-99'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await notes.first().waitFor();
  assert.equal(
    await notes.first().innerText(),
    'The link names the province “99-99”, which this site does not know: showing Khanh Hoa (34).',
  );
  await page.close();
});

test('leaving /import while it compares: nothing of it runs on the next page', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=63-56&y=2025'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page
    .getByTestId('import-file')
    .setInputFiles(csv('khanh-hoa.csv', values([['sex_ratio_at_birth', 2025, '110,4']])));
  // Straight to the annual page, while the engine may still be starting for the comparison.
  await page.getByTestId('own-page-link').click();
  await page.waitForURL(/\/provinces\/63-56\/2025\/$/);
  await page.getByTestId('own-figures').waitFor();
  await page.waitForTimeout(3000);
  await page.getByTestId('own-delete').click();
  await page.getByTestId('own-deleted').waitFor();
  await page.close();
});

test('no page errors, no console errors, no request left localhost', () => {
  assert.deepEqual(session.errors, []);
  assert.deepEqual(session.external, []);
});
