// Screenshot pages of the built site in headless Debian Chromium, for looking at them as a user
// would: `npx tsx scripts/screenshot.ts out-dir /path/ /en/path/ …` (serves build/ at BASE_PATH).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.js';

const [outDir = 'tmp/screens', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const base = process.env.BASE_PATH ?? '/x';
const server = await startServer({ base });
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shot-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: Number(process.env.WIDTH ?? 1280), height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
for (const path of paths.length ? paths : ['/']) {
  await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
  if (process.env.WAIT_FOR)
    await page.locator(process.env.WAIT_FOR).first().waitFor({ timeout: 60_000 });
  const file = join(outDir, `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await context.close();
await server.close();
