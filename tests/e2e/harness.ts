// Shared e2e set-up: the built site served under a sub-path, Debian Chromium driven by
// playwright-core, every request outside localhost blocked and recorded, every console error kept.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
  type Request,
} from 'playwright-core';
import { startServer } from '../../scripts/serve.js';

export const BASE_PATH = process.env.E2E_BASE_PATH ?? '/x';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  baseUrl: string;
  /** Requests to anything but localhost (blocked). */
  external: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Every URL requested, for asserting e.g. that no .wasm was fetched. */
  requested: string[];
  /** The same requests with the wall-clock time (ms since the epoch) each was seen. */
  requestLog: { url: string; at: number }[];
  /** What the server answered (service worker requests included): path, status, bytes, when. */
  served: { path: string; status: number; bytes: number; at: number }[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

/**
 * `interceptOutside: false` leaves requests unrouted (Playwright's routing turns the HTTP cache
 * off): outside requests are then recorded, not blocked, and the tests assert there are none.
 */
export async function openSession(
  options: { acceptDownloads?: boolean; interceptOutside?: boolean } = {},
): Promise<Session> {
  const served: Session['served'] = [];
  const server = await startServer({
    root: 'build',
    base: BASE_PATH,
    compress: true,
    onResponse: (entry) => served.push({ ...entry, at: Date.now() }),
  });
  const profile = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: options.acceptDownloads ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const external: string[] = [];
  const errors: string[] = [];
  const requested: string[] = [];
  const requestLog: { url: string; at: number }[] = [];
  if (options.interceptOutside ?? true)
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      external.push(url);
      return route.abort('blockedbyclient');
    });
  else
    context.on('request', (request) => {
      if (!isLocal(request.url())) external.push(request.url());
    });
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()} @ ${page.url()}`);
    });
    page.on('pageerror', (err) =>
      errors.push(`pageerror: ${err.message} @ ${page.url()}\n${err.stack ?? ''}`),
    );
    page.on('request', (req: Request) => {
      requested.push(req.url());
      requestLog.push({ url: req.url(), at: Date.now() });
    });
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);

  return {
    context,
    baseUrl: server.url,
    external,
    errors,
    requested,
    requestLog,
    served,
    async newPage() {
      const page = await context.newPage();
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** URL of a site path under the served base, e.g. url(s, 'en/indicators/') */
export function siteUrl(session: Session, path: string): string {
  return new URL(path.replace(/^\//, ''), session.baseUrl).href;
}

/**
 * Wait until the page is idle (its warm start began: the 'warm-start' mark, set in an idle period
 * after the load event) and return the .wasm requests made before that moment, from `from` on in
 * the session's request log. A prerendered page must return none.
 */
export async function wasmBeforeIdle(session: Session, page: Page, from: number) {
  await page.waitForFunction(() => performance.getEntriesByName('warm-start').length > 0, null, {
    timeout: 30_000,
  });
  const idle = await page.evaluate(() => {
    const mark = performance.getEntriesByName('warm-start')[0]!;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      at: performance.timeOrigin + mark.startTime,
      afterLoad: mark.startTime >= nav.loadEventEnd,
    };
  });
  const early = session.requestLog
    .slice(from)
    .filter((r) => r.url.endsWith('.wasm') && r.at < idle.at)
    .map((r) => r.url);
  return { early, afterLoad: idle.afterLoad };
}

/**
 * Open a chart's data table (explore builds a closed table's rows only when it is opened) and
 * return its body rows.
 */
export async function openDataTable(figure: Locator): Promise<Locator> {
  const details = figure.locator('details.data-table').first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details.locator('[data-testid="trend-table"] tbody tr');
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical WCAG 2.1 A and AA violations axe-core finds on the page, one line each. */
export async function axe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy refuses an
  // injected <script>, as it should.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          opts: object,
        ) => Promise<{
          violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
        }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
  return violations;
}

/**
 * Deletes the upload /import shows for its slot and waits until the page says it is deleted: a page
 * closed at once could leave the upload in the store, and the next test's upload into the same slot
 * would be asked whether to replace it.
 */
export async function deleteKeptUpload(page: Page): Promise<void> {
  await page.getByTestId('delete-upload').click();
  await page.locator('[data-testid="import-notice"][data-kind="deleted"]').waitFor();
}
