// Addresses that never break the site: the 404 page in both languages (status 404, what was not
// found in plain words, links to the lists), a sample of the hostile-URL review (doubled slashes,
// malformed escapes, duplicated and old parameters, an over-long address, index.html addresses),
// with no page error and no request outside localhost.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
});

const visibleSentence = (page: Page) =>
  page.locator('main [data-not-found]:not([hidden])').innerText();

test('404 in Vietnamese: status 404, what was not found, the lists, the switch to English', async () => {
  const page = await session.newPage();
  for (const [path, sentence] of [
    ['/provinces/99-99/', 'Không có tỉnh, thành phố nào có mã “99-99”.'],
    ['/provinces/63-56/2040/', 'Không có báo cáo năm “2040” của địa bàn có mã “63-56”.'],
    ['/indicators/khong_co/', 'Không có chỉ tiêu nào có mã “khong_co”.'],
    ['/years/1850/', 'Không có trang cho năm “1850”.'],
    ['/khong/co/trang/nay/', 'Không có trang nào ở địa chỉ này trên trang web.'],
  ] as const) {
    const response = await page.goto(siteUrl(session, path));
    assert.equal(response?.status(), 404, path);
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    assert.equal(await page.locator('main h1').innerText(), 'Không tìm thấy trang');
    assert.equal(await visibleSentence(page), sentence, path);
    for (const list of ['provinces/', 'indicators/', 'years/'])
      assert.equal(
        await page.locator(`main ul a[href="/x/${list}"]`).count(),
        1,
        `${path}: link to ${list}`,
      );
  }
  // The lists are reachable from it, and its switch leads to the same address in English.
  await page.goto(siteUrl(session, '/provinces/99-99/'));
  assert.equal(await page.locator('a.lang-switch').getAttribute('href'), '/x/en/provinces/99-99/');
  await page.locator('main ul a[href="/x/provinces/"]').click();
  await page.waitForURL(/\/x\/provinces\/$/);
  assert.equal(await page.locator('main h1').count(), 1);
  await page.close();
});

test('404 in English, and from a link inside the app (client-side) in plain words too', async () => {
  const page = await session.newPage();
  const response = await page.goto(siteUrl(session, '/en/indicators/no_such_indicator/'));
  assert.equal(response?.status(), 404);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('main h1').innerText(), 'Page not found');
  assert.equal(
    await visibleSentence(page),
    'There is no indicator with the code “no_such_indicator”.',
  );
  assert.equal(await page.locator('main ul a[href="/x/en/indicators/"]').count(), 1);
  // A link the app follows itself (its data file is missing): the error page says the same.
  await page.goto(siteUrl(session, '/en/provinces/'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '99-99/';
    a.id = 'unknown-province';
    a.textContent = 'x';
    document.querySelector('main')!.append(a);
  });
  await page.locator('#unknown-province').click();
  await page.getByTestId('error-page').waitFor();
  assert.equal(await page.getByTestId('error-page').getAttribute('data-status'), '404');
  assert.equal(await visibleSentence(page), 'There is no province or city with the code “99-99”.');
  await page.close();
});

test('hostile URL sample: the page loads, says what it ignored or carried over, never crashes', async () => {
  const page = await session.newPage();
  const explore = async (query: string) => {
    await page.goto(siteUrl(session, `/explore/${query}`));
    await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
    const notes = page.getByTestId('url-notes');
    return (await notes.count()) ? await notes.innerText() : '';
  };
  // Doubled slashes: the plain address, hydrated and drawn.
  const doubled = await page.goto(siteUrl(session, '/explore//?v=3&i=total_fertility_rate&a=VN'));
  assert.equal(doubled?.status(), 200);
  assert.match(page.url(), /\/x\/explore\/\?v=3&i=total_fertility_rate&a=VN$/);
  await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
  // A malformed escape in the query is a note, not a crash; in the path, the 404 page.
  assert.match(await explore('?v=3&i=%E0%A4%A&a=VN'), /chỉ tiêu không có \(i\): “\uFFFD?%?/);
  const badPath = await page.goto(siteUrl(session, '/explore/%E0%A4%A/'));
  assert.equal(badPath?.status(), 400);
  assert.equal(await page.locator('main h1').innerText(), 'Không tìm thấy trang');
  // Repeated parameters: lists combined, single values the first; both said.
  const repeated = await explore(
    '?v=3&i=sex_ratio_at_birth&i=total_fertility_rate&a=VN&view=table&view=map',
  );
  assert.match(repeated, /tham số “i” xuất hiện 2 lần: đã gộp các giá trị/);
  assert.match(repeated, /tham số “view” xuất hiện 2 lần: chỉ dùng giá trị đầu tiên/);
  assert.match(decodeURIComponent(page.url()), /i=sex_ratio_at_birth&i=total_fertility_rate/);
  // An old link without v: carried over, and said; today's parameters without v: kept silently.
  const old = await explore('?indicator=total_fertility_rate&area=63-56');
  assert.match(old, /đường dẫn kiểu cũ: tham số “indicator” được đọc thành i=total_fertility_rate/);
  assert.equal(await explore('?i=total_fertility_rate&a=63-56&view=table'), '');
  assert.equal(await page.locator('input[name="view"][value="table"]').isChecked(), true);
  // Long addresses: 15 kB is read (capped, said); past the server's limit, a 414 page.
  const long = await explore(`?v=3&a=VN&i=${'sex_ratio_at_birth,'.repeat(800)}`);
  assert.match(long, /tham số “i” quá dài/);
  const tooLong = await page.goto(siteUrl(session, `/en/explore/?i=${'x'.repeat(20_000)}`));
  assert.equal(tooLong?.status(), 414);
  assert.equal(await page.locator('main h1').innerText(), 'Address too long');
  assert.match(await page.getByTestId('too-long-message').innerText(), /16,384 characters/);
  await page.close();
});

test('an index.html address is read as its folder: the language switch works from it', async () => {
  const page = await session.newPage();
  for (const [path, folder, other] of [
    ['/about/index.html', '/x/about/', '/x/en/about/'],
    ['/index.html', '/x/', '/x/en/'],
    ['/en/years/index.html', '/x/en/years/', '/x/years/'],
  ] as const) {
    const response = await page.goto(siteUrl(session, path));
    assert.equal(response?.status(), 200, path);
    await page.locator('body[data-hydrated="true"]').waitFor();
    assert.equal(new URL(page.url()).pathname, folder, path);
    assert.equal(await page.locator('a.lang-switch').getAttribute('href'), other, path);
    await page.locator('a.lang-switch').click();
    await page.waitForURL((u) => u.pathname === other);
    assert.equal(await page.getByTestId('error-page').count(), 0, path);
    assert.equal(await page.locator('main h1').count(), 1, path);
  }
  await page.close();
});

test('no page error and no request outside localhost', () => {
  const errors = session.errors.filter(
    // The status codes the tests ask for, as the browser logs them.
    (e) => !/Failed to load resource: the server responded with a status of (400|404|414)/.test(e),
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(session.external, []);
});
