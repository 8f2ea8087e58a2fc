// `npm run bench`: builds the site and measures it in headless Debian Chromium, each figure as a
// median with min and max over cold runs (a fresh browser profile per run). Prints a table and
// writes bench/results/latest.json. Not a test: nothing here asserts a time.
import { execSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../scripts/serve.js';
import { makeSyntheticDataset } from './synthetic.ts';
import { parseCsv } from '../src/lib/dataset/csv.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 20);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}
const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)] ?? NaN,
    min: s[0] ?? NaN,
    max: s[s.length - 1] ?? NaN,
    n: s.length,
  };
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function withBrowser<T>(fn: (ctx: BrowserContext) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  await ctx.route('**/*', (r) =>
    /^https?:\/\/(127\.0\.0\.1|localhost)/.test(r.request().url()) ? r.continue() : r.abort(),
  );
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Cold load of a prerendered page: first contentful paint, chart present, and whether WASM came. */
async function measurePage(url: string) {
  return withBrowser(async (ctx) => {
    const page = await ctx.newPage();
    const wasm: string[] = [];
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
    const resp = await page.goto(url, { waitUntil: 'load' });
    if (process.env.BENCH_DEBUG)
      console.error(url, resp?.status(), (await page.content()).slice(0, 300));
    await page
      .locator(
        'svg[data-chart], svg[data-map], [data-testid="status-grid"], [data-testid="scorecard"]',
      )
      .first()
      .waitFor();
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    );
    return { fcp, wasm: wasm.length };
  });
}

async function measureFloor(url: string) {
  return withBrowser(async (ctx) => {
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => 'window' in globalThis && (window as unknown as { __floor?: object }).__floor,
      null,
      { timeout: 120_000 },
    );
    return page.evaluate(
      () => (window as unknown as { __floor: { ms: number; version: string } }).__floor,
    );
  });
}

/** Explore: time from navigation to the first chart from a browser query, then interactions. */
async function measureExplore(url: string, interactions: number) {
  return withBrowser(async (ctx) => {
    const page = await ctx.newPage();
    await page.goto(url);
    await page.getByTestId('result-count').waitFor({ timeout: 120_000 });
    const firstResult = await page.evaluate(() => performance.now());
    const latencies: Record<string, number[]> = {
      indicator: [],
      provinces: [],
      years: [],
      view: [],
    };
    /** The same interactions timed from outside (includes the driver's own round trips). */
    const driver: Record<string, number[]> = {
      indicator: [],
      provinces: [],
      years: [],
      view: [],
    };
    // In the page: the time of the last input event (capture phase, before any handler), and
    // the frame after each redraw, so a latency is input → painted frame, not driver overhead.
    await page.evaluate(() => {
      const w = window as unknown as { __lastInput: number; __latencies: number[] };
      w.__lastInput = 0;
      w.__latencies = [];
      for (const type of ['input', 'change', 'click'])
        document.addEventListener(type, () => (w.__lastInput = performance.now()), true);
      new MutationObserver(() => {
        const t0 = w.__lastInput;
        requestAnimationFrame(() => w.__latencies.push(performance.now() - t0));
      }).observe(document.querySelector('[data-testid="explore-results"]')!, {
        attributes: true,
        attributeFilter: ['data-completed'],
      });
    });
    const timed = async (kind: string, act: (p: Page) => Promise<void>) => {
      const before = await page.getByTestId('explore-results').getAttribute('data-completed');
      const seen = await page.evaluate(
        () => (window as unknown as { __latencies: number[] }).__latencies.length,
      );
      const t0 = await page.evaluate(() => performance.now());
      await act(page);
      try {
        // A redraw finished: the results section counts completed queries.
        await page.waitForFunction(
          (b) =>
            document
              .querySelector('[data-testid="explore-results"]')
              ?.getAttribute('data-completed') !== b,
          before,
          { timeout: 30_000 },
        );
        await page.waitForFunction(
          (n) => (window as unknown as { __latencies: number[] }).__latencies.length > n,
          seen,
        );
      } catch (error) {
        await page.screenshot({ path: 'bench/results/failed-interaction.png', fullPage: true });
        throw new Error(`interaction "${kind}" did not update the results (${page.url()})`, {
          cause: error,
        });
      }
      // Wait for the frame after the update so "chart updated" means painted.
      const t1 = await page.evaluate(
        () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
      );
      driver[kind]!.push(t1 - t0);
      latencies[kind]!.push(
        await page.evaluate(() =>
          (window as unknown as { __latencies: number[] }).__latencies.at(-1)!,
        ),
      );
    };
    for (let i = 0; i < interactions; i++) {
      const on = i % 2 === 0;
      await timed('indicator', (p) =>
        p.locator('[data-indicator="total_fertility_rate"]').setChecked(on),
      );
      await timed('provinces', async (p) => {
        if (on) {
          await p.getByTestId('area-search').fill('ha noi');
          await p.locator('[data-area="34-01"]').click();
        } else {
          await p.getByRole('button', { name: /Hà Nội \(34\)/ }).click();
        }
      });
      await timed('years', (p) => p.getByTestId('from-year').selectOption(on ? '2015' : ''));
      await timed('view', (p) =>
        p
          .locator('label.tab')
          .nth(on ? 3 : 0)
          .click(),
      );
    }
    return { firstResult, latencies, driver };
  });
}

/** SYNTHETIC 100 k-row upload (generated here, never shipped): parse + validate, then queryable. */
function syntheticUpload(): Buffer {
  // Every (indicator, province, year) once, with a plausible value: a file that validates fully.
  const indicators = parseCsv(
    'indicators.csv',
    readFileSync('data/catalog/indicators.csv', 'utf8'),
  ).records.map((r) => ({
    id: r.values.id!,
    value: (Number(r.values.min_plausible) + Number(r.values.max_plausible)) / 2,
  }));
  const provinces = parseCsv(
    'crosswalk.csv',
    readFileSync('data/geo/crosswalk_63_to_34.csv', 'utf8'),
  )
    .records.map((r) => r.values.old_name!)
    .filter((n) => !n.startsWith('Côn Đảo'));
  const lines = ['Chỉ tiêu,Tỉnh/Thành phố,Năm,Giá trị'];
  outer: for (const ind of indicators)
    for (const p of provinces)
      for (let year = 1990; year <= 2024; year++) {
        lines.push(`${ind.id},${p},${year},"${String(ind.value).replace('.', ',')}"`);
        if (lines.length > 100_000) break outer;
      }
  return Buffer.from(lines.join('\n'), 'utf8');
}

async function measureUpload(url: string, file: Buffer) {
  return withBrowser(async (ctx) => {
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const t0 = Date.now();
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'synthetic-100k.csv', mimeType: 'text/csv', buffer: file });
    await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    const parsed = Date.now() - t0;
    await page.getByTestId('comparison').waitFor({ timeout: 300_000 });
    return { parsedValidated: parsed, queryable: Date.now() - t0 };
  });
}

function pageAssets(buildDir: string, htmlFile: string) {
  const html = readFileSync(join(buildDir, htmlFile), 'utf8');
  const refs = [...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const imports = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]!);
  const files = [...new Set([...refs, ...imports])].map((r) => join(buildDir, htmlFile, '..', r));
  let js = 0;
  let css = 0;
  for (const f of files) {
    try {
      const gz = gzipSync(readFileSync(f)).byteLength;
      if (f.endsWith('.js')) js += gz;
      else css += gz;
    } catch {
      /* a reference outside the build (none expected) */
    }
  }
  return { jsGzip: js, cssGzip: css, files: files.length };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

async function main() {
  if (!process.argv.includes('--no-build'))
    execSync('npm run build', { stdio: 'inherit', env: { ...process.env, BASE_PATH: '' } });
  execSync('npx vite build --config bench/floor/vite.config.ts', { stdio: 'ignore' });
  // The synthetic-scale site: a copy of the build whose dataset is the synthetic ≈1 M-row file.
  const synthDir = 'bench/.synthetic/site';
  rmSync(synthDir, { recursive: true, force: true });
  cpSync('build', synthDir, { recursive: true });
  const synthRows = await makeSyntheticDataset(
    'build/data/gender.duckdb',
    join(synthDir, 'data/gender.duckdb'),
  );

  const site = await startServer({ root: 'build', base: '' });
  const synth = await startServer({ root: synthDir, base: '' });
  const floor = await startServer({ root: 'bench/.floor-build', base: '' });
  const chromiumVersion = execSync(`${CHROMIUM} --version`).toString().trim();
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    runs: RUNS,
    chromium: chromiumVersion,
  };
  try {
    const pages = {
      indicator: 'indicators/sex_ratio_at_birth/',
      province: 'provinces/63-56/',
      year: 'years/2024/',
      home: '',
    };
    const pageResults: Record<string, { fcp: Stat; wasmRequests: number }> = {};
    for (const [name, path] of Object.entries(pages)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measurePage(site.url + path));
      pageResults[name] = {
        fcp: stat(runs.map((r) => r.fcp)),
        wasmRequests: Math.max(...runs.map((r) => r.wasm)),
      };
    }
    results.prerendered = pageResults;

    const floors = [];
    for (let i = 0; i < RUNS; i++) floors.push(await measureFloor(floor.url));
    results.floor = { ms: stat(floors.map((f) => f.ms)), duckdb: floors[0]?.version };

    const explore = [];
    for (let i = 0; i < RUNS; i++)
      explore.push(await measureExplore(site.url + 'explore/', i === 0 ? INTERACTIONS : 0));
    const firstResult = stat(explore.map((e) => e.firstResult));
    const floorMedian = (results.floor as { ms: Stat }).ms.median;
    const interactions = summariseInteractions(explore[0]!);
    results.explore = { firstResult, ratioToFloor: firstResult.median / floorMedian, interactions };

    const synthRun = await measureExplore(synth.url + 'explore/', INTERACTIONS);
    results.exploreSynthetic = {
      rows: synthRows,
      firstResult: synthRun.firstResult,
      interactions: summariseInteractions(synthRun),
    };
    const upload = syntheticUpload();
    const uploads = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++)
      uploads.push(await measureUpload(site.url + 'import/', upload));
    results.upload = {
      rows: 100_000,
      bytes: upload.byteLength,
      parsedValidated: stat(uploads.map((u) => u.parsedValidated)),
      queryable: stat(uploads.map((u) => u.queryable)),
    };

    const sizes: Record<string, unknown> = {};
    for (const [name, html] of Object.entries({
      home: 'index.html',
      indicator: 'indicators/sex_ratio_at_birth/index.html',
      province: 'provinces/63-56/index.html',
      year: 'years/2024/index.html',
      explore: 'explore/index.html',
    })) {
      sizes[name] = pageAssets('build', html);
    }
    const wasm = walk('build/_app')
      .filter((f) => f.endsWith('.wasm'))
      .map((f) => {
        const b = readFileSync(f);
        return {
          file: f.split('/').pop(),
          raw: b.byteLength,
          gzip: gzipSync(b).byteLength,
          brotli: brotliCompressSync(b).byteLength,
        };
      });
    const data = walk('build/data')
      .filter((f) => /\.(duckdb|csv|parquet)$/.test(f) && !f.includes('/indicators/'))
      .map((f) => ({ file: f.replace('build/', ''), raw: statSync(f).size }));
    results.sizes = { pages: sizes, wasm, data };
  } finally {
    await site.close();
    await synth.close();
    await floor.close();
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  printTable(results as unknown as Results);
}

interface Interactions {
  [kind: string]: { p50: number; p95: number; n: number; driverP95: number };
}

/** In-page input → painted frame percentiles, and the driver-side p95 for comparison. */
function summariseInteractions(run: {
  latencies: Record<string, number[]>;
  driver: Record<string, number[]>;
}): Interactions {
  return Object.fromEntries(
    Object.entries(run.latencies).map(([k, v]) => [
      k,
      { p50: pct(v, 50), p95: pct(v, 95), n: v.length, driverP95: pct(run.driver[k]!, 95) },
    ]),
  );
}
interface Results {
  chromium: string;
  runs: number;
  prerendered: Record<string, { fcp: Stat; wasmRequests: number }>;
  floor: { ms: Stat; duckdb: string };
  explore: { firstResult: Stat; ratioToFloor: number; interactions: Interactions };
  exploreSynthetic: { rows: number; firstResult: number; interactions: Interactions };
  upload: { rows: number; parsedValidated: Stat; queryable: Stat };
  sizes: {
    pages: Record<string, { jsGzip: number; cssGzip: number }>;
    wasm: { file: string; raw: number; gzip: number; brotli: number }[];
    data: { file: string; raw: number }[];
  };
}

function printTable(r: Results) {
  const ms = (s: Stat) =>
    `${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
  const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  console.log(`\nBenchmarks — ${r.chromium}, ${r.floor.duckdb}, ${r.runs} cold runs each\n`);
  for (const [name, p] of Object.entries(r.prerendered))
    console.log(
      `prerendered ${name.padEnd(10)} first paint ${ms(p.fcp)}; .wasm requests: ${p.wasmRequests}`,
    );
  console.log(`floor (SELECT 1)       ${ms(r.floor.ms)}`);
  console.log(
    `explore first result   ${ms(r.explore.firstResult)}; ratio to floor ${r.explore.ratioToFloor.toFixed(2)} (target ≤ 1.15)`,
  );
  for (const [k, v] of Object.entries(r.explore.interactions))
    console.log(
      `  bundled data  ${k.padEnd(10)} p50 ${v.p50.toFixed(1)} ms, p95 ${v.p95.toFixed(1)} ms (n=${v.n}; target p95 ≤ 10 ms; seen from the driver p95 ${v.driverP95.toFixed(0)} ms)`,
    );
  console.log(
    `synthetic ${r.exploreSynthetic.rows} rows: first result ${r.exploreSynthetic.firstResult.toFixed(0)} ms`,
  );
  for (const [k, v] of Object.entries(r.exploreSynthetic.interactions))
    console.log(
      `  synthetic     ${k.padEnd(10)} p50 ${v.p50.toFixed(1)} ms, p95 ${v.p95.toFixed(1)} ms (n=${v.n}; target p95 ≤ 30 ms; seen from the driver p95 ${v.driverP95.toFixed(0)} ms)`,
    );
  console.log(
    `upload ${r.upload.rows} rows     parse+validate ${ms(r.upload.parsedValidated)}; queryable ${ms(r.upload.queryable)} (target ≤ 2 s)`,
  );
  for (const [k, v] of Object.entries(r.sizes.pages))
    console.log(
      `JS ${k.padEnd(10)} ${kb(v.jsGzip)} gzip, CSS ${kb(v.cssGzip)} gzip (target JS ≤ 200 kB on prerendered pages)`,
    );
  for (const w of r.sizes.wasm)
    console.log(`WASM ${w.file}: ${kb(w.raw)} raw, ${kb(w.gzip)} gzip, ${kb(w.brotli)} brotli`);
  for (const d of r.sizes.data) console.log(`data ${d.file}: ${kb(d.raw)}`);
}

await main();
