// The SQL panel's sandbox on real engines (DuckDB 1.4.3 through node-api, and duckdb-wasm's own
// build): every escape attempt of issue 26 and more is refused or harmless, the database and the
// locked settings are intact afterwards, no file is written, runaway queries end at the time limit
// or on Stop, cut results are counted, and DuckDB's errors are classified and placed in the text.
import { existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SqlSandbox,
  sandboxSetup,
  type SandboxEngine,
  type SandboxOutcome,
} from '../../../src/lib/data/sql-sandbox.ts';
import {
  classifyError,
  countQuery,
  parseDuckDBError,
  positionOf,
  scanSql,
  wrapQuery,
  type SandboxErrorKind,
} from '../../../src/lib/data/sql-sandbox-text.ts';
import { browserDatabase, nodeEngines, wasmEngines } from './sandbox-engines.ts';

/** Files an escape attempt below would write if it got through (the tests' working directory). */
const WRITES = ['sandbox-escape.csv', 'sandbox-escape-dir', 'sandbox-export'];

/** Each attempt, and what the sandbox must answer: an error of this kind, or a harmless result. */
const ATTEMPTS: [string, SandboxErrorKind | 'harmless'][] = [
  // Stacked statements that close the wrapper (the payload) and variants.
  ['SELECT 1) t; DETACH gender; SELECT * FROM (SELECT 1', 'severalStatements'],
  ["SELECT 1) t; COPY actuals TO 'sandbox-escape.csv'; SELECT * FROM (SELECT 1", 'severalStatements'],
  ["SELECT 1) t; ATTACH 'https://example.com/x.duckdb' AS y; SELECT * FROM (SELECT 1", 'severalStatements'],
  ['SELECT 1) t; SET enable_external_access = true; SELECT * FROM (SELECT 1', 'severalStatements'],
  ['SELECT 1) t; INSTALL httpfs; LOAD httpfs; SELECT * FROM (SELECT 1', 'severalStatements'],
  ['SELECT 1; DETACH gender', 'severalStatements'],
  ['SELECT 1;\nSELECT 2;', 'severalStatements'],
  // Statements that are not queries.
  ['DETACH gender', 'notQuery'],
  ["COPY actuals TO 'sandbox-escape.csv'", 'notQuery'],
  ["COPY (SELECT 1) TO 'sandbox-escape.csv' (FORMAT csv)", 'notQuery'],
  ["ATTACH 'https://example.com/x.duckdb' AS y", 'notQuery'],
  ["ATTACH 'sandbox-escape-dir/new.duckdb' AS y", 'notQuery'],
  ['SET enable_external_access = true', 'notQuery'],
  ['RESET lock_configuration', 'notQuery'],
  ["PRAGMA memory_limit = '8GB'", 'notQuery'],
  ['INSTALL httpfs', 'notQuery'],
  ['LOAD httpfs', 'notQuery'],
  ['CALL checkpoint()', 'notQuery'],
  ['CREATE TABLE t AS SELECT 1', 'notQuery'],
  ['DROP TABLE actuals', 'notQuery'],
  ["EXPORT DATABASE 'sandbox-export'", 'notQuery'],
  ['USE memory', 'notQuery'],
  ['  -- a comment first\n/* and another */ DETACH gender', 'notQuery'],
  // Queries that reach for files or the network: refused by DuckDB's configuration.
  ["SELECT * FROM read_csv('https://example.com/x.csv')", 'fileAccess'],
  ["SELECT * FROM 'https://example.com/x.csv'", 'fileAccess'],
  ["SELECT * FROM read_text('/etc/passwd')", 'fileAccess'],
  ["SELECT * FROM read_blob('https://example.com/b')", 'fileAccess'],
  ["SELECT * FROM glob('*')", 'fileAccess'],
  ["SELECT * FROM read_csv('/etc/hostname')", 'fileAccess'],
  // A statement smuggled into query(): DuckDB accepts only a SELECT there.
  ["SELECT * FROM query('DETACH gender')", 'syntax'],
  // Comments hiding the rest: what runs is the query before them.
  ['SELECT 1 AS one -- ) t; DETACH gender; --', 'harmless'],
  ['SELECT 1 AS one /* ) t; DETACH gender; SELECT (1 */', 'harmless'],
  // A query that closes the wrapper early is still one query.
  ['SELECT 1 AS a) t, (SELECT 2 AS b', 'harmless'],
  // An endless recursive query: the row limit stops it, its count gives up.
  ['WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r', 'harmless'],
];

async function expectIntact(sandbox: SqlSandbox) {
  const check = await sandbox.run(
    `SELECT (SELECT count(*) FROM actuals) AS actuals,
            current_setting('enable_external_access') AS external,
            current_setting('lock_configuration') AS locked,
            current_setting('autoload_known_extensions') AS autoload,
            (SELECT count(*) FROM duckdb_databases() WHERE database_name = 'gender') AS attached`,
  );
  expect(check.ok).toBe(true);
  if (!check.ok) return;
  const [actuals, external, locked, autoload, attached] = check.result.rows[0]!;
  expect(actuals).toBeGreaterThan(1000);
  expect([external, locked, autoload, attached]).toEqual([false, true, false, 1]);
  for (const f of WRITES) expect(existsSync(f), f).toBe(false);
}

function expectAnswer(outcome: SandboxOutcome, expected: SandboxErrorKind | 'harmless') {
  if (expected === 'harmless') {
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
  } else {
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.kind, outcome.error.detail).toBe(expected);
  }
}

let file: string;
beforeAll(async () => {
  file = await browserDatabase();
}, 120_000);
afterAll(() => {
  for (const f of WRITES) rmSync(f, { recursive: true, force: true });
});

describe('the sandbox on DuckDB 1.4.3 (node-api)', () => {
  it.each(ATTEMPTS)('%s → %s', async (text, expected) => {
    const sandbox = new SqlSandbox(nodeEngines(file).start, { timeMs: 5_000 });
    expectAnswer(await sandbox.run(text), expected);
    await expectIntact(sandbox);
    sandbox.dispose();
  });

  it('answers a query, keeping its order, its types and its column names', async () => {
    const sandbox = new SqlSandbox(nodeEngines(file).start);
    const outcome = await sandbox.run(
      'SELECT indicator_id, count(*) AS n_values FROM actuals GROUP BY indicator_id ORDER BY n_values DESC;  ',
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { columns, rows, cut, total } = outcome.result;
    expect(columns).toEqual([
      { name: 'indicator_id', kind: 'text' },
      { name: 'n_values', kind: 'integer' },
    ]);
    const counts = rows.map((r) => r[1] as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect([cut, total]).toEqual([false, rows.length]);
    sandbox.dispose();
  });

  it('keeps the first rows of a long result and counts the rest', async () => {
    const sandbox = new SqlSandbox(nodeEngines(file).start, { rows: 10 });
    const outcome = await sandbox.run('SELECT * FROM actuals');
    const all = await sandbox.run('SELECT count(*) FROM actuals');
    expect(outcome.ok && all.ok).toBe(true);
    if (!outcome.ok || !all.ok) return;
    expect(outcome.result.rows).toHaveLength(10);
    expect(outcome.result.cut).toBe(true);
    expect(outcome.result.total).toBe(all.result.rows[0]![0]);
    sandbox.dispose();
  });

  it('ends a runaway query at the time limit, and the next query runs on a fresh engine', async () => {
    const engines = nodeEngines(file);
    const sandbox = new SqlSandbox(engines.start, { timeMs: 800 });
    const started = Date.now();
    const outcome = await sandbox.run(
      'SELECT count(*) FROM actuals a, actuals b, actuals c WHERE a.value + b.value > c.value',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(engines.counter.terminated).toBe(1);
    expect(sandbox.state).toBe('idle');
    await expectIntact(sandbox);
    expect(engines.counter.started).toBe(2);
    sandbox.dispose();
  });

  it('stops a runaway query at once, whether it is running or its engine is starting', async () => {
    const engines = nodeEngines(file);
    const states: string[] = [];
    const sandbox = new SqlSandbox(engines.start, {}, (s) => states.push(s));
    const pending = sandbox.run('SELECT count(*) FROM actuals a, actuals b, actuals c');
    await new Promise((r) => setTimeout(r, 300));
    expect(sandbox.state).toBe('running');
    const stopped = Date.now();
    sandbox.stop();
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'stopped' } });
    expect(Date.now() - stopped).toBeLessThan(100);
    expect(states).toEqual(['running', 'idle']);
    // A Stop while the engine is still starting.
    const early = sandbox.run('SELECT 1');
    sandbox.stop();
    expect(await early).toMatchObject({ ok: false, error: { kind: 'stopped' } });
    await expectIntact(sandbox);
    sandbox.dispose();
  });

  it('shows the kept rows of a result too long to count in time', async () => {
    const sandbox = new SqlSandbox(nodeEngines(file).start, { rows: 5, timeMs: 1_000 });
    const outcome = await sandbox.run('SELECT a.value FROM actuals a, actuals b, actuals c');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result).toMatchObject({ cut: true, total: null });
    expect(outcome.result.rows).toHaveLength(5);
    sandbox.dispose();
  });

  it('refuses a second query while one runs, and an empty text without starting an engine', async () => {
    const engines = nodeEngines(file);
    const sandbox = new SqlSandbox(engines.start);
    expect(await sandbox.run('  -- nothing\n ; ')).toMatchObject({
      ok: false,
      error: { kind: 'empty' },
    });
    expect(engines.counter.started).toBe(0);
    const first = sandbox.run('SELECT count(*) FROM actuals a, actuals b, actuals c');
    await expect(sandbox.run('SELECT 1')).rejects.toThrow(/already running/);
    sandbox.stop();
    await first;
    sandbox.dispose();
  });

  it('classifies DuckDB’s errors and places them in the user’s text', async () => {
    const sandbox = new SqlSandbox(nodeEngines(file).start);
    const error = async (text: string) => {
      const outcome = await sandbox.run(text);
      if (outcome.ok) throw new Error(`${text} ran`);
      return outcome.error;
    };
    expect(await error('SELEC 1')).toMatchObject({
      kind: 'syntax',
      near: '1',
      at: { line: 1, column: 7 },
    });
    expect(await error('SELECT *\n  FORM actuals')).toMatchObject({
      kind: 'syntax',
      near: 'actuals',
      at: { line: 2, column: 8 },
    });
    // Vietnamese before the error: DuckDB counts bytes, the message counts characters.
    expect(await error("SELECT 'Hà Nội' AS a, nope FROM areas")).toMatchObject({
      kind: 'unknownColumn',
      name: 'nope',
      at: { line: 1, column: 23 },
    });
    expect(await error("SELECT 'abc")).toMatchObject({ kind: 'syntax', near: "'abc" });
    expect(await error('SELECT (1 + 2')).toMatchObject({ kind: 'syntax', at: null });
    expect(await error('SELECT * FROM nope')).toMatchObject({
      kind: 'unknownTable',
      name: 'nope',
      at: { line: 1, column: 15 },
    });
    const column = await error('SELECT sourse_id FROM actuals');
    expect(column).toMatchObject({ kind: 'unknownColumn', name: 'sourse_id' });
    expect(column.candidates).toContain('source_id');
    expect(await error('SELECT nope(1)')).toMatchObject({ kind: 'unknownFunction', name: 'nope' });
    expect(await error('SELECT $1')).toMatchObject({ kind: 'parameter' });
    expect(await error("SELECT 'abc'::INTEGER")).toMatchObject({ kind: 'conversion' });
    expect(await error('SELECT 2147483647::INTEGER + 1')).toMatchObject({ kind: 'outOfRange' });
    expect((await error('SELEC 1')).detail).toMatch(/^Parser Error: syntax error at or near "1"$/);
    sandbox.dispose();
  });
});

describe('the sandbox on duckdb-wasm’s own engine (the browser’s build, blocking)', () => {
  let engine: Promise<SandboxEngine>;
  let sandbox: SqlSandbox;
  beforeAll(() => {
    engine = wasmEngines(file, 1024 * 1024)();
    sandbox = new SqlSandbox(() => engine, { timeMs: 10_000 });
  }, 60_000);

  it('refuses every escape attempt, the same way', async () => {
    for (const [text, expected] of ATTEMPTS) {
      // The endless recursion's count would block the test thread: wasm is tested with a limit.
      if (text.startsWith('WITH RECURSIVE')) continue;
      expectAnswer(await sandbox.run(text), expected);
    }
    await expectIntact(sandbox);
  }, 60_000);

  it('names an extension it will not download', async () => {
    for (const text of ["SELECT '{}'::JSON", "SELECT * FROM read_parquet('x.parquet')"]) {
      const outcome = await sandbox.run(text);
      expect(outcome).toMatchObject({ ok: false, error: { kind: 'extension' } });
    }
  });

  it('refuses a result over the byte limit before decoding it', async () => {
    const outcome = await sandbox.run("SELECT repeat('x', 2000000) AS s");
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'tooLarge' } });
    if (!outcome.ok) expect(outcome.error.bytes).toBeGreaterThan(2_000_000);
    expect(await sandbox.run("SELECT repeat('x', 1000) AS s")).toMatchObject({ ok: true });
  });

  it('decodes every kind of value at full precision', async () => {
    const outcome = await sandbox.run(
      `SELECT 122 / 15 AS ratio, 9007199254740993::BIGINT AS big, 3046::BIGINT AS n,
              DATE '2025-07-01' AS d, TIMESTAMP '2025-07-01 10:30:00' AS ts, 1.25::DECIMAL(5,2) AS dec,
              [1, 2] AS list, {'a': 1} AS rec, 'x'::BLOB AS bin, true AS yes, NULL AS nothing,
              '=1+1' AS formula`,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.columns.map((c) => c.kind)).toEqual([
      'decimal',
      'integer',
      'integer',
      'date',
      'timestamp',
      'decimal',
      'other',
      'other',
      'other',
      'boolean',
      'integer',
      'text',
    ]);
    expect(outcome.result.rows[0]).toEqual([
      122 / 15,
      '9007199254740993',
      3046,
      '2025-07-01',
      '2025-07-01 10:30:00',
      1.25,
      '[1,2]',
      '{"a":1}',
      '\\x78',
      true,
      null,
      '=1+1',
    ]);
  });
});

describe('the text around the query', () => {
  it('drops trailing semicolons and comments, keeping offsets, and finds the first keyword', () => {
    expect(scanSql('SELECT 1;')).toEqual({ body: 'SELECT 1', firstKeyword: 'SELECT' });
    expect(scanSql('SELECT 1 ; ;  -- done\n/* end */\n')).toEqual({
      body: 'SELECT 1',
      firstKeyword: 'SELECT',
    });
    expect(scanSql("-- x\n/* a /* nested */ b */ copy t TO 'f'").firstKeyword).toBe('COPY');
    expect(scanSql("SELECT ';' AS s").body).toBe("SELECT ';' AS s");
    expect(scanSql('SELECT $$;--$$ AS s -- c').body).toBe('SELECT $$;--$$ AS s');
    expect(scanSql("SELECT E'\\';' AS s;").body).toBe("SELECT E'\\';' AS s");
    expect(scanSql('SELECT "a;b" FROM t;').body).toBe('SELECT "a;b" FROM t');
    expect(scanSql('SELECT 1; DETACH gender').body).toBe('SELECT 1; DETACH gender');
    expect(scanSql(' \n -- only a comment ;').body.trim()).toBe('');
  });

  it('wraps the text so that only one query can parse', () => {
    expect(wrapQuery('SELECT 1', 11)).toBe('SELECT * FROM (\nSELECT 1\n) AS sql_panel_result LIMIT 11');
    // A line comment at the end cannot swallow the closing parenthesis.
    expect(wrapQuery('SELECT 1 -- x', 5)).toContain('-- x\n)');
    expect(countQuery('SELECT 1')).toBe('SELECT count(*) AS n FROM (\nSELECT 1\n) AS sql_panel_result');
  });

  it('sets up read-only access, then locks the configuration last', () => {
    const setup = sandboxSetup("it's.duckdb", '64MB');
    expect(setup[0]).toBe("ATTACH 'it''s.duckdb' AS gender (READ_ONLY)");
    expect(setup.at(-1)).toBe('SET lock_configuration = true');
    expect(setup).toContain('SET enable_external_access = false');
    expect(() => sandboxSetup('x', "1GB'; DETACH gender; --")).toThrow(/memory limit/);
  });

  it('reads DuckDB’s errors as JSON or as text', () => {
    expect(parseDuckDBError('Error: Out of Memory Error: Allocation failure')).toEqual({
      type: 'Out of Memory',
      message: 'Allocation failure',
    });
    expect(
      parseDuckDBError(
        'Parser Error: {"exception_type":"Parser","exception_message":"x","position":"22"}',
      ),
    ).toMatchObject({ type: 'Parser', message: 'x', position: 22 });
    expect(classifyError(new Error('Error: Out of Memory Error: Allocation failure'), 'SELECT 1'))
      .toMatchObject({ kind: 'memory' });
    expect(classifyError(new Error('something else'), 'SELECT 1')).toMatchObject({ kind: 'other' });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
