// The project's server sends a precompressed `.br` file when the build wrote one and the browser
// accepts brotli, compresses on the fly otherwise, and never sends a stale `.br`.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress, shouldPrecompress } from '../../../scripts/precompress.js';
import { startServer } from '../../../scripts/serve.js';

let dir: string;
let server: { url: string; close: () => Promise<unknown> };
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-'));
  writeFileSync(join(dir, 'engine.wasm'), Buffer.from('the real engine '.repeat(100)));
  // A marker no on-the-fly compression would produce: the server must send this file's bytes.
  writeFileSync(join(dir, 'engine.wasm.br'), brotliCompressSync(Buffer.from('PRECOMPRESSED')));
  writeFileSync(join(dir, 'page.html'), '<p>page</p>'.repeat(50));
  writeFileSync(join(dir, 'old.js'), 'new contents();'.repeat(20));
  writeFileSync(join(dir, 'old.js.br'), brotliCompressSync(Buffer.from('STALE')));
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(dir, 'old.js.br'), past, past); // older than the file it stands for
  server = (await startServer({ root: dir, base: '' })) as typeof server;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, encoding: string) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request(new URL(path, server.url), { headers: { 'accept-encoding': encoding } });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('precompressed files', () => {
  it('sends the .br file to a browser that accepts brotli', async () => {
    const r = await get('engine.wasm', 'gzip, deflate, br');
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toBe('application/wasm');
    expect(brotliDecompressSync(r.body).toString()).toBe('PRECOMPRESSED');
  });

  it('sends the file itself to one that does not', async () => {
    const r = await get('engine.wasm', 'gzip');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toMatch(/^the real engine/);
  });

  it('compresses on the fly where no .br exists, and ignores a stale one', async () => {
    const page = await get('page.html', 'br');
    expect(brotliDecompressSync(page.body).toString()).toMatch(/^<p>page<\/p>/);
    const old = await get('old.js', 'br');
    expect(brotliDecompressSync(old.body).toString()).toMatch(/^new contents/);
  });

  it('the build precompresses the engine, the app code and the browser database only', () => {
    expect(shouldPrecompress('_app/immutable/assets/duckdb-eh.abc.wasm')).toBe(true);
    expect(shouldPrecompress('_app/immutable/chunks/x.js')).toBe(true);
    expect(shouldPrecompress('data/gender.duckdb')).toBe(true);
    expect(shouldPrecompress('data/geo/vn34.topojson')).toBe(true);
    expect(shouldPrecompress('indicators/x/index.html')).toBe(false);
    expect(shouldPrecompress('data/actuals.parquet')).toBe(false);
    expect(shouldPrecompress('_app/immutable/chunks/x.js.br')).toBe(false);
  });

  it('writes .br files that decompress to the original', () => {
    const build = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      const app = join(build, '_app');
      writeFileSync(join(build, 'index.html'), '<p>x</p>');
      mkdirSync(app);
      writeFileSync(join(app, 'a.js'), 'console.log(1);'.repeat(10));
      const r = precompress(build);
      expect(r.files).toBe(1);
      expect(brotliDecompressSync(readFileSync(join(app, 'a.js.br'))).toString()).toBe(
        'console.log(1);'.repeat(10),
      );
      expect(existsSync(join(build, 'index.html.br'))).toBe(false);
    } finally {
      rmSync(build, { recursive: true, force: true });
    }
  });
});
