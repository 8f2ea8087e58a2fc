import { describe, expect, it } from 'vitest';
import { openNodeClient } from '../../../src/lib/data/node-client.ts';
import { ident } from '../../../src/lib/data/client.ts';
import { formatNumber } from '../../../src/lib/i18n/format.ts';

describe('node SqlClient', () => {
  it('binds parameters and returns plain JS values (no bigint)', async () => {
    const db = await openNodeClient();
    await db.exec('CREATE TABLE t (k VARCHAR, n INTEGER, d DATE, x DECIMAL(5,1))');
    await db.exec("INSERT INTO t VALUES ($1, $2, DATE '2025-07-01', 111.4)", ["o'brien; DROP", 7]);
    const rows = await db.query<{ k: string; n: number; c: number; d: string; x: number }>(
      'SELECT k, n, count(*) OVER () AS c, d, x FROM t WHERE k = $1',
      ["o'brien; DROP"],
    );
    expect(rows).toEqual([{ k: "o'brien; DROP", n: 7, c: 1, d: '2025-07-01', x: 111.4 }]);
    expect(typeof rows[0]!.c).toBe('number');
    await db.close();
  });

  it('runs the same engine version as duckdb-wasm 1.32 (DuckDB 1.4.3)', async () => {
    const db = await openNodeClient();
    const [row] = await db.query<{ v: string }>('SELECT version() AS v');
    expect(row!.v).toBe('v1.4.3');
    await db.close();
  });

  it('refuses to auto-load extensions (browser parity: no CDN)', async () => {
    const db = await openNodeClient();
    // Read the setting itself: a failing query alone would also fail for a missing file.
    expect(
      await db.query("SELECT current_setting('autoload_known_extensions') AS on"),
    ).toEqual([{ on: false }]);
    await expect(db.query("SELECT * FROM read_csv('https://127.0.0.1:9/x.csv')")).rejects.toThrow(
      /httpfs/,
    );
    await db.close();
  });
});

describe('ident', () => {
  it('accepts plain identifiers and rejects anything else', () => {
    expect(ident('actuals')).toBe('"actuals"');
    expect(() => ident('a"; DROP TABLE x; --')).toThrow(/Invalid SQL identifier/);
    expect(() => ident('1abc')).toThrow();
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma in Vietnamese and a point in English', () => {
    expect(formatNumber(111.4, 'vi')).toBe('111,4');
    expect(formatNumber(111.4, 'en')).toBe('111.4');
    expect(formatNumber(12345.678, 'vi', 1)).toBe('12.345,7');
  });
});

describe('concurrency', () => {
  it('serialises concurrent queries on one connection (prerender loaders use Promise.all)', async () => {
    const db = await openNodeClient();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => db.query<{ n: number }>('SELECT $1::INTEGER AS n', [i])),
    );
    expect(results.map((r) => r[0]!.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    await db.close();
  });
});
