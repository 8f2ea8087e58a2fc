#!/usr/bin/env node
// `node scripts/status-pages.js [dir]` (run by `npm run build`, after `vite build`): turns the
// prerendered status pages (src/routes/[[lang=lang]]/status/*) into the files a server or the
// service worker answers at ANY address: 404.html (not found), 414.html (address too long) and
// offline.html (a page not saved for offline use), in Vietnamese at the top and in English under
// en/. Their relative links and asset URLs only work at the page's own address, so they are made
// absolute under the base path (BASE_PATH, as the build); the status/ folders are then removed,
// so no ordinary address serves them with status 200.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {[route: string, file: string][]} */
export const STATUS_PAGES = [
  ['not-found', '404'],
  ['too-long', '414'],
  ['offline', 'offline'],
];

/**
 * Make the relative href/src URLs of a page absolute, as resolved from its own address.
 * @param {string} html @param {string} pagePath the page's absolute path, e.g. /x/status/offline/
 */
export function absoluteUrls(html, pagePath) {
  return html.replace(/\b(href|src)="([^"]*)"/g, (whole, name, value) => {
    // Empty (the current address: "try again"), absolute, a fragment or another scheme: kept.
    if (value === '' || /^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) return whole;
    const url = new URL(value.replace(/&amp;/g, '&'), `http://site${pagePath}`);
    return `${name}="${`${url.pathname}${url.search}${url.hash}`.replace(/&/g, '&amp;')}"`;
  });
}

/** @param {string} dir @param {string} base */
export function writeStatusPages(dir = 'build', base = process.env.BASE_PATH ?? '') {
  const root = resolve(dir);
  const written = [];
  for (const locale of ['', 'en']) {
    for (const [route, file] of STATUS_PAGES) {
      const source = join(root, locale, 'status', route, 'index.html');
      if (!existsSync(source)) throw new Error(`status page not prerendered: ${source}`);
      const pagePath = `${base}${locale ? `/${locale}` : ''}/status/${route}/`;
      const target = join(root, locale, `${file}.html`);
      writeFileSync(target, absoluteUrls(readFileSync(source, 'utf8'), pagePath));
      written.push(target);
    }
    rmSync(join(root, locale, 'status'), { recursive: true, force: true });
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const written = writeStatusPages(process.argv[2] ?? 'build');
  console.log(`Status pages: ${written.length} written (404, 414, offline; vi and en)`);
}
