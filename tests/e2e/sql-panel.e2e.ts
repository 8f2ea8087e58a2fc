// The SQL panel's sandbox in Chromium (issue 26, blocker 3; issue 25's panel minors): every escape
// attempt is refused with a message in the page's language, no request leaves localhost, DETACH
// cannot break explore, a runaway query shows that it runs, is stopped in one click while explore
// keeps answering, a 300 MB string is an error and the tab survives, numbers are per locale and
// the result downloads as a formula-safe CSV.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axe, openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  // Nothing the panel ran reached outside localhost (the harness blocks and records every request).
  assert.deepEqual(session.external, []);
  await session.close();
});

const RUNAWAY_JOIN = 'SELECT count(*) AS n FROM actuals a, actuals b, actuals c';
const RUNAWAY_RECURSION =
  'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) AS n FROM r';

/** Explore at `path` with its first result drawn and the SQL panel opened. */
async function openPanel(path = '/explore/?v=3&i=total_fertility_rate&a=VN&view=trend') {
  const page = await session.newPage();
  await page.goto(siteUrl(session, path));
  await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
  await page.locator('details.sql-panel > summary').click();
  return page;
}

const answered = async (page: Page) =>
  Number(await page.getByTestId('sql-status').getAttribute('data-answered'));

/** Run `sql` and wait for its answer: the error's kind, or 'ok', or 'stopped'. */
async function runSql(page: Page, sql: string, timeout = 60_000): Promise<string> {
  const before = await answered(page);
  await page.getByTestId('sql-input').fill(sql);
  await page.getByTestId('sql-run').click();
  await page.waitForFunction(
    (n) =>
      Number(document.querySelector('[data-testid="sql-status"]')?.getAttribute('data-answered')) >
      n,
    before,
    { timeout },
  );
  if (await page.getByTestId('sql-error').isVisible())
    return (await page.getByTestId('sql-error').getAttribute('data-kind')) ?? '';
  if (await page.getByTestId('sql-stopped').isVisible()) return 'stopped';
  return 'ok';
}

const errorMessage = (page: Page) => page.getByTestId('sql-error-message').innerText();

/**
 * Explore answers a new state on its own engine: a "from" year not chosen before (so no cached
 * answer) is drawn, with one more query measured by explore's engine (wasm-client.ts marks each).
 */
let fromYearIndex = 1;
async function exploreAnswers(page: Page) {
  const results = page.getByTestId('explore-results');
  const before = Number(await results.getAttribute('data-completed'));
  const queries = () => page.evaluate(() => performance.getEntriesByName('duckdb:query').length);
  const queried = await queries();
  await page.getByTestId('from-year').selectOption({ index: fromYearIndex++ });
  await page.waitForFunction(
    (n) =>
      Number(
        document.querySelector('[data-testid="explore-results"]')?.getAttribute('data-completed'),
      ) > n,
    before,
    { timeout: 30_000 },
  );
  assert.ok((await queries()) > queried, 'explore’s engine ran a query');
  assert.equal(await page.locator('main p.error[role="alert"]').count(), 0, 'no explore error');
  assert.ok((await page.locator('figure.trend').count()) > 0, 'a trend is drawn');
}

test('SQL panel runs a read-only query, numbers per locale, and downloads the result', async () => {
  const page = await openPanel();
  assert.equal(await runSql(page, "SELECT count(*) AS n FROM actuals WHERE area_id = 'VN'"), 'ok');
  const n = Number(
    (await page.getByTestId('sql-result').locator('tbody td').first().innerText()).replace(
      /\./g,
      '',
    ),
  );
  assert.ok(n > 50, `national values: ${n}`);

  assert.equal(
    await runSql(page, "SELECT 122 / 15 AS ratio, 2021 AS year, '=1+1' AS formula;"),
    'ok',
  );
  const cells = page.getByTestId('sql-result').locator('tbody td');
  assert.deepEqual(await cells.allInnerTexts(), ['8,133', '2021', '=1+1']);
  await page.getByTestId('sql-full').check();
  assert.equal(await cells.first().innerText(), '8,133333333333333');
  assert.match(await page.getByTestId('sql-summary').innerText(), /Kết quả: 1 dòng\./);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('sql-download').click(),
  ]);
  assert.match(file.suggestedFilename(), /^ket-qua-truy-van-sql-\d{4}-\d\d-\d\d-\d{4}\.csv$/);
  const text = readFileSync((await file.path())!, 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff, 'BOM');
  assert.deepEqual(text.slice(1).trim().split('\r\n'), [
    'ratio,year,formula',
    `${122 / 15},2021,'=1+1`,
  ]);

  // A long result: the first rows kept, the rest counted, the table draws a part.
  assert.equal(
    await runSql(page, 'SELECT a.indicator_id FROM actuals a, actuals b LIMIT 6000'),
    'ok',
  );
  const summary = await page.getByTestId('sql-summary').innerText();
  assert.match(
    summary,
    /Truy vấn trả về 6\.000 dòng; chỉ giữ 5\.000 dòng đầu \(1\.000 dòng bị bỏ\)/,
  );
  assert.equal(await page.getByTestId('sql-result').locator('tbody tr').count(), 500);

  // The panel with a result, keyboard-reachable and labelled (axe, on the panel only).
  await axe(page); // injects axe-core
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (el: Element, o: object) => Promise<{ violations: { id: string; impact: string }[] }>;
      };
    };
    const r = await w.axe.run(document.querySelector('details.sql-panel')!, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  });
  assert.deepEqual(violations, []);
  await page.close();
});

/** The escape attempts and more: the kind each must get and words of its message. */
const ESCAPES: [string, string, RegExp][] = [
  ['SELECT 1) t; DETACH gender; SELECT * FROM (SELECT 1', 'severalStatements', /một câu truy vấn/],
  [
    "SELECT 1) t; COPY actuals TO 'out.csv'; SELECT * FROM (SELECT 1",
    'severalStatements',
    /một câu truy vấn/,
  ],
  ["COPY actuals TO 'out.csv'", 'notQuery', /^Câu lệnh COPY không được phép/],
  ["ATTACH 'https://example.com/x.duckdb' AS y", 'notQuery', /^Câu lệnh ATTACH không được phép/],
  ['SET enable_external_access = true', 'notQuery', /^Câu lệnh SET không được phép/],
  ['DETACH gender', 'notQuery', /^Câu lệnh DETACH không được phép/],
  ['DROP TABLE actuals', 'notQuery', /^Câu lệnh DROP không được phép/],
  ['INSTALL httpfs', 'notQuery', /^Câu lệnh INSTALL không được phép/],
  ['LOAD httpfs', 'notQuery', /^Câu lệnh LOAD không được phép/],
  ["PRAGMA memory_limit = '8GB'", 'notQuery', /^Câu lệnh PRAGMA không được phép/],
  [
    "SELECT * FROM read_csv('https://example.com/x.csv')",
    'fileAccess',
    /không đọc tệp hay địa chỉ web/,
  ],
  ["SELECT * FROM read_text('https://example.com/t.txt')", 'fileAccess', /không đọc tệp/],
  ["SELECT * FROM 'https://example.com/x.csv'", 'fileAccess', /không đọc tệp/],
  ["SELECT * FROM glob('*')", 'fileAccess', /không đọc tệp/],
  ["SELECT '{}'::JSON AS j", 'extension', /phần mở rộng “json”/],
  ['SELEC 1', 'syntax', /^Lỗi cú pháp gần “1”\.$/],
  [
    'SELECT * FROM nope',
    'unknownTable',
    /^Không có bảng “nope”\. Các bảng đọc được: .*\bactuals\b/,
  ],
];

test('every escape attempt is refused in Vietnamese, nothing leaves localhost, explore keeps working', async () => {
  const page = await openPanel();
  for (const [sql, kind, words] of ESCAPES) {
    assert.equal(await runSql(page, sql), kind, sql);
    const message = await errorMessage(page);
    assert.match(message, words, sql);
    // DuckDB's English is only in the closed details element.
    assert.doesNotMatch(message, /Error|error|statement|not allowed|syntax/, sql);
    assert.equal(await page.locator('.sql-panel details.detail[open]').count(), 0);
  }
  const position = await page.getByTestId('sql-error-position').innerText();
  assert.equal(position, 'Vị trí: dòng 1, cột 15.');
  // The sandbox's database is intact, its settings locked.
  assert.equal(
    await runSql(
      page,
      "SELECT count(*) AS n, current_setting('enable_external_access') AS ext FROM actuals",
    ),
    'ok',
  );
  assert.equal(
    await page.getByTestId('sql-result').locator('tbody td').nth(1).innerText(),
    'false',
  );
  // Explore, on its own engine, still draws a new state.
  await exploreAnswers(page);
  await exploreAnswers(page);
  assert.deepEqual(session.external, []);
  await page.close();
});

test('a runaway query shows it runs, explore answers meanwhile, one click stops it', async () => {
  const page = await openPanel();
  for (const runaway of [RUNAWAY_JOIN, RUNAWAY_RECURSION]) {
    const before = await answered(page);
    await page.getByTestId('sql-input').fill(runaway);
    await page.getByTestId('sql-run').click();
    await page.getByTestId('sql-running').waitFor();
    assert.equal(await page.getByTestId('sql-run').isDisabled(), true);
    // Explore answers new states while the panel's query runs.
    await exploreAnswers(page);
    await exploreAnswers(page);
    assert.equal(await page.getByTestId('sql-status').getAttribute('data-state'), 'running');
    assert.equal(await answered(page), before, 'still running after explore answered');
    const clicked = Date.now();
    await page.getByTestId('sql-stop').click();
    await page.getByTestId('sql-stopped').waitFor({ timeout: 5_000 });
    assert.ok(Date.now() - clicked < 5_000);
    assert.equal(await page.getByTestId('sql-stopped').innerText(), 'Đã dừng truy vấn.');
    assert.equal(await page.getByTestId('sql-running').count(), 0);
    assert.equal(await page.getByTestId('sql-stop').count(), 0);
    await exploreAnswers(page);
    await exploreAnswers(page);
  }
  // A fresh engine answers the next query.
  assert.equal(await runSql(page, 'SELECT 42 AS answer'), 'ok');
  assert.equal(await page.getByTestId('sql-result').locator('tbody td').first().innerText(), '42');
  await page.close();
});

test('the keyboard runs and stops a query, focus never lost', async () => {
  const page = await openPanel();
  await page.getByTestId('sql-input').fill(RUNAWAY_JOIN);
  await page.getByTestId('sql-run').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('sql-running').waitFor();
  // Focus moved to the Stop button: Enter stops, focus comes back to Run.
  await page.waitForFunction(
    () => document.activeElement?.getAttribute('data-testid') === 'sql-stop',
  );
  await page.keyboard.press('Enter');
  await page.getByTestId('sql-stopped').waitFor({ timeout: 5_000 });
  await page.waitForFunction(
    () => document.activeElement?.getAttribute('data-testid') === 'sql-run',
  );
  // Ctrl+Enter in the text runs it.
  await page.getByTestId('sql-input').fill('SELECT 7 AS seven');
  await page.getByTestId('sql-input').press('Control+Enter');
  await page.getByTestId('sql-result').waitFor();
  assert.equal(await page.getByTestId('sql-result').locator('tbody td').first().innerText(), '7');
  await page.close();
});

test('DETACH cannot break explore', async () => {
  const page = await openPanel();
  for (const sql of [
    'SELECT 1) t; DETACH gender; SELECT * FROM (SELECT 1',
    'DETACH gender',
    'SELECT 1 -- ) t; DETACH gender; SELECT * FROM (SELECT 1',
  ])
    await runSql(page, sql);
  await exploreAnswers(page);
  assert.equal(await runSql(page, 'SELECT count(*) AS n FROM actuals'), 'ok');
  await page.close();
});

test('a 300 MB string is an error, and the tab survives', async () => {
  const page = await openPanel();
  let crashed = false;
  page.on('crash', () => (crashed = true));
  // Over the 32 MB result limit: refused before it reaches the page.
  assert.equal(await runSql(page, "SELECT repeat('x', 40000000) AS s"), 'tooLarge');
  assert.match(await errorMessage(page), /^Kết quả quá lớn để hiển thị \(38,1 MB, tối đa 32 MB\)/);
  // The 300 MB string: too large, or (on a loaded machine: building it takes seconds)
  // past the time limit; either way an error in Vietnamese, and the tab lives on.
  const kind = await runSql(page, "SELECT repeat('x', 300000000) AS s", 120_000);
  assert.ok(['tooLarge', 'timeout'].includes(kind), kind);
  assert.match(await errorMessage(page), /^(Kết quả quá lớn|Câu truy vấn chạy quá 30 giây)/);
  assert.equal(crashed, false);
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  await exploreAnswers(page);
  assert.equal(await runSql(page, 'SELECT 1 AS one'), 'ok');
  await page.close();
});

test('English page: the panel and its errors in English', async () => {
  const page = await openPanel('/en/explore/?v=3&i=total_fertility_rate&a=VN&view=trend');
  assert.match(await page.locator('details.sql-panel > summary').innerText(), /SQL query/);
  assert.equal(await runSql(page, 'SELEC 1'), 'syntax');
  assert.equal(await errorMessage(page), 'Syntax error near “1”.');
  assert.equal(
    await page.getByTestId('sql-error-position').innerText(),
    'Position: line 1, column 7.',
  );
  assert.equal(await runSql(page, 'DETACH gender'), 'notQuery');
  assert.match(await errorMessage(page), /^A DETACH statement is not allowed/);
  assert.equal(await runSql(page, 'SELECT 122 / 15 AS ratio, 123456 AS n'), 'ok');
  assert.deepEqual(await page.getByTestId('sql-result').locator('tbody td').allInnerTexts(), [
    '8.133',
    '123,456',
  ]);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('sql-download').click(),
  ]);
  assert.match(file.suggestedFilename(), /^sql-query-result-\d{4}-\d\d-\d\d-\d{4}\.csv$/);
  await page.close();
});

test('no page error was recorded', () => {
  assert.deepEqual(session.errors, []);
});
