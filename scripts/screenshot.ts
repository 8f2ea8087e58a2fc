// Look at pages of the built site as a user would, in headless Debian Chromium:
//   npx tsx scripts/screenshot.ts out-dir /path/ /en/path/ …
// Serves build/ at BASE_PATH (default /x). Options by environment:
//   WIDTH=390            viewport width (default 1280)
//   SELECTOR='css'       also screenshot each matching element (up to 6), at full resolution
//   PDF=1                also print each page to A4 PDF (as a reader would) and report its pages
//   WAIT_FOR='css'       wait for an element before the shot (e.g. a browser query's result)
//   UPLOAD=a.csv,b.csv   first upload these files together on /import/ (UPLOAD_AREA, default
//                        63-56), so the pages show them as the user's own figures (IndexedDB)
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.js';

const [outDir = 'tmp/screens', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const base = process.env.BASE_PATH ?? '/x';
const width = Number(process.env.WIDTH ?? 1280);
const server = await startServer({ base });
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shot-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
if (process.env.UPLOAD) {
  const area = process.env.UPLOAD_AREA ?? '63-56';
  await page.goto(new URL(`import/?a=${area}`, server.url).href, { waitUntil: 'networkidle' });
  await page.getByTestId('import-file').setInputFiles(process.env.UPLOAD.split(','));
  await page.getByTestId('kept').waitFor({ timeout: 60_000 });
  console.log('uploaded', process.env.UPLOAD);
}
for (const path of paths.length ? paths : ['/']) {
  await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
  if (process.env.WAIT_FOR)
    await page.locator(process.env.WAIT_FOR).first().waitFor({ timeout: 60_000 });
  const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}${width === 1280 ? '' : `_${width}`}`;
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  console.log(file, overflow > 0 ? `HORIZONTAL OVERFLOW ${overflow}px` : '');
  if (process.env.SELECTOR) {
    const items = page.locator(process.env.SELECTOR);
    const n = Math.min(await items.count(), 6);
    for (let i = 0; i < n; i++) {
      const f = join(outDir, `${name}_el${i}.png`);
      await items.nth(i).screenshot({ path: f });
      console.log(f);
    }
  }
  if (process.env.PDF) {
    const pdf = join(outDir, `${name}.pdf`);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(pdf, `${pages} pages`);
  }
}
await context.close();
await server.close();
