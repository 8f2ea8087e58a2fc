// The Content-Security-Policy (src/lib/layout/security-policy.js), the status pages' absolute links
// (scripts/status-pages.js), and the server's answers to addresses that used to break it.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DIRECTIVES,
  INLINE_SCRIPTS,
  WORKER_POLICY,
  isEmbedPath,
  securityHeaders,
} from '../../../src/lib/layout/security-policy.js';
import { absoluteUrls } from '../../../scripts/status-pages.js';
import { startServer } from '../../../scripts/serve.js';
import { MAX_URL_LENGTH } from '../../../src/lib/layout/limits.js';
import { earlyEngineScript } from '../../../src/lib/data/early-engine.ts';
import svelteConfig from '../../../svelte.config.js';

const hash = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

describe('content security policy', () => {
  it('allows the inline scripts the site writes by their hashes, nothing inline or eval besides', () => {
    const scriptSrc = DIRECTIVES['script-src'];
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(scriptSrc).toContain('wasm-unsafe-eval');
    for (const body of INLINE_SCRIPTS) expect(scriptSrc).toContain(hash(body));
    // The explore head script's body is that constant, whatever the page's URLs.
    const html = earlyEngineScript({ wasm: 'a', worker: 'b', dataset: 'c' });
    expect(scriptSrc).toContain(hash(html.slice(html.indexOf('>') + 1, -'</script>'.length)));
  });

  it('is the policy SvelteKit writes into every page', () => {
    expect(svelteConfig.kit?.csp?.directives).toBe(DIRECTIVES);
    expect(svelteConfig.kit?.csp?.mode).toBe('hash');
  });

  it('reaches this site only, lets workers and blob workers run, and refuses plugins', () => {
    expect(DIRECTIVES['connect-src']).toEqual(['self']);
    expect(DIRECTIVES['default-src']).toEqual(['self']);
    expect(DIRECTIVES['worker-src']).toEqual(['self', 'blob:']);
    expect(DIRECTIVES['object-src']).toEqual(['none']);
    expect(WORKER_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(WORKER_POLICY).toContain("connect-src 'self'");
  });

  it('embeds may be framed by any site; every other page refuses framing', () => {
    expect(isEmbedPath('/embed/explore/')).toBe(true);
    expect(isEmbedPath('/en/embed/indicators/x/')).toBe(true);
    expect(isEmbedPath('/embedded/')).toBe(false);
    expect(isEmbedPath('/explore/')).toBe(false);
    expect(securityHeaders('/explore/', 'html')).toMatchObject({
      'content-security-policy': "frame-ancestors 'none'",
      'x-frame-options': 'DENY',
    });
    const embed = securityHeaders('/embed/explore/', 'html');
    expect(embed['content-security-policy']).toBeUndefined();
    expect(embed['x-frame-options']).toBeUndefined();
    expect(
      securityHeaders('/_app/immutable/workers/a.js', 'script')['content-security-policy'],
    ).toBe(WORKER_POLICY);
  });
});

describe('status pages', () => {
  it('links and assets become absolute under the base, from the page’s own address', () => {
    const html =
      '<link href="../../_app/immutable/assets/0.css" rel="stylesheet"><a href="../../provinces/">p</a>' +
      '<a href="../../../en/">en</a><a href="">retry</a><a href="/abs/">a</a><a href="https://e.org/">e</a>' +
      '<a href="#main">skip</a><img src="../../favicon.svg"><a href="../../explore/?v=3&amp;i=x">x</a>';
    expect(absoluteUrls(html, '/x/en/status/not-found/')).toBe(
      '<link href="/x/en/_app/immutable/assets/0.css" rel="stylesheet"><a href="/x/en/provinces/">p</a>' +
        '<a href="/x/en/">en</a><a href="">retry</a><a href="/abs/">a</a><a href="https://e.org/">e</a>' +
        '<a href="#main">skip</a><img src="/x/en/favicon.svg"><a href="/x/en/explore/?v=3&amp;i=x">x</a>',
    );
    expect(absoluteUrls('<a href="../../provinces/">p</a>', '/status/offline/')).toBe(
      '<a href="/provinces/">p</a>',
    );
  });
});

describe('server: addresses that used to break it', () => {
  let root: string;
  let server: { url: string; close: () => Promise<unknown> };
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'serve-'));
    mkdirSync(join(root, 'en'));
    mkdirSync(join(root, 'explore'));
    mkdirSync(join(root, 'embed'));
    writeFileSync(join(root, '404.html'), '<p>vi 404</p>');
    writeFileSync(join(root, 'en', '404.html'), '<p>en 404</p>');
    writeFileSync(join(root, '414.html'), '<p>too long</p>');
    writeFileSync(join(root, 'explore', 'index.html'), '<p>explore</p>');
    writeFileSync(join(root, 'embed', 'index.html'), '<p>embed</p>');
    server = (await startServer({ root, base: '/x' })) as typeof server;
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  const get = (path: string, init?: RequestInit) =>
    fetch(new URL(path, server.url), { redirect: 'manual', ...init });

  it('an unknown address gets the not-found page of its language, status 404', async () => {
    const vi = await get('/x/provinces/99-99/');
    expect(vi.status).toBe(404);
    expect(await vi.text()).toBe('<p>vi 404</p>');
    expect(vi.headers.get('x-frame-options')).toBe('DENY');
    const en = await get('/x/en/provinces/99-99/');
    expect(en.status).toBe(404);
    expect(await en.text()).toBe('<p>en 404</p>');
  });

  it('a malformed %-escape is a 400 with the not-found page, never a 500', async () => {
    const res = await get('/x/explore/%E0%A4%A/');
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('<p>vi 404</p>');
    expect((await get('/x/explore/?i=%E0%A4%A')).status).toBe(200); // the query is the page's
  });

  it('doubled slashes redirect to the plain address, never to another host', async () => {
    const res = await get('/x/explore//?v=3&i=a');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/x/explore/?v=3&i=a');
    const sneaky = await get('/x//evil.example/');
    expect(sneaky.headers.get('location')).toBe('/x/evil.example/');
  });

  it('a long address is served up to the limit; past it, 414 with a page; past the header limit, 431', async () => {
    const ok = await get(`/x/explore/?i=${'a'.repeat(MAX_URL_LENGTH - 200)}`);
    expect(ok.status).toBe(200);
    const long = await get(`/x/explore/?i=${'a'.repeat(MAX_URL_LENGTH)}`);
    expect(long.status).toBe(414);
    expect(await long.text()).toBe('<p>too long</p>');
    const huge = await get(`/x/explore/?i=${'a'.repeat(8 * MAX_URL_LENGTH)}`);
    expect(huge.status).toBe(431);
    expect(await huge.text()).toBe('<p>too long</p>');
  });

  it('embeds carry no framing restriction; scripts carry the workers’ policy', async () => {
    const embed = await get('/x/embed/');
    expect(embed.headers.get('content-security-policy')).toBeNull();
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const page = await get('/x/explore/');
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });
});
