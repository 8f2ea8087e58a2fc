#!/usr/bin/env node
// Serves the built static site (build/) the way a static host would: under an optional sub-path
// (BASE_PATH), with the right MIME types (a wrong wasm type makes DuckDB-WASM hang) and brotli
// responses: a precompressed `<file>.br` beside the file when the build wrote one
// (scripts/precompress.js: the engine, the app code, the browser database), else compressed on
// first request and cached in memory. Used by `npm start`, the e2e tests and the benchmarks.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.parquet': 'application/vnd.apache.parquet',
  '.duckdb': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.topojson',
  '.svg',
  '.wasm',
  '.csv',
  '.duckdb',
  '.txt',
]);

/**
 * Start a server. Resolves to { url, close } once listening.
 * @param {{ root?: string, base?: string, port?: number, host?: string, compress?: boolean }} options
 */
export function startServer({
  root = 'build',
  base = '',
  port = 0,
  host = '127.0.0.1',
  compress = true,
} = {}) {
  const rootDir = resolve(root);
  const prefix = base.replace(/\/+$/, '');
  const brotliCache = new Map();

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (prefix) {
        if (path === prefix) return redirect(res, `${prefix}/`);
        if (!path.startsWith(`${prefix}/`)) return notFound(res);
        path = path.slice(prefix.length);
      }
      let file = normalize(join(rootDir, path));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) return notFound(res);
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) return redirect(res, `${prefix}${path}/${url.search}`);
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return notFound(res);
      const ext = extname(file);
      /** @type {Record<string, string>} */
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': path.includes('/_app/immutable/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        vary: 'accept-encoding',
      };
      const wantsBrotli = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
      let body;
      if (compress && COMPRESSIBLE.has(ext) && wantsBrotli) {
        const pre = await stat(`${file}.br`).catch(() => null);
        if (pre?.isFile() && pre.mtimeMs >= info.mtimeMs) {
          body = await readFile(`${file}.br`);
        } else {
          const key = `${file}:${info.mtimeMs}`;
          body = brotliCache.get(key);
          if (!body) {
            body = brotliCompressSync(await readFile(file), {
              params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
            });
            brotliCache.set(key, body);
          }
        }
        headers['content-encoding'] = 'br';
      } else {
        body = await readFile(file);
      }
      headers['content-length'] = String(body.byteLength);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });

  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}${prefix}/`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}

/** @param {import('node:http').ServerResponse} res @param {string} location */
function redirect(res, location) {
  res.writeHead(301, { location });
  res.end();
}

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const port = Number(process.env.PORT ?? 4173);
  const base = process.env.BASE_PATH ?? '';
  const { url } = await startServer({ base, port });
  console.log(`Dashboard served at ${url} (Ctrl+C to stop)`);
}
