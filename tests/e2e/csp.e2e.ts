// The Content-Security-Policy is in force on every page type (a <meta> in each page; the framing
// rule and the workers' policy as headers), an injected inline script, handler or eval is refused,
// and the site itself runs under it with no violation: every page type, explore's four views, the
// import worker, the embeds (framed by another site) and the 404 page's own script.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Page, Response } from 'playwright-core';
import { openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
});

/** A page that records every CSP violation it meets (from before its own scripts run). */
async function watchedPage(): Promise<Page> {
  const page = await session.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return page;
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

async function policyOf(page: Page): Promise<string> {
  return (await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute('content'))!;
}

function assertPolicy(policy: string, where: string) {
  assert.match(policy, /default-src 'self'/, where);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/, where);
  assert.doesNotMatch(policy, /script-src[^;]*'unsafe-(inline|eval)'/, where);
  assert.match(policy, /connect-src 'self'(;|$)/, where);
  assert.match(policy, /worker-src 'self' blob:/, where);
  assert.match(policy, /object-src 'none'/, where);
}

function assertFraming(response: Response, embeddable: boolean, where: string) {
  const headers = response.headers();
  if (embeddable) {
    assert.equal(headers['content-security-policy'], undefined, where);
    assert.equal(headers['x-frame-options'], undefined, where);
  } else {
    assert.equal(headers['content-security-policy'], "frame-ancestors 'none'", where);
    assert.equal(headers['x-frame-options'], 'DENY', where);
  }
}

const PAGES = [
  '/',
  '/indicators/',
  '/indicators/sex_ratio_at_birth/',
  '/provinces/',
  '/provinces/63-56/',
  '/provinces/63-56/2024/',
  '/provinces/34-56/2026/',
  '/years/',
  '/years/2024/',
  '/data/',
  '/about/',
  '/import/',
  '/en/',
  '/en/provinces/VN/2024/',
  '/en/indicators/total_fertility_rate/',
  '/embed/indicators/sex_ratio_at_birth/',
  '/en/embed/indicators/sex_ratio_at_birth/',
];

test('every page type carries the policy and runs under it without a violation', async () => {
  const page = await watchedPage();
  for (const path of PAGES) {
    const response = (await page.goto(siteUrl(session, path)))!;
    assert.equal(response.status(), 200, path);
    assertPolicy(await policyOf(page), path);
    assertFraming(response, path.includes('/embed/'), path);
    // Hydrated and idle (the warm start and the worker's registration have run).
    await page.evaluate(
      () => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300))),
    );
    assert.deepEqual(await violations(page), [], path);
  }
  await page.close();
});

test('an injected inline script, inline handler, javascript: link or outside image is refused', async () => {
  const page = await watchedPage();
  await page.goto(siteUrl(session, '/provinces/'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  const errorsBefore = session.errors.length;
  const result = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1';
    document.body.append(s);
    const div = document.createElement('div');
    div.setAttribute('onclick', 'window.__clicked = 1');
    document.body.append(div);
    div.click();
    const link = document.createElement('a');
    link.href = 'javascript:window.__linked = 1';
    document.body.append(link);
    link.click();
    const img = document.createElement('img');
    img.src = 'https://example.org/pixel.png';
    document.body.append(img);
    await new Promise((done) => setTimeout(done, 200));
    return { injected: w.__injected, clicked: w.__clicked, linked: w.__linked };
  });
  assert.deepEqual(result, { injected: undefined, clicked: undefined, linked: undefined });
  const refused = await violations(page);
  // What the page logged of it: refusals only (taken out of the session's record).
  const provoked = session.errors.splice(errorsBefore);
  assert.ok(
    provoked.every((e) => /Content Security Policy/.test(e)),
    provoked.join('\n'),
  );
  assert.ok(
    refused.some((v) => v.startsWith('script-src-elem inline')),
    refused.join('\n'),
  );
  assert.ok(
    refused.some((v) => v.startsWith('script-src-attr inline')),
    refused.join('\n'),
  );
  assert.ok(
    refused.some((v) => v.startsWith('img-src https://example.org')),
    refused.join('\n'),
  );
  await page.close();
});

test('explore runs under the policy: the head script, trend, ranking, map, table', async () => {
  const page = await watchedPage();
  const response = (await page.goto(
    siteUrl(session, '/explore/?v=3&i=sex_ratio_at_birth&a=VN,63-56'),
  ))!;
  assertFraming(response, false, 'explore');
  assertPolicy(await policyOf(page), 'explore');
  await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
  // The early-engine head script ran (its engine was adopted), allowed by its hash.
  assert.equal(
    await page.evaluate(() => performance.getEntriesByName('duckdb:early-start').length),
    1,
  );
  assert.ok((await page.locator('svg[data-chart] .points g[role="img"]').count()) > 0);
  for (const view of ['ranking', 'map', 'table'] as const) {
    await page.locator(`input[name="view"][value="${view}"]`).check();
    if (view === 'ranking') await page.locator('svg[data-chart]').first().waitFor();
    if (view === 'map') await page.locator('svg[data-map] path').first().waitFor();
    if (view === 'table') await page.locator('main table tbody tr').first().waitFor();
  }
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the import worker reads an upload under the policy', async () => {
  const page = await watchedPage();
  await page.goto(siteUrl(session, '/import/?a=63-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  const csv =
    'Mã chỉ tiêu,Chỉ tiêu,Đơn vị,Tỉnh/Thành phố,Năm,Giá trị\r\n' +
    'sex_ratio_at_birth,Tỷ số giới tính khi sinh,bé trai/100 bé gái,Khánh Hòa,2024,"111,9"\r\n';
  await page.getByTestId('import-file').setInputFiles({
    name: 'khanh-hoa.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
  });
  await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
  assert.match(await page.getByTestId('import-summary').innerText(), /Nhận 1 giá trị/);
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('embeds run framed by another site; the other pages refuse to be framed', async () => {
  const page = await watchedPage();
  const embed = siteUrl(session, '/embed/explore/?v=3&i=sex_ratio_at_birth&a=VN&view=map');
  const indicator = siteUrl(session, '/en/embed/indicators/sex_ratio_at_birth/');
  const site = siteUrl(session, '/explore/');
  const errorsBefore = session.errors.length;
  // Another site (another host and port on this machine) that frames three pages.
  const host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>host</title>
        <iframe id="a" src="${embed}" width="800" height="900"></iframe>
        <iframe id="b" src="${indicator}" width="800" height="900"></iframe>
        <iframe id="c" src="${site}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  after(() => host.close());
  const refusal = page.waitForEvent('console', {
    predicate: (m) => m.text().includes("frame-ancestors 'none'"),
    timeout: 60_000,
  });
  await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
  const frame = (id: string) => page.frameLocator(`#${id}`);
  await frame('a').getByTestId('explore-embed').waitFor({ timeout: 60_000 });
  await frame('a').locator('svg[data-map] path').first().waitFor({ timeout: 60_000 });
  await frame('b').locator('svg[data-chart]').first().waitFor();
  // The site's own page is refused inside another site's frame (the browser says why).
  await refusal;
  await page.waitForTimeout(200);
  const provoked = session.errors.splice(errorsBefore);
  assert.ok(
    provoked.length > 0 &&
      provoked.every((e) => /Framing '.*' violates .*frame-ancestors 'none'/s.test(e)),
    provoked.join('\n'),
  );
  assert.equal(await frame('c').locator('header.site-header').count(), 0, 'not shown framed');
  for (const f of page.frames().filter((f) => f.url().includes('/embed/')))
    assert.deepEqual(
      await f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
      [],
    );
  await page.close();
});

test('the not-found page’s own script runs under the policy', async () => {
  const page = await watchedPage();
  const response = (await page.goto(siteUrl(session, '/provinces/99-99/')))!;
  assert.equal(response.status(), 404);
  assertPolicy(await policyOf(page), '404');
  assert.equal(
    await page.locator('[data-not-found="province"]').innerText(),
    'Không có tỉnh, thành phố nào có mã “99-99”.',
  );
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('no console error, no refused resource, no request left localhost', () => {
  const errors = session.errors.filter(
    // The 404 page's own status, as the browser logs it.
    (e) => !/status of 404/.test(e),
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(
    session.external.filter((u) => !u.startsWith('https://example.org/')),
    [],
  );
});
